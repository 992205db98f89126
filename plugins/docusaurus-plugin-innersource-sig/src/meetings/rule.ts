/**
 * The `repeat` field: an RFC 5545 RRULE body, parsed and checked here rather than by rrule.js,
 * which accepts malformed parts silently.
 */
import {RRule, type Options as RRuleOptions} from 'rrule';
import {formatUtcDateTime} from '../calendar/ics';
import {floatingDate, floatingToWallClock, instantToWallClock, parseWallClock, wallClockToInstant} from '../calendar/zones';
import type {Weekday} from '../languages/types';

export type {Weekday};

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const satisfies readonly Weekday[];

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** UNTIL as written: a date (inclusive, in the meeting's zone), a local date-time, or a UTC instant. */
export type Until = {kind: 'date'; date: string} | {kind: 'local'; wallClock: string; seconds: number} | {kind: 'utc'; instant: Date};

export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count?: number;
  until?: Until;
  byDay: Array<{ordinal?: number; weekday: Weekday}>;
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
  byYearDay: number[];
  byWeekNo: number[];
  weekStart?: Weekday;
  /** The parts in the order written, upper-cased, for writing the rule back out. */
  parts: Array<[string, string]>;
}

/** A problem with the rule; the loader turns it into a DataError on `repeat`. */
export class RuleError extends Error {}

const FREQUENCIES: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const SUB_DAILY = ['HOURLY', 'MINUTELY', 'SECONDLY'];
const INTEGER = /^[+-]?\d{1,3}$/;
const DAY_MS = 86_400_000;

function integerList(name: string, value: string, min: number, max: number, allowNegative: boolean): number[] {
  return value.split(',').map((item) => {
    const n = Number(item);
    const valid = INTEGER.test(item) && Math.abs(n) >= min && Math.abs(n) <= max && (allowNegative || n > 0);
    if (!valid) throw new RuleError(`${name} value "${item}" is not ${allowNegative ? '±' : ''}${min}..${max}`);
    return n;
  });
}

function positiveInteger(name: string, value: string): number {
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) throw new RuleError(`${name} must be a whole number of at least 1`);
  return Number(value);
}

function weekday(name: string, value: string): Weekday {
  const day = WEEKDAYS.find((d) => d === value);
  if (!day) throw new RuleError(`${name} value "${value}" is not one of ${WEEKDAYS.join(', ')}`);
  return day;
}

function parseUntil(value: string): Until {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  const [, year, month, day, hour = '00', minute = '00', second = '00', utc] = match ?? [];
  const wallClock = `${year}-${month}-${day}T${hour}:${minute}`;
  if (!match || !parseWallClock(wallClock) || Number(second) > 59) {
    throw new RuleError(`UNTIL "${value}" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS, optionally with Z)`);
  }
  if (match[4] === undefined) return {kind: 'date', date: wallClock.slice(0, 10)};
  if (utc) return {kind: 'utc', instant: new Date(floatingDate(wallClock).getTime() + Number(second) * 1000)};
  return {kind: 'local', wallClock, seconds: Number(second)};
}

function parseByDay(value: string, freq: Frequency, hasWeekNo: boolean): RecurrenceRule['byDay'] {
  return value.split(',').map((item) => {
    const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
    if (!match) throw new RuleError(`BYDAY value "${item}" is not a weekday like TU or 2TU or -1TH`);
    const day = weekday('BYDAY', match[2]);
    if (match[1] === undefined) return {weekday: day};
    const ordinal = Number(match[1]);
    // RFC 5545 3.3.10: numbered weekdays only in MONTHLY, or YEARLY without BYWEEKNO.
    if (freq !== 'MONTHLY' && !(freq === 'YEARLY' && !hasWeekNo)) {
      throw new RuleError(`BYDAY value "${item}" has a number, which only FREQ=MONTHLY or FREQ=YEARLY allow`);
    }
    const limit = freq === 'MONTHLY' ? 5 : 53;
    if (ordinal === 0 || Math.abs(ordinal) > limit) throw new RuleError(`BYDAY value "${item}": the number must be ±1..${limit}`);
    return {ordinal, weekday: day};
  });
}

