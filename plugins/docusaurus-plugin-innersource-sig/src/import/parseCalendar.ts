/**
 * Reading an iCalendar export (RFC 5545) into the events it holds, grouped into recurring series.
 * ical.js does the parsing (unfolding, unescaping, quoted parameters); times are kept as written,
 * with their TZID, because the zone is resolved later (see windowsZones.ts), and ical.js' own zone
 * registry is global, which files defining the same TZID differently would corrupt.
 *
 * Each VEVENT and VTIMEZONE is handed to ical.js on its own: ical.js stops at the first value it
 * cannot read, and one broken series must not cost the file's other series.
 */
import ICAL from 'ical.js';
import {isCalendarDay, parseWallClock} from '../calendar/zones';
import {markUnusable} from './vtimezone';

/** A DATE or DATE-TIME value as written. */
export interface CalendarTime {
  /** YYYY-MM-DDTHH:mm:ss (00:00:00 for a DATE). */
  local: string;
  /** The TZID parameter, unescaped; absent for UTC and floating times. */
  tzid?: string;
  /** Written with a trailing Z. */
  utc: boolean;
  /** VALUE=DATE: a whole day. */
  allDay: boolean;
  /** The value as it appears in the file, for messages. */
  text: string;
  /** A date written without VALUE=DATE (DTSTART:20020101), which readers take for a whole day. */
  bareDate?: boolean;
  /** Not a real date or date-time (ical.js lets some through, e.g. 20250230T100000). */
  invalid?: boolean;
}

/** One VEVENT: the properties sig:import reads. */
export interface VEvent {
  uid?: string;
  summary?: string;
  description?: string;
  location?: string;
  url?: string;
  /** Links of the online meeting given in vendor properties (Google Meet, Teams). */
  conferenceUrls: string[];
  organizer?: {email?: string; name?: string};
  status?: string;
  /** SEQUENCE, when it is a whole number 0 or more. */
  sequence?: number;
  start?: CalendarTime;
  end?: CalendarTime;
  durationSeconds?: number;
  /** RRULE values, each as ical.js writes it back. */
  rrules: string[];
  exrules: string[];
  /** RDATE values as written. */
  rdates: string[];
  exdates: CalendarTime[];
  recurrenceId?: CalendarTime;
  /** RANGE parameter of RECURRENCE-ID (THISANDFUTURE: the override also applies to later occurrences). */
  recurrenceRange?: string;
}

/** A recurring VEVENT and the VEVENTs that override some of its occurrences (same UID, RECURRENCE-ID). */
export interface CalendarSeries {
  master: VEvent;
  overrides: VEvent[];
  /** Why the series cannot be imported whatever its properties say (a VEVENT of it ical.js cannot read). */
  problem?: {property: string; value?: string; message: string};
}

/** A VEVENT ical.js could not read, that is neither a series nor part of one in the file. */
export interface UnreadableEvent {
  uid?: string;
  summary?: string;
  /** ical.js' reason, one line. */
  message: string;
}

export interface ParsedCalendar {
  series: CalendarSeries[];
  /** VEVENTs that neither repeat nor override an occurrence. */
  singles: VEvent[];
  /** Overrides whose UID has no recurring VEVENT in the file (some with an RRULE of their own). */
  orphanOverrides: VEvent[];
  /** VEVENTs ical.js could not read that belong to no series of the file. */
  unreadable: UnreadableEvent[];
  /** The file's VTIMEZONE definitions, by TZID. */
  timezones: Map<string, ICAL.Timezone>;
}

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];

