/**
 * meetingAgenda: which meeting an agenda is for (daylight-saving changes in both hemispheres,
 * cancelled and moved dates, a series that has ended), what its body says, and templates. The
 * series are written for these tests. Words in other languages: languages/<lang>.test.ts.
 */
import {DataError, DataErrors} from '../errors';
import en from '../languages/en';
import type {Meeting} from '../types';
import {meetingAgenda, type Agenda, type AgendaOptions, type NoAgenda} from './agenda';
import {parseMeetingFile} from './load';

const ICS = 'https://sig.example.org/ics/call.ics';
const SERIES_PAGE = 'https://sig.example.org/meetings/call';

function series(lines: string[], title = 'SIG call'): Meeting {
  return parseMeetingFile('meetings/call.yml', `${[`title: ${JSON.stringify(title)}`, ...lines].join('\n')}\n`);
}

function agendaOf(meeting: Meeting, options: Partial<AgendaOptions> & {now: Date}): Agenda | NoAgenda {
  return meetingAgenda(meeting, {language: en, locale: 'en-GB', icsUrl: ICS, zones: [], ...options});
}

/** The agenda, failing the test with the reason when there is none. */
function agenda(meeting: Meeting, options: Partial<AgendaOptions> & {now: Date}): Agenda {
  const result = agendaOf(meeting, options);
  if (result.kind !== 'agenda') throw new Error(`expected an agenda, got ${result.kind}: ${result.message}`);
  return result;
}

/** The lines under a heading of the body, up to the next heading. */
function section(body: string, heading: string): string[] {
  const lines = body.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line !== '');
}

const headings = (body: string) => body.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));

