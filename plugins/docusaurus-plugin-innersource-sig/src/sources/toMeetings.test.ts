/**
 * Calendar text → the meetings of a source. Every calendar here was written for this test: small
 * VCALENDARs with the properties each rule needs, in Europe/London (no VTIMEZONE: the TZID is an
 * IANA name) or UTC.
 */
import {DataError} from '../errors';
import type {MeetingSourceFreshness} from '../types';
import {parseSourceFile, type CalendarSource} from './sourceFile';
import {sourceMeetings} from './toMeetings';

const FRESH: MeetingSourceFreshness = {host: 'calendar.example.org', fetchedAt: '2027-01-01T06:00:00.000Z', stale: false};

function source(extra = '', name = 'chairs'): CalendarSource {
  return parseSourceFile(`meetings/${name}.source.yml`, `url: https://calendar.example.org/sig.ics?token=s3cr3t\n${extra}`);
}

/** A VEVENT: its properties, one per line, without BEGIN/END. */
function vevent(...lines: string[]): string[] {
  return ['BEGIN:VEVENT', 'DTSTAMP:20261201T000000Z', ...lines, 'END:VEVENT'];
}

/** A calendar written for this test, with CRLF line ends as calendar hosts serve them. */
function calendar(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//written for this test//EN', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
}

/** Weekly on Thursday 16:00–16:45 London time from 7 January 2027. */
const OFFICE_HOURS = vevent(
  'UID:office-hours@example.org',
  'DTSTART;TZID=Europe/London:20270107T160000',
  'DTEND;TZID=Europe/London:20270107T164500',
  'RRULE:FREQ=WEEKLY;BYDAY=TH',
  'SUMMARY:InnerSource SIG office hours',
);

/** Monthly on the second Tuesday 15:00–16:00 UTC. */
const STEERING = vevent(
  'UID:steering@example.org',
  'DTSTART:20270112T150000Z',
  'DTEND:20270112T160000Z',
  'RRULE:FREQ=MONTHLY;BYDAY=2TU',
  'SUMMARY:Steering   committee',
  'DESCRIPTION:Decisions of the month.',
  'LOCATION:https://zoom.us/j/123456',
);

/** A one-off event: not a series. */
const ONE_OFF = vevent('UID:party@example.org', 'DTSTART:20270301T180000Z', 'DTEND:20270301T200000Z', 'SUMMARY:Party');

/** A series with RDATE, which a meeting file cannot hold. */
const WITH_RDATE = vevent(
  'UID:rdate@example.org',
  'DTSTART:20270105T150000Z',
  'DTEND:20270105T160000Z',
  'RRULE:FREQ=MONTHLY;BYDAY=1TU',
  'RDATE:20270110T150000Z',
  'SUMMARY:Odd one',
);

function meetings(src: CalendarSource, text: string) {
  return sourceMeetings(src, text, FRESH);
}

