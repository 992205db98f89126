/**
 * The agenda issue of one meeting, as `sig:agenda` prints it: a title and a Markdown body in the
 * site's language, for the next meeting that takes place or for a given day. Pure: the caller
 * reads the files and says what "now" is. Why there is no agenda (a cancelled or moved day, a
 * series that has ended) is said in English, as every message of the plugin's commands is.
 */
import {floatingDate, wallClockToInstant} from '../calendar/zones';
import {DataError, dataProblemsError} from '../errors';
import {formatDateTime, formatDateTimeRange, zoneName} from '../intl';
import {namesFor, withUrl, type Language} from '../languages';
import type {Meeting, MeetingRecord} from '../types';
import {dayInSeries, seriesBegins, seriesHistory} from './history';
import {horizonProblem, lastDate} from './horizon';
import {scheduledStartOn} from './occurrences';

const DAY_MS = 86_400_000;
/** How far ahead one look for the next meeting reaches: a year, and a little more. */
const WINDOW_MS = 400 * DAY_MS;
const UTC = 'Etc/UTC';

/** `meetings/<id>.agenda.md`: Markdown with `{{placeholder}}`s. */
export interface AgendaTemplate {
  /** Relative to the site, for messages. */
  file: string;
  text: string;
}

export interface AgendaOptions {
  /** A day (YYYY-MM-DD, in the series' zone), or 'next' (the default): the first meeting after `now` that takes place. */
  date?: string;
  now: Date;
  /** The site's default locale's language module, and its Intl locale. */
  language: Language;
  locale: string;
  /** Absolute URL of the series' calendar file. */
  icsUrl: string;
  /** Absolute URL of the series' page, if the site has one. */
  seriesPageUrl?: string;
  /** Zones shown after the series' own and UTC (IANA names). */
  zones: string[];
  template?: AgendaTemplate;
  /** Absolute URLs of the series' minutes pages, by day (YYYY-MM-DD). */
  minutesPages?: ReadonlyMap<string, string>;
}

export interface Agenda {
  kind: 'agenda';
  id: string;
  /** The day of the meeting, YYYY-MM-DD in the series' zone. */
  date: string;
  title: string;
  /** Markdown. */
  body: string;
  start: Date;
  end: Date;
  timezone: string;
  join?: string;
  /** The series' calendar file. */
  calendar: string;
  /** A moved meeting's scheduled day. */
  movedFrom?: string;
  /** The minutes (or notes) of the latest earlier meeting that has them. */
  previousMinutes?: string;
}

/** Why there is no agenda to print: the day is cancelled, moved away, no meeting day, or the series has ended. */
export interface NoAgenda {
  kind: 'cancelled' | 'movedAway' | 'none' | 'ended';
  message: string;
}

/**
 * The placeholders of an agenda template, each written `{{name}}`: the title, the series'
 * title, the day in words and as YYYY-MM-DD, the date and time in the series' zone and in UTC, the
 * join link, calendar file, series page and previous minutes (empty when there are none), and the
 * generated sections (without `{{details}}`, they come before the template).
 */
export const AGENDA_PLACEHOLDERS = ['title', 'series', 'date', 'isoDate', 'time', 'utc', 'join', 'calendar', 'seriesPage', 'previousMinutes', 'details'] as const;

type Placeholder = (typeof AGENDA_PLACEHOLDERS)[number];
// On one line: braces across lines are text.
const PLACEHOLDER = /\{\{[ \t]*([^{}\n]*?)[ \t]*\}\}/g;
const DETAILS_PLACEHOLDER = /\{\{[ \t]*details[ \t]*\}\}/;

const isPlaceholder = (name: string): name is Placeholder => (AGENDA_PLACEHOLDERS as readonly string[]).includes(name);

/** `meetings/<id>.agenda.md`: the agenda template of series <id>. */
export const AGENDA_TEMPLATE = /^(.+)\.agenda\.md$/;

/**
 * GitHub refuses an issue body over 65,536 characters; the generated sections take a few hundred,
 * so a larger template can never become an issue.
 */
export const MAX_TEMPLATE_BYTES = 64 * 1024;

