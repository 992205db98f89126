/**
 * Schedules in words, as messages for Docusaurus <Translate>/translate(): the id says which
 * sentence it is, the English message is the default, and weekday, ordinal and date words are
 * values (English).
 */
import {floatingDate, instantToWallClock, wallClockToInstant, zoneLabel} from '../calendar/zones';
import type {Meeting, TranslatableMessage} from '../types';
import {parseRule, type RecurrenceRule, type Until, type Weekday, WEEKDAYS} from './rule';

const ID_PREFIX = 'innersourceSig.meetings.schedule';
const MINUTE_MS = 60_000;

const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS: Record<number, string> = {
  1: 'First',
  2: 'Second',
  3: 'Third',
  4: 'Fourth',
  5: 'Fifth',
  [-1]: 'Last',
  [-2]: 'Second to last',
  [-3]: 'Third to last',
};
const WORKING_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

function message(key: string, text: string, values: TranslatableMessage['values'] = {}): TranslatableMessage {
  return {id: `${ID_PREFIX}.${key}`, message: text, values};
}

/** "13 February 2024", or "Tuesday 13 February 2024" with the weekday. */
function formatDate(date: string, withWeekday: boolean): string {
  const day = floatingDate(`${date}T00:00`);
  const text = `${day.getUTCDate()} ${MONTH_NAMES[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  return withWeekday ? `${WEEKDAY_NAMES[WEEKDAYS[(day.getUTCDay() + 6) % 7]]} ${text}` : text;
}

function weekdayOf(start: string): Weekday {
  return WEEKDAYS[(floatingDate(start).getUTCDay() + 6) % 7];
}

/** "Monday", "Monday and Thursday", "Monday, Wednesday and Friday". */
function weekdayList(days: Weekday[]): string {
  const names = days.map((day) => WEEKDAY_NAMES[day]);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Interval variants of a sentence: every, every other, every N. */
function byInterval(interval: number, key: string, texts: [string, string, string], values: TranslatableMessage['values']): TranslatableMessage {
  if (interval === 1) return message(key, texts[0], values);
  if (interval === 2) return message(`${key}.everyOther`, texts[1], values);
  return message(`${key}.interval`, texts[2], {...values, interval});
}

function hasOnly(rule: RecurrenceRule, ...allowed: Array<'byDay' | 'byMonthDay' | 'bySetPos'>): boolean {
  const present = (['byDay', 'byMonthDay', 'byMonth', 'bySetPos', 'byYearDay', 'byWeekNo'] as const).filter((key) => rule[key].length > 0);
  return present.every((key) => (allowed as string[]).includes(key));
}

function describeWeekly(rule: RecurrenceRule, start: string): TranslatableMessage | undefined {
  if (!hasOnly(rule, 'byDay') || rule.byDay.some((d) => d.ordinal)) return undefined;
  const days = rule.byDay.length ? WEEKDAYS.filter((day) => rule.byDay.some((d) => d.weekday === day)) : [weekdayOf(start)];
  if (rule.interval === 1 && days.join() === WORKING_DAYS.join()) return message('weekdays', 'Every weekday');
  if (days.length === 1 && rule.interval === 1) return message('weekly', 'Every {weekday}', {weekday: WEEKDAY_NAMES[days[0]]});
  if (days.length === 1 && rule.interval === 2) return message('weekly.everyOther', 'Every other {weekday}', {weekday: WEEKDAY_NAMES[days[0]]});
  return byInterval(rule.interval, 'weeklyOnDays', ['Every week on {weekdays}', 'Every other week on {weekdays}', 'Every {interval} weeks on {weekdays}'], {
    weekdays: weekdayList(days),
  });
}

/** "2TU", or "TU" with BYSETPOS=2: the nth weekday of the month. */
function nthWeekday(rule: RecurrenceRule): {ordinal: number; weekday: Weekday} | undefined {
  if (!hasOnly(rule, 'byDay', 'bySetPos') || rule.byDay.length !== 1) return undefined;
  const [{ordinal, weekday}] = rule.byDay;
  if (ordinal !== undefined && rule.bySetPos.length === 0) return {ordinal, weekday};
  if (ordinal === undefined && rule.bySetPos.length === 1) return {ordinal: rule.bySetPos[0], weekday};
  return undefined;
}

function describeMonthly(rule: RecurrenceRule, start: string): TranslatableMessage | undefined {
  const nth = nthWeekday(rule);
  if (nth && ORDINALS[nth.ordinal]) {
    return byInterval(rule.interval, 'monthlyWeekday', ['{ordinal} {weekday} of every month', '{ordinal} {weekday} of every other month', '{ordinal} {weekday} of every {interval} months'], {
      ordinal: ORDINALS[nth.ordinal],
      weekday: WEEKDAY_NAMES[nth.weekday],
    });
  }
  if (!hasOnly(rule, 'byMonthDay') || rule.byMonthDay.length > 1) return undefined;
  const day = rule.byMonthDay[0] ?? Number(start.slice(8, 10));
  if (day === -1) {
    return byInterval(rule.interval, 'monthlyLastDay', ['On the last day of every month', 'On the last day of every other month', 'On the last day of every {interval} months'], {});
  }
  if (day < 1) return undefined;
  return byInterval(rule.interval, 'monthlyDay', ['On day {day} of every month', 'On day {day} of every other month', 'On day {day} of every {interval} months'], {day});
}

function describeYearly(rule: RecurrenceRule, start: string): TranslatableMessage | undefined {
  if (!hasOnly(rule)) return undefined;
  const date = `${Number(start.slice(8, 10))} ${MONTH_NAMES[Number(start.slice(5, 7)) - 1]}`;
  return byInterval(rule.interval, 'yearly', ['Every year on {date}', 'Every other year on {date}', 'Every {interval} years on {date}'], {date});
}

function untilDate(until: Until, zone: string): string {
  switch (until.kind) {
    case 'date':
      return until.date;
    case 'local':
      return until.wallClock.slice(0, 10);
    case 'utc':
      return instantToWallClock(until.instant, zone).slice(0, 10);
  }
}

/** Adds ", until …" or ", N times" to a sentence, as its own message id. */
function withLimit(sentence: TranslatableMessage, rule: RecurrenceRule, zone: string): TranslatableMessage {
  if (rule.until) {
    return {id: `${sentence.id}.until`, message: `${sentence.message}, until {until}`, values: {...sentence.values, until: formatDate(untilDate(rule.until, zone), false)}};
  }
  if (rule.count !== undefined) {
    return {id: `${sentence.id}.count`, message: `${sentence.message}, {count} times`, values: {...sentence.values, count: rule.count}};
  }
  return sentence;
}

/** The meeting's schedule in words, e.g. "Second Tuesday of every month". */
export function describeSchedule(meeting: Meeting): TranslatableMessage {
  if (!meeting.repeat) return message('once', 'Once, on {date}', {date: formatDate(meeting.start.slice(0, 10), true)});
  const rule = parseRule(meeting.repeat);
  const describers = {
    DAILY: (r: RecurrenceRule) => (hasOnly(r) ? byInterval(r.interval, 'daily', ['Every day', 'Every other day', 'Every {interval} days'], {}) : undefined),
    WEEKLY: describeWeekly,
    MONTHLY: describeMonthly,
    YEARLY: describeYearly,
  };
  const sentence = describers[rule.freq](rule, meeting.start);
  return sentence ? withLimit(sentence, rule, meeting.timezone) : message('rule', 'Repeats: {rule}', {rule: meeting.repeat});
}

/** Start and end time (HH:mm, in the meeting's zone) and a short zone label. */
export function describeTime(meeting: Meeting): {startTime: string; endTime: string; zoneLabel: string} {
  const end = new Date(wallClockToInstant(meeting.start, meeting.timezone).getTime() + meeting.durationMinutes * MINUTE_MS);
  return {
    startTime: meeting.start.slice(11),
    endTime: instantToWallClock(end, meeting.timezone).slice(11),
    zoneLabel: zoneLabel(meeting.timezone),
  };
}

/** The English text of a message, values filled in. */
export function formatMessage({message: text, values}: TranslatableMessage): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