/** The SEQUENCE property, when it is a whole number 0 or more (ical.js reads it as a number). */
function sequenceOf(component: ICAL.Component): number | undefined {
  const value = Number(component.getFirstPropertyValue('sequence'));
  return component.hasProperty('sequence') && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function jcal(property: ICAL.Property): JCalProperty {
  return property.toJSON() as JCalProperty;
}

function tzidOf(parameters: Record<string, unknown>): string | undefined {
  const tzid = parameters.tzid;
  return typeof tzid === 'string' && tzid !== '' ? tzid : undefined;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):(\d{2})Z?$/;

/** The DATE / DATE-TIME values of a property (EXDATE and RDATE may hold several). */
function timeValues(property: ICAL.Property): CalendarTime[] {
  const [, parameters, type, ...values] = jcal(property);
  const tzid = tzidOf(parameters);
  const zone = tzid ? {tzid} : {};
  return values.flatMap((value): CalendarTime[] => {
    // An empty value (a trailing comma in EXDATE) names nothing.
    if (typeof value !== 'string' || !/\d/.test(value)) return [];
    const written = value.replace(/[-:]/g, '');
    if (type === 'date') {
      return [{local: `${value}T00:00:00`, allDay: true, utc: false, text: written, ...(isCalendarDay(value) ? {} : {invalid: true})}];
    }
    // ical.js reads a date written without VALUE=DATE (DTSTART;TZID=X:20041225) as "2004-12-25T::".
    const bare = /^(\d{4}-\d{2}-\d{2})T::$/.exec(value);
    if (bare && isCalendarDay(bare[1]!)) return [{local: `${bare[1]}T00:00:00`, allDay: true, utc: false, ...zone, text: written.replace(/T$/, ''), bareDate: true}];
    const match = DATE_TIME.exec(value);
    const utc = value.endsWith('Z');
    if (!match || !parseWallClock(match[1]!) || Number(match[2]) > 59) return [{local: value, allDay: false, utc, ...zone, text: written, invalid: true}];
    return [{local: value.replace(/Z$/, ''), allDay: false, utc, ...(utc ? {} : zone), text: written}];
  });
}

function text(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function firstTime(component: ICAL.Component, name: string): CalendarTime | undefined {
  const property = component.getFirstProperty(name);
  return property ? timeValues(property)[0] : undefined;
}

function organizer(component: ICAL.Component): VEvent['organizer'] {
  const property = component.getFirstProperty('organizer');
  if (!property) return undefined;
  const value = String(property.getFirstValue() ?? '');
  const email = /^mailto:/i.test(value) ? value.replace(/^mailto:/i, '') : undefined;
  const cn = property.getParameter('cn');
  const name = typeof cn === 'string' && cn.trim() !== '' ? cn.trim() : undefined;
  return {...(email ? {email} : {}), ...(name ? {name} : {})};
}

function readEvent(component: ICAL.Component): VEvent {
  const duration = component.getFirstPropertyValue('duration');
  const event: VEvent = {
    uid: text(component, 'uid'),
    summary: text(component, 'summary'),
    description: text(component, 'description'),
    location: text(component, 'location'),
    url: text(component, 'url'),
    conferenceUrls: ['x-google-conference', 'x-microsoft-skypeteamsmeetingurl']
      .map((name) => component.getFirstPropertyValue(name))
      .filter((value): value is string => typeof value === 'string' && value !== ''),
    organizer: organizer(component),
    status: text(component, 'status')?.toUpperCase(),
    sequence: sequenceOf(component),
    start: firstTime(component, 'dtstart'),
    end: firstTime(component, 'dtend'),
    durationSeconds: duration instanceof ICAL.Duration ? duration.toSeconds() : undefined,
    rrules: component.getAllProperties('rrule').map((p) => String(p.getFirstValue())),
    exrules: component.getAllProperties('exrule').map((p) => String(p.getFirstValue())),
    rdates: component.getAllProperties('rdate').flatMap((p) => timeValues(p).map((t) => t.text)),
    exdates: component.getAllProperties('exdate').flatMap(timeValues),
    recurrenceId: firstTime(component, 'recurrence-id'),
    recurrenceRange: String(component.getFirstProperty('recurrence-id')?.getParameter('range') ?? '').toUpperCase() || undefined,
  };
  // Drop absent optional fields, so that events compare and print cleanly.
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined)) as unknown as VEvent;
}

/** Why a text cannot be read as a calendar at all, in words that follow "is not an iCalendar file: ". */
export class CalendarTextError extends Error {
  constructor(
    message: string,
    /** The text is empty (or only a byte order mark and blank lines). */
    readonly empty = false,
  ) {
    super(message);
    this.name = 'CalendarTextError';
  }
}

/** A component of a VCALENDAR (VEVENT, VTIMEZONE…) as its content lines, unfolded. */
interface Block {
  name: string;
  lines: string[];
  /** Closed by its own END line. */
  complete: boolean;
}

/**
 * RRULE and EXRULE values with spaces around their separators, as Microsoft CDO writes them
 * (BYDAY=MO, TU, WE): libical reads them, ical.js refuses them, so the spaces go.
 */
function normalizedLine(line: string): string {
  const match = /^((?:RRULE|EXRULE)(?:;[^:]*)?:)(.*)$/i.exec(line);
  return match ? `${match[1]}${match[2]!.trim().replace(/\s*([;,=])\s*/g, '$1')}` : line;
}

