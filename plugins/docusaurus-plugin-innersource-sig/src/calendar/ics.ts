/**
 * Published iCalendar feeds (RFC 5545 + RFC 7986) built with ical-generator, with its traps
 * avoided: no calendar-level time zone (it would format dates with the build machine's clock),
 * calendar name and description escaped here (it does not), VTIMEZONE blocks from
 * timezones-ical-library, and no random UID or build-time DTSTAMP. Every text goes through
 * `safeText` first (a calendar source brings text from remote calendars): what RFC 5545 TEXT
 * cannot hold is removed, U+2028 and the like become line breaks.
 */
import ical, {ICalCalendarMethod, ICalEventStatus, type ICalEventData} from 'ical-generator';
import {DateTime} from 'luxon';
import {safeText} from '../characters';
import {PLUGIN_NAME} from '../pluginName';
import {isKnownTimeZone, vtimezoneBlock, wallClockToInstant} from './zones';

/** PRODID without the leading "-" that ical-generator adds. */
export const PRODUCT_ID = `//InnerSource SIG//${PLUGIN_NAME}//EN`;

/** How often subscribers should re-fetch a feed: one day. */
const REFRESH_DURATION = 'P1D';

export interface PublishedCalendarOptions {
  name: string;
  description?: string;
  /** Absolute URL the feed is published at. */
  url: string;
}

interface CalendarEventBase {
  uid: string;
  sequence: number;
  /** DTSTAMP: when this version of the event was published, not when the file was built. */
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer?: {name: string; email: string};
  /** An event that will not take place (STATUS:CANCELLED). */
  cancelled?: boolean;
}

/** A timed VEVENT. Times are wall clocks (YYYY-MM-DDTHH:mm) in `timezone`, written with TZID. */
export interface TimedCalendarEvent extends CalendarEventBase {
  timezone: string;
  start: string;
  end: string;
  /** RRULE body, with any UNTIL already in UTC (see `formatUtcDateTime`). */
  rrule?: string;
  /** Wall clocks of excluded occurrences (EXDATE;TZID=). Only meaningful with `rrule`. */
  exdates?: string[];
  /** Wall clock of the occurrence this VEVENT overrides (RECURRENCE-ID;TZID=). */
  recurrenceId?: string;
}

/** An all-day VEVENT (VALUE=DATE): days YYYY-MM-DD, `endDay` exclusive (RFC 5545 3.6.1). */
export interface AllDayCalendarEvent extends CalendarEventBase {
  allDay: true;
  startDay: string;
  endDay: string;
}

export type CalendarEvent = TimedCalendarEvent | AllDayCalendarEvent;

/**
 * Escapes an iCalendar TEXT value: backslash, semicolon, comma and line breaks, after removing
 * what TEXT cannot hold (see `safeText`).
 */