describe('meetingAgenda across daylight-saving changes', () => {
  const bySeries: Record<string, Meeting> = {
    London: series(['timezone: Europe/London', 'start: 2026-01-06T15:00', 'duration: 60', 'repeat: FREQ=WEEKLY;BYDAY=TU']),
    'New York': series(['timezone: America/New_York', 'start: 2026-01-01T10:30', 'duration: 60', 'repeat: FREQ=WEEKLY;BYDAY=TH']),
    Sydney: series(['timezone: Australia/Sydney', 'start: 2026-01-07T09:00', 'duration: 45', 'repeat: FREQ=WEEKLY;BYDAY=WE']),
  };
  const [london, newYork, sydney] = [bySeries.London!, bySeries['New York']!, bySeries.Sydney!];

  test.each([
    // London: BST from Sunday 29 March, GMT again from Sunday 25 October 2026.
    ['London', 'last week of GMT', '2026-03-24', '2026-03-24T15:00:00.000Z'],
    ['London', 'first week of BST', '2026-03-31', '2026-03-31T14:00:00.000Z'],
    ['London', 'last week of BST', '2026-10-20', '2026-10-20T14:00:00.000Z'],
    ['London', 'first week of GMT', '2026-10-27', '2026-10-27T15:00:00.000Z'],
    // New York: EDT from Sunday 8 March, EST again from Sunday 1 November 2026.
    ['New York', 'last week of EST', '2026-03-05', '2026-03-05T15:30:00.000Z'],
    ['New York', 'first week of EDT', '2026-03-12', '2026-03-12T14:30:00.000Z'],
    ['New York', 'first week of EST', '2026-11-05', '2026-11-05T15:30:00.000Z'],
    // Sydney, southern hemisphere: AEST from Sunday 5 April, AEDT again from Sunday 4 October 2026.
    ['Sydney', 'last week of AEDT', '2026-04-01', '2026-03-31T22:00:00.000Z'],
    ['Sydney', 'first week of AEST', '2026-04-08', '2026-04-07T23:00:00.000Z'],
    ['Sydney', 'first week of AEDT', '2026-10-07', '2026-10-06T22:00:00.000Z'],
  ])('%s, %s: the meeting of %s starts at %s', (name, _when, date, start) => {
    const meeting = bySeries[name]!;
    // As `next` the day before, and named by --date.
    const dayBefore = new Date(new Date(start).getTime() - 86_400_000);
    const next = agenda(meeting, {now: dayBefore});
    const named = agenda(meeting, {now: new Date('2026-01-01T00:00:00Z'), date});
    for (const found of [next, named]) {
      expect(found.date).toBe(date);
      expect(found.start.toISOString()).toBe(start);
    }
  });

  test('London just after the change: 15:00 British Summer Time is 14:00 UTC', () => {
    const found = agenda(london, {now: new Date('2026-03-29T12:00:00Z'), zones: ['America/New_York', 'Australia/Sydney']});
    expect(found.date).toBe('2026-03-31');
    expect(section(found.body, 'When')).toEqual([
      '- Tue, 31 Mar 2026, 15:00–16:00 (United Kingdom Time)',
      '- Tue, 31 Mar 2026, 14:00–15:00 (UTC)',
      '- Tue, 31 Mar 2026, 10:00–11:00 (New York Time)',
      // Sydney still on summer time (until 5 April): the next day there.
      '- Wed, 1 Apr 2026, 01:00–02:00 (Sydney Time)',
    ]);
  });

  test('New York after its change and before London\'s: 10:30 EDT is 14:30 in London, then 15:30 once London changes', () => {
    const before = agenda(newYork, {now: new Date('2026-03-09T00:00:00Z'), zones: ['Europe/London']});
    expect(section(before.body, 'When')).toEqual([
      '- Thu, 12 Mar 2026, 10:30–11:30 (New York Time)',
      '- Thu, 12 Mar 2026, 14:30–15:30 (UTC)',
      '- Thu, 12 Mar 2026, 14:30–15:30 (United Kingdom Time)',
    ]);
    const after = agenda(newYork, {now: new Date('2026-03-30T00:00:00Z'), zones: ['Europe/London']});
    expect(section(after.body, 'When')).toContain('- Thu, 2 Apr 2026, 15:30–16:30 (United Kingdom Time)');
  });

  test('Sydney just after its autumn change: 09:00 AEST is 23:00 UTC the day before', () => {
    const found = agenda(sydney, {now: new Date('2026-04-05T00:00:00Z')});
    expect(found.title).toBe('SIG call — Wednesday, 8 April 2026');
    expect(section(found.body, 'When')).toEqual(['- Wed, 8 Apr 2026, 09:00–09:45 (Sydney Time)', '- Tue, 7 Apr 2026, 23:00–23:45 (UTC)']);
  });
});