/** The VCALENDARs of a text: each one's own lines (for ical.js to check) and its components. */
function splitCalendars(text: string): Array<{lines: string[]; blocks: Block[]; complete: boolean}> {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '').split('\n');
  const calendars: Array<{lines: string[]; blocks: Block[]; complete: boolean}> = [];
  const open: string[] = [];
  let block: Block | undefined;
  for (const line of lines) {
    const begin = /^BEGIN:([A-Za-z0-9-]+)\s*$/i.exec(line)?.[1]?.toUpperCase();
    const end = /^END:([A-Za-z0-9-]+)\s*$/i.exec(line)?.[1]?.toUpperCase();
    if (begin) {
      if (open.length === 0 && begin === 'VCALENDAR') calendars.push({lines: [], blocks: [], complete: false});
      else if (open.length === 1 && open[0] === 'VCALENDAR') block = {name: begin, lines: [], complete: false};
      open.push(begin);
    }
    const calendar = calendars[calendars.length - 1];
    if (block) block.lines.push(normalizedLine(line));
    else if (open[0] === 'VCALENDAR' || end === 'VCALENDAR') calendar?.lines.push(line);
    if (end) {
      const at = open.lastIndexOf(end);
      if (at >= 0) open.length = at;
      if (block && open.length <= 1) {
        block.complete = at === 1 && end === block.name;
        calendar?.blocks.push(block);
        block = undefined;
      }
      if (at === 0 && calendar) calendar.complete = true;
    }
  }
  return calendars;
}

/** Lines of a component outside its subcomponents (a VEVENT's own, not its VALARM's). */
function ownLines(block: Block): string[] {
  let depth = 0;
  return block.lines.filter((line) => {
    if (/^BEGIN:/i.test(line)) depth += 1;
    const own = depth === 1 && !/^(BEGIN|END):/i.test(line);
    if (/^END:/i.test(line)) depth -= 1;
    return own;
  });
}

