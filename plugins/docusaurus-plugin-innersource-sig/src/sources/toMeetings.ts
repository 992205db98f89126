/**
 * A fetched calendar → the meetings of one source, with the conversion of `sig:import` (nothing
 * approximated: a series the meeting format cannot hold is skipped with its reason) and the
 * meeting files' own validation, so that a series from a calendar and one from a file obey the
 * same rules. Pure: the caller fetches and reads.
 */
import {safeText} from '../characters';
import {DataError} from '../errors';
import {meetingIdFromTitle, seriesLabel, seriesMessageLine} from '../import/importCalendars';
import {parseCalendar, type CalendarSeries} from '../import/parseCalendar';
import {seriesToMeetings, type MeetingFields} from '../import/toMeeting';
import {meetingYaml} from '../import/toYaml';
import {parseMeetingFile} from '../meetings/load';
import type {Meeting, MeetingSourceFreshness} from '../types';
import {summaryMatcher, type CalendarSource, type SeriesSettings} from './sourceFile';

export interface SourceMeetings {
  meetings: Meeting[];
  /** One line per series the calendar has but the site cannot show, with the reason. */
  skipped: string[];
  /** One line per thing to know about a series that is shown (e.g. a UID that could not be kept). */
  notices: string[];
  /** UIDs of the series the source includes, shown or skipped: what its snapshot keeps. */
  uids: string[];
}

/** Whether a series of this title is one `include` names by a pattern (all are, without `include`). */
export function includedBySummary(source: CalendarSource, summary: string | undefined): boolean {
  if (!source.include) return true;
  return summary !== undefined && source.include.summaries.some((pattern) => summaryMatcher(pattern).test(summary.replace(/\s+/g, ' ').trim()));
}

function included(source: CalendarSource, series: CalendarSeries): boolean {
  const {uid, summary} = series.master;
  if (uid !== undefined && source.include?.uids.includes(uid)) return true;
  return includedBySummary(source, summary);
}

/** The id of a series: set by UID, or the source's own for its only series, or made from the title. */
function seriesId(source: CalendarSource, settings: SeriesSettings, title: string, only: boolean, taken: Set<string>): string {
  if (settings.id) return settings.id;
  if (only) return source.id ?? source.name;
  const base = `${source.idPrefix ?? `${source.name}-`}${meetingIdFromTitle(title)}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * The series of `calendarText` that the source includes, as meetings of its file. Throws a
 * DataError (field "url") when the text is not a calendar at all.
 */
export function sourceMeetings(source: CalendarSource, calendarText: string, freshness: MeetingSourceFreshness): SourceMeetings {
  let calendar;
  try {
    calendar = parseCalendar(calendarText);
  } catch (error) {
    // ical.js quotes the line it stops at, and a private calendar's text is as secret as its address.
    const detail = (error as Error).message.split('\n')[0] ?? '';
    const reason = /["'`]/.test(detail) ? 'it cannot be parsed' : detail;
    throw new DataError(source.sourceFile, 'url', `(calendar at ${freshness.host})`, `is not an iCalendar file: ${reason}`);
  }
  const series = calendar.series.filter((s) => included(source, s));
  const result: SourceMeetings = {meetings: [], skipped: [], notices: [], uids: series.flatMap((s) => (s.master.uid === undefined ? [] : [s.master.uid]))};
  const taken = new Set<string>();
  for (const one of series) {
    const converted = seriesToMeetings(one, {timezones: calendar.timezones, chosenZones: source.zones});
    if (converted.problems.length > 0) {
      result.skipped.push(...converted.problems.map((problem) => seriesMessageLine(seriesLabel(one.master), problem)));
      continue;
    }
    // What the conversion did that readers of the calendar should know (a UID it could not keep, an UNTIL read as a date).
    result.notices.push(...converted.notices.map((notice) => seriesMessageLine(seriesLabel(one.master), notice)));
    const settings = (one.master.uid !== undefined && source.series[one.master.uid]) || {};
    if (series.length > 1 && !settings.id && one.master.uid !== undefined) {
      // Ids made from titles change with them, and so would the pages and calendar files linking them.
      result.notices.push(`${seriesLabel(one.master)}: has no id of its own: give it one under \`series: {${JSON.stringify(one.master.uid)}: {id: …}}\`, as its id (made from its title) changes when the title does`);
    }
    const id = seriesId(source, settings, converted.meetings[0]!.title, series.length === 1, taken);
    converted.meetings.forEach((fields, index) => {
      // A series whose DTSTART is not an occurrence of its rule is two meetings (see toMeeting.ts).
      const meetingId = index === 0 ? id : `${id}-${index + 1}`;
      const ics = index === 0 ? (settings.ics ?? (series.length === 1 ? source.ics : undefined)) : undefined;
      try {
        const meeting = parseMeetingFile(source.sourceFile, meetingYaml(meetingId, withDefaults(fields, source, settings, ics), ''));
        taken.add(meeting.id);
        const calendarSequence = Math.max(...[one.master, ...one.overrides].map((event) => event.sequence ?? 0));
        result.meetings.push({...meeting, source: freshness, ...(calendarSequence > 0 && {calendarSequence})});
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        result.skipped.push(`${seriesLabel(one.master)}: ${error.detail}`);
      }
    });
  }
  return result;
}

/** The calendar's fields, with the source's values where the calendar has none. */
function withDefaults(fields: MeetingFields, source: CalendarSource, settings: SeriesSettings, ics: string | undefined): MeetingFields {
  // The calendar's own values first: the source gives what it lacks.
  const pick = (name: 'join' | 'description' | 'agenda' | 'notes' | 'recordings', own?: string) => own ?? settings[name] ?? source[name];
  const extra = {agenda: pick('agenda', fields.agenda), notes: pick('notes', fields.notes), recordings: pick('recordings', fields.recordings), ics};
  const join = pick('join', fields.join);
  // Remote text may hold characters no calendar or feed can (a meeting file with them is refused):
  // they are dropped rather than losing the series.
  const description = fields.description === undefined ? pick('description') : safeText(fields.description);
  const oneLine = (text: string) => safeText(text).replace(/\s+/g, ' ').trim();
  const organizer = fields.organizer && {...fields.organizer, name: oneLine(fields.organizer.name)};
  return {
    ...fields,
    title: oneLine(fields.title) || 'Untitled meeting',
    ...(organizer && {organizer}),
    ...(join && {join}),
    ...(description && {description}),
    ...Object.fromEntries(Object.entries(extra).filter(([, value]) => value !== undefined)),
  };
}
