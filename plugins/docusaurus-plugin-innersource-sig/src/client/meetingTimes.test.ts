import {readerSeesOtherTime, readerTimeZone, upcomingDates, upcomingOccurrences, webcalUrl, type OccurrenceTuple} from './meetingTimes';

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

  test('skips cancelled dates: the next meeting is one that takes place', () => {
    const withCancelled: OccurrenceTuple[] = [[at('2026-01-06T15:00:00Z'), at('2026-01-06T16:00:00Z'), 2, 'Tue, 6 Jan 2026, 15:00'], ...occurrences];
    expect(upcomingOccurrences(withCancelled, new Date('2026-01-01T00:00:00Z'), 1)).toEqual([occurrences[0]]);
    expect(upcomingOccurrences(withCancelled, new Date('2026-01-01T00:00:00Z'))).toEqual(occurrences.slice(0, 3));
  });
});

describe('upcomingDates', () => {
  const day = (date: string, status: 0 | 1 | 2): OccurrenceTuple => [at(`${date}T15:00:00Z`), at(`${date}T16:00:00Z`), status, date];
  const series = [
    day('2026-01-13', 0),
    day('2026-02-10', 2),
    day('2026-03-12', 1),
    day('2026-04-14', 0),
    day('2026-05-12', 2),
    day('2026-06-09', 0),
    day('2026-07-14', 2),
    day('2026-08-11', 0),
  ];
  const labels = (dates: OccurrenceTuple[]) => dates.map(([, , status, label]) => `${label}/${status}`);

  test('the next three dates that take place, and the cancelled ones before the last of them (not the one after)', () => {
    expect(labels(upcomingDates(series, new Date('2026-01-20T00:00:00Z')))).toEqual(['2026-02-10/2', '2026-03-12/1', '2026-04-14/0', '2026-05-12/2', '2026-06-09/0']);
  });

  test('with fewer dates left, the cancelled ones after them still show (a series whose last date is cancelled)', () => {
    expect(labels(upcomingDates(series.slice(0, 7), new Date('2026-05-01T00:00:00Z')))).toEqual(['2026-05-12/2', '2026-06-09/0', '2026-07-14/2']);
  });

  test('a cancelled date that is over is gone', () => {
    expect(labels(upcomingDates(series, new Date('2026-02-10T16:00:00Z'), 1))).toEqual(['2026-03-12/1']);
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