/** A property's value as written, unescaped roughly, for messages about a component ical.js could not read. */
function rawValue(lines: string[], name: string): string | undefined {
  for (const line of lines) {
    if (line.slice(0, name.length).toUpperCase() !== name || !/^[;:]/.test(line.slice(name.length))) continue;
    let quoted = false;
    for (let i = name.length; i < line.length; i += 1) {
      if (line[i] === '"') quoted = !quoted;
      else if (line[i] === ':' && !quoted) return line.slice(i + 1).replace(/\\n/gi, ' ').replace(/\\(.)/g, '$1').trim() || undefined;
    }
  }
  return undefined;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

interface UnreadableBlock extends UnreadableEvent {
  repeats: boolean;
  recurrenceId?: string;
}

/**
 * The VEVENTs of an .ics text, grouped into series by UID. Throws a CalendarTextError when the
 * text is not iCalendar (ical.js' message says where). A VEVENT or VTIMEZONE ical.js cannot
 * read costs only the series it belongs to.
 */
export function parseCalendar(icsText: string): ParsedCalendar {
  // Outlook on Windows saves UTF-8 with a byte order mark, which ical.js does not expect.
  const text = icsText.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CalendarTextError('it is empty', true);
  if (text.includes('\u0000')) throw new CalendarTextError('it holds NUL characters: it is probably UTF-16 text, which sig:import reads only with a byte order mark; save it as UTF-8');
  const calendars = splitCalendars(text);
  if (calendars.length === 0) throw new CalendarTextError('it has no BEGIN:VCALENDAR line');
  const timezones = new Map<string, ICAL.Timezone>();
  const read: Array<VEvent | UnreadableBlock> = [];
  for (const calendar of calendars) {
    if (!calendar.complete) throw new CalendarTextError('it ends without END:VCALENDAR (the file is cut short)');
    // The calendar's own properties: a line ical.js cannot read there is a file that is not iCalendar.
    ICAL.parse(calendar.lines.join('\r\n'));
    for (const block of calendar.blocks) {
      if (block.name !== 'VEVENT' && block.name !== 'VTIMEZONE') continue;
      let component: ICAL.Component | undefined;
      let problem = block.complete ? undefined : `it ends without END:${block.name}`;
      if (!problem) {
        try {
          component = new ICAL.Component(ICAL.parse(block.lines.join('\r\n')) as unknown[]);
          if (block.name === 'VEVENT') read.push(readEvent(component));
        } catch (error) {
          problem = firstLine(error);
        }
      }
      const own = ownLines(block);
      if (block.name === 'VTIMEZONE') {
        const tzid = component?.getFirstPropertyValue('tzid') ?? rawValue(own, 'TZID');
        if (typeof tzid !== 'string') continue;
        const zone = component && !problem ? new ICAL.Timezone(component) : new ICAL.Timezone({tzid});
        if (problem) markUnusable(zone, `cannot be read: ${problem}`);
        timezones.set(tzid, zone);
      } else if (problem) {
        // RECURRENCE-ID with its parameters: its TZID may not be the series' one.
        const recurrenceId = own.find((line) => /^RECURRENCE-ID[;:]/i.test(line))?.slice('RECURRENCE-ID'.length + 1);
        const [uid, summary] = [rawValue(own, 'UID'), rawValue(own, 'SUMMARY')];
        read.push({...(uid ? {uid} : {}), ...(summary ? {summary} : {}), message: problem, repeats: own.some((line) => /^RRULE[;:]/i.test(line)), ...(recurrenceId ? {recurrenceId} : {})});
      }
    }
  }
  return groupSeries(read, timezones);
}

function isUnreadable(item: VEvent | UnreadableBlock): item is UnreadableBlock {
  return 'message' in item;
}

/** The events in series (by UID, with a Map: exports hold thousands), in file order. */
function groupSeries(read: Array<VEvent | UnreadableBlock>, timezones: Map<string, ICAL.Timezone>): ParsedCalendar {
  const series: CalendarSeries[] = [];
  const byUid = new Map<string, CalendarSeries>();
  const singles: VEvent[] = [];
  for (const item of read) {
    let master: CalendarSeries | undefined;
    if (isUnreadable(item)) {
      if (item.repeats && !item.recurrenceId) {
        const event: VEvent = {...(item.uid ? {uid: item.uid} : {}), ...(item.summary ? {summary: item.summary} : {}), conferenceUrls: [], rrules: [], exrules: [], rdates: [], exdates: []};
        master = {master: event, overrides: [], problem: {property: 'VEVENT', message: `cannot be read: ${item.message}`}};
      }
    } else if (!item.recurrenceId) {
      if (item.rrules.length || item.rdates.length) master = {master: item, overrides: []};
      else singles.push(item);
    }
    if (!master) continue;
    series.push(master);
    if (master.master.uid !== undefined && !byUid.has(master.master.uid)) byUid.set(master.master.uid, master);
  }

  const orphanOverrides: VEvent[] = [];
  const unreadable: UnreadableEvent[] = [];
  for (const item of read) {
    const owner = item.uid === undefined ? undefined : byUid.get(item.uid);
    if (isUnreadable(item)) {
      if (item.repeats && !item.recurrenceId) continue;
      const {uid, summary, message} = item;
      if (!owner) unreadable.push({...(uid ? {uid} : {}), ...(summary ? {summary} : {}), message});
      else {
        const which = item.recurrenceId ? `the occurrence of ${item.recurrenceId} (RECURRENCE-ID)` : 'another VEVENT with its UID';
        owner.problem ??= {property: 'VEVENT', message: `of ${which} cannot be read (${message}), so what it changes in the series is unknown`};
      }
      continue;
    }
    if (!item.recurrenceId) continue;
    if (!owner) {
      orphanOverrides.push(item);
      continue;
    }
    owner.overrides.push(item);
    if (item.rrules.length) {
      owner.problem ??= {
        property: 'RECURRENCE-ID',
        value: item.recurrenceId.text,
        message: `is on a VEVENT that also has an RRULE (${item.rrules[0]}): an occurrence that repeats, which calendar apps read in different ways and a meeting file cannot hold`,
      };
    }
  }
  return {series, singles, orphanOverrides, unreadable, timezones};
}

/**
 * The text of a calendar file's bytes: UTF-8 (with or without a byte order mark), or UTF-16 with
 * one, as Windows tools save "Unicode" text. Otherwise why it cannot be read, in words that
 * follow the file's name.
 */
export function decodeCalendarBytes(bytes: Uint8Array): {text: string} | {problem: string} {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return {text: buffer.subarray(2).toString('utf16le')};
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    // Big-endian: swap each pair of bytes into little-endian (an odd last byte is dropped).
    const swapped = Buffer.from(buffer.subarray(2, 2 + ((buffer.length - 2) & ~1)));
    return {text: swapped.swap16().toString('utf16le')};
  }
  const text = buffer.toString('utf8');
  if (text.includes('\u0000')) {
    return {problem: 'holds NUL characters: it is probably UTF-16 text without a byte order mark; save it as UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8)'};
  }
  return {text};
}
