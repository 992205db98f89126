import {readerSeesOtherTime, readerTimeZone, upcomingOccurrences, webcalUrl, type OccurrenceTuple} from './meetingTimes';

// Every instant here is written in UTC, and every formatting call names its zone, so the results
// must not depend on the machine's TZ (run under TZ=UTC and TZ=Asia/Tokyo).
const at = (iso: string) => Date.parse(iso) / 1000;
const HOUR = 3600;

describe('upcomingOccurrences', () => {
  const occurrences: OccurrenceTuple[] = [
    [at('2026-01-13T15:00:00Z'), at('2026-01-13T16:00:00Z'), 0, 'Tue, 13 Jan 2026, 15:00'],
    [at('2026-02-10T15:00:00Z'), at('2026-02-10T16:00:00Z'), 0, 'Tue, 10 Feb 2026, 15:00'],
    [at('2026-03-12T15:00:00Z'), at('2026-03-12T16:00:00Z'), 1, 'Thu, 12 Mar 2026, 15:00'],
    [at('2026-04-14T14:00:00Z'), at('2026-04-14T15:00:00Z'), 0, 'Tue, 14 Apr 2026, 15:00'],
    [at('2026-05-12T14:00:00Z'), at('2026-05-12T15:00:00Z'), 0, 'Tue, 12 May 2026, 15:00'],
  ];

  test('returns the next three after now, in order', () => {
    const next = upcomingOccurrences(occurrences, new Date('2026-01-20T00:00:00Z'));
    expect(next).toEqual([occurrences[1], occurrences[2], occurrences[3]]);
  });

  test('keeps a meeting that is in progress, drops one that just ended', () => {
    expect(upcomingOccurrences(occurrences, new Date('2026-01-13T15:30:00Z'), 1)).toEqual([occurrences[0]]);
    expect(upcomingOccurrences(occurrences, new Date('2026-01-13T16:00:00Z'), 1)).toEqual([occurrences[1]]);
  });

  test('keeps the moved flag', () => {
    const next = upcomingOccurrences(occurrences, new Date('2026-03-01T00:00:00Z'), 1);
    expect(next[0]![2]).toBe(1);
  });

  test('fewer than asked near the end, none after the last', () => {
    expect(upcomingOccurrences(occurrences, new Date('2026-05-01T00:00:00Z'))).toEqual([occurrences[4]]);
    expect(upcomingOccurrences(occurrences, new Date('2027-01-01T00:00:00Z'))).toEqual([]);
    expect(upcomingOccurrences([], new Date('2026-01-01T00:00:00Z'))).toEqual([]);
  });

  test('count chooses how many', () => {
    expect(upcomingOccurrences(occurrences, new Date('2025-01-01T00:00:00Z'), 5)).toHaveLength(5);
  });
});

describe('readerSeesOtherTime', () => {
  const start = at('2026-01-13T15:00:00Z');
  test('not in the meeting zone itself, nor in a zone with the same clock that day', () => {
    expect(readerSeesOtherTime(start, start + HOUR, 'Europe/London', 'Europe/London')).toBe(false);
    // Lisbon keeps London's clock.
    expect(readerSeesOtherTime(start, start + HOUR, 'Europe/London', 'Europe/Lisbon')).toBe(false);
  });
  test('where the clock or the day differs', () => {
    expect(readerSeesOtherTime(start, start + HOUR, 'Europe/London', 'America/New_York')).toBe(true);
    expect(readerSeesOtherTime(at('2026-01-13T23:30:00Z'), at('2026-01-14T00:00:00Z'), 'Europe/London', 'Asia/Tokyo')).toBe(true);
  });
});

describe('readerTimeZone', () => {
  test("is the runtime's zone", () => {
    const expected = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(readerTimeZone()).toBe(expected);
  });
});

describe('webcalUrl', () => {
  test('subscribes to a site path under the base url', () => {
    expect(webcalUrl('https://sig.example.org', '/sig/', '/ics/innersource-sig.ics')).toBe(
      'webcal://sig.example.org/sig/ics/innersource-sig.ics',
    );
  });

  test('root base url, trailing slash on the site url and http', () => {
    expect(webcalUrl('https://sig.example.org/', '/', '/ics/meetings.ics')).toBe('webcal://sig.example.org/ics/meetings.ics');
    expect(webcalUrl('http://localhost:3000', '/', 'ics/a.ics')).toBe('webcal://localhost:3000/ics/a.ics');
  });
});
