/**
 * The month view (/meetings/calendar/<YYYY-MM>): every meeting of every series and every event of
 * a month, as weeks of days, in the page's language. Pure data, which the lifecycle turns into
 * routes and page data, and the MeetingCalendar theme component into a table.
 *
 * Zones: a static page cannot know its reader's zone, so each meeting sits on its day in its
 * series' zone (an event on its days in the event's zone), as the series and event pages say it.
 * The calendar's own frame, the current month and its range, is the build time's month in UTC.
 * After hydration the browser moves timed items to the reader's day (client/calendarMonth.ts);
 * for that each month also carries the timed items of the neighbouring months' edges that some
 * zone's day places inside it.
 */
import {floatingDate, instantToWallClock, seconds} from '../calendar/zones';
import {dayStart, nextDay} from '../events/times';
import {formatTimeRange, zoneName} from '../intl';
import {meetingCalendarPath, meetingIcsPath} from '../outputs';
import type {EventSummary, Meeting, MeetingStatus} from '../types';
import {byStart, groupedByDay} from './calendarDays';
import {seriesHistory} from './history';
import {dayInWords} from './seriesPages';

/** Months before and after the build's month that get a page. */
export const MONTHS_BACK = 3;
export const MONTHS_AHEAD = 12;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The zones furthest from UTC: UTC+14 (Kiribati) and UTC−12. */
const MAX_AHEAD_MS = 14 * HOUR_MS;
const MAX_BEHIND_MS = 12 * HOUR_MS;

/** One meeting, or one day of an event, in a day of the month. */
export interface CalendarItem {
  kind: 'meeting' | 'event';
  /** The series' id or the event's slug. */
  id: string;
  title: string;
  /** The event's page (base URL included) or its own website; meetings link to their series page (see the component). */
  href?: string;
  /** A meeting's series calendar file (site path), its link where the site has no series pages. */
  icsPath?: string;
  /** Its day in its own zone, YYYY-MM-DD: its cell in the static page. */
  date: string;
  /** Epoch seconds. */
  start: number;
  end: number;
  /** The series' or event's zone. */
  timezone: string;
  status: MeetingStatus;
  /** "15:00–16:00" in its own zone; absent for an event's whole days. */
  time?: string;
  /** A moved meeting's scheduled day, in words: "Tuesday, 14 April 2026". */
  movedFrom?: string;
  /**
   * An event without a time: which of its days this is. Such items stay on their day for every
   * reader, as events announce their days in their own zone.
   */
  eventDay?: {n: number; count: number};
}

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  /** "3", in the page's digits. */
  number: string;
  /** "Tuesday, 3 March 2026", in the page's language. */
  label: string;
  /** Sorted by start. */
  items: CalendarItem[];
}

/** A month page to link to. */
export interface CalendarMonthLink {
  /** YYYY-MM */
  month: string;
  /** "February 2026" */
  title: string;
  /** Its page, base URL included. */
  path: string;
}

/** Everything a month's page (or a page's `<MeetingCalendar>`) shows. */
export interface CalendarMonth {
  /** YYYY-MM */
  month: string;
  /** "March 2026", in the page's language. */
  title: string;
  /** The week's days from the locale's first one: short name shown, long one read. */
  weekdays: Array<{short: string; long: string}>;
  /** Weeks of seven days; null before the 1st and after the last day. */
  weeks: Array<Array<CalendarDay | null>>;
  /** Timed items of the days around the month that a reader's zone may place in it. */
  nearby: CalendarItem[];
  /** Names of the items' zones in the page's language, e.g. "United Kingdom Time". */
  zoneNames: Record<string, string>;
  /** This month's page, and its neighbours' within the range; absent without month pages. */
  path?: string;
  previous?: CalendarMonthLink;
  next?: CalendarMonthLink;
}