/** Every unknown placeholder of the template, one error each, with its line: a template is fixed in one go. */
export function templateProblems(template: AgendaTemplate): DataError[] {
  const known = AGENDA_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ');
  return template.text.split('\n').flatMap((line, index) =>
    [...line.matchAll(PLACEHOLDER)]
      .filter((match) => !isPlaceholder(match[1]!))
      .map((match) => new DataError(`${template.file}:${index + 1}`, 'placeholder', match[0], `is not a placeholder of agenda templates; they are ${known}`)),
  );
}

function fillTemplate(text: string, values: Record<Placeholder, string>): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => values[name as Placeholder]);
}

/** The first meeting that takes place (held or moved) starting after `after`. */
function firstMeetingAfter(meeting: Meeting, after: Date, minutes?: ReadonlyMap<string, string>): MeetingRecord | undefined {
  // Cancelled and moved dates lie within 100 years of the start; past them, the first window
  // holds a meeting if the rule still makes one.
  const limit = Math.max(after.getTime(), floatingDate(`${lastDate(meeting.start)}T23:59`).getTime()) + WINDOW_MS;
  for (let from = after.getTime(); from < limit; from += WINDOW_MS) {
    const found = seriesHistory(meeting, new Date(from), new Date(from + WINDOW_MS), minutes).find((record) => record.status !== 'cancelled' && record.start > after);
    if (found) return found;
  }
  return undefined;
}

/** The series' meetings that took or take place before `before`, oldest first. */
function meetingsBefore(meeting: Meeting, before: Date, minutes?: ReadonlyMap<string, string>): MeetingRecord[] {
  return seriesHistory(meeting, seriesBegins(meeting), before, minutes).filter((record) => record.status !== 'cancelled');
}

const named = (meeting: Meeting) => `${meeting.title} (${meeting.sourceFile})`;

function ended(meeting: Meeting, after: Date): NoAgenda {
  const last = meetingsBefore(meeting, after).at(-1);
  return {
    kind: 'ended',
    message: last ? `${named(meeting)} has ended: its last meeting was on ${last.date}.` : `${named(meeting)} has no meeting that takes place.`,
  };
}

/** " The next meeting is on 2025-09-09 (--date 2025-09-09)." after a day without one, if there is a next. */
const nextHint = (next: MeetingRecord | undefined): string => (next ? ` The next meeting is on ${next.date} (--date ${next.date}).` : '');

/** The meeting the agenda is for, or why there is none. */
function chosenMeeting(meeting: Meeting, options: AgendaOptions): MeetingRecord | NoAgenda {
  const {date = 'next', now, minutesPages} = options;
  if (date === 'next') return firstMeetingAfter(meeting, now, minutesPages) ?? ended(meeting, now);
  const reach = horizonProblem(date, meeting.start);
  if (reach) return {kind: 'none', message: `--date ${date} ${reach}.`};
  const startOfDay = wallClockToInstant(`${date}T00:00`, meeting.timezone);
  const day = dayInSeries(meeting, date, (other) => scheduledStartOn(meeting, other));
  switch (day.kind) {
    case 'cancelled':
      return {kind: 'cancelled', message: `${named(meeting)}: the meeting of ${date} is cancelled (field "cancelled"): no agenda.${nextHint(firstMeetingAfter(meeting, startOfDay))}`};
    case 'movedAway':
      return {kind: 'movedAway', message: `${named(meeting)}: the meeting of ${date} was moved to ${day.to} (field "moved"): use --date ${day.to}.`};
    case 'none': {
      const next = firstMeetingAfter(meeting, startOfDay);
      if (!next && meetingsBefore(meeting, startOfDay).length > 0) return ended(meeting, startOfDay);
      return {kind: 'none', message: `${named(meeting)} does not meet on ${date}.${nextHint(next)}`};
    }
    case 'meeting': {
      // The day's meetings, a day either side for the zone; the one held that day.
      const around = startOfDay.getTime();
      const records = seriesHistory(meeting, new Date(around - DAY_MS), new Date(around + 2 * DAY_MS), minutesPages);
      return records.find((record) => record.localStart === day.localStart && record.status !== 'cancelled')!;
    }
  }
}