/** Parses and checks an RRULE body such as FREQ=MONTHLY;BYDAY=2TU. Throws RuleError. */
export function parseRule(body: string): RecurrenceRule {
  const text = body.trim().toUpperCase().replace(/^RRULE:/, '').replace(/;$/, '');
  if (!text) throw new RuleError('is empty: leave `repeat` out for a one-off meeting');
  const parts: Array<[string, string]> = text.split(';').map((part) => {
    const match = /^([A-Z]+)=([^=;]+)$/.exec(part);
    if (!match) throw new RuleError(`part "${part}" is not NAME=VALUE`);
    return [match[1], match[2]];
  });
  const values = new Map<string, string>();
  for (const [name, value] of parts) {
    if (values.has(name)) throw new RuleError(`${name} appears twice`);
    values.set(name, value);
  }

  const freqText = values.get('FREQ');
  if (!freqText) throw new RuleError('FREQ is required, e.g. FREQ=WEEKLY');
  if (SUB_DAILY.includes(freqText)) throw new RuleError(`FREQ=${freqText} is not supported: meetings repeat daily at most`);
  if (!FREQUENCIES.includes(freqText)) throw new RuleError(`FREQ=${freqText} is not one of ${FREQUENCIES.join(', ')}`);
  const freq = freqText as Frequency;

  const rule: RecurrenceRule = {freq, interval: 1, byDay: [], byMonthDay: [], byMonth: [], bySetPos: [], byYearDay: [], byWeekNo: [], parts};
  for (const [name, value] of parts) {
    switch (name) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        rule.interval = positiveInteger(name, value);
        break;
      case 'COUNT':
        rule.count = positiveInteger(name, value);
        break;
      case 'UNTIL':
        rule.until = parseUntil(value);
        break;
      case 'BYDAY':
        rule.byDay = parseByDay(value, freq, values.has('BYWEEKNO'));
        break;
      case 'BYMONTHDAY':
        if (freq === 'WEEKLY') throw new RuleError('BYMONTHDAY cannot be used with FREQ=WEEKLY');
        rule.byMonthDay = integerList(name, value, 1, 31, true);
        break;
      case 'BYMONTH':
        rule.byMonth = integerList(name, value, 1, 12, false);
        break;
      case 'BYSETPOS':
        rule.bySetPos = integerList(name, value, 1, 366, true);
        break;
      case 'BYYEARDAY':
        if (freq !== 'YEARLY') throw new RuleError('BYYEARDAY needs FREQ=YEARLY');
        rule.byYearDay = integerList(name, value, 1, 366, true);
        break;
      case 'BYWEEKNO':
        if (freq !== 'YEARLY') throw new RuleError('BYWEEKNO needs FREQ=YEARLY');
        rule.byWeekNo = integerList(name, value, 1, 53, true);
        break;
      case 'WKST':
        rule.weekStart = weekday(name, value);
        break;
      case 'DTSTART':
        throw new RuleError('DTSTART cannot be part of the rule: the first occurrence is `start`');
      case 'BYHOUR':
      case 'BYMINUTE':
      case 'BYSECOND':
        throw new RuleError(`${name} is not supported: the time of day comes from \`start\``);
      default:
        throw new RuleError(`${name} is not an RRULE part`);
    }
  }
  if (rule.count !== undefined && rule.until) throw new RuleError('COUNT and UNTIL cannot both be given');
  const hasOtherBy = rule.byDay.length + rule.byMonthDay.length + rule.byMonth.length + rule.byYearDay.length + rule.byWeekNo.length > 0;
  if (rule.bySetPos.length > 0 && !hasOtherBy) throw new RuleError('BYSETPOS needs another BY... part to select from');
  return rule;
}

/** The last instant at which an occurrence may start, per UNTIL, in the meeting's zone. */
/** The last day of an UNTIL, in the meeting's zone (its UTC date for Etc/UTC). */
export function untilDay(until: Until, zone: string): string {
  switch (until.kind) {
    case 'date':
      return until.date;
    case 'local':
      return until.wallClock.slice(0, 10);
    case 'utc':
      return instantToWallClock(until.instant, zone).slice(0, 10);
  }
}

export function untilInstant(until: Until, zone: string): Date {
  switch (until.kind) {
    case 'utc':
      return until.instant;
    case 'local':
      return new Date(wallClockToInstant(until.wallClock, zone).getTime() + until.seconds * 1000);
    case 'date': {
      // The whole day counts: up to one second before the next midnight.
      const nextDay = floatingToWallClock(new Date(floatingDate(`${until.date}T00:00`).getTime() + DAY_MS));
      return new Date(wallClockToInstant(nextDay, zone).getTime() - 1000);
    }
  }
}

/** The rule as written for a calendar whose DTSTART has a TZID: UNTIL in UTC (RFC 5545 3.3.10). */
export function ruleForCalendar(rule: RecurrenceRule, zone: string): string {
  return rule.parts
    .map(([name, value]) => (name === 'UNTIL' && rule.until ? `UNTIL=${formatUtcDateTime(untilInstant(rule.until, zone))}` : `${name}=${value}`))
    .join(';');
}

/** The rule body with its parts in the order written, upper-cased. */
export function normalizedRule(rule: RecurrenceRule): string {
  return rule.parts.map(([name, value]) => `${name}=${value}`).join(';');
}

const RRULE_FREQUENCY = {DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY, YEARLY: RRule.YEARLY};
const RRULE_WEEKDAY = {MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR, SA: RRule.SA, SU: RRule.SU};

function listOrNull(values: number[]): number[] | null {
  return values.length ? values : null;
}

/**
 * An rrule.js rule over "floating" dates: wall clocks in the meeting's zone written as UTC Dates
 * and no tzid, so results do not depend on the machine's TZ. UNTIL is applied by the caller on
 * real instants; here it only bounds the iteration (a day late, to be safe).
 */
export function floatingRRule(rule: RecurrenceRule, start: string, zone: string): RRule {
  const until = rule.until ? new Date(floatingDate(instantToWallClock(untilInstant(rule.until, zone), zone)).getTime() + DAY_MS) : null;
  const options: Partial<RRuleOptions> = {
    freq: RRULE_FREQUENCY[rule.freq],
    interval: rule.interval,
    count: rule.count ?? null,
    until,
    dtstart: floatingDate(start),
    byweekday: rule.byDay.length ? rule.byDay.map(({ordinal, weekday: day}) => (ordinal ? RRULE_WEEKDAY[day].nth(ordinal) : RRULE_WEEKDAY[day])) : null,
    bymonthday: listOrNull(rule.byMonthDay),
    bymonth: listOrNull(rule.byMonth),
    bysetpos: listOrNull(rule.bySetPos),
    byyearday: listOrNull(rule.byYearDay),
    byweekno: listOrNull(rule.byWeekNo),
    wkst: rule.weekStart ? RRULE_WEEKDAY[rule.weekStart] : null,
  };
  return new RRule(options);
}