describe('meetingAgenda: which meeting', () => {
  const monthly = series([
    'timezone: Europe/London',
    'start: 2025-01-14T15:00',
    'duration: 60',
    'repeat: FREQ=MONTHLY;BYDAY=2TU',
    'cancelled: [2025-08-12]',
    'moved:',
    '  - from: 2025-10-14',
    '    start: 2025-10-21T16:00',
    '    duration: 90',
  ]);

  test('next skips a cancelled meeting', () => {
    const found = agenda(monthly, {now: new Date('2025-07-20T00:00:00Z')});
    expect(found.date).toBe('2025-09-09');
  });

  test('next skips a meeting under way, and takes the first one starting after now', () => {
    expect(agenda(monthly, {now: new Date('2025-09-09T14:30:00Z')}).date).toBe('2025-10-21');
    expect(agenda(monthly, {now: new Date('2025-09-09T13:59:00Z')}).date).toBe('2025-09-09');
  });

  test('next is a moved meeting at its new day and time, saying where it moved from', () => {
    const found = agenda(monthly, {now: new Date('2025-09-10T00:00:00Z')});
    expect(found).toMatchObject({date: '2025-10-21', movedFrom: '2025-10-14', title: 'SIG call — Tuesday, 21 October 2025'});
    expect(found.start.toISOString()).toBe('2025-10-21T15:00:00.000Z');
    expect(found.end.toISOString()).toBe('2025-10-21T16:30:00.000Z');
    expect(section(found.body, 'When')).toEqual(['Moved from Tuesday, 14 October 2025.', '- Tue, 21 Oct 2025, 16:00–17:30 (United Kingdom Time)', '- Tue, 21 Oct 2025, 15:00–16:30 (UTC)']);
  });

  test('--date of a cancelled meeting: none, with the reason and the next meeting', () => {
    expect(agendaOf(monthly, {now: new Date('2025-01-01T00:00:00Z'), date: '2025-08-12'})).toEqual({
      kind: 'cancelled',
      message: 'SIG call (meetings/call.yml): the meeting of 2025-08-12 is cancelled (field "cancelled"): no agenda. The next meeting is on 2025-09-09 (--date 2025-09-09).',
    });
  });

  test('--date of a day moved away from says where it moved; the new day gives the agenda', () => {
    expect(agendaOf(monthly, {now: new Date('2025-01-01T00:00:00Z'), date: '2025-10-14'})).toEqual({
      kind: 'movedAway',
      message: 'SIG call (meetings/call.yml): the meeting of 2025-10-14 was moved to 2025-10-21 (field "moved"): use --date 2025-10-21.',
    });
    expect(agenda(monthly, {now: new Date('2025-01-01T00:00:00Z'), date: '2025-10-21'}).movedFrom).toBe('2025-10-14');
  });

  test('--date of a day without a meeting names the next one; a past day still has its agenda', () => {
    expect(agendaOf(monthly, {now: new Date('2025-01-01T00:00:00Z'), date: '2025-09-10'})).toEqual({
      kind: 'none',
      message: 'SIG call (meetings/call.yml) does not meet on 2025-09-10. The next meeting is on 2025-10-21 (--date 2025-10-21).',
    });
    expect(agenda(monthly, {now: new Date('2026-06-01T00:00:00Z'), date: '2025-03-11'}).start.toISOString()).toBe('2025-03-11T15:00:00.000Z');
  });

  test('--date beyond what a series may name is refused without running its rule that far', () => {
    const result = agendaOf(monthly, {now: new Date('2025-01-01T00:00:00Z'), date: '2200-01-13'});
    expect(result.kind).toBe('none');
    expect((result as NoAgenda).message).toMatch(/^--date 2200-01-13 is more than 100 years after the series' start \(2025-01-14\)/);
  });

  test('a series whose UNTIL has passed has ended, naming its last meeting; so does a day after it', () => {
    const ended = series(['timezone: Europe/Berlin', 'start: 2024-10-01T10:00', 'duration: 30', 'repeat: FREQ=WEEKLY;BYDAY=TU;UNTIL=20241210', 'cancelled: [2024-12-10]']);
    const expected = {kind: 'ended', message: 'SIG call (meetings/call.yml) has ended: its last meeting was on 2024-12-03.'};
    expect(agendaOf(ended, {now: new Date('2026-01-15T00:00:00Z')})).toEqual(expected);
    expect(agendaOf(ended, {now: new Date('2026-01-15T00:00:00Z'), date: '2025-01-07'})).toEqual(expected);
    // Before UNTIL, the same series has a next meeting.
    expect(agenda(ended, {now: new Date('2024-11-20T00:00:00Z')}).date).toBe('2024-11-26');
  });

  test('a one-off meeting in the past has ended; one ahead is next', () => {
    const once = series(['timezone: Asia/Kolkata', 'start: 2026-02-05T09:00', 'duration: 30']);
    expect(agendaOf(once, {now: new Date('2026-03-01T00:00:00Z')})).toEqual({kind: 'ended', message: 'SIG call (meetings/call.yml) has ended: its last meeting was on 2026-02-05.'});
    expect(agenda(once, {now: new Date('2026-01-01T00:00:00Z')}).start.toISOString()).toBe('2026-02-05T03:30:00.000Z');
  });

  test('a series that starts more than a year ahead is found', () => {
    const later = series(['timezone: Europe/London', 'start: 2028-06-13T15:00', 'duration: 60', 'repeat: FREQ=MONTHLY;BYDAY=2TU']);
    expect(agenda(later, {now: new Date('2026-01-01T00:00:00Z')}).date).toBe('2028-06-13');
  });
});

describe('meetingAgenda: the body', () => {
  const call = series([
    'timezone: Europe/London',
    'start: 2026-01-13T15:00',
    'duration: 60',
    'repeat: FREQ=MONTHLY;BYDAY=2TU',
    'join: https://zoom.us/j/123456789',
    'notes:',
    '  2026-02-10: https://github.com/org/sig/issues/12',
  ]);
  const minutesPages = new Map([
    ['2026-01-13', 'https://sig.example.org/meetings/call/2026-01-13'],
    // Minutes written ahead: not the previous meeting's.
    ['2026-04-14', 'https://sig.example.org/meetings/call/2026-04-14'],
  ]);

  test('without a template: when, join, calendar, previous minutes and an agenda section', () => {
    const found = agenda(call, {now: new Date('2026-03-01T00:00:00Z'), seriesPageUrl: SERIES_PAGE, minutesPages});
    expect(found.title).toBe('SIG call — Tuesday, 10 March 2026');
    expect(headings(found.body)).toEqual(['When', 'Join', 'Calendar', "Previous meeting's minutes", 'Agenda']);
    expect(section(found.body, 'Join')).toEqual(['<https://zoom.us/j/123456789>']);
    expect(section(found.body, 'Calendar')).toEqual([`- Add to your calendar: <${ICS}>`, `- All meetings of the series: <${SERIES_PAGE}>`]);
    // 10 February has notes elsewhere (an issue), the latest before 10 March.
    expect(section(found.body, "Previous meeting's minutes")).toEqual(['[Tue, 10 Feb 2026, 15:00](https://github.com/org/sig/issues/12)']);
    expect(section(found.body, 'Agenda')).toEqual(['Add a topic by commenting on this issue.']);
    expect(found).toMatchObject({id: 'call', join: 'https://zoom.us/j/123456789', calendar: ICS, timezone: 'Europe/London', previousMinutes: 'https://github.com/org/sig/issues/12'});
    expect(found.body.endsWith('\n')).toBe(true);
  });

  test('previous minutes: a minutes page comes before notes of the same meeting, and older minutes count when later meetings have none', () => {
    const pages = new Map([...minutesPages, ['2026-02-10', 'https://sig.example.org/meetings/call/2026-02-10']]);
    expect(agenda(call, {now: new Date('2026-03-01T00:00:00Z'), minutesPages: pages}).previousMinutes).toBe('https://sig.example.org/meetings/call/2026-02-10');
    const withoutNotes = series(['timezone: Europe/London', 'start: 2026-01-13T15:00', 'duration: 60', 'repeat: FREQ=MONTHLY;BYDAY=2TU']);
    expect(agenda(withoutNotes, {now: new Date('2026-03-01T00:00:00Z'), minutesPages}).previousMinutes).toBe('https://sig.example.org/meetings/call/2026-01-13');
  });

  test('no join link, series page or minutes: those sections are left out', () => {
    const bare = series(['timezone: Europe/London', 'start: 2026-01-13T15:00', 'duration: 60', 'repeat: FREQ=MONTHLY;BYDAY=2TU']);
    const found = agenda(bare, {now: new Date('2026-03-01T00:00:00Z')});
    expect(headings(found.body)).toEqual(['When', 'Calendar', 'Agenda']);
    expect(section(found.body, 'Calendar')).toEqual([`- Add to your calendar: <${ICS}>`]);
    expect(found.join).toBeUndefined();
    expect(found.previousMinutes).toBeUndefined();
  });

  test('extra zones come after the series\' zone and UTC, each line once', () => {
    const utcSeries = series(['timezone: UTC', 'start: 2026-01-13T15:00', 'duration: 60', 'repeat: FREQ=MONTHLY;BYDAY=2TU']);
    const found = agenda(utcSeries, {now: new Date('2026-03-01T00:00:00Z'), zones: ['UTC', 'Asia/Tokyo', 'Etc/UTC', 'Asia/Tokyo']});
    expect(section(found.body, 'When')).toEqual(['- Tue, 10 Mar 2026, 15:00–16:00 (UTC)', '- Wed, 11 Mar 2026, 00:00–01:00 (Japan Time)']);
  });
});

describe('meetingAgenda: templates', () => {
  const call = series(['timezone: Europe/London', 'start: 2026-01-13T15:00', 'duration: 60', 'repeat: FREQ=MONTHLY;BYDAY=2TU', 'join: https://zoom.us/j/1']);
  const now = new Date('2026-03-01T00:00:00Z');
  const template = (text: string) => ({file: 'meetings/call.agenda.md', text});

  test('every placeholder is replaced (spaces inside the braces allowed, braces across lines are text); the generated sections come first', () => {
    const text = [
      '## Agenda for {{ series }}',
      '',
      '{{title}} | {{date}} | {{isoDate}} | {{',
      'title}}',
      '{{time}} / {{utc}}',
      '{{join}} {{calendar}} [{{seriesPage}}] [{{previousMinutes}}]',
      '',
    ].join('\n');
    const found = agenda(call, {now, template: template(text), minutesPages: new Map([['2026-02-10', 'https://m/2026-02-10']])});
    expect(headings(found.body)).toEqual(['When', 'Join', 'Calendar', "Previous meeting's minutes", 'Agenda for SIG call']);
    expect(section(found.body, 'Agenda for SIG call')).toEqual([
      'SIG call — Tuesday, 10 March 2026 | Tuesday, 10 March 2026 | 2026-03-10 | {{',
      'title}}',
      'Tue, 10 Mar 2026, 15:00–16:00 (United Kingdom Time) / Tue, 10 Mar 2026, 15:00–16:00 (UTC)',
      `https://zoom.us/j/1 ${ICS} [] [https://m/2026-02-10]`,
    ]);
  });

  test('{{details}} places the generated sections, and only there', () => {
    const found = agenda(call, {now, template: template('Welcome!\n\n{{details}}\n\n## Attendees\n')});
    expect(found.body.startsWith('Welcome!\n\n## When\n')).toBe(true);
    expect(headings(found.body)).toEqual(['When', 'Join', 'Calendar', 'Attendees']);
  });

  test('a value is not read as a placeholder again, in the body or the title', () => {
    const braces = series(['timezone: Europe/London', 'start: 2026-01-13T15:00', 'duration: 60'], 'Call {{join}} {date}');
    const found = agenda(braces, {now: new Date('2026-01-01T00:00:00Z'), template: template('{{series}}')});
    expect(found.title).toBe('Call {{join}} {date} — Tuesday, 13 January 2026');
    expect(found.body).toMatch(/\nCall \{\{join\}\} \{date\}\n$/);
  });

  test('an unknown placeholder is an error naming the file and line, the placeholder and the known ones', () => {
    const run = () => agenda(call, {now, template: template('# {{title}}\n\nNext: {{nextDate}}\n{{\ntitle}}\n')});
    expect(run).toThrow(DataError);
    expect(run).toThrow(
      'meetings/call.agenda.md:3: field "placeholder" has value "{{nextDate}}": is not a placeholder of agenda templates; they are {{title}}, {{series}}, {{date}}, {{isoDate}}, {{time}}, {{utc}}, {{join}}, {{calendar}}, {{seriesPage}}, {{previousMinutes}}, {{details}}',
    );
  });

  test('several unknown placeholders are reported together, even for a day without a meeting', () => {
    let thrown: unknown;
    try {
      agendaOf(call, {now, date: '2026-03-11', template: template('{{ Title }}\n{{}}\n')});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DataErrors);
    expect((thrown as DataErrors).errors.map((error) => error.message.split(': is not')[0])).toEqual([
      'meetings/call.agenda.md:1: field "placeholder" has value "{{ Title }}"',
      'meetings/call.agenda.md:2: field "placeholder" has value "{{}}"',
    ]);
  });
});
