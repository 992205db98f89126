import {floatingDate, floatingToWallClock, instantToWallClock, wallClockToInstant} from '../calendar/zones';
import type {Meeting, Occurrence} from '../types';
import {floatingRRule, parseRule, untilInstant} from './rule';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * A rule's occurrences from its start through `through` (floating ms, ascending), kept for the
 * build: a series' page, its month view items, its browser data and the checks of its file each
 * ask for starts, and each rrule.js pass runs from `start`. Occurrences do not depend on the
 * range asked (rrule.js yields them in order and stops after the range), so any range up to
 * `through` is a slice of this list.
 */
interface Expansion {
  through: number;
  floating: number[];
  /** Wall clocks of `floating`, filled in as asked. */
  wallClocks: Array<string | undefined>;
  /** UNTIL as an instant (ms), if the rule has one. */
  last?: number;
}

const FIRST_DATE = new Date(-8_640_000_000_000_000);
/** Rules by repeat, start and zone (all a rule's occurrences depend on); dropped when too many. */
const expansions = new Map<string, Expansion>();
const MAX_EXPANSIONS = 5000;

function expansion(meeting: Meeting, repeat: string, toMs: number): Expansion {
  const key = `${repeat}\n${meeting.start}\n${meeting.timezone}`;
  let found = expansions.get(key);
  if (!found || found.through < toMs) {
    const rule = parseRule(repeat);
    // No further than asked (no walk is longer than before): the browser data, asked first in a
    // build, reaches furthest, and the month view and the series page fit within it.
    const through = toMs;
    const floating = floatingRRule(rule, meeting.start, meeting.timezone)
      .between(FIRST_DATE, new Date(through), true)
      .map((date) => date.getTime());
    found = {through, floating, wallClocks: [], ...(rule.until && {last: untilInstant(rule.until, meeting.timezone).getTime()})};
    if (expansions.size >= MAX_EXPANSIONS) expansions.clear();
    expansions.set(key, found);
  }
  return found;
}

/**
 * Scheduled starts (wall clocks, before cancellations and moves) of the series whose wall clock
 * lies in [fromFloating, toFloating], both floating dates (see `floatingDate`).
 */
export function scheduledStarts(meeting: Meeting, fromFloating: Date, toFloating: Date): string[] {
  if (!meeting.repeat) {
    const start = floatingDate(meeting.start);
    return start >= fromFloating && start <= toFloating ? [meeting.start] : [];
  }
  const [from, to] = [fromFloating.getTime(), toFloating.getTime()];
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    // As rrule.js answers it (an error), after the rule's own checks.
    floatingRRule(parseRule(meeting.repeat), meeting.start, meeting.timezone).between(fromFloating, toFloating, true);
  }
  const {floating, wallClocks, last} = expansion(meeting, meeting.repeat, to);
  let index = firstAtOrAfter(floating, from);
  const starts: string[] = [];
  for (; index < floating.length && floating[index]! <= to; index++) {
    starts.push((wallClocks[index] ??= floatingToWallClock(new Date(floating[index]!))));
  }
  if (last === undefined) return starts;
  // A wall clock is within a day of its instant, so only the starts near UNTIL need a conversion.
  return starts.filter((start) => {
    const time = floatingDate(start).getTime();
    if (time <= last - DAY_MS) return true;
    return time <= last + DAY_MS && wallClockToInstant(start, meeting.timezone).getTime() <= last;
  });
}

/** Index of the first of the ascending `values` at or after `value`. */
function firstAtOrAfter(values: number[], value: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The scheduled start (wall clock) on `date` (YYYY-MM-DD), if the series has one that day. */
export function scheduledStartOn(meeting: Meeting, date: string): string | undefined {
  return scheduledStarts(meeting, floatingDate(`${date}T00:00`), floatingDate(`${date}T23:59`))[0];
}

/**
 * `scheduledStartOn` for each of `dates` (YYYY-MM-DD), from one pass of the rule over their span:
 * each call of `scheduledStartOn` runs the rule from `start` again. Callers keep the dates within
 * reach of the series (see horizon.ts), which bounds the pass; other dates are looked up alone.
 */
export function scheduledStartsOn(meeting: Meeting, dates: Iterable<string>): (date: string) => string | undefined {
  const sorted = [...new Set(dates)].sort();
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  if (first === undefined || last === undefined) return (date) => scheduledStartOn(meeting, date);
  const byDate = new Map<string, string>();
  for (const start of scheduledStarts(meeting, floatingDate(`${first}T00:00`), floatingDate(`${last}T23:59`))) {
    if (!byDate.has(start.slice(0, 10))) byDate.set(start.slice(0, 10), start);
  }
  return (date) => (date >= first && date <= last ? byDate.get(date) : scheduledStartOn(meeting, date));
}

function occurrence(meeting: Meeting, localStart: string, durationMinutes: number, movedFrom?: string): Occurrence {
  const start = wallClockToInstant(localStart, meeting.timezone);
  const end = new Date(start.getTime() + durationMinutes * MINUTE_MS);
  // The clock reading, which differs from the scheduled one only in a daylight-saving gap.
  const shown = instantToWallClock(start, meeting.timezone);
  return movedFrom ? {start, end, localStart: shown, movedFrom} : {start, end, localStart: shown};
}

/**
 * Occurrences starting in [from, to), sorted by start: cancelled ones left out, moved ones at
 * their new time (with `movedFrom`). The wall-clock time stays the same across daylight-saving
 * changes, so the UTC instant moves.
 */
export function meetingOccurrences(meeting: Meeting, from: Date, to: Date): Occurrence[] {
  const skipped = new Set([...meeting.cancelled, ...meeting.moved.map((moved) => moved.from)]);
  // Wall clocks are within a day of their instants in every zone.
  const scheduled = scheduledStarts(meeting, new Date(from.getTime() - DAY_MS), new Date(to.getTime() + DAY_MS))
    .filter((start) => !skipped.has(start.slice(0, 10)))
    .map((start) => occurrence(meeting, start, meeting.durationMinutes));
  const moved = meeting.moved.map((m) => occurrence(meeting, m.start, m.durationMinutes, m.from));
  return [...scheduled, ...moved]
    .filter((o) => o.start >= from && o.start < to)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * The first `max` of `meetingOccurrences(meeting, from, to)`. One pass of the rule over the
 * horizon, with instants computed in order only until `max` are found: a daily series has
 * hundreds of dates in a year, each an Intl zone conversion, and the browser gets a dozen.
 */
export function firstOccurrences(meeting: Meeting, from: Date, to: Date, max: number): Occurrence[] {
  const skipped = new Set([...meeting.cancelled, ...meeting.moved.map((moved) => moved.from)]);
  const scheduled: Occurrence[] = [];
  for (const start of scheduledStarts(meeting, new Date(from.getTime() - DAY_MS), new Date(to.getTime() + DAY_MS))) {
    if (scheduled.length === max) break;
    if (skipped.has(start.slice(0, 10))) continue;
    const found = occurrence(meeting, start, meeting.durationMinutes);
    // Instants follow the wall clocks' order, so nothing after one at or past `to` is in range.
    if (found.start >= to) break;
    if (found.start >= from) scheduled.push(found);
  }
  const moved = meeting.moved.map((m) => occurrence(meeting, m.start, m.durationMinutes, m.from)).filter((o) => o.start >= from && o.start < to);
  return [...scheduled, ...moved].sort((a, b) => a.start.getTime() - b.start.getTime()).slice(0, max);
}
