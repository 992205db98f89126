import {
  cityOfZone,
  differentDay,
  formatDate,
  formatTime,
  formatTimeRange,
  readerTimeZone,
  upcomingOccurrences,
  webcalUrl,
  type OccurrenceTuple,
} from './meetingTimes';

// Every instant here is written in UTC, and every formatting call names its zone, so the results
// must not depend on the machine's TZ (run under TZ=UTC and TZ=Asia/Tokyo).
const at = (iso: string) => Date.parse(iso) / 1000;
const HOUR = 3600;

describe('upcomingOccurrences', () => {
  const occurrences: OccurrenceTuple[] = [
    [at('2026-01-13T15:00:00Z'), at('2026-01-13T16:00:00Z'), 0],
    [at('2026-02-10T15:00:00Z'), at('2026-02-10T16:00:00Z'), 0],
    [at('2026-03-12T15:00:00Z'), at('2026-03-12T16:00:00Z'), 1],
    [at('2026-04-14T14:00:00Z'), at('2026-04-14T15:00:00Z'), 0],
    [at('2026-05-12T14:00:00Z'), at('2026-05-12T15:00:00Z'), 0],
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

describe('formatTime and formatTimeRange', () => {
  const start = at('2026-01-13T15:00:00Z');

  test('24-hour clock in the named zone', () => {
    expect(formatTime(start, 'Europe/London')).toBe('15:00');
    expect(formatTime(start, 'America/New_York')).toBe('10:00');
    expect(formatTime(start, 'Asia/Kolkata')).toBe('20:30');
    expect(formatTime(at('2026-01-13T00:05:00Z'), 'UTC')).toBe('00:05');
  });

  test('follows daylight saving time of the zone', () => {
    expect(formatTime(at('2026-07-14T14:00:00Z'), 'Europe/London')).toBe('15:00');
  });

  test('a meeting within one day', () => {
    expect(formatTimeRange(start, start + HOUR, 'Europe/London')).toBe('15:00–16:00');
  });

  test('a meeting ending on the next day there says +1 day', () => {
    // 23:00–00:30 in London (winter: UTC).
    const late = at('2026-01-13T23:00:00Z');
    expect(formatTimeRange(late, late + 1.5 * HOUR, 'Europe/London')).toBe('23:00–00:30 (+1 day)');
    // The same instants in Tokyo fall on one day (08:00–09:30).
    expect(formatTimeRange(late, late + 1.5 * HOUR, 'Asia/Tokyo')).toBe('08:00–09:30');
  });

  test('a meeting ending exactly at midnight stays on its day', () => {
    const late = at('2026-01-13T23:00:00Z');
    expect(formatTimeRange(late, late + HOUR, 'Europe/London')).toBe('23:00–00:00');
  });

  test('the same meeting seen from Tokyo', () => {
    // 16:00–17:00 UTC = 01:00–02:00 JST: starts on the next day, but does not cross midnight itself.
    const s = at('2026-07-14T16:00:00Z');
    expect(formatTimeRange(s, s + HOUR, 'Asia/Tokyo')).toBe('01:00–02:00');
    // 14:30–15:30 UTC = 23:30–00:30 JST.
    const t = at('2026-07-14T14:30:00Z');
    expect(formatTimeRange(t, t + HOUR, 'Asia/Tokyo')).toBe('23:30–00:30 (+1 day)');
  });
});

describe('formatDate', () => {
  test('weekday, day, month and year in the named zone', () => {
    expect(formatDate(at('2026-01-13T15:00:00Z'), 'Europe/London')).toMatch(/^Tue,? 13 Jan 2026$/);
  });

  test('the date depends on the zone, not on the machine', () => {
    const lateInLondon = at('2026-01-13T23:30:00Z');
    expect(formatDate(lateInLondon, 'Europe/London')).toMatch(/^Tue,? 13 Jan 2026$/);
    expect(formatDate(lateInLondon, 'Asia/Tokyo')).toMatch(/^Wed,? 14 Jan 2026$/);
    expect(formatDate(at('2026-01-13T03:00:00Z'), 'America/Los_Angeles')).toMatch(/^Mon,? 12 Jan 2026$/);
  });
});

describe('differentDay', () => {
  test('true when two zones are on different dates at that instant', () => {
    expect(differentDay(at('2026-01-13T23:30:00Z'), 'Asia/Tokyo', 'Europe/London')).toBe(true);
    expect(differentDay(at('2026-01-13T12:00:00Z'), 'Asia/Tokyo', 'Europe/London')).toBe(false);
    expect(differentDay(at('2026-01-13T12:00:00Z'), 'UTC', 'UTC')).toBe(false);
  });
});

describe('readerTimeZone', () => {
  test("is the runtime's zone", () => {
    const expected = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(readerTimeZone()).toBe(expected);
  });
});

describe('cityOfZone', () => {
  test.each([
    ['Europe/London', 'London'],
    ['America/Los_Angeles', 'Los Angeles'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['Asia/Tokyo', 'Tokyo'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['Etc/GMT', 'UTC'],
    ['Etc/GMT-9', 'UTC+9'],
    ['Etc/GMT+5', 'UTC−5'],
  ])('%s → %s', (zone, label) => {
    expect(cityOfZone(zone)).toBe(label);
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