/** The minutes, else the notes, of the latest meeting before `record` that has either. */
function previousMinutes(meeting: Meeting, record: MeetingRecord, options: AgendaOptions): {label: string; url: string} | undefined {
  const earlier = meetingsBefore(meeting, record.start, options.minutesPages).reverse();
  const withMinutes = earlier.find((other) => other.links.minutes ?? other.links.notes);
  if (!withMinutes) return undefined;
  return {
    label: formatDateTime(withMinutes.start.getTime() / 1000, meeting.timezone, options.locale),
    url: (withMinutes.links.minutes ?? withMinutes.links.notes)!,
  };
}

/** "Tue, 13 Jan 2026, 15:00–16:00 (United Kingdom Time)": the meeting's date and time in a zone. */
function timeIn(zone: string, record: MeetingRecord, {language, locale}: AgendaOptions): string {
  return language.agenda.zoneTime
    .replace('{time}', formatDateTimeRange(record.start.getTime() / 1000, record.end.getTime() / 1000, zone, locale))
    .replace('{zone}', zoneName(zone, locale));
}

/** The meeting's times in the series' zone, UTC and the extra zones, each line once (UTC may be among them). */
function timeLines(meeting: Meeting, record: MeetingRecord, options: AgendaOptions): string[] {
  const zones = [meeting.timezone, UTC, ...options.zones].map((zone) => (zone === 'UTC' ? UTC : zone));
  return [...new Set(zones.map((zone) => timeIn(zone, record, options)))];
}

const link = (url: string) => `<${url}>`;

/**
 * The agenda issue of the meeting `options.date` names (default: the next one that takes place),
 * or why there is none. Throws a DataError for each unknown placeholder of the template.
 */
export function meetingAgenda(meeting: Meeting, options: AgendaOptions): Agenda | NoAgenda {
  if (options.template) {
    const problems = templateProblems(options.template);
    if (problems.length > 0) throw dataProblemsError(problems);
  }
  const record = chosenMeeting(meeting, options);
  if ('kind' in record) return record;

  const {language, locale, icsUrl, seriesPageUrl, template} = options;
  const text = language.agenda;
  const names = namesFor(locale);
  const day = text.date(record.date, names);
  // One pass, so that a series' title holding "{date}" stays as written.
  const title = text.title.replace(/\{(series|date)\}/g, (_whole, name: string) => (name === 'series' ? meeting.title : day));
  const times = timeLines(meeting, record, options);
  const previous = previousMinutes(meeting, record, options);

  const when = [...(record.movedFrom ? [text.movedFrom(record.movedFrom, names), ''] : []), ...times.map((line) => `- ${line}`)];
  const calendar = [`- ${withUrl(text.addToCalendar, link(icsUrl))}`, ...(seriesPageUrl ? [`- ${withUrl(text.seriesPage, link(seriesPageUrl))}`] : [])];
  const sections: Array<[string, string[]] | false> = [
    [text.when, when],
    meeting.join !== undefined && [text.join, [link(meeting.join)]],
    [text.calendar, calendar],
    previous !== undefined && [text.previousMinutes, [`[${previous.label}](${previous.url})`]],
  ];
  const details = sections
    .filter((section): section is [string, string[]] => section !== false)
    .map(([heading, lines]) => [`## ${heading}`, '', ...lines].join('\n'))
    .join('\n\n');

  let body: string;
  if (template) {
    const filled = fillTemplate(template.text, {
      title,
      series: meeting.title,
      date: day,
      isoDate: record.date,
      time: times[0]!,
      utc: timeIn(UTC, record, options),
      join: meeting.join ?? '',
      calendar: icsUrl,
      seriesPage: seriesPageUrl ?? '',
      previousMinutes: previous?.url ?? '',
      details,
    }).trim();
    // A template that places the generated sections itself gets them there only.
    body = DETAILS_PLACEHOLDER.test(template.text) ? filled : `${details}\n\n${filled}`;
  } else {
    body = `${details}\n\n## ${text.agenda}\n\n${text.addTopics}`;
  }

  return {
    kind: 'agenda',
    id: meeting.id,
    date: record.date,
    title,
    body: `${body}\n`,
    start: record.start,
    end: record.end,
    timezone: meeting.timezone,
    ...(meeting.join !== undefined && {join: meeting.join}),
    calendar: icsUrl,
    ...(record.movedFrom && {movedFrom: record.movedFrom}),
    ...(previous && {previousMinutes: previous.url}),
  };
}
