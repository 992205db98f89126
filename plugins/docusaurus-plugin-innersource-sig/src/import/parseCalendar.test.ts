/** Reading calendar text written by us for these tests (none is a product's export). */
import {parseCalendar} from './parseCalendar';

const CRLF = '\r\n';

describe('parseCalendar', () => {
  it('groups overrides with their series by UID, and keeps one-off events and stray overrides apart', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:series@example.org',
      'SUMMARY:Series',
      'DTSTART;TZID="Kuala Lumpur, Singapore":20250103T093000',
      'RRULE:FREQ=WEEKLY',
      'EXDATE:20250110T013000Z,20250117T013000Z',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:series@example.org',
      'RECURRENCE-ID;TZID="Kuala Lumpur, Singapore":20250124T093000',
      'DTSTART;TZID="Kuala Lumpur, Singapore":20250124T103000',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:once@example.org',
      'SUMMARY:Once',
      'DTSTART;VALUE=DATE:20250105',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:elsewhere@example.org',
      'RECURRENCE-ID:20250101T100000Z',
      'DTSTART:20250101T110000Z',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join(CRLF);
    const {series, singles, orphanOverrides} = parseCalendar(text);
    expect(series).toHaveLength(1);
    expect(series[0]!.master.start).toEqual({local: '2025-01-03T09:30:00', tzid: 'Kuala Lumpur, Singapore', utc: false, allDay: false, text: '20250103T093000'});
    expect(series[0]!.master.exdates.map((t) => [t.local, t.utc])).toEqual([
      ['2025-01-10T01:30:00', true],
      ['2025-01-17T01:30:00', true],
    ]);
    expect(series[0]!.overrides.map((o) => o.start?.local)).toEqual(['2025-01-24T10:30:00']);
    expect(singles.map((e) => [e.summary, e.start?.allDay])).toEqual([['Once', true]]);
    expect(orphanOverrides.map((e) => e.uid)).toEqual(['elsewhere@example.org']);
  });

  it('unfolds lines folded with a TAB, unescapes text, and reads concatenated calendars saved with a byte order mark', () => {
    const one = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'SUMMARY:Review\\, planning', 'DESCRIPTION:Line one\\nline', '\t two', 'DTSTART:20250101T100000Z', 'RRULE:FREQ=DAILY', 'END:VEVENT', 'END:VCALENDAR'];
    const two = one.map((line) => line.replace('UID:a', 'UID:b'));
    const {series} = parseCalendar(`\uFEFF${[...one, ...two, ''].join(CRLF)}`);
    expect(series.map((s) => [s.master.uid, s.master.summary, s.master.description])).toEqual([
      ['a', 'Review, planning', 'Line one\nline two'],
      ['b', 'Review, planning', 'Line one\nline two'],
    ]);
  });
});
