import {liveStatus, msUntilChange} from './liveStatus';
import type {OccurrenceTuple} from './meetingTimes';

const at = (iso: string) => Date.parse(iso) / 1000;
const HOUR = 3600;

// A monthly call (15:00–16:00Z). August's was moved to the next day, 16:30Z; September's is
// cancelled; October has two calls back to back (15:00–16:00 and 16:00–17:00).
const JUL = at('2026-07-14T15:00:00Z');
const AUG_MOVED = at('2026-08-12T16:30:00Z');
const SEP_CANCELLED = at('2026-09-08T15:00:00Z');
const OCT = at('2026-10-13T15:00:00Z');
const OCT_NEXT = OCT + HOUR;

const OCCURRENCES: OccurrenceTuple[] = [
  [JUL, JUL + HOUR, 0, 'Tue, 14 Jul 2026, 15:00'],
  [AUG_MOVED, AUG_MOVED + HOUR, 1, 'Wed, 12 Aug 2026, 16:30'],
  [SEP_CANCELLED, SEP_CANCELLED + HOUR, 2, 'Tue, 8 Sept 2026, 15:00'],
  [OCT, OCT + HOUR, 0, 'Tue, 13 Oct 2026, 15:00'],
  [OCT_NEXT, OCT_NEXT + HOUR, 0, 'Tue, 13 Oct 2026, 16:00'],
];

const when = (seconds: number) => liveStatus(OCCURRENCES, new Date(seconds * 1000));

describe('liveStatus', () => {
  test('nothing more than an hour before', () => {
    expect(when(JUL - HOUR - 1)).toBeUndefined();
    expect(when(JUL - 2 * HOUR)).toBeUndefined();
  });

  test('an hour before, exactly: in 60 minutes', () => {
    expect(when(JUL - HOUR)).toEqual({kind: 'soon', start: JUL, minutes: 60});
  });

  test('within the hour: the minutes left, rounded up', () => {
    expect(when(JUL - 10 * 60)).toEqual({kind: 'soon', start: JUL, minutes: 10});
    expect(when(JUL - 10 * 60 + 1)).toEqual({kind: 'soon', start: JUL, minutes: 10});
    expect(when(JUL - 9 * 60 - 59)).toEqual({kind: 'soon', start: JUL, minutes: 10});
  });

  test('under a minute before: in 1 minute, never in 0', () => {
    expect(when(JUL - 1)).toEqual({kind: 'soon', start: JUL, minutes: 1});
    expect(liveStatus(OCCURRENCES, new Date(JUL * 1000 - 1))).toEqual({kind: 'soon', start: JUL, minutes: 1});
  });

  test('live from the start to the end, which is excluded', () => {
    expect(when(JUL)).toEqual({kind: 'live', start: JUL, end: JUL + HOUR});
    expect(when(JUL + HOUR / 2)).toEqual({kind: 'live', start: JUL, end: JUL + HOUR});
    expect(when(JUL + HOUR - 1)).toEqual({kind: 'live', start: JUL, end: JUL + HOUR});
    expect(when(JUL + HOUR)).toBeUndefined();
  });

  test('a moved meeting counts at its new time, not its scheduled one', () => {
    const scheduled = at('2026-08-11T15:00:00Z');
    expect(when(scheduled - 10 * 60)).toBeUndefined();
    expect(when(scheduled + 10 * 60)).toBeUndefined();
    expect(when(AUG_MOVED - 5 * 60)).toEqual({kind: 'soon', start: AUG_MOVED, minutes: 5});
    expect(when(AUG_MOVED + 60)).toEqual({kind: 'live', start: AUG_MOVED, end: AUG_MOVED + HOUR});
  });

  test('a cancelled meeting never counts', () => {
    expect(when(SEP_CANCELLED - 10 * 60)).toBeUndefined();
    expect(when(SEP_CANCELLED)).toBeUndefined();
    expect(when(SEP_CANCELLED + HOUR / 2)).toBeUndefined();
  });

  test('a cancelled meeting does not hide the next one', () => {
    const occurrences: OccurrenceTuple[] = [
      [OCT - 30 * 60, OCT, 2, 'cancelled, just before'],
      [OCT, OCT + HOUR, 0, 'Tue, 13 Oct 2026, 15:00'],
    ];
    expect(liveStatus(occurrences, new Date((OCT - 40 * 60) * 1000))).toEqual({kind: 'soon', start: OCT, minutes: 40});
  });

  test('back to back: live during the first, then live again for the second', () => {
    // The second starting within the hour does not hide that the first is live.
    expect(when(OCT + 30 * 60)).toEqual({kind: 'live', start: OCT, end: OCT + HOUR});
    // At the handover the first has ended and the second has begun.
    expect(when(OCT_NEXT)).toEqual({kind: 'live', start: OCT_NEXT, end: OCT_NEXT + HOUR});
    expect(when(OCT_NEXT + HOUR)).toBeUndefined();
  });

  test('no occurrences: nothing', () => {
    expect(liveStatus([], new Date(JUL * 1000))).toBeUndefined();
  });
});

describe('msUntilChange', () => {
  const now = (seconds: number) => new Date(seconds * 1000);

  test('soon: until the minute count goes down', () => {
    // 10 minutes left exactly: "10" until 9 minutes are left, i.e. for another minute.
    expect(msUntilChange(when(JUL - 10 * 60), now(JUL - 10 * 60))).toBe(60_000);
    // 9 min 30 s left reads "10" for another 30 s.
    expect(msUntilChange(when(JUL - 9 * 60 - 30), now(JUL - 9 * 60 - 30))).toBe(30_000);
    // Half a second before the start: until it goes live.
    expect(msUntilChange(liveStatus(OCCURRENCES, new Date(JUL * 1000 - 500)), new Date(JUL * 1000 - 500))).toBe(500);
  });

  test('live: until the end', () => {
    expect(msUntilChange(when(JUL + 600), now(JUL + 600))).toBe((HOUR - 600) * 1000);
  });

  test('nothing shown: undefined (the caller checks again later)', () => {
    expect(msUntilChange(undefined, now(JUL - 2 * HOUR))).toBeUndefined();
  });
});
