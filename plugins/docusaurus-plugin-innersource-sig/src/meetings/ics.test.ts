import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import type {Meeting} from '../types';
import {EXPECTED, WINDOW, addDays, intlInstant, nthWeekdayOfMonth, type ExpectedOccurrence} from './__tests__/expected';
import {expandWithIcalJs, expandWithNodeIcal, fixtureText, intlWallClock, loadFixture, unfoldedLines, type ParsedOccurrence} from './__tests__/helpers';
import en from '../languages/en';
import fr from '../languages/fr';
import {renderMeetingCalendars, renderMeetingsIcs, type MeetingsIcsOptions} from './ics';
import {parseMeetingFile} from './load';

const FIXTURES = Object.keys(EXPECTED);
const STAMP = new Date('2024-01-15T09:30:00Z');

function options(meetings: Meeting[], overrides: Partial<MeetingsIcsOptions> = {}): MeetingsIcsOptions {
  return {
    calendarName: 'InnerSource SIG meetings',
    url: 'https://sig.example.org/ics/meetings.ics',
    uidDomain: 'sig.example.org',
    stamps: Object.fromEntries(meetings.map((m) => [m.id, {sequence: 0, stamp: STAMP}])),
    text: en.calendar,
    ...overrides,
  };
}

function render(meetings: Meeting[], overrides: Partial<MeetingsIcsOptions> = {}): string {
  return renderMeetingsIcs(meetings, options(meetings, overrides));
}

/** What a calendar user sees: start instant, wall clock in the meeting's zone, length. */
function seen(occurrences: ParsedOccurrence[], zone: string) {
  return occurrences.map((o) => ({
    start: o.start.toISOString(),
    local: intlWallClock(o.start, zone),
    minutes: (o.end.getTime() - o.start.getTime()) / 60_000,
  }));
}

function expectedSeen(occurrences: ExpectedOccurrence[]) {
  return occurrences.map((o) => ({start: o.start.toISOString(), local: o.local, minutes: o.minutes}));
}

describe('expectations (checked before being used as an oracle)', () => {
  it('London by hand = second Tuesdays, less cancellations, with the move', () => {
    const months = Array.from({length: 23}, (_, i) => [2024 + Math.floor((1 + i) / 12), ((1 + i) % 12) + 1]);
    const dates = months
      .map(([year, month]) => nthWeekdayOfMonth(year, month, 2, 2))
      .filter((date) => !['2024-08-13', '2024-12-10'].includes(date))
      .map((date) => (date === '2025-04-08' ? '2025-04-15T16:00' : `${date}T15:00`));
    expect(EXPECTED['london.yml'].occurrences.map((o) => o.local)).toEqual(dates);
    for (const o of EXPECTED['london.yml'].occurrences) expect(intlInstant(o.local, 'Europe/London')).toEqual(o.start);
  });

  it.each(FIXTURES)('%s: the instants written by hand agree with Intl', (name) => {
    const {zone, occurrences, byHand} = EXPECTED[name];
    for (const [local, utc] of byHand) {
      expect(intlInstant(local, zone).toISOString()).toBe(new Date(utc).toISOString());
      if (new Date(utc) < WINDOW.to) expect(occurrences.map((o) => o.start.toISOString())).toContain(new Date(utc).toISOString());
    }
  });

  it('every other Wednesday really is every 14 days', () => {
    expect(addDays('2024-01-10', 14 * 25)).toBe('2024-12-25');
  });
});

describe.each([
  ['ical.js', expandWithIcalJs],
  ['node-ical', expandWithNodeIcal],
])('occurrences as %s expands them over two years', (_parser, expand) => {
  it.each(FIXTURES)('%s in its own .ics file', (name) => {
    const meeting = loadFixture(name);
    const {zone, occurrences} = EXPECTED[name];
    const parsed = expand(render([meeting]), WINDOW.from, WINDOW.to);
    expect(seen(parsed, zone)).toEqual(expectedSeen(occurrences));
    expect(new Set(parsed.map((o) => o.uid))).toEqual(new Set([`${meeting.id}@sig.example.org`]));
    expect(new Set(parsed.map((o) => o.summary))).toEqual(new Set([meeting.title]));
  });

  it('every series in the combined feed', () => {
    const meetings = FIXTURES.map(loadFixture);
    const parsed = expand(render(meetings), WINDOW.from, WINDOW.to);
    for (const [index, name] of FIXTURES.entries()) {
      const {zone, occurrences} = EXPECTED[name];
      const ofSeries = parsed.filter((o) => o.uid === `${meetings[index].id}@sig.example.org`);
      expect(seen(ofSeries, zone)).toEqual(expectedSeen(occurrences));
    }
  });

  it('a one-off meeting happens once', () => {
    const meeting = parseMeetingFile('meetings/once.yml', 'title: Kick-off\ntimezone: America/New_York\nstart: 2024-11-05T09:00\nduration: 30\n');
    const parsed = expand(render([meeting]), WINDOW.from, WINDOW.to);
    expect(seen(parsed, 'America/New_York')).toEqual([{start: '2024-11-05T14:00:00.000Z', local: '2024-11-05T09:00', minutes: 30}]);
  });
});

