/**
 * "Add to calendar" links for people who do not subscribe to the .ics feed. Neither carries
 * cancellations or moves, so the details point to the feed when its URL is known.
 */
import {formatLocalDateTime} from '../calendar/ics';
import {instantToWallClock, wallClockToInstant} from '../calendar/zones';
import {withUrl, type CalendarText} from '../languages';
import type {Meeting, Occurrence} from '../types';
import {parseRule, ruleForCalendar} from './rule';

const MINUTE_MS = 60_000;

function query(base: string, params: Array<[string, string | undefined]>): string {
  const pairs = params.filter((pair): pair is [string, string] => pair[1] !== undefined);
  return `${base}?${pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}

/** The lines of a series' agenda, minutes and recordings links, in the calendar's language. */
export function meetingLinks(meeting: Pick<Meeting, 'agenda' | 'notes' | 'recordings'>, text: CalendarText): string[] {
  const links: Array<[string, string | undefined]> = [[text.agenda, meeting.agenda], [text.notes, meeting.notes], [text.recordings, meeting.recordings]];
  return links.filter((link): link is [string, string] => link[1] !== undefined).map(([words, url]) => withUrl(words, url));
}

function details(meeting: Meeting, text: CalendarText, extra: string[]): string {
  const lines = [
    ...(meeting.description ? [meeting.description, ''] : []),
    ...extra,
    ...(meeting.join ? [withUrl(text.join, meeting.join)] : []),
    ...meetingLinks(meeting, text),
  ];
  return lines.join('\n').trim();
}

/**
 * Google Calendar's event template for the whole series: wall-clock dates with `ctz`, so the
 * time follows daylight saving, and the rule in `recur`.
 */
export function googleCalendarUrl(meeting: Meeting, text: CalendarText, siteIcsUrl?: string): string {
  const end = instantToWallClock(new Date(wallClockToInstant(meeting.start, meeting.timezone).getTime() + meeting.durationMinutes * MINUTE_MS), meeting.timezone);
  const recur = meeting.repeat ? `RRULE:${ruleForCalendar(parseRule(meeting.repeat), meeting.timezone)}` : undefined;
  const feed = siteIcsUrl ? [withUrl(text.feed, siteIcsUrl), ''] : [];
  return query('https://calendar.google.com/calendar/render', [
    ['action', 'TEMPLATE'],
    ['text', meeting.title],
    ['dates', `${formatLocalDateTime(meeting.start)}/${formatLocalDateTime(end)}`],
    ['ctz', meeting.timezone],
    ['recur', recur],
    ['details', details(meeting, text, feed)],
    ['location', meeting.join],
  ]);
}

function utcIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Outlook on the web's compose link for one occurrence (by default the first): deeplinks cannot
 * carry a recurrence, so the schedule (in words, with its time) is written into the body.
 */
export function outlookUrl(meeting: Meeting, {text, schedule}: {text: CalendarText; schedule: string}, occurrence?: Occurrence): string {
  const start = occurrence?.start ?? wallClockToInstant(meeting.start, meeting.timezone);
  const end = occurrence?.end ?? new Date(start.getTime() + meeting.durationMinutes * MINUTE_MS);
  return query('https://outlook.live.com/calendar/0/deeplink/compose', [
    ['path', '/calendar/action/compose'],
    ['rru', 'addevent'],
    ['subject', meeting.title],
    ['startdt', utcIso(start)],
    ['enddt', utcIso(end)],
    ['body', details(meeting, text, [schedule, ''])],
    ['location', meeting.join],
  ]);
}
