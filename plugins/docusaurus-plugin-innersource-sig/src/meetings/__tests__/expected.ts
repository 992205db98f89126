/**
 * What a calendar user should see for each fixture, worked out without the code under test:
 * dates by plain date arithmetic, instants from ICU (Intl) by a fixed-point search, and a few
 * instants written by hand around daylight-saving changes.
 */
import {intlWallClock} from './helpers';

export interface ExpectedOccurrence {
  /** Wall clock in the meeting's zone. */
  local: string;
  start: Date;
  minutes: number;
}

/** Two years, in both hemispheres' summer and winter. */
export const WINDOW = {from: new Date('2024-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z')};

const DAY_MS = 86_400_000;

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(utcDate(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** nth (1-based; -1 = last) weekday (0 = Sunday) of a month, as YYYY-MM-DD. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  const days: string[] = [];
  for (let day = new Date(Date.UTC(year, month - 1, 1)); day.getUTCMonth() === month - 1; day = new Date(day.getTime() + DAY_MS)) {
    if (day.getUTCDay() === weekday) days.push(day.toISOString().slice(0, 10));
  }
  return n > 0 ? days[n - 1] : days[days.length + n];
}

/** The instant `local` happens in `zone`, found with Intl only (no gap or overlap at these times). */
export function intlInstant(local: string, zone: string): Date {
  const asUtc = Date.parse(`${local}:00Z`);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const offset = Date.parse(`${intlWallClock(new Date(guess), zone)}:00Z`) - guess;
    guess = asUtc - offset;
  }
  const instant = new Date(guess);
  if (intlWallClock(instant, zone) !== local) throw new Error(`${local} does not exist in ${zone}`);
  return instant;
}

