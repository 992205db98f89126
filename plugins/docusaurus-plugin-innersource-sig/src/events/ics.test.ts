import ICAL from 'ical.js';
import nodeIcal, {type VEvent} from 'node-ical';
import type {SigEvent} from '../types';
import {parseEventFrontMatter} from './frontMatter';
import en from '../languages/en';
import {renderEventIcs, type EventIcsOptions} from './ics';

// The .ics files are read back by parsers we did not write: ical.js (Thunderbird's) and node-ical.
// Expected instants are written by hand; results must not depend on the machine's TZ.

// Before every event of this file but the 2022 summit.
const OPTIONS: EventIcsOptions = {pageUrl: 'https://sig.example.org/events/summit', uidDomain: 'sig.example.org', text: en.calendar, now: new Date('2026-12-01T00:00:00Z')};

function event(frontMatter: Record<string, unknown>, slug = 'summit'): SigEvent {
  return parseEventFrontMatter(`events/${slug}.md`, frontMatter, slug);
}

const SUMMIT_2022 = event(
  {
    title: 'InnerSource Summit 2022',
    date: '2022-11-16',
    end: '2022-11-17',
    timezone: 'UTC',
    publishDate: '2022-09-01',
    location: 'Online',
    description: 'Two half-days; one for the Americas, one for Asia-Pacific.',
    sessions: [
      {title: 'Part 1', start: '2022-11-16T15:00', end: '2022-11-16T18:30'},
      {title: 'Part 2', start: '2022-11-17T07:30', end: '2022-11-17T11:00'},
    ],
  },
  'summit-2022',
);

const SUMMIT_2027 = event(
  {
    title: 'InnerSource Summit 2027',
    date: '2027-05-12',
    end: '2027-05-13',
    timezone: 'America/New_York',
    registration: 'https://tickets.example.org/summit-2027',
    sessions: [
      {title: 'Day 1', start: '2027-05-12T10:00', end: '2027-05-12T13:30'},
      // A session written in another zone keeps it in the file.
      {title: 'Day 2, London studio', start: '2027-05-13T15:00', end: '2027-05-13T18:30', timezone: 'Europe/London'},
    ],
  },
  'summit-2027',
);

const EUROPE_2027 = event(
  {title: 'Summit Europe 2027', date: '2027-11-16', end: '2027-11-17', timezone: 'Europe/Berlin', publishDate: '2027-09-01', location: 'Frankfurt am Main'},
  'summit-europe-2027',
);

interface Parsed {
  uid: string;
  summary: string;
  stamp: string;
  /** UTC instants for timed events, YYYY-MM-DD for all-day ones. */
  start: string;
  end: string;
}

function icalJs(ics: string): Parsed[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return root.getAllSubcomponents('vevent').map((vevent) => {
    const e = new ICAL.Event(vevent);
    const when = (t: ICAL.Time) => (t.isDate ? t.toString() : t.toJSDate().toISOString());
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {uid: e.uid, summary: e.summary, stamp: stamp.toJSDate().toISOString(), start: when(e.startDate), end: when(e.endDate)};
  });
}

function nodeIcalJs(ics: string): Parsed[] {
  const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  // node-ical gives an all-day date as local midnight, flagged dateOnly.
  const when = (d: Date & {dateOnly?: boolean}) => (d.dateOnly ? localDay(d) : d.toISOString());
  return Object.values(nodeIcal.sync.parseICS(ics))
    .filter((c): c is VEvent => c?.type === 'VEVENT')
    .map((e) => ({uid: e.uid, summary: String(e.summary), stamp: e.dtstamp.toISOString(), start: when(e.start), end: when(e.end!)}));
}

