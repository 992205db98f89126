/**
 * One recurring series of a calendar export → the fields of meeting files, or the reasons the
 * meeting format cannot hold it. Nothing is approximated: a series is either imported with every
 * occurrence at the same instants, or refused.
 */
import type ICAL from 'ical.js';
import {floatingDate, floatingToWallClock, instantToWallClock, isInDaylightSavingGap, wallClockToInstant} from '../calendar/zones';
import {isHttpUrl} from '../data-files/fieldChecker';
import {FIRST_YEAR, horizonProblem, lastDate, MAX_LISTED_DATES, yearProblem, YEARS_AFTER_START} from '../meetings/horizon';
import {scheduledStartOn, scheduledStarts, scheduledStartsOn} from '../meetings/occurrences';
import {normalizedRule, parseRule, RuleError, untilDay, type RecurrenceRule} from '../meetings/rule';
import type {Meeting} from '../types';
import type {VEvent, CalendarSeries, CalendarTime} from './parseCalendar';
import {resolveZone} from './windowsZones';

/** A meeting file's fields, in the order they are written. */
export interface MeetingFields {
  title: string;
  description?: string;
  timezone: string;
  start: string;
  duration: number;
  repeat?: string;
  cancelled?: string[];
  moved?: Array<{from: string; start: string; duration?: number}>;
  join?: string;
  agenda?: string;
  notes?: string;
  recordings?: string;
  organizer?: {name: string; email: string};
  uid?: string;
}

/** Something about one property of the series: why it is refused, or what was done with it. */
export interface SeriesMessage {
  property: string;
  /** The value as written, when there is one. */
  value?: string;
  message: string;
}

export interface SeriesImport {
  /** Empty when the series is refused. A series whose DTSTART is not an occurrence of its rule gives two. */
  meetings: MeetingFields[];
  /** Why nothing can be written for the series. */
  problems: SeriesMessage[];
  /** What the user should know about what was written. */
  notices: SeriesMessage[];
}