function series(zone: string, locals: string[], minutes: number, moved: Record<string, {local: string; minutes: number}>, cancelled: string[]): ExpectedOccurrence[] {
  return locals
    .filter((local) => !cancelled.includes(local.slice(0, 10)))
    .map((local) => moved[local.slice(0, 10)] ?? {local, minutes})
    .map(({local, minutes: m}) => ({local, minutes: m, start: intlInstant(local, zone)}))
    .filter((o) => o.start >= WINDOW.from && o.start < WINDOW.to)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

function monthsFrom(year: number, month: number, count: number): Array<[number, number]> {
  return Array.from({length: count}, (_, i) => [year + Math.floor((month - 1 + i) / 12), ((month - 1 + i) % 12) + 1]);
}

/** Europe/London, second Tuesday monthly 15:00, all written out by hand (GMT = UTC, BST = UTC+1). */
export const LONDON_BY_HAND: Array<[string, string, number]> = [
  ['2024-02-13T15:00', '2024-02-13T15:00:00Z', 60],
  ['2024-03-12T15:00', '2024-03-12T15:00:00Z', 60],
  ['2024-04-09T15:00', '2024-04-09T14:00:00Z', 60], // BST from 31 March
  ['2024-05-14T15:00', '2024-05-14T14:00:00Z', 60],
  ['2024-06-11T15:00', '2024-06-11T14:00:00Z', 60],
  ['2024-07-09T15:00', '2024-07-09T14:00:00Z', 60],
  // 2024-08-13 cancelled
  ['2024-09-10T15:00', '2024-09-10T14:00:00Z', 60],
  ['2024-10-08T15:00', '2024-10-08T14:00:00Z', 60],
  ['2024-11-12T15:00', '2024-11-12T15:00:00Z', 60], // GMT from 27 October
  // 2024-12-10 cancelled
  ['2025-01-14T15:00', '2025-01-14T15:00:00Z', 60],
  ['2025-02-11T15:00', '2025-02-11T15:00:00Z', 60],
  ['2025-03-11T15:00', '2025-03-11T15:00:00Z', 60],
  ['2025-04-15T16:00', '2025-04-15T15:00:00Z', 90], // moved from 2025-04-08, 90 minutes
  ['2025-05-13T15:00', '2025-05-13T14:00:00Z', 60],
  ['2025-06-10T15:00', '2025-06-10T14:00:00Z', 60],
  ['2025-07-08T15:00', '2025-07-08T14:00:00Z', 60],
  ['2025-08-12T15:00', '2025-08-12T14:00:00Z', 60],
  ['2025-09-09T15:00', '2025-09-09T14:00:00Z', 60],
  ['2025-10-14T15:00', '2025-10-14T14:00:00Z', 60],
  ['2025-11-11T15:00', '2025-11-11T15:00:00Z', 60], // GMT from 26 October
  ['2025-12-09T15:00', '2025-12-09T15:00:00Z', 60],
];

export const EXPECTED: Record<string, {zone: string; occurrences: ExpectedOccurrence[]; byHand: Array<[string, string]>}> = {
  'london.yml': {
    zone: 'Europe/London',
    occurrences: LONDON_BY_HAND.map(([local, utc, minutes]) => ({local, start: new Date(utc), minutes})),
    byHand: LONDON_BY_HAND.map(([local, utc]) => [local, utc]),
  },
  'new-york.yml': {
    zone: 'America/New_York',
    // Every 14 days from Wednesday 10 January 2024 up to 31 December 2025 (UNTIL=20251231).
    occurrences: series(
      'America/New_York',
      Array.from({length: 60}, (_, i) => `${addDays('2024-01-10', 14 * i)}T11:00`).filter((local) => local.slice(0, 10) <= '2025-12-31'),
      60,
      {'2024-10-30': {local: '2024-10-31T15:00', minutes: 60}},
      ['2024-12-25'],
    ),
    byHand: [
      ['2024-03-06T11:00', '2024-03-06T16:00:00Z'], // EST
      ['2024-03-20T11:00', '2024-03-20T15:00:00Z'], // EDT from 10 March
      ['2024-10-31T15:00', '2024-10-31T19:00:00Z'], // moved; still EDT (Europe already changed)
      ['2024-11-13T11:00', '2024-11-13T16:00:00Z'], // EST from 3 November
      ['2025-12-24T11:00', '2025-12-24T16:00:00Z'], // last one before UNTIL
    ],
  },
  'sydney.yml': {
    zone: 'Australia/Sydney',
    // Every Thursday from 4 January 2024, no end: the UTC window ends on Thursday 1 January 2026 local.
    occurrences: series(
      'Australia/Sydney',
      Array.from({length: 110}, (_, i) => `${addDays('2024-01-04', 7 * i)}T09:30`),
      45,
      {'2025-04-03': {local: '2025-04-07T09:30', minutes: 45}},
      ['2024-12-26'],
    ),
    byHand: [
      ['2024-01-04T09:30', '2024-01-03T22:30:00Z'], // AEDT, UTC+11: the day before in UTC
      ['2024-04-04T09:30', '2024-04-03T22:30:00Z'],
      ['2024-04-11T09:30', '2024-04-10T23:30:00Z'], // AEST from 7 April
      ['2024-10-03T09:30', '2024-10-02T23:30:00Z'],
      ['2024-10-10T09:30', '2024-10-09T22:30:00Z'], // AEDT from 6 October
      ['2025-04-07T09:30', '2025-04-06T23:30:00Z'], // moved past the 6 April 2025 change
      ['2026-01-01T09:30', '2025-12-31T22:30:00Z'],
    ],
  },
  'kolkata.yml': {
    zone: 'Asia/Kolkata',
    // Last Thursday of 18 months from January 2024 (COUNT=18), 18:30 IST = 13:00 UTC.
    occurrences: series(
      'Asia/Kolkata',
      monthsFrom(2024, 1, 18).map(([year, month]) => `${nthWeekdayOfMonth(year, month, 4, -1)}T18:30`),
      30,
      {},
      [],
    ),
    byHand: [
      ['2024-01-25T18:30', '2024-01-25T13:00:00Z'],
      ['2024-07-25T18:30', '2024-07-25T13:00:00Z'],
      ['2025-06-26T18:30', '2025-06-26T13:00:00Z'],
    ],
  },
};
