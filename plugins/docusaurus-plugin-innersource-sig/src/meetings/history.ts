/**
 * The meetings of a series as its page and `sig:agenda` tell them: held, moved or cancelled, each
 * with its own links (minutes page, notes, agenda, recording). The key of a meeting is the day it
 * is held in the series' zone, a moved meeting's new day, which is what authors name files after.
 */
import {floatingDate, wallClockToInstant} from '../calendar/zones';
import type {Meeting, MeetingRecord, MeetingRecordLinks} from '../types';
import {scheduledStarts} from './occurrences';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The placeholder of `notesSearch`. */
export const DATE_PLACEHOLDER = '{date}';

/** `notesSearch` for one day. */
export function notesSearchUrl(pattern: string, date: string): string {
  return pattern.split(DATE_PLACEHOLDER).join(date);
}

/** Site paths (base URL included) of minutes pages, by series id and day. */
export type MinutesPages = ReadonlyMap<string, ReadonlyMap<string, string>>;

function linksOf(meeting: Meeting, date: string, status: MeetingRecord['status'], minutes?: string): MeetingRecordLinks {
  const own = meeting.meetingLinks;
  // A cancelled meeting has no minutes; a search for them would find another meeting's.
  const notes = own?.notes[date] ?? (meeting.notesSearch && status !== 'cancelled' && !minutes ? notesSearchUrl(meeting.notesSearch, date) : undefined);
  const links: MeetingRecordLinks = {};
  if (minutes) links.minutes = minutes;
  if (notes) links.notes = notes;
  if (own?.agenda[date]) links.agenda = own.agenda[date];
  if (own?.recordings[date]) links.recording = own.recordings[date];
  return links;
}

function record(meeting: Meeting, localStart: string, durationMinutes: number, status: MeetingRecord['status'], minutes: ReadonlyMap<string, string> | undefined, movedFrom?: string): MeetingRecord {
  const start = wallClockToInstant(localStart, meeting.timezone);
  const date = localStart.slice(0, 10);
  return {
    date,
    status,
    start,
    end: new Date(start.getTime() + durationMinutes * MINUTE_MS),
    localStart,
    ...(movedFrom && {movedFrom}),
    links: linksOf(meeting, date, status, status === 'cancelled' ? undefined : minutes?.get(date)),
  };
}

/**
 * Every meeting of the series starting in [from, to), oldest first: cancelled ones at their
 * scheduled time, moved ones at their new time. `minutes` are the series' minutes pages by day.
 */
export function seriesHistory(meeting: Meeting, from: Date, to: Date, minutes?: ReadonlyMap<string, string>): MeetingRecord[] {
  const cancelled = new Set(meeting.cancelled);
  const movedAway = new Set(meeting.moved.map((moved) => moved.from));
  // Wall clocks are within a day of their instants in every zone.
  const scheduled = scheduledStarts(meeting, new Date(from.getTime() - DAY_MS), new Date(to.getTime() + DAY_MS))
    .filter((start) => !movedAway.has(start.slice(0, 10)))
    .map((start) => record(meeting, start, meeting.durationMinutes, cancelled.has(start.slice(0, 10)) ? 'cancelled' : 'held', minutes));
  const moved = meeting.moved.map((m) => record(meeting, m.start, m.durationMinutes, 'moved', minutes, m.from));
  return [...scheduled, ...moved]
    .filter((meetingRecord) => meetingRecord.start >= from && meetingRecord.start < to)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** From the series' first meeting: its start, a day early for the zone. */
export function seriesBegins(meeting: Meeting): Date {
  return new Date(floatingDate(meeting.start).getTime() - DAY_MS);
}

/** What a series has on a day: a meeting (held or moved there), one moved away, one cancelled, or none. */
export type DayInSeries =
  | {kind: 'meeting'; localStart: string; moved: boolean}
  | {kind: 'cancelled'}
  | {kind: 'movedAway'; to: string}
  | {kind: 'none'};

/**
 * What `date` is in the series, from `startOn` (the scheduled start on a day, see
 * `scheduledStartsOn`): what a link map's key or a minutes file's name is checked against.
 */
export function dayInSeries(meeting: Meeting, date: string, startOn: (date: string) => string | undefined): DayInSeries {
  const movedHere = meeting.moved.find((moved) => moved.start.slice(0, 10) === date);
  if (movedHere) return {kind: 'meeting', localStart: movedHere.start, moved: true};
  const movedAway = meeting.moved.find((moved) => moved.from === date);
  if (movedAway) return {kind: 'movedAway', to: movedAway.start.slice(0, 10)};
  if (meeting.cancelled.includes(date)) return {kind: 'cancelled'};
  const scheduled = startOn(date);
  return scheduled ? {kind: 'meeting', localStart: scheduled, moved: false} : {kind: 'none'};
}
