/**
 * A meeting's rule as one of the language-neutral schedules that the language modules put into
 * words. A rule that fits none (BYSETPOS over several days, BYMONTH, BYWEEKNO…) has no
 * schedule: the page then shows a generic sentence and the next dates.
 */
import {floatingDate} from '../calendar/zones';
import type {Ordinal, Schedule, ScheduleLimit} from '../languages/types';
import type {Meeting} from '../types';
import {parseRule, untilDay, type RecurrenceRule, type Weekday, WEEKDAYS} from './rule';

const WORKING_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'].join();
const ORDINALS: readonly number[] = [1, 2, 3, 4, 5, -1, -2, -3];

function weekdayOf(start: string): Weekday {
  return WEEKDAYS[(floatingDate(start).getUTCDay() + 6) % 7];
}

function hasOnly(rule: RecurrenceRule, ...allowed: Array<'byDay' | 'byMonthDay' | 'bySetPos'>): boolean {
  const present = (['byDay', 'byMonthDay', 'byMonth', 'bySetPos', 'byYearDay', 'byWeekNo'] as const).filter((key) => rule[key].length > 0);
  return present.every((key) => (allowed as string[]).includes(key));
}

function weekly(rule: RecurrenceRule, start: string): Schedule | undefined {
  if (!hasOnly(rule, 'byDay') || rule.byDay.some((d) => d.ordinal)) return undefined;
  const days = rule.byDay.length ? WEEKDAYS.filter((day) => rule.byDay.some((d) => d.weekday === day)) : [weekdayOf(start)];
  if (rule.interval === 1 && days.join() === WORKING_DAYS) return {kind: 'weekdays'};
  return {kind: 'weekly', interval: rule.interval, days};
}

/** "2TU", or "TU" with BYSETPOS=2: the nth weekday of the month. */
function nthWeekday(rule: RecurrenceRule): {ordinal: number; weekday: Weekday} | undefined {
  if (!hasOnly(rule, 'byDay', 'bySetPos') || rule.byDay.length !== 1) return undefined;
  const [{ordinal, weekday}] = rule.byDay;
  if (ordinal !== undefined && rule.bySetPos.length === 0) return {ordinal, weekday};
  if (ordinal === undefined && rule.bySetPos.length === 1) return {ordinal: rule.bySetPos[0], weekday};
  return undefined;
}

function monthly(rule: RecurrenceRule, start: string): Schedule | undefined {
  const nth = nthWeekday(rule);
  if (nth) return ORDINALS.includes(nth.ordinal) ? {kind: 'monthlyWeekday', interval: rule.interval, ordinal: nth.ordinal as Ordinal, weekday: nth.weekday} : undefined;
  if (!hasOnly(rule, 'byMonthDay') || rule.byMonthDay.length > 1) return undefined;
  const day = rule.byMonthDay[0] ?? Number(start.slice(8, 10));
  return day === -1 || day >= 1 ? {kind: 'monthlyDay', interval: rule.interval, day} : undefined;
}

function yearly(rule: RecurrenceRule, start: string): Schedule | undefined {
  if (!hasOnly(rule)) return undefined;
  return {kind: 'yearly', interval: rule.interval, month: Number(start.slice(5, 7)), day: Number(start.slice(8, 10))};
}

function daily(rule: RecurrenceRule): Schedule | undefined {
  return hasOnly(rule) ? {kind: 'daily', interval: rule.interval} : undefined;
}


/** The meeting's schedule and its limit, or undefined when no sentence fits its rule. */
export function meetingSchedule(meeting: Meeting): {schedule: Schedule; limit: ScheduleLimit} | undefined {
  if (!meeting.repeat) return {schedule: {kind: 'once', date: meeting.start.slice(0, 10)}, limit: undefined};
  const rule = parseRule(meeting.repeat);
  const shapes = {DAILY: daily, WEEKLY: weekly, MONTHLY: monthly, YEARLY: yearly};
  const schedule = shapes[rule.freq](rule, meeting.start);
  if (!schedule) return undefined;
  const limit = rule.until ? {until: untilDay(rule.until, meeting.timezone)} : rule.count !== undefined ? {count: rule.count} : undefined;
  return {schedule, limit};
}
