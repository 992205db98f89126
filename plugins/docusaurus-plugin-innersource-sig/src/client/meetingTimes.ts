// Browser-side time handling for meeting tables: Intl only, no recurrence library. The build
// precomputes occurrences; here we only pick the upcoming ones and format them.

export type OccurrenceTuple = [startSeconds: number, endSeconds: number, moved: 0 | 1];

/** The next `count` occurrences not yet over at `now` (a meeting in progress still shows). */
export function upcomingOccurrences(occurrences: OccurrenceTuple[], now: Date, count = 3): OccurrenceTuple[] {
  const nowSeconds = now.getTime() / 1000;
  return occurrences.filter(([, end]) => end > nowSeconds).slice(0, count);
}

// Making an Intl.DateTimeFormat costs far more than formatting with one, and a page of meeting
// tables formats dozens of dates while it hydrates (main-thread time on slow phones).
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A shared formatter per locale, zone and options. */
export function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {timeZone, ...options});
    formatters.set(key, format);
  }
  return format;
}

/** "15:00" in the given zone (24-hour clock, as SIG calendars are international). */
export function formatTime(seconds: number, timeZone: string, locale = 'en-GB'): string {
  return formatter(locale, timeZone, {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(seconds * 1000);
}

/** "15:00–16:00", or "23:00–00:30 (+1 day)" when the meeting ends on the next day there. */
export function formatTimeRange(start: number, end: number, timeZone: string, locale = 'en-GB'): string {
  const range = `${formatTime(start, timeZone, locale)}–${formatTime(end, timeZone, locale)}`;
  return dayKey(start, timeZone) === dayKey(end - 1, timeZone) ? range : `${range} (+1 day)`;
}

/** "Tue, 13 Jan 2026" in the given zone (en-GB style). */
export function formatDate(seconds: number, timeZone: string, locale = 'en-GB'): string {
  return formatter(locale, timeZone, {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'}).format(seconds * 1000);
}

/** "2026-01-13T15:00" style key of the calendar day in a zone, for comparisons. */
function dayKey(seconds: number, timeZone: string): string {
  return formatter('en-CA', timeZone, {year: 'numeric', month: '2-digit', day: '2-digit'}).format(seconds * 1000);
}

/** True when the reader's day differs from the meeting's day for that instant. */
export function differentDay(seconds: number, zoneA: string, zoneB: string): boolean {
  return dayKey(seconds, zoneA) !== dayKey(seconds, zoneB);
}

/** The reader's IANA zone as the browser reports it. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * "America/Los_Angeles" → "Los Angeles"; "UTC" stays "UTC". Etc zones become a UTC offset with
 * the sign the right way round ("Etc/GMT-9" is nine hours *ahead* of UTC: "UTC+9").
 */
export function cityOfZone(timeZone: string): string {
  const etc = /^Etc\/(?:GMT|UTC|UCT|Universal|Zulu|Greenwich)(?:([+-])(\d+))?$/.exec(timeZone);
  if (etc) return !etc[1] || Number(etc[2]) === 0 ? 'UTC' : `UTC${etc[1] === '+' ? '−' : '+'}${Number(etc[2])}`;
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** webcal:// URL of a site path, for calendar apps that subscribe to a feed. */
export function webcalUrl(siteUrl: string, baseUrl: string, sitePath: string): string {
  const host = siteUrl.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return `webcal://${host}${baseUrl}${sitePath.replace(/^\//, '')}`;
}

/** Whether the reader's clock shows something else than the meeting's for this occurrence. */
export function readerSeesOtherTime(start: number, end: number, meetingZone: string, readerZone: string): boolean {
  return (
    readerZone !== meetingZone &&
    (formatTimeRange(start, end, readerZone) !== formatTimeRange(start, end, meetingZone) ||
      differentDay(start, readerZone, meetingZone))
  );
}
