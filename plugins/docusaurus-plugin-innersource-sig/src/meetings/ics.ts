import {calendarFile, renderEvents, type CalendarEvent} from '../calendar/ics';
import {instantToWallClock, wallClockToInstant} from '../calendar/zones';
import type {CalendarText} from '../languages';
import type {Meeting} from '../types';
import {meetingLinks} from './links';
import {parseRule, ruleForCalendar} from './rule';

const MINUTE_MS = 60_000;

export interface MeetingsIcsOptions {
  calendarName: string;
  calendarDescription?: string;
  /** Absolute URL the file is published at. */
  url: string;
  /** Stable domain for UIDs (`<id>@<uidDomain>`, unless the meeting has a `uid`): changing it duplicates every event in subscribers' calendars. */
  uidDomain: string;
  /** SEQUENCE and DTSTAMP (a Date or ISO 8601 text) per meeting id: the lock file's entries (see sequence.ts). */
  stamps: Record<string, {sequence: number; stamp: Date | string}>;
  /** The words of the description, in the calendar's language. */
  text: CalendarText;
}

function endWallClock(meeting: Meeting, start: string, durationMinutes: number): string {
  return instantToWallClock(new Date(wallClockToInstant(start, meeting.timezone).getTime() + durationMinutes * MINUTE_MS), meeting.timezone);
}

/** The series VEVENT plus one overriding VEVENT (same UID, RECURRENCE-ID) per moved occurrence. */
function meetingEvents(meeting: Meeting, options: MeetingsIcsOptions): CalendarEvent[] {
  const stamp = options.stamps[meeting.id];
  if (!stamp) throw new Error(`No SEQUENCE/DTSTAMP entry for meeting "${meeting.id}" (${meeting.sourceFile})`);
  const startTime = meeting.start.slice(11);
  const common = {
    uid: meeting.uid ?? `${meeting.id}@${options.uidDomain}`,
    sequence: stamp.sequence,
    stamp: new Date(stamp.stamp),
    timezone: meeting.timezone,
    summary: meeting.title,
    description: [meeting.description, meetingLinks(meeting, options.text).join('\n')].filter(Boolean).join('\n\n') || undefined,
    location: meeting.join,
    url: meeting.join,
    organizer: meeting.organizer,
  };
  const series: CalendarEvent = {
    ...common,
    start: meeting.start,
    end: endWallClock(meeting, meeting.start, meeting.durationMinutes),
    ...(meeting.repeat
      ? {rrule: ruleForCalendar(parseRule(meeting.repeat), meeting.timezone), exdates: meeting.cancelled.map((date) => `${date}T${startTime}`)}
      : {cancelled: meeting.cancelled.length > 0}),
  };
  const overrides = [...meeting.moved]
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .map((moved): CalendarEvent => ({
      ...common,
      recurrenceId: `${moved.from}T${startTime}`,
      start: moved.start,
      end: endWallClock(meeting, moved.start, moved.durationMinutes),
    }));
  return [series, ...overrides];
}

const byId = (meetings: Meeting[]) => [...meetings].sort((a, b) => (a.id < b.id ? -1 : 1));

/**
 * One calendar holding the given series (a single one for its own file, all for the combined
 * feed), ordered by id so the output is byte-identical for identical input.
 */
export function renderMeetingsIcs(meetings: Meeting[], options: MeetingsIcsOptions): string {
  const parts = byId(meetings).map((meeting) => renderEvents(meetingEvents(meeting, options)));
  return calendarFile({name: options.calendarName, description: options.calendarDescription, url: options.url}, parts);
}

/**
 * Each series' own calendar (named after it) and the combined feed of all (`calendarName`), as
 * `renderMeetingsIcs` writes them, with each series' events rendered once for both.
 */
export function renderMeetingCalendars(meetings: Meeting[], options: Omit<MeetingsIcsOptions, 'calendarDescription'>): {own: Map<string, string>; combined: string} {
  const rendered = new Map(meetings.map((meeting) => [meeting.id, renderEvents(meetingEvents(meeting, options))]));
  const file = (calendar: {calendarName: string; calendarDescription?: string}, series: Meeting[]) =>
    calendarFile({name: calendar.calendarName, description: calendar.calendarDescription, url: options.url}, series.map((meeting) => rendered.get(meeting.id)!));
  return {
    own: new Map(meetings.map((meeting) => [meeting.id, file({calendarName: meeting.title, calendarDescription: meeting.description}, [meeting])])),
    combined: file(options, byId(meetings)),
  };
}