describe('sourceMeetings', () => {
  it('makes a meeting of the only series: the meeting file of the calendar, marked with its freshness', () => {
    const {meetings: [meeting, ...others], skipped} = meetings(source(), calendar(OFFICE_HOURS, ONE_OFF));
    expect(others).toEqual([]);
    expect(skipped).toEqual([]);
    expect(meeting).toEqual({
      id: 'chairs',
      title: 'InnerSource SIG office hours',
      timezone: 'Europe/London',
      start: '2027-01-07T16:00',
      durationMinutes: 45,
      repeat: 'FREQ=WEEKLY;BYDAY=TH',
      cancelled: [],
      moved: [],
      ics: 'chairs',
      uid: 'office-hours@example.org',
      sourceFile: 'meetings/chairs.source.yml',
      source: FRESH,
    });
  });

  describe('ids and .ics names', () => {
    it('the only series takes the source id and ics', () => {
      const [meeting] = meetings(source('id: office-hours\nics: sig-office-hours\n'), calendar(OFFICE_HOURS)).meetings;
      expect(meeting).toMatchObject({id: 'office-hours', ics: 'sig-office-hours'});
    });

    it('the only series takes the source id, and that id as .ics name', () => {
      const [meeting] = meetings(source('id: office-hours\n'), calendar(OFFICE_HOURS)).meetings;
      expect(meeting).toMatchObject({id: 'office-hours', ics: 'office-hours'});
    });

    it('several series take ids made of the source name and their titles, the source id and ics going to none', () => {
      const result = meetings(source('id: office-hours\nics: sig-office-hours\n'), calendar(OFFICE_HOURS, STEERING));
      expect(result.meetings.map((m) => [m.id, m.ics])).toEqual([
        ['chairs-innersource-sig-office-hours', 'chairs-innersource-sig-office-hours'],
        ['chairs-steering-committee', 'chairs-steering-committee'],
      ]);
    });

    it('idPrefix replaces the source name and its dash', () => {
      const result = meetings(source('idPrefix: sig-\n'), calendar(OFFICE_HOURS, STEERING));
      expect(result.meetings.map((m) => m.id)).toEqual(['sig-innersource-sig-office-hours', 'sig-steering-committee']);
    });

    it('series.<UID> sets the id and ics of its series, with one series or several', () => {
      const settings = 'series:\n  steering@example.org: {id: steering, ics: steering-feed}\n';
      expect(meetings(source(settings), calendar(OFFICE_HOURS, STEERING)).meetings.map((m) => [m.id, m.ics])).toEqual([
        ['chairs-innersource-sig-office-hours', 'chairs-innersource-sig-office-hours'],
        ['steering', 'steering-feed'],
      ]);
      // It wins over the source's own id for the only series.
      expect(meetings(source(`id: chairs-sync\n${settings}`), calendar(STEERING)).meetings.map((m) => [m.id, m.ics])).toEqual([['steering', 'steering-feed']]);
    });

    it('two series of the same title get distinct ids', () => {
      const again = vevent(
        'UID:office-hours-apac@example.org',
        'DTSTART;TZID=Europe/London:20270108T080000',
        'DTEND;TZID=Europe/London:20270108T084500',
        'RRULE:FREQ=WEEKLY;BYDAY=FR',
        'SUMMARY:InnerSource SIG office hours',
      );
      expect(meetings(source(), calendar(OFFICE_HOURS, again)).meetings.map((m) => m.id)).toEqual(['chairs-innersource-sig-office-hours', 'chairs-innersource-sig-office-hours-2']);
    });

    it('a DTSTART that is not an occurrence of the rule gives the series and a one-off beside it, id-2', () => {
      // 6 January 2027 is a Wednesday; the rule gives Thursdays.
      const offset = vevent(
        'UID:office-hours@example.org',
        'DTSTART;TZID=Europe/London:20270106T160000',
        'DTEND;TZID=Europe/London:20270106T164500',
        'RRULE:FREQ=WEEKLY;BYDAY=TH',
        'SUMMARY:InnerSource SIG office hours',
      );
      const result = meetings(source('id: office-hours\nics: sig-office-hours\n'), calendar(offset));
      expect(result.meetings.map((m) => [m.id, m.ics, m.start, m.repeat])).toEqual([
        ['office-hours', 'sig-office-hours', '2027-01-07T16:00', 'FREQ=WEEKLY;BYDAY=TH'],
        ['office-hours-2', 'office-hours-2', '2027-01-06T16:00', undefined],
      ]);
    });
  });

  describe('include', () => {
    it('by UID', () => {
      const result = meetings(source('include:\n  - uid: steering@example.org\n'), calendar(OFFICE_HOURS, STEERING, WITH_RDATE));
      // The only series included: it takes the source name as id. Series left out are not "skipped".
      expect(result).toEqual({meetings: [expect.objectContaining({id: 'chairs', title: 'Steering committee'})], skipped: [], notices: [], uids: ['steering@example.org']});
    });

    it('by summary pattern: whole title, any case, * for any text, spaces as one', () => {
      const include = (pattern: string) => meetings(source(`include:\n  - summary: "${pattern}"\n`), calendar(OFFICE_HOURS, STEERING)).meetings.map((m) => m.title);
      expect(include('innersource sig*')).toEqual(['InnerSource SIG office hours']);
      expect(include('InnerSource SIG')).toEqual([]);
      expect(include('*committee')).toEqual(['Steering committee']);
      expect(include('Steering committee')).toEqual(['Steering committee']);
      expect(include('*')).toEqual(['InnerSource SIG office hours', 'Steering committee']);
    });

    it('by UID or summary: a series matching either is included', () => {
      const result = meetings(source('include:\n  - uid: steering@example.org\n  - summary: "*office hours"\n'), calendar(OFFICE_HOURS, STEERING, WITH_RDATE));
      expect(result.meetings.map((m) => m.uid)).toEqual(['office-hours@example.org', 'steering@example.org']);
      expect(result.skipped).toEqual([]);
    });

    it('all series without include', () => {
      expect(meetings(source(), calendar(OFFICE_HOURS, STEERING)).meetings).toHaveLength(2);
    });
  });

  describe('values the calendar lacks', () => {
    const defaults = `join: https://meet.example.org/source
description: From the source.
agenda: https://docs.example.org/agenda
notes: https://docs.example.org/minutes
recordings: https://video.example.org/sig
`;

    it('come from the source where the calendar has none', () => {
      const [meeting] = meetings(source(defaults), calendar(OFFICE_HOURS)).meetings;
      expect(meeting).toMatchObject({
        join: 'https://meet.example.org/source',
        description: 'From the source.',
        agenda: 'https://docs.example.org/agenda',
        notes: 'https://docs.example.org/minutes',
        recordings: 'https://video.example.org/sig',
      });
    });

    it('never replace what the calendar has', () => {
      const [, steering] = meetings(source(defaults), calendar(OFFICE_HOURS, STEERING)).meetings;
      expect(steering).toMatchObject({join: 'https://zoom.us/j/123456', description: 'Decisions of the month.', agenda: 'https://docs.example.org/agenda'});
    });

    it('series.<UID> values win over the source ones, for that series only', () => {
      const settings = `${defaults}series:
  office-hours@example.org:
    join: https://meet.example.org/series
    description: From the series.
    notes: https://docs.example.org/series-minutes
  steering@example.org:
    join: https://meet.example.org/never
    description: Never used.
`;
      const [office, steering] = meetings(source(settings), calendar(OFFICE_HOURS, STEERING)).meetings;
      expect(office).toMatchObject({
        join: 'https://meet.example.org/series',
        description: 'From the series.',
        agenda: 'https://docs.example.org/agenda',
        notes: 'https://docs.example.org/series-minutes',
        recordings: 'https://video.example.org/sig',
      });
      expect(steering).toMatchObject({join: 'https://zoom.us/j/123456', description: 'Decisions of the month.'});
    });

    it('a series without any has none', () => {
      const [meeting] = meetings(source(), calendar(OFFICE_HOURS)).meetings;
      for (const field of ['join', 'description', 'agenda', 'notes', 'recordings'] as const) expect(meeting![field]).toBeUndefined();
    });
  });

  describe('occurrences', () => {
    it('an EXDATE is a cancelled date', () => {
      const withExdate = [...OFFICE_HOURS.slice(0, -1), 'EXDATE;TZID=Europe/London:20270121T160000,20270204T160000', 'END:VEVENT'];
      expect(meetings(source(), calendar(withExdate)).meetings[0]).toMatchObject({cancelled: ['2027-01-21', '2027-02-04'], moved: []});
    });

    it('an occurrence cancelled by a RECURRENCE-ID event (STATUS:CANCELLED) is a cancelled date', () => {
      const cancelled = vevent(
        'UID:office-hours@example.org',
        'RECURRENCE-ID;TZID=Europe/London:20270128T160000',
        'DTSTART;TZID=Europe/London:20270128T160000',
        'DTEND;TZID=Europe/London:20270128T164500',
        'STATUS:CANCELLED',
        'SUMMARY:InnerSource SIG office hours',
      );
      expect(meetings(source(), calendar(OFFICE_HOURS, cancelled)).meetings[0]).toMatchObject({cancelled: ['2027-01-28'], moved: []});
    });

    it('a RECURRENCE-ID event at another time is a moved occurrence, with its own length when it differs', () => {
      const moved = vevent(
        'UID:office-hours@example.org',
        'RECURRENCE-ID;TZID=Europe/London:20270114T160000',
        'DTSTART;TZID=Europe/London:20270115T100000',
        'DTEND;TZID=Europe/London:20270115T110000',
        'SUMMARY:InnerSource SIG office hours',
      );
      const [meeting] = meetings(source(), calendar(OFFICE_HOURS, moved)).meetings;
      expect(meeting).toMatchObject({cancelled: [], moved: [{from: '2027-01-14', start: '2027-01-15T10:00', durationMinutes: 60}]});
    });
  });

  describe('a series the meeting format cannot hold', () => {
    it('is skipped with its reason, naming it, and the other series are kept', () => {
      const result = meetings(source(), calendar(OFFICE_HOURS, WITH_RDATE, STEERING));
      expect(result.meetings.map((m) => m.uid)).toEqual(['office-hours@example.org', 'steering@example.org']);
      expect(result.skipped).toEqual(['series "Odd one" (UID rdate@example.org): RDATE "20270110T150000Z" adds dates outside the rule, which a meeting file cannot hold']);
    });

    it('is skipped when it has no time (an all-day series), and ids of the others are still made from titles', () => {
      const allDay = vevent('UID:all-day@example.org', 'DTSTART;VALUE=DATE:20270104', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Focus day');
      const result = meetings(source(), calendar(allDay, OFFICE_HOURS));
      expect(result.meetings.map((m) => m.id)).toEqual(['chairs-innersource-sig-office-hours']);
      expect(result.skipped).toEqual([expect.stringMatching(/^series "Focus day" \(UID all-day@example\.org\): DTSTART "20270104" is a date without a time/)]);
    });

    it('is skipped when the meeting file made of it would be refused by the meeting loader', () => {
      // "meetings" is the name of the combined calendar: a series cannot take it as id without its own ics.
      const result = meetings(source('series:\n  steering@example.org: {id: meetings}\n'), calendar(STEERING, OFFICE_HOURS));
      expect(result.meetings.map((m) => m.uid)).toEqual(['office-hours@example.org']);
      expect(result.skipped).toEqual([expect.stringMatching(/^series "Steering committee" \(UID steering@example\.org\): field "id" has value "meetings": is used as the \.ics name/)]);
    });

    it('a calendar without series has no meetings and skips nothing', () => {
      expect(meetings(source(), calendar(ONE_OFF))).toEqual({meetings: [], skipped: [], notices: [], uids: []});
      expect(meetings(source(), calendar())).toEqual({meetings: [], skipped: [], notices: [], uids: []});
    });
  });

  describe('a text that is not a calendar', () => {
    it.each([
      ['a sentence', 'Please sign in to see s3cr3t-BODY'],
      ['an HTML page', '<!doctype html><html><body>s3cr3t-BODY</body></html>'],
      ['a calendar with a broken line', 'BEGIN:VCALENDAR\r\ns3cr3t-BODY\r\nEND:VCALENDAR\r\n'],
      ['a calendar cut short', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-NOTE:s3cr3t-BODY\r\n'],
      ['nothing', ''],
    ])('%s: a DataError on field url, naming the host, quoting none of the text', (_kind, text) => {
      let error: unknown;
      try {
        meetings(source(), text);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(DataError);
      const {file, field, value, message} = error as DataError;
      expect({file, field, value}).toEqual({file: 'meetings/chairs.source.yml', field: 'url', value: '(calendar at calendar.example.org)'});
      expect(message).toMatch(/is not an iCalendar file/);
      expect(message).not.toMatch(/s3cr3t|<html|token/i);
    });
  });
});

describe('text a calendar and a feed cannot hold', () => {
  test('is dropped from a remote series instead of losing it (written for this test)', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Written for this test//EN',
      'BEGIN:VEVENT',
      'UID:odd-text@example.org',
      'DTSTAMP:20261101T000000Z',
      'DTSTART;TZID=Europe/London:20261104T150000',
      'DTEND;TZID=Europe/London:20261104T160000',
      'RRULE:FREQ=WEEKLY;BYDAY=WE',
      'SUMMARY:Weekly\u0007 call\u2028(EMEA)',
      'DESCRIPTION:Agenda\u000b in the doc',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const source = parseSourceFile('meetings/odd.source.yml', 'url: https://calendar.example.org/odd.ics\n');
    const {meetings, skipped} = sourceMeetings(source, text, {host: 'calendar.example.org', fetchedAt: '2026-12-01T00:00:00.000Z', stale: false});
    expect(skipped).toEqual([]);
    expect(meetings.map((m) => [m.title, m.description])).toEqual([['Weekly call (EMEA)', 'Agenda in the doc']]);
  });
});

describe("the calendar's SEQUENCE", () => {
  test('is the highest of the series and its overrides, so that the site never sends a lower one (written for this test)', () => {
    const event = (lines: string[]) => ['BEGIN:VEVENT', 'UID:seq@example.org', 'DTSTAMP:20261101T000000Z', ...lines, 'SUMMARY:Call', 'END:VEVENT'];
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Written for this test//EN',
      ...event(['DTSTART;TZID=Europe/London:20261104T150000', 'DTEND;TZID=Europe/London:20261104T160000', 'RRULE:FREQ=WEEKLY;BYDAY=WE', 'SEQUENCE:2']),
      ...event(['RECURRENCE-ID;TZID=Europe/London:20261111T150000', 'DTSTART;TZID=Europe/London:20261111T170000', 'DTEND;TZID=Europe/London:20261111T180000', 'SEQUENCE:4']),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const source = parseSourceFile('meetings/seq.source.yml', 'url: https://calendar.example.org/seq.ics\n');
    const {meetings} = sourceMeetings(source, text, {host: 'calendar.example.org', fetchedAt: '2026-12-01T00:00:00.000Z', stale: false});
    expect(meetings.map((m) => [m.calendarSequence, m.moved.map((moved) => moved.from)])).toEqual([[4, ['2026-11-11']]]);
  });
});