function unfolded(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

describe.each([
  ['ical.js', icalJs],
  ['node-ical', nodeIcalJs],
])('as %s reads the calendar', (_parser, parse) => {
  it('the 2022 summit: one VEVENT per session at the UTC instants', () => {
    expect(parse(renderEventIcs(SUMMIT_2022, OPTIONS))).toEqual([
      {uid: 'event-summit-2022-1@sig.example.org', summary: 'InnerSource Summit 2022 – Part 1', stamp: '2022-09-01T00:00:00.000Z', start: '2022-11-16T15:00:00.000Z', end: '2022-11-16T18:30:00.000Z'},
      {uid: 'event-summit-2022-2@sig.example.org', summary: 'InnerSource Summit 2022 – Part 2', stamp: '2022-09-01T00:00:00.000Z', start: '2022-11-17T07:30:00.000Z', end: '2022-11-17T11:00:00.000Z'},
    ]);
  });

  it('sessions in New York (EDT) and London (BST) through their VTIMEZONEs; DTSTAMP = midnight of the first day in New York', () => {
    expect(parse(renderEventIcs(SUMMIT_2027, OPTIONS))).toEqual([
      {uid: 'event-summit-2027-1@sig.example.org', summary: 'InnerSource Summit 2027 – Day 1', stamp: '2027-05-12T04:00:00.000Z', start: '2027-05-12T14:00:00.000Z', end: '2027-05-12T17:30:00.000Z'},
      {uid: 'event-summit-2027-2@sig.example.org', summary: 'InnerSource Summit 2027 – Day 2, London studio', stamp: '2027-05-12T04:00:00.000Z', start: '2027-05-13T14:00:00.000Z', end: '2027-05-13T17:30:00.000Z'},
    ]);
  });

  it('an event without sessions: one all-day VEVENT over its days (DTEND the day after)', () => {
    expect(parse(renderEventIcs(EUROPE_2027, OPTIONS))).toEqual([
      // publishDate 2027-09-01 is midnight in Berlin (CEST, UTC+2).
      {uid: 'event-summit-europe-2027@sig.example.org', summary: 'Summit Europe 2027', stamp: '2027-08-31T22:00:00.000Z', start: '2027-11-16', end: '2027-11-18'},
    ]);
  });
});

describe('the .ics text', () => {
  const summit = renderEventIcs(SUMMIT_2027, OPTIONS);
  const allDay = renderEventIcs(EUROPE_2027, OPTIONS);

  it('is identical on every render (stable UID and DTSTAMP, no build time)', () => {
    expect(renderEventIcs(SUMMIT_2027, OPTIONS)).toBe(summit);
    expect(renderEventIcs(EUROPE_2027, OPTIONS)).toBe(allDay);
  });

  it('writes session times as written, with TZID and one VTIMEZONE per zone', () => {
    const lines = unfolded(summit);
    expect(lines).toContain('DTSTART;TZID=America/New_York:20270512T100000');
    expect(lines).toContain('DTEND;TZID=Europe/London:20270513T183000');
    expect(lines.filter((l) => l.startsWith('TZID:')).sort()).toEqual(['TZID:America/New_York', 'TZID:Europe/London']);
    expect(lines).toContain('DTSTAMP:20270512T040000Z');
  });

  it('writes an all-day event with DATE values and no VTIMEZONE', () => {
    const lines = unfolded(allDay);
    expect(lines).toContain('DTSTART;VALUE=DATE:20271116');
    expect(lines).toContain('DTEND;VALUE=DATE:20271118');
    expect(lines).toContain('LOCATION:Frankfurt am Main');
    expect(lines).toContain('NAME:Summit Europe 2027');
    expect(lines).not.toContain('BEGIN:VTIMEZONE');
  });

  it.each([
    ['timed', () => summit],
    ['all-day', () => allDay],
  ])('%s: CRLF lines of at most 75 octets, one calendar, published with the page URL', (_name, text) => {
    const ics = text();
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const lines = unfolded(ics);
    expect(lines.filter((l) => l === 'BEGIN:VCALENDAR')).toHaveLength(1);
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('URL;VALUE=URI:https://sig.example.org/events/summit');
  });

  it('escapes text: commas, semicolons and newlines in title, description and location', () => {
    const tricky = event({
      title: 'Summit; Europe, 2027',
      date: '2027-11-16',
      description: 'Line one, with comma;\nline two',
      location: 'Hall A; Frankfurt, Germany',
      registration: 'https://tickets.example.org/a?x=1;y=2,3',
    });
    const ics = renderEventIcs(tricky, OPTIONS);
    const lines = unfolded(ics);
    expect(lines).toContain('SUMMARY:Summit\\; Europe\\, 2027');
    expect(lines).toContain('LOCATION:Hall A\\; Frankfurt\\, Germany');
    expect(lines).toContain('X-WR-CALNAME:Summit\\; Europe\\, 2027');
    const [parsed] = icalJs(ics);
    expect(parsed!.summary).toBe('Summit; Europe, 2027');
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('description')).toBe('Line one, with comma;\nline two\n\nRegistration: https://tickets.example.org/a?x=1;y=2,3');
    expect(vevent.getFirstPropertyValue('location')).toBe('Hall A; Frankfurt, Germany');
  });
});