export interface SeriesContext {
  /** VTIMEZONEs of the file, by TZID. */
  timezones: Map<string, ICAL.Timezone>;
  /** TZID → IANA zone given by the user. */
  chosenZones?: Record<string, string>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const MAX_DURATION_MINUTES = 24 * 60;
/** How far ahead a VTIMEZONE is compared with IANA zones, and a moved DTSTART with the original rule. */
const CHECK_YEARS = 10;
const MAX_CHECKED_OCCURRENCES = 600;
/** The title of a series without SUMMARY (Outlook and Thunderbird save untitled meetings so). */
export const UNTITLED = 'Untitled meeting';
/** How many values a notice about several of them shows. */
const MAX_SHOWN = 5;
/** Hosts of online meeting services, to tell a join link from the other links of a description. */
const MEETING_HOSTS = /(^|\.)(zoom\.us|zoom\.com|zoomgov\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|webex\.com|whereby\.com|meet\.jit\.si|gotomeeting\.com|chime\.aws|bluejeans\.com)$/i;
const URL_IN_TEXT = /https?:\/\/[^\s<>"'()[\]]+/gi;
/** The fields a labelled link of DESCRIPTION goes to, in the order they are written. */
const LINK_FIELDS = ['agenda', 'notes', 'recordings'] as const;
type LinkField = (typeof LINK_FIELDS)[number];
/** A line of DESCRIPTION that is a label and a link: `Agenda: https://…`, `- Minutes - <https://…>`. */
const LABEL_AND_LINK = /^(?:[-*•]\s*)?([^:<>]{1,60}?)\s*[:：\-–—]?\s*<?(https?:\/\/[^\s<>"']+?)>?$/i;
/** A line that is only a label (`Recordings:`), for a link on the next line. */
const LABEL_ONLY = /^(?:[-*•]\s*)?([^:<>]{1,60}?)\s*[:：\-–—]?$/;
const LINK_ONLY = /^<?(https?:\/\/[^\s<>"']+?)>?$/i;
const EMAIL = /^[^\s@"<>;,:]+@[^\s@"<>;,:]+\.[^\s@"<>;,:]+$/;

class Refusal extends Error {
  constructor(readonly problem: SeriesMessage) {
    super(problem.message);
  }
}

function refuse(property: string, value: string | undefined, message: string): never {
  throw new Refusal({property, ...(value === undefined ? {} : {value}), message});
}

/** A Meeting for the schedule functions of meetings/ (only the fields they read matter). */
function scheduleOf(timezone: string, start: string, repeat: string | undefined): Meeting {
  return {id: 'import', title: 'import', timezone, start, durationMinutes: 1, repeat, cancelled: [], moved: [], ics: 'import', sourceFile: ''};
}

function wallClockOf(time: CalendarTime): string {
  return time.local.slice(0, 16);
}

function addMinutes(local: string, minutes: number): string {
  return floatingToWallClock(new Date(floatingDate(local).getTime() + minutes * MINUTE_MS));
}

/** The wall clocks at which a VTIMEZONE is compared with IANA zones: occurrences, and the 1st of every month they span. */
function checkedWallClocks(start: string, repeat: string | undefined, extra: string[]): string[] {
  const from = floatingDate(start);
  const to = new Date(from.getTime() + CHECK_YEARS * 365 * DAY_MS);
  const occurrences = scheduledStarts(scheduleOf('Etc/UTC', start, repeat), from, to).slice(0, MAX_CHECKED_OCCURRENCES);
  const last = floatingDate(occurrences[occurrences.length - 1] ?? start);
  const spanMonths = (last.getUTCFullYear() - from.getUTCFullYear()) * 12 + last.getUTCMonth() - from.getUTCMonth();
  const months: string[] = [];
  // A whole year at least, so that a zone matching only in summer (or winter) is not taken.
  for (let month = 0; month <= Math.max(12, spanMonths); month += 1) {
    months.push(floatingToWallClock(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + month, 1, 12, 0))));
  }
  return [...new Set([...occurrences, ...months, ...extra])].sort();
}

/** Resolves TZIDs to IANA zones once per series, collecting what the user should know. */
class Zones {
  private readonly resolved = new Map<string, string>();

  constructor(
    private readonly context: SeriesContext,
    /** Listed only when a VTIMEZONE is compared with IANA zones (most TZIDs are IANA names). */
    private readonly wallClocks: () => string[],
    private readonly notices: SeriesMessage[],
  ) {}

  zoneOf(property: string, time: CalendarTime): string | undefined {
    if (time.utc) return 'Etc/UTC';
    if (time.tzid === undefined) return undefined;
    const known = this.resolved.get(time.tzid);
    if (known) return known;
    const result = resolveZone(time.tzid, {vtimezone: this.context.timezones.get(time.tzid), wallClocks: this.wallClocks, chosen: this.context.chosenZones});
    if ('problem' in result) refuse(property, `TZID=${time.tzid}`, result.problem);
    if (result.note) this.notices.push({property, value: `TZID=${time.tzid}`, message: result.note});
    this.resolved.set(time.tzid, result.zone);
    return result.zone;
  }

  /** The instant of a time; a floating one is read in `fallbackZone` (the series' zone), as RFC 5545 readers do. */
  instant(property: string, time: CalendarTime, fallbackZone: string): Date {
    if (time.invalid) refuse(property, time.text, 'is not a real date and time like 20250114T150000');
    const zone = this.zoneOf(property, time) ?? fallbackZone;
    const seconds = Number(time.local.slice(17, 19)) * 1000;
    return new Date(wallClockToInstant(wallClockOf(time), zone).getTime() + seconds);
  }
}

function theRule(master: VEvent, notices: SeriesMessage[], start: string): {rule: RecurrenceRule; repeat: string} {
  if (master.rdates.length) refuse('RDATE', master.rdates.join(','), 'adds dates outside the rule, which a meeting file cannot hold');
  if (master.exrules.length) refuse('EXRULE', master.exrules.join(' / '), 'removes occurrences by a rule, which a meeting file cannot hold');
  const rules = [...new Set(master.rrules)];
  if (rules.length > 1) refuse('RRULE', rules.join(' / '), 'the series has several different rules, and a meeting file holds one');
  if (master.rrules.length > 1) notices.push({property: 'RRULE', value: rules[0], message: `is written ${master.rrules.length} times: read once (the same rule twice gives the same dates)`});
  try {
    const rule = parseRule(rules[0]!);
    if (rule.until && untilDay(rule.until, 'Etc/UTC') > lastDate(start)) {
      // Which dates it gives in the next 100 years does not change: leaving it out is no approximation a reader sees.
      const until = rule.parts.find(([name]) => name === 'UNTIL')![1];
      notices.push({property: 'RRULE', value: `UNTIL=${until}`, message: `is more than ${YEARS_AFTER_START} years after DTSTART: left out, so the series has no end date (its dates up to ${lastDate(start)} are the same)`});
      const withoutUntil: RecurrenceRule = {...rule, until: undefined, parts: rule.parts.filter(([name]) => name !== 'UNTIL')};
      return {rule: withoutUntil, repeat: normalizedRule(withoutUntil)};
    }
    return {rule, repeat: normalizedRule(rule)};
  } catch (error) {
    if (error instanceof RuleError) refuse('RRULE', rules[0], `${error.message}, which a meeting file cannot hold`);
    throw error;
  }
}

function theStart(master: VEvent): CalendarTime {
  const start = master.start;
  if (!start) refuse('DTSTART', undefined, 'is missing');
  if (start.invalid) refuse('DTSTART', start.text, 'is not a real date and time like 20250114T150000');
  if (start.allDay) {
    const written = start.bareDate ? ', written without VALUE=DATE' : '';
    refuse('DTSTART', start.text, `is a date without a time (an all-day date${written}): a meeting starts at a time of day. Give the series a start and end time in your calendar app, and export it again`);
  }
  const year = yearProblem(start.local);
  if (year) refuse('DTSTART', start.text, year);
  if (!start.utc && start.tzid === undefined) {
    refuse('DTSTART', start.text, 'is a floating time (neither TZID nor Z), which happens at a different instant in every zone: a meeting file needs a zone. Give the series a time zone in your calendar app, and export it again');
  }
  if (!start.local.endsWith(':00')) refuse('DTSTART', start.text, 'has seconds: a meeting starts on a whole minute');
  return start;
}

/**
 * A time as messages show it: with its TZID when that is not the series' one, so that a
 * RECURRENCE-ID written in New York time on a Berlin series is not read as Berlin time. (A UTC
 * time shows its Z.)
 */
function shownTime(time: CalendarTime, seriesStart: CalendarTime): string {
  return time.tzid !== undefined && time.tzid !== seriesStart.tzid ? `TZID=${time.tzid}:${time.text}` : time.text;
}

/** Values for a notice: the first few, and how many more. */
function someValues(values: string[]): string {
  return values.length > MAX_SHOWN ? `${values.slice(0, MAX_SHOWN).join(',')} and ${values.length - MAX_SHOWN} more` : values.join(',');
}

/** The length in whole minutes of an event (a moved occurrence included) from its DTEND or DURATION. */
function lengthMinutes(event: VEvent, zones: Zones, zone: string, startInstant: Date): number {
  let property = 'DURATION';
  let value: string | undefined;
  let ms: number;
  if (event.end) {
    property = 'DTEND';
    value = event.end.text;
    if (event.end.allDay) refuse(property, value, 'is a date without a time, while DTSTART has one');
    ms = zones.instant('DTEND', event.end, zone).getTime() - startInstant.getTime();
  } else if (event.durationSeconds !== undefined) {
    value = `${event.durationSeconds / 60} minutes`;
    ms = event.durationSeconds * 1000;
  } else {
    // RFC 5545 3.6.1: a DATE-TIME DTSTART without DTEND or DURATION is an instant.
    refuse('DTEND', undefined, 'and DURATION are missing, so the event has no length: a meeting lasts 1 to 1440 minutes');
  }
  const minutes = ms / MINUTE_MS;
  if (!Number.isInteger(minutes)) refuse(property, value, 'does not give a whole number of minutes');
  if (minutes < 1 || minutes > MAX_DURATION_MINUTES) {
    refuse(property, value, `gives a length of ${minutes} minutes, and a meeting lasts 1 to ${MAX_DURATION_MINUTES} minutes`);
  }
  return minutes;
}

/** `moved`: links of DESCRIPTION that went to agenda, notes or recordings, which are no join link. */
function joinLink(event: VEvent, moved: ReadonlySet<string>): string | undefined {
  const inLocation = event.location?.match(URL_IN_TEXT) ?? [];
  const inDescription = (event.description?.match(URL_IN_TEXT) ?? []).filter((url) => {
    try {
      return !moved.has(url) && MEETING_HOSTS.test(new URL(url).hostname);
    } catch {
      return false;
    }
  });
  return [event.url, ...event.conferenceUrls, ...inLocation, ...inDescription].find((url): url is string => url !== undefined && isHttpUrl(url));
}

/** A YouTube playlist or a Vimeo link: recordings, when a label such as `Videos:` does not say so. */
function isRecordingsHost(url: string): boolean {
  const {hostname, pathname} = new URL(url);
  const host = hostname.toLowerCase().replace(/^(?:www|m)\./, '');
  return (host === 'youtube.com' && pathname === '/playlist') || host === 'vimeo.com' || host.endsWith('.vimeo.com');
}

/** The field a label gives its link: `Agenda`, `Meeting notes`, `Minutes`, `Notes & agenda` (notes), `Past recordings on YouTube`. */
function fieldOfLabel(label: string, url: string): LinkField | undefined {
  const words = label
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?\([^)]*\)$/, '')
    .replace(/ (?:on|at|in) [\w .]{1,25}$/, '')
    .replace(/ (?:doc|document|link|page|folder|playlist)$/, '')
    .replace(/^(?:(?:meeting|the|our|session|call|shared|past|previous|all|video) )+/, '')
    .trim();
  if (words === 'agenda') return 'agenda';
  // A document for both is where the notes of past meetings are.
  if (/^(?:notes|minutes)$|^(?:notes|minutes) ?(?:&|and|\/|\+) ?agenda$|^agenda ?(?:&|and|\/|\+) ?(?:notes|minutes)$/.test(words)) return 'notes';
  if (/^recordings?$/.test(words)) return 'recordings';
  if (/^(?:videos?|youtube|vimeo|playlist|meetings|sessions|calls)$/.test(words) && isRecordingsHost(url)) return 'recordings';
  return undefined;
}

/**
 * The links DESCRIPTION labels as agenda, notes or recordings (the first of each), and the
 * description without the lines they were on. A label is the whole line before its link, or a line
 * of its own right before a line that is only the link; lines with other text are left alone.
 */
function descriptionLinks(text: string | undefined, notices: SeriesMessage[]): {description?: string; links: Partial<Record<LinkField, string>>; moved: Set<string>} {
  const links: Partial<Record<LinkField, string>> = {};
  const moved = new Set<string>();
  const trimmed = text?.trim() || undefined;
  if (!trimmed) return {description: trimmed, links, moved};
  const lines = trimmed.split(/\r?\n/);
  const dropped = new Set<number>();
  const others = new Set<LinkField>();
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.trim();
    let found = LABEL_AND_LINK.exec(line)?.slice(1, 3);
    let span = [index];
    if (!found) {
      const label = LABEL_ONLY.exec(line)?.[1];
      const link = LINK_ONLY.exec(lines[index + 1]?.trim() ?? '')?.[1];
      if (label && link) {
        found = [label, link];
        span = [index, index + 1];
      }
    }
    if (!found) continue;
    const url = found[1]!.replace(/[.,;!?]+$/, '');
    if (!isHttpUrl(url)) continue;
    const field = fieldOfLabel(found[0]!, url);
    if (!field) continue;
    links[field] ??= url;
    if (links[field] !== url) {
      others.add(field);
      continue;
    }
    moved.add(found[1]!).add(url);
    for (const dropping of span) dropped.add(dropping);
    index = span[span.length - 1]!;
  }
  if (!dropped.size) return {description: trimmed, links, moved};
  const description = lines
    .filter((_, index) => !dropped.has(index))
    .join('\n')
    .replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n')
    .trim();
  const written = LINK_FIELDS.flatMap((field) => (links[field] ? [`\`${field}\` (${links[field]})`] : []));
  const stay = others.size ? `; the other ${[...others].join(' and ')} links stay in it` : '';
  notices.push({property: 'DESCRIPTION', message: `labels links written as ${written.join(', ')}: the lines they were on are left out of \`description\`${stay}`});
  return {description: description || undefined, links, moved};
}

function theOrganizer(event: VEvent, notices: SeriesMessage[]): MeetingFields['organizer'] {
  const organizer = event.organizer;
  if (!organizer) return undefined;
  if (!organizer.email || !EMAIL.test(organizer.email)) {
    notices.push({property: 'ORGANIZER', value: organizer.email ?? organizer.name, message: 'is not an email address: left out'});
    return undefined;
  }
  // The plugin writes the name as a quoted CN parameter, where a double quote cannot appear.
  const name = organizer.name?.replace(/"/g, '').trim() || organizer.email;
  return {name, email: organizer.email};
}

function theUid(event: VEvent, notices: SeriesMessage[]): string | undefined {
  if (event.uid === undefined) return undefined;
  if (/^[\x21-\x7e]+$/.test(event.uid)) return event.uid;
  notices.push({property: 'UID', value: event.uid, message: 'has spaces or non-ASCII characters, which the meeting format does not keep: the series gets a new UID'});
  return undefined;
}

const OVERRIDE_TEXTS = [
  ['SUMMARY', 'summary'],
  ['DESCRIPTION', 'description'],
  ['LOCATION', 'location'],
] as const;

/** The series → meeting fields. Never throws for bad data: problems come back in `problems`. */
export function seriesToMeetings(series: CalendarSeries, context: SeriesContext): SeriesImport {
  const notices: SeriesMessage[] = [];
  try {
    return {meetings: convert(series, context, notices), problems: [], notices};
  } catch (error) {
    if (error instanceof Refusal) return {meetings: [], problems: [error.problem], notices};
    throw error;
  }
}

function convert(series: CalendarSeries, context: SeriesContext, notices: SeriesMessage[]): MeetingFields[] {
  if (series.problem) refuse(series.problem.property, series.problem.value, series.problem.message);
  const {master} = series;
  const startTime = theStart(master);
  let start = wallClockOf(startTime);
  /** Dates past this, or before 1900, are out of reach of a meeting file (see meetings/horizon.ts). */
  const outOfReach = (local: string) => horizonProblem(local, start);
  const {rule, repeat} = theRule(master, notices, start);
  // Every one is looked up in the rule: a meeting file could not list more anyway.
  if (master.exdates.length > MAX_LISTED_DATES) {
    refuse('EXDATE', `${master.exdates.length} dates`, `cancels more occurrences than the ${MAX_LISTED_DATES} a meeting file lists`);
  }
  if (series.overrides.length > 2 * MAX_LISTED_DATES) {
    refuse('RECURRENCE-ID', `${series.overrides.length} occurrences`, `changes more occurrences than the ${MAX_LISTED_DATES} cancelled and ${MAX_LISTED_DATES} moved dates a meeting file lists`);
  }
  let title = master.summary?.replace(/\s+/g, ' ').trim() ?? '';
  if (!title) {
    title = UNTITLED;
    notices.push({property: 'SUMMARY', message: `is missing (an untitled meeting): the meeting file calls it "${UNTITLED}"; change its \`title:\``});
  }

  const sameZone = (time: CalendarTime) => time.tzid === startTime.tzid && !time.utc && !time.allDay && !time.invalid && !outOfReach(time.local);
  const extra = [...series.overrides.flatMap((o) => [o.start, o.recurrenceId]), ...master.exdates].filter((t): t is CalendarTime => t !== undefined && sameZone(t)).map(wallClockOf);
  let wallClocks: string[] | undefined;
  const written = start;
  const zones = new Zones(context, () => (wallClocks ??= checkedWallClocks(written, repeat, extra)), notices);
  const timezone = zones.zoneOf('DTSTART', startTime)!;
  if (isInDaylightSavingGap(start, timezone)) refuse('DTSTART', startTime.text, `does not exist in ${timezone}: the clocks skip it when they go forward`);
  const startInstant = wallClockToInstant(start, timezone);
  const duration = lengthMinutes(master, zones, timezone, startInstant);
  if (rule.until?.kind === 'local') {
    const until = rule.parts.find(([name]) => name === 'UNTIL')![1];
    notices.push({property: 'RRULE', value: `UNTIL=${until}`, message: `is a local time (no Z) while DTSTART has a zone, where RFC 5545 asks for UTC: read as a time in ${timezone}, as libical reads it`});
  }

  // The occurrence DTSTART gives, when its rule does not produce it: written as a one-off meeting.
  let extraFirst: {start: string; duration: number} | undefined;
  if (scheduledStartOn(scheduleOf(timezone, start, repeat), start.slice(0, 10)) !== start) {
    if (rule.count !== undefined) {
      refuse('DTSTART', startTime.text, `is not an occurrence of RRULE ${repeat}, and calendar apps disagree on whether COUNT counts it: a meeting file cannot say which`);
    }
    const horizon = new Date(floatingDate(start).getTime() + CHECK_YEARS * 365 * DAY_MS);
    const ruleStarts = scheduledStarts(scheduleOf(timezone, start, repeat), floatingDate(addMinutes(start, 1)), horizon).slice(0, MAX_CHECKED_OCCURRENCES);
    const first = ruleStarts[0];
    if (!first) refuse('DTSTART', startTime.text, `is not an occurrence of RRULE ${repeat}, which gives no other date`);
    const fromFirst = scheduledStarts(scheduleOf(timezone, first, repeat), floatingDate(first), horizon).slice(0, MAX_CHECKED_OCCURRENCES);
    // INTERVAL counts periods from DTSTART: starting the rule later must not shift them.
    if (fromFirst.join() !== ruleStarts.join()) {
      refuse('DTSTART', startTime.text, `is not an occurrence of RRULE ${repeat}, and the rule gives other dates when started on its first occurrence`);
    }
    extraFirst = {start, duration};
    notices.push({
      property: 'DTSTART',
      value: startTime.text,
      message: `is not an occurrence of RRULE ${repeat} (RFC 5545 counts it all the same, Outlook does not): written as a one-off meeting beside the series, which starts on ${first}`,
    });
    start = first;
  }
  const schedule = scheduleOf(timezone, start, repeat);

  // Where each EXDATE and RECURRENCE-ID falls, so that the rule is run once for all of them, not once each.
  const farExdates: string[] = [];
  const exdates = master.exdates.flatMap((exdate) => {
    const instant = exdate.allDay ? undefined : zones.instant('EXDATE', exdate, timezone);
    if (exdate.allDay && exdate.invalid) refuse('EXDATE', exdate.text, 'is not a real date like 20250114');
    const date = instant ? instantToWallClock(instant, timezone).slice(0, 10) : exdate.local.slice(0, 10);
    if (outOfReach(date)) {
      farExdates.push(shownTime(exdate, startTime));
      return [];
    }
    return [{exdate, instant, date}];
  });
  if (farExdates.length) {
    notices.push({
      property: 'EXDATE',
      value: someValues(farExdates),
      message: `${farExdates.length === 1 ? 'is' : 'are'} before ${FIRST_YEAR} or more than ${YEARS_AFTER_START} years after DTSTART, beyond the dates a meeting file holds: ignored`,
    });
  }
  const overrides = [...series.overrides]
    .sort((a, b) => (a.recurrenceId!.local < b.recurrenceId!.local ? -1 : 1))
    .flatMap((override) => {
      const rid = override.recurrenceId!;
      if (override.recurrenceRange) {
        refuse('RECURRENCE-ID', `RANGE=${override.recurrenceRange}:${shownTime(rid, startTime)}`, 'changes this and every later occurrence, which a meeting file cannot hold: split the series in your calendar app first');
      }
      const ridInstant = zones.instant('RECURRENCE-ID', rid, timezone);
      const date = instantToWallClock(ridInstant, timezone).slice(0, 10);
      const far = outOfReach(date);
      if (far) {
        notices.push({property: 'RECURRENCE-ID', value: shownTime(rid, startTime), message: `${far}: what the calendar changes in that occurrence is left out`});
        return [];
      }
      return [{override, rid, ridInstant, date}];
    });
  const startOn = scheduledStartsOn(schedule, [...exdates.map((e) => e.date), ...overrides.map((o) => o.date)]);

  /** The scheduled occurrence (wall clock) at exactly `instant`, if any. */
  const occurrenceAt = (instant: Date): string | undefined => {
    const scheduled = startOn(instantToWallClock(instant, timezone).slice(0, 10));
    return scheduled !== undefined && wallClockToInstant(scheduled, timezone).getTime() === instant.getTime() ? scheduled : undefined;
  };

  const cancelled = new Set<string>();
  const wholeDays: string[] = [];
  for (const {exdate, instant, date} of exdates) {
    const scheduled = instant ? occurrenceAt(instant) : startOn(date);
    if (!instant) wholeDays.push(exdate.text);
    if (extraFirst && instant?.getTime() === startInstant.getTime()) {
      extraFirst = undefined;
    } else if (scheduled) {
      cancelled.add(scheduled.slice(0, 10));
    } else {
      notices.push({property: 'EXDATE', value: shownTime(exdate, startTime), message: 'is not an occurrence of the series: ignored (it removes nothing)'});
    }
  }
  if (wholeDays.length) {
    notices.push({
      property: 'EXDATE',
      value: someValues(wholeDays),
      message: `${wholeDays.length === 1 ? 'is a date' : 'are dates'} without a time (VALUE=DATE) on a series with times: read as cancelling the occurrence of that day, as libical reads ${wholeDays.length === 1 ? 'it' : 'them'}`,
    });
  }

  const moved: NonNullable<MeetingFields['moved']> = [];
  for (const {override, rid, ridInstant} of overrides) {
    const ridShown = shownTime(rid, startTime);
    const isFirst = extraFirst !== undefined && ridInstant.getTime() === startInstant.getTime();
    const scheduled = isFirst ? start : occurrenceAt(ridInstant);
    if (!isFirst && !scheduled) refuse('RECURRENCE-ID', ridShown, 'is not an occurrence of the series, so the event it overrides cannot be placed in a meeting file');
    if (override.status === 'CANCELLED') {
      if (isFirst) extraFirst = undefined;
      else cancelled.add(scheduled!.slice(0, 10));
      continue;
    }
    for (const [property, key] of OVERRIDE_TEXTS) {
      if ((override[key] ?? '') !== (master[key] ?? '')) {
        notices.push({
          property,
          value: override[key] ?? '',
          message: `is what the occurrence of ${ridShown} (RECURRENCE-ID) changes it to: a meeting file has one ${key} per series, so that occurrence keeps the series' one`,
        });
      }
    }
    const overrideStart = override.start ?? rid;
    const overrideShown = shownTime(overrideStart, startTime);
    if (overrideStart.allDay) refuse('DTSTART', overrideShown, `of the occurrence of ${ridShown} (RECURRENCE-ID) is a date without a time`);
    const newInstant = zones.instant('DTSTART', overrideStart, timezone);
    if (newInstant.getUTCSeconds() !== 0) refuse('DTSTART', overrideShown, 'has seconds: a meeting starts on a whole minute');
    const newStart = instantToWallClock(newInstant, timezone);
    const far = outOfReach(newStart);
    if (far) refuse('DTSTART', overrideShown, `of the occurrence of ${ridShown} (RECURRENCE-ID) ${far}, which a meeting file cannot hold`);
    const newDuration = lengthMinutes(override, zones, timezone, newInstant);
    if (isFirst) {
      extraFirst = {start: newStart, duration: newDuration};
      continue;
    }
    if (cancelled.has(scheduled!.slice(0, 10))) continue;
    if (newInstant.getTime() === ridInstant.getTime() && newDuration === duration) continue;
    moved.push({from: scheduled!.slice(0, 10), start: newStart, ...(newDuration === duration ? {} : {duration: newDuration})});
  }
  if (cancelled.size > MAX_LISTED_DATES) refuse('EXDATE', `${cancelled.size} dates`, `cancels more occurrences than the ${MAX_LISTED_DATES} a meeting file lists`);
  if (moved.length > MAX_LISTED_DATES) refuse('RECURRENCE-ID', `${moved.length} occurrences`, `moves more occurrences than the ${MAX_LISTED_DATES} a meeting file lists`);

  const {description, links: labelled, moved: movedLinks} = descriptionLinks(master.description, notices);
  const join = joinLink(master, movedLinks);
  const organizer = theOrganizer(master, notices);
  const uid = theUid(master, notices);
  const shared = {
    ...(description ? {description} : {}),
    timezone,
  };
  const inOrder = Object.fromEntries(LINK_FIELDS.flatMap((field) => (labelled[field] ? [[field, labelled[field]]] : [])));
  const links = {...(join ? {join} : {}), ...inOrder, ...(organizer ? {organizer} : {})};
  const meeting: MeetingFields = {
    title,
    ...shared,
    start,
    duration,
    repeat,
    ...(cancelled.size ? {cancelled: [...cancelled].sort()} : {}),
    ...(moved.length ? {moved} : {}),
    ...links,
    ...(uid ? {uid} : {}),
  };
  if (!extraFirst) return [meeting];
  return [meeting, {title, ...shared, start: extraFirst.start, duration: extraFirst.duration, ...links}];
}