export function escapeText(text: string): string {
  return safeText(text).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A TEXT value for ical-generator, which escapes it but lets control characters through. */
function textValue(text: string): string;
function textValue(text: string | undefined): string | null;
function textValue(text: string | undefined): string | null {
  return text === undefined ? null : safeText(text);
}

/**
 * A parameter value (the organizer's CN), which ical-generator quotes: RFC 5545 has no escape
 * for a double quote or a line break there.
 */
function parameterValue(text: string): string {
  return safeText(text).replace(/[\r\n]+/g, ' ').replace(/"/g, "'");
}

/** UTC DATE-TIME, e.g. 20240213T150000Z. */
export function formatUtcDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** Local DATE-TIME from a wall clock, e.g. 2024-02-13T15:00 → 20240213T150000. */
export function formatLocalDateTime(local: string): string {
  return `${local.replace(/[-:]/g, '')}00`;
}

/** UTF-8 length of one character (or surrogate pair); a lone surrogate is written as U+FFFD, 3 bytes. */
function utf8Length(char: string): number {
  return char.charCodeAt(0) < 0x80 && char.length === 1 ? 1 : Buffer.byteLength(char, 'utf8');
}

/**
 * Folds lines longer than 75 octets (RFC 5545 3.1) exactly as ical-generator's `foldLines` does,
 * which builds a TextEncoder for every character: half of the time spent rendering calendars.
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      // Most lines are short ASCII, which stays as it is.
      if (line.length <= 74 && !/[^\x00-\x7f]/.test(line)) return line;
      let result = '';
      let octets = 0;
      for (let i = 0; i < line.length; i++) {
        let char = line.charAt(i);
        if (char >= '\ud800' && char <= '\udbff') char += line.charAt(++i);
        const size = utf8Length(char);
        octets += size;
        if (octets > 74) {
          result += '\r\n ';
          octets = size;
        }
        result += char;
      }
      return result;
    })
    .join('\r\n');
}

/**
 * A URI value as ical-generator writes it: it escapes "," ";" and "\" as if URL were TEXT,
 * which breaks the URI, so percent-encode them first (equivalent for any web server).
 */
function uriValue(url: string): string {
  // Control characters and line separators too: a URI cannot hold them (a lone surrogate cannot even be encoded).
  return url.replace(/[\uD800-\uDFFF\uFFFE\uFFFF]/gu, '').replace(/[\0-\x1F\x7F\u0085\u2028\u2029,;\\]/g, (c) => encodeURIComponent(c));
}

/** A luxon DateTime in the event's zone: ical-generator formats it with TZID and no machine-TZ dependence. */
function zoned(local: string, zone: string): DateTime {
  return DateTime.fromJSDate(wallClockToInstant(local, zone), {zone});
}

/** A date ical-generator formats as written (VALUE=DATE), whatever the machine's TZ. */
function calendarDay(day: string): DateTime {
  return DateTime.fromISO(day, {zone: 'utc'});
}

function commonEventData(event: CalendarEventBase): Omit<ICalEventData, 'start'> {
  return {
    id: textValue(event.uid),
    sequence: event.sequence,
    stamp: event.stamp,
    summary: textValue(event.summary),
    description: textValue(event.description),
    location: textValue(event.location),
    url: event.url ? uriValue(event.url) : null,
    organizer: event.organizer ? {name: parameterValue(event.organizer.name), email: safeText(event.organizer.email)} : null,
    status: event.cancelled ? ICalEventStatus.CANCELLED : null,
  };
}

function toEventData(event: CalendarEvent): ICalEventData {
  if ('allDay' in event) {
    return {...commonEventData(event), allDay: true, start: calendarDay(event.startDay), end: calendarDay(event.endDay)};
  }
  const recurrence = event.rrule
    ? [
        `RRULE:${event.rrule}`,
        // Written here rather than through `repeating.exclude`, which goes through JS Dates.
        ...(event.exdates?.length
          ? [`EXDATE;TZID=${event.timezone}:${event.exdates.map(formatLocalDateTime).join(',')}`]
          : []),
      ].join('\r\n')
    : null;
  return {
    ...commonEventData(event),
    timezone: event.timezone,
    start: zoned(event.start, event.timezone),
    end: zoned(event.end, event.timezone),
    repeating: recurrence,
    recurrenceId: event.recurrenceId ? zoned(event.recurrenceId, event.timezone) : null,
  };
}

/** VEVENTs rendered once, to be put in one calendar or in several (a series' own file and the combined feed). */
export interface RenderedEvents {
  /** The VEVENT blocks, folded, each line ending with CRLF. */
  text: string;
  /** Zones of the timed events, in order of first use: each needs its VTIMEZONE in the calendar. */
  zones: string[];
}

/** Renders `events` (in the given order) with ical-generator, for `calendarFile`. */
export function renderEvents(events: CalendarEvent[]): RenderedEvents {
  for (const event of events) {
    // Clients need both a VTIMEZONE and a name they recognise (Google keys on the IANA name).
    if (!('allDay' in event) && !isKnownTimeZone(event.timezone)) throw new RangeError(`No VTIMEZONE for "${event.timezone}" under that name: use a canonical IANA zone`);
  }
  // `name: null`: a calendar-level zone name would make ical-generator use local-clock dates.
  const calendar = ical({prodId: PRODUCT_ID, method: ICalCalendarMethod.PUBLISH, timezone: {name: null}, events: events.map(toEventData)});
  return {
    text: foldLines(calendar.events().map((event) => event.toString()).join('')),
    zones: [...new Set(events.flatMap((event) => ('allDay' in event ? [] : [event.timezone])))],
  };
}

/**
 * A published calendar holding the rendered events, with one VTIMEZONE per zone used. Its lines
 * are those ical-generator's calendar `toString` writes, in its order, plus RFC 7986 DESCRIPTION
 * (it writes X-WR-CALDESC only) and the CRLF that RFC 5545 requires after the last line.
 */
export function calendarFile(options: PublishedCalendarOptions, parts: RenderedEvents[]): string {
  const name = escapeText(options.name);
  const description = options.description ? escapeText(options.description) : undefined;
  const zones = [...new Set(parts.flatMap((part) => part.zones))];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-${PRODUCT_ID}`,
    `URL:${options.url}`,
    'METHOD:PUBLISH',
    ...(description ? [`DESCRIPTION:${description}`] : []),
    ...(name ? [`NAME:${name}`, `X-WR-CALNAME:${name}`] : []),
    ...(description ? [`X-WR-CALDESC:${description}`] : []),
    ...zones.flatMap((zone) => vtimezoneBlock(zone)?.replace(/\r?\n/g, '\r\n').trim() ?? []),
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH_DURATION}`,
    `X-PUBLISHED-TTL:${REFRESH_DURATION}`,
  ];
  return `${foldLines(lines.join('\r\n'))}\r\n${parts.map((part) => part.text).join('')}END:VCALENDAR\r\n`;
}

/**
 * The .ics text of a published calendar holding `events` (in the given order), with one
 * VTIMEZONE per zone used. Identical input gives byte-identical output.
 */
export function renderCalendar(options: PublishedCalendarOptions, events: CalendarEvent[]): string {
  return calendarFile(options, [renderEvents(events)]);
}