describe('.ics text', () => {
  const london = () => loadFixture('london.yml');
  const all = () => FIXTURES.map(loadFixture);

  it('is byte-identical for identical input, whatever the order of the meetings', () => {
    const meetings = all();
    expect(render(meetings)).toBe(render(all()));
    expect(render([...meetings].reverse())).toBe(render(meetings));
  });

  it('renders every series\' own file and the combined feed at once, each as rendered alone', () => {
    const meetings = all();
    const {own, combined} = renderMeetingCalendars(meetings, options(meetings));
    expect(combined).toBe(render(meetings));
    expect([...own.keys()]).toEqual(meetings.map((m) => m.id));
    for (const meeting of meetings) {
      expect(own.get(meeting.id)).toBe(render([meeting], {...options(meetings), calendarName: meeting.title, calendarDescription: meeting.description}));
    }
  });

  it('uses CRLF line ends everywhere, including after the last line', () => {
    const ics = render(all());
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const meeting = london();
    const ics = render([meeting], {calendarName: `${meeting.title} — ${meeting.title}`, calendarDescription: meeting.description});
    const decoder = new TextDecoder('utf-8', {fatal: true});
    const physical = ics.split('\r\n');
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
    expect(unfoldedLines(ics)).toContain('SUMMARY:Réunion mensuelle — InnerSource SIG 🚀 monthly call\\, with agenda\\; notes');
  });

  it('escapes the calendar name and description, and parsers read them back', () => {
    const ics = render([london()], {calendarName: 'SIG, calls; notes\nsecond line', calendarDescription: 'One, two; a \\n is not a line break\nthree'});
    const lines = unfoldedLines(ics);
    expect(lines).toContain('NAME:SIG\\, calls\\; notes\\nsecond line');
    expect(lines).toContain('X-WR-CALNAME:SIG\\, calls\\; notes\\nsecond line');
    expect(lines).toContain('DESCRIPTION:One\\, two\\; a \\\\n is not a line break\\nthree');
    expect(lines).toContain('X-WR-CALDESC:One\\, two\\; a \\\\n is not a line break\\nthree');
    // ical.js returns NAME and X-WR-CALNAME raw (not as TEXT), so the name is read back with
    // node-ical; node-ical in turn unescapes an escaped backslash before "n" into a line break, so
    // the description is read back with ical.js.
    const calendar = Object.values(nodeIcal.sync.parseICS(ics)).find((c) => c?.type === 'VCALENDAR') as unknown as Record<string, unknown>;
    expect(calendar.name).toBe('SIG, calls; notes\nsecond line');
    expect(calendar['WR-CALNAME']).toBe('SIG, calls; notes\nsecond line');
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('description')).toBe('One, two; a \\n is not a line break\nthree');
  });

  it('has the published-feed header and one VTIMEZONE per zone, no calendar-level zone', () => {
    const ics = render(all());
    const lines = unfoldedLines(ics);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//InnerSource SIG//docusaurus-plugin-innersource-sig//EN',
      'URL:https://sig.example.org/ics/meetings.ics',
      'METHOD:PUBLISH',
    ]);
    expect(lines).toEqual(expect.arrayContaining(['NAME:InnerSource SIG meetings', 'X-WR-CALNAME:InnerSource SIG meetings', 'REFRESH-INTERVAL;VALUE=DURATION:P1D', 'X-PUBLISHED-TTL:P1D']));
    expect(lines.filter((l) => l.startsWith('TZID:')).sort()).toEqual(['TZID:America/New_York', 'TZID:Asia/Kolkata', 'TZID:Australia/Sydney', 'TZID:Europe/London']);
    const used = new Set(lines.flatMap((l) => /;TZID=([^:;]+)/.exec(l)?.[1] ?? []));
    expect([...used].sort()).toEqual(['America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'Europe/London']);
    expect(ics).not.toMatch(/X-WR-TIMEZONE|TIMEZONE-ID/);
    const header = lines.slice(0, lines.indexOf('BEGIN:VTIMEZONE'));
    expect(header.some((l) => /^(DESCRIPTION|X-WR-CALDESC):/.test(l))).toBe(false);
  });

  it('writes the London series as calendar clients need it', () => {
    const lines = unfoldedLines(render([london()], {stamps: {'innersource-sig': {sequence: 3, stamp: '2024-01-20T08:00:00.000Z'}}}));
    const events = lines.join('\n').split('BEGIN:VEVENT').slice(1).map((block) => block.split('\n'));
    expect(events).toHaveLength(2);
    const [series, moved] = events;
    expect(series).toEqual(
      expect.arrayContaining([
        'UID:innersource-sig@sig.example.org',
        'SEQUENCE:3',
        'DTSTAMP:20240120T080000Z',
        'DTSTART;TZID=Europe/London:20240213T150000',
        'DTEND;TZID=Europe/London:20240213T160000',
        'RRULE:FREQ=MONTHLY;BYDAY=2TU',
        'EXDATE;TZID=Europe/London:20240813T150000,20241210T150000',
        'LOCATION:https://zoom.us/j/123456789?pwd=abc',
        'URL;VALUE=URI:https://zoom.us/j/123456789?pwd=abc',
        'ORGANIZER;CN="InnerSource SIG":mailto:innersource@example.org',
        'DESCRIPTION:Agenda and minutes are kept as GitHub issues.\\nEveryone is welcome\\, newcomers included.\\n\\nAgenda: https://github.com/org/repo/issues?q=label%3Ameeting',
      ]),
    );
    expect(moved).toEqual(
      expect.arrayContaining([
        'UID:innersource-sig@sig.example.org',
        'SEQUENCE:3',
        'RECURRENCE-ID;TZID=Europe/London:20250408T150000',
        'DTSTART;TZID=Europe/London:20250415T160000',
        'DTEND;TZID=Europe/London:20250415T173000',
      ]),
    );
    expect(moved.some((l) => l.startsWith('RRULE'))).toBe(false);
  });

  it('writes UNTIL in UTC (with Z) because DTSTART has a TZID', () => {
    // UNTIL=20251231 (the whole day in New York) ends at 2025-12-31T23:59:59-05:00.
    expect(unfoldedLines(render([loadFixture('new-york.yml')]))).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20260101T045959Z');
    const local = parseMeetingFile('meetings/a.yml', 'title: A\ntimezone: Australia/Sydney\nstart: 2024-01-04T09:30\nduration: 30\nrepeat: FREQ=WEEKLY;UNTIL=20240201T093000\n');
    expect(unfoldedLines(render([local]))).toContain('RRULE:FREQ=WEEKLY;UNTIL=20240131T223000Z');
  });

  it('keeps the UID when the title or schedule changes', () => {
    const before = loadFixture('london.yml');
    const after = parseMeetingFile('meetings/london.yml', fixtureText('london.yml').replace('title: Réunion', 'title: Meeting').replace('T15:00', 'T16:00'));
    const uids = (m: Meeting) => unfoldedLines(render([m])).filter((l) => l.startsWith('UID:'));
    expect(uids(after)).toEqual(uids(before));
  });

  it("a locale's calendar has its words but the same UID, SEQUENCE, DTSTAMP and times", () => {
    const frenchMeeting = {...london(), title: 'Appel mensuel', description: 'Ouvert à tous.'};
    const english = unfoldedLines(render([london()]));
    const french = unfoldedLines(render([frenchMeeting], {text: fr.calendar, calendarName: 'Réunions'}));
    const scheduling = (lines: string[]) => lines.filter((l) => /^(UID|SEQUENCE|DTSTAMP|DTSTART|DTEND|RRULE|EXDATE|RECURRENCE-ID)[:;]/.test(l));
    expect(scheduling(french)).toEqual(scheduling(english));
    expect(french).toContain('SUMMARY:Appel mensuel');
    expect(french).toContain('DESCRIPTION:Ouvert à tous.\\n\\nOrdre du jour : https://github.com/org/repo/issues?q=label%3Ameeting');
    expect(french).toContain('X-WR-CALNAME:Réunions');
  });

  it('lists the agenda, minutes and recordings links in the DESCRIPTION, in the calendar language', () => {
    const meeting = {...london(), description: undefined, notes: 'https://wiki.example.org/minutes', recordings: 'https://video.example.org/sig'};
    expect(unfoldedLines(render([meeting]))).toContain(
      'DESCRIPTION:Agenda: https://github.com/org/repo/issues?q=label%3Ameeting\\nMinutes: https://wiki.example.org/minutes\\nRecordings: https://video.example.org/sig',
    );
    expect(unfoldedLines(render([meeting], {text: fr.calendar}))).toContain(
      'DESCRIPTION:Ordre du jour : https://github.com/org/repo/issues?q=label%3Ameeting\\nCompte rendu : https://wiki.example.org/minutes\\nEnregistrements : https://video.example.org/sig',
    );
  });

  it('uses the `uid` of an imported series for the series and its moved occurrences', () => {
    const imported = parseMeetingFile('meetings/london.yml', `${fixtureText('london.yml')}uid: 38m812jicsrer5gorh3mlp7qhc@google.com\n`);
    const uids = unfoldedLines(render([imported])).filter((l) => l.startsWith('UID:'));
    expect(uids.length).toBeGreaterThan(1);
    expect(new Set(uids)).toEqual(new Set(['UID:38m812jicsrer5gorh3mlp7qhc@google.com']));
  });

  it('marks a cancelled one-off meeting as cancelled', () => {
    const meeting = parseMeetingFile('meetings/once.yml', 'title: Kick-off\ntimezone: Europe/London\nstart: 2024-11-05T09:00\nduration: 30\ncancelled: [2024-11-05]\n');
    expect(unfoldedLines(render([meeting]))).toContain('STATUS:CANCELLED');
  });

  it('fails loudly without a SEQUENCE/DTSTAMP entry', () => {
    expect(() => render([london()], {stamps: {}})).toThrow(/innersource-sig/);
  });
});
