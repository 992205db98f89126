/**
 * Counting the work of recurrence rules, for tests of hostile input: a bound is asserted on what
 * is counted, not on the time taken, and going past it throws at once, so that an unbounded
 * expansion fails its test in milliseconds instead of running for minutes.
 */
import ICAL from 'ical.js';
import {RRule} from 'rrule';

const DAY_MS = 86_400_000;

export interface WorkCounter {
  /** What was counted so far. */
  count(): number;
  restore(): void;
}

/**
 * Counts the days rrule.js walks (every query walks from the rule's DTSTART to its end: a daily
 * rule takes one step a day), throwing once more than `budget` are asked for.
 */
export function countRuleDays(budget: number): WorkCounter {
  let days = 0;
  const between = RRule.prototype.between;
  const spy = jest.spyOn(RRule.prototype, 'between').mockImplementation(function (this: RRule, after: Date, before: Date, inc?: boolean) {
    days += Math.max(0, (before.getTime() - this.options.dtstart.getTime()) / DAY_MS);
    if (days > budget) throw new Error(`rrule.js was asked to walk ${Math.round(days)} days, more than ${budget}`);
    return between.call(this, after, before, inc);
  });
  return {count: () => days, restore: () => spy.mockRestore()};
}

/** Counts the occurrences ical.js' recurrence iterator gives (it expands VTIMEZONE rules with it), throwing past `budget`. */
export function countIcalOccurrences(budget: number): WorkCounter {
  let calls = 0;
  const next = ICAL.RecurIterator.prototype.next;
  const spy = jest.spyOn(ICAL.RecurIterator.prototype, 'next').mockImplementation(function (this: ICAL.RecurIterator, again?: boolean) {
    calls += 1;
    if (calls > budget) throw new Error(`ical.js' recurrence iterator was asked for more than ${budget} occurrences`);
    return next.call(this, again);
  });
  return {count: () => calls, restore: () => spy.mockRestore()};
}