export interface MonthViews {
  /** The build's month (UTC). */
  current: CalendarMonth;
  /** From MONTHS_BACK before it to MONTHS_AHEAD after it, oldest first. */
  months: CalendarMonth[];
}

/** "2026-03" of the first day of the month `offset` months after `month`'s. */
function addMonths(month: string, offset: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + monthNumber - 1 + offset;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function daysIn(month: string): string[] {
  const days: string[] = [];
  for (let day = `${month}-01`; day.startsWith(month); day = nextDay(day)) days.push(day);
  return days;
}

/** Capitalised as a label standing alone: "Mars 2026" where French writes "mars 2026" in a sentence. */
function standalone(text: string, locale: string): string {
  const [first = '', ...rest] = [...text];
  return first.toLocaleUpperCase(locale) + rest.join('');
}

const DAY_LABEL: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'};

/**
 * The first day of the week where the page's language is read (1 Monday … 7 Sunday): Sunday in
 * en-US, ja or pt-BR, Monday in en-GB or fr. Monday when the runtime does not know (weekInfo
 * is recent): the ISO week.
 */
export function firstDayOfWeek(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {getWeekInfo?: () => {firstDay: number}; weekInfo?: {firstDay: number}};
    return info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/** Weekday names in week order, from the Monday 1 January 2024. */
function weekdayNames(locale: string, firstDay: number): CalendarMonth['weekdays'] {
  return Array.from({length: 7}, (_, i) => {
    const date = `2024-01-0${((firstDay - 1 + i) % 7) + 1}`;
    return {
      short: standalone(dayInWords(date, locale, {weekday: 'short'}), locale),
      long: standalone(dayInWords(date, locale, {weekday: 'long'}), locale),
    };
  });
}

/** The day of the month in the page's digits, without the word some languages add ("3日"). */
function numberOfDay(date: string, locale: string): string {
  return new Intl.NumberFormat(locale, {useGrouping: false}).format(Number(date.slice(8)));
}

/** ISO weekday (1 Monday … 7 Sunday) of a day. */
function isoWeekday(date: string): number {
  return ((floatingDate(`${date}T00:00`).getUTCDay() + 6) % 7) + 1;
}

function meetingItems(meeting: Meeting, from: Date, to: Date, locale: string): CalendarItem[] {
  return seriesHistory(meeting, from, to).map((record) => ({
    kind: 'meeting',
    id: meeting.id,
    title: meeting.title,
    icsPath: meetingIcsPath(meeting.ics),
    date: record.date,
    start: seconds(record.start),
    end: seconds(record.end),
    timezone: meeting.timezone,
    status: record.status,
    time: formatTimeRange(seconds(record.start), seconds(record.end), meeting.timezone, locale),
    // Read within a sentence ("moved from …"): not capitalised.
    ...(record.movedFrom && {movedFrom: dayInWords(record.movedFrom, locale, DAY_LABEL)}),
  }));
}

/**
 * A one-day event with sessions is one timed item; any other event is one item per day, without
 * a time (its summary holds no session times, and a day of a summit reads better whole).
 */
function eventItems(event: EventSummary, locale: string): CalendarItem[] {
  const base = {kind: 'event' as const, id: event.slug, title: event.title, start: event.startsAt, end: event.endsAt, timezone: event.timezone, status: 'held' as const};
  const href = event.permalink ?? event.redirect;
  const common = href ? {...base, href} : base;
  const wholeDays = event.startsAt === seconds(dayStart(event.date, event.timezone)) && event.endsAt === seconds(dayStart(nextDay(event.end), event.timezone));
  if (event.date === event.end && !wholeDays) {
    return [{...common, date: instantToWallClock(new Date(event.startsAt * 1000), event.timezone).slice(0, 10), time: formatTimeRange(event.startsAt, event.endsAt, event.timezone, locale)}];
  }
  const days: string[] = [];
  for (let day = event.date; day <= event.end; day = nextDay(day)) days.push(day);
  return days.map((date, i) => ({...common, date, eventDay: {n: i + 1, count: days.length}}));
}

/** The months (YYYY-MM, UTC) some reader's day of this instant falls in. */
function readerMonths(start: number): string[] {
  const ms = start * 1000;
  return [...new Set([new Date(ms - MAX_BEHIND_MS), new Date(ms + MAX_AHEAD_MS)].map((date) => date.toISOString().slice(0, 7)))];
}


/**
 * The month views from MONTHS_BACK months before the build's month to MONTHS_AHEAD after it.
 * `meetings` and `events` are in the page's language; the month pages are under the meetings page
 * (`meetingsPagePath`, base URL included): without it, months link to no other.
 */
export function buildMonthViews(args: {meetings: Meeting[]; events: EventSummary[]; now: Date; locale: string; meetingsPagePath?: string}): MonthViews {
  const {locale, meetingsPagePath} = args;
  const current = args.now.toISOString().slice(0, 7);
  const monthKeys = Array.from({length: MONTHS_BACK + 1 + MONTHS_AHEAD}, (_, i) => addMonths(current, i - MONTHS_BACK));
  // A day's margin either side: the edge days' items that readers elsewhere see in the range.
  const from = new Date(floatingDate(`${monthKeys[0]}-01T00:00`).getTime() - DAY_MS);
  const to = new Date(floatingDate(`${addMonths(current, MONTHS_AHEAD + 1)}-01T00:00`).getTime() + DAY_MS);

  const own = new Map<string, CalendarItem[]>(monthKeys.map((month) => [month, []]));
  const nearby = new Map<string, CalendarItem[]>(monthKeys.map((month) => [month, []]));
  const place = (item: CalendarItem) => {
    const month = item.date.slice(0, 7);
    own.get(month)?.push(item);
    if (item.eventDay) return;
    for (const other of readerMonths(item.start)) if (other !== month) nearby.get(other)?.push(item);
  };
  for (const meeting of args.meetings) meetingItems(meeting, from, to, locale).forEach(place);
  for (const event of args.events) eventItems(event, locale).forEach(place);

  const firstDay = firstDayOfWeek(locale);
  const weekdays = weekdayNames(locale, firstDay);
  const title = (month: string) => standalone(dayInWords(`${month}-01`, locale, {month: 'long', year: 'numeric'}), locale);
  const pathOf = (month: string) => meetingsPagePath && meetingCalendarPath(meetingsPagePath, month);
  const link = (month: string | undefined): CalendarMonthLink | undefined => {
    const path = month && pathOf(month);
    return month && path ? {month, title: title(month), path} : undefined;
  };

  const months = monthKeys.map((month, index): CalendarMonth => {
    const items = own.get(month)!;
    const byDate = groupedByDay(items, (item) => item.date);
    const days = daysIn(month).map((date): CalendarDay => ({
      date,
      number: numberOfDay(date, locale),
      label: standalone(dayInWords(date, locale, DAY_LABEL), locale),
      items: byDate.get(date) ?? [],
    }));
    const cells: Array<CalendarDay | null> = [...Array<null>((isoWeekday(days[0]!.date) - firstDay + 7) % 7).fill(null), ...days];
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks = Array.from({length: cells.length / 7}, (_, week) => cells.slice(week * 7, week * 7 + 7));
    const around = nearby.get(month)!.sort(byStart);
    const zones = [...new Set([...items, ...around].map((item) => item.timezone))].sort();
    const path = pathOf(month);
    const previous = link(monthKeys[index - 1]);
    const next = link(monthKeys[index + 1]);
    return {
      month,
      title: title(month),
      weekdays,
      weeks,
      nearby: around,
      zoneNames: Object.fromEntries(zones.map((zone) => [zone, zoneName(zone, locale)])),
      ...(path && {path}),
      ...(previous && {previous}),
      ...(next && {next}),
    };
  });
  return {current: months[MONTHS_BACK]!, months};
}
