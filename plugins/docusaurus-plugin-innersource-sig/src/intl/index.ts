/**
 * Dates, times and zone names in the page's language, with Intl only. Shared by the build (which
 * writes every date of the static HTML, so that the browser's own ICU data can never make the
 * hydration disagree) and the browser (which adds the reader's time zone after hydration).
 *
 * Compiled once, as CommonJS, by the Node-side build; the theme imports it like Docusaurus'
 * own shared utilities.
 */

/**
 * The locale Intl formats with: the page's `htmlLang`, except that plain English uses British
 * conventions (day before month, 24-hour clock), which read the same on both sides of the
 * Atlantic; a site that wants US dates sets `htmlLang: 'en-US'`.
 */
export function intlLocale(htmlLang: string): string {
  return htmlLang === 'en' ? 'en-GB' : htmlLang;
}

// Making an Intl.DateTimeFormat costs far more than formatting with one, and a page of meeting
// tables formats dozens of dates (main-thread time on slow phones, build time on big sites).
const formatters = new Map<string, Intl.DateTimeFormat>();
/** The same, by frozen options object (this module's own), then locale and zone. */
const byOptions = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** A shared formatter per locale, zone and options. */
export function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Options that cannot change are known by identity, sparing a serialised key on every call:
  // a build formats each meeting's dates several times.
  if (!Object.isFrozen(options)) return sharedFormatter(locale, timeZone, options);
  let formats = byOptions.get(options);
  if (!formats) {
    formats = new Map();
    byOptions.set(options, formats);
  }
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = sharedFormatter(locale, timeZone, options);
    formats.set(key, format);
  }
  return format;
}

function sharedFormatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {timeZone, ...options});
    formatters.set(key, format);
  }
  return format;
}

const TIME: Intl.DateTimeFormatOptions = Object.freeze({hour: '2-digit', minute: '2-digit'});
const DATE: Intl.DateTimeFormatOptions = Object.freeze({weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'});
const DATE_TIME: Intl.DateTimeFormatOptions = Object.freeze({...DATE, ...TIME});
const LONG_DAY: Intl.DateTimeFormatOptions = Object.freeze({day: 'numeric', month: 'long', year: 'numeric'});
const DAY_KEY: Intl.DateTimeFormatOptions = Object.freeze({year: 'numeric', month: '2-digit', day: '2-digit'});
const ZONE_NAME = {
  shortGeneric: Object.freeze({timeZoneName: 'shortGeneric'}),
  longGeneric: Object.freeze({timeZoneName: 'longGeneric'}),
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * The dash between two times or days: Japanese writes a wave dash. Read from the language subtag
 * rather than with Intl.Locale: this runs for every time a page formats.
 */
function rangeDash(locale: string): string {
  return /^ja(?:-|$)/i.test(locale) ? '～' : '–';
}

/** "15:00" (or "03:00 PM" where the locale says so) in the given zone. */
export function formatTime(seconds: number, timeZone: string, locale: string): string {
  return formatter(locale, timeZone, TIME).format(seconds * 1000);
}

/** "YYYY-MM-DD" of the calendar day in a zone, for comparisons. */
function dayKey(seconds: number, timeZone: string): string {
  return formatter('en-CA', timeZone, DAY_KEY).format(seconds * 1000);
}

/**
 * "15:00–16:00", or "23:00–00:30 (+1)" when the meeting ends on the next day there. Composed
 * rather than Intl's formatRange, whose output for times varies by ICU version and is odd in
 * some languages (Japanese "15時00分～16時00分").
 */
export function formatTimeRange(start: number, end: number, timeZone: string, locale: string): string {
  return untilEnd(formatTime(start, timeZone, locale), start, end, timeZone, locale);
}

/** `from`, a dash and the end time, marked "(+1)" when the end falls on the next day there. */
function untilEnd(from: string, start: number, end: number, timeZone: string, locale: string): string {
  const range = `${from}${rangeDash(locale)}${formatTime(end, timeZone, locale)}`;
  return dayKey(start, timeZone) === dayKey(end - 1, timeZone) ? range : `${range} (+1)`;
}

/** "Tue, 13 Jan 2026, 15:00", "mar. 13 janv. 2026, 15:00", "2026年1月13日(火) 15:00": one occurrence of a meeting, in the given zone. */
export function formatDateTime(seconds: number, timeZone: string, locale: string): string {
  return formatter(locale, timeZone, DATE_TIME).format(seconds * 1000);
}

/** "Wed, 12 May 2027, 10:00–13:30", "2027年5月12日(水) 10:00～13:30": a session or a meeting on its day. */
export function formatDateTimeRange(start: number, end: number, timeZone: string, locale: string): string {
  return untilEnd(formatDateTime(start, timeZone, locale), start, end, timeZone, locale);
}

/** True when the two zones are on different dates at that instant. */
export function differentDay(seconds: number, zoneA: string, zoneB: string): boolean {
  return dayKey(seconds, zoneA) !== dayKey(seconds, zoneB);
}

type DayParts = Intl.DateTimeFormatPart[];

function dayParts(day: string, locale: string): DayParts {
  return formatter(locale, 'UTC', LONG_DAY).formatToParts(Date.parse(`${day}T00:00:00Z`));
}

const text = (parts: DayParts): string => parts.map((part) => part.value).join('');
const isPunctuation = (literal: string): boolean => !/\p{L}/u.test(literal);

/**
 * The first day of a range without what the last day repeats ("16" of "16–17 November 2022"):
 * the fields up to the last one that differs, and a following dot ("16." in German).
 */
function leadingDay(parts: DayParts, differing: Set<string>): string {
  const last = parts.reduce((found, part, index) => (differing.has(part.type) ? index : found), -1);
  const next = parts[last + 1];
  const dot = next?.type === 'literal' && isPunctuation(next.value) ? next.value.trim() : '';
  return text(parts.slice(0, last + 1)) + dot;
}

/** The last day of a range without what the first day states ("17日" of "2022年11月16日～17日"). */
function trailingDay(parts: DayParts, shared: Set<string>): string {
  let start = 0;
  while (start < parts.length && (shared.has(parts[start]!.type) || parts[start]!.type === 'literal')) start += 1;
  return text(parts.slice(start));
}

/**
 * The days of an event as written, in no zone but the event's: "12 May 2027",
 * "16–17 November 2022", "30 novembre – 1 décembre 2022", "2022年11月16日～17日". Composed from
 * Intl's parts because Intl's own date ranges fall back to "2022/11/16～2022/11/17" in Japanese
 * and Chinese.
 */
export function formatDayRange(first: string, last: string, locale: string): string {
  const a = dayParts(first, locale);
  if (first === last) return text(a);
  const b = dayParts(last, locale);
  const field = (parts: DayParts, type: string) => parts.find((part) => part.type === type)?.value;
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  const sameMonth = sameYear && first.slice(5, 7) === last.slice(5, 7);
  const dash = rangeDash(locale);
  const yearFirst = a.findIndex((p) => p.type === 'year') < a.findIndex((p) => p.type === 'day');
  if (yearFirst) {
    const shared = new Set(sameMonth ? ['year', 'month'] : sameYear ? ['year'] : []);
    return `${text(a)}${dash}${trailingDay(b, shared)}`;
  }
  const head = sameYear ? leadingDay(a, new Set(['day', ...(sameMonth ? [] : ['month'])])) : text(a);
  // Only the days differ: "16–17"; otherwise spaced, as the halves contain spaces themselves.
  const separator = sameMonth && field(a, 'month') === field(b, 'month') ? dash : ` ${dash} `;
  return `${head}${separator}${text(b)}`;
}

/** Generic zone names do not change with the seasons; any recent instant names the zone as it is now. */
const REFERENCE_INSTANT = Date.UTC(2026, 0, 1);
const ETC_ZONE = /^(?:Etc\/)?(?:GMT|UTC|UCT|Universal|Zulu|Greenwich)(?:([+-])(\d+))?$/;

/**
 * A zone's name as a reader of `locale` knows it: "New York Time", "heure : Royaume-Uni",
 * "ニューヨーク時間". Intl's short generic name is the city or the country; where it is an
 * abbreviation that not every reader knows ("CET", "ET"), the long one ("Central European
 * Time"). UTC zones are "UTC" or "UTC+9", which every language writes that way.
 */
export function zoneName(timeZone: string, locale: string): string {
  const etc = ETC_ZONE.exec(timeZone);
  if (etc) return !etc[1] || Number(etc[2]) === 0 ? 'UTC' : `UTC${etc[1] === '+' ? '−' : '+'}${Number(etc[2])}`;
  const name = (style: 'shortGeneric' | 'longGeneric') =>
    formatter(locale, timeZone, ZONE_NAME[style])
      .formatToParts(REFERENCE_INSTANT)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  const short = name('shortGeneric');
  return /^[A-Z]{2,5}$/.test(short) || /^(?:GMT|UTC)[+−-]/.test(short) ? name('longGeneric') : short;
}
