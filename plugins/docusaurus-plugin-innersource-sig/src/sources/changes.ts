/**
 * What changed in a source's series between two readings of its calendar, in the words a chair
 * would use: series added or gone, schedule changes, and upcoming dates cancelled, moved, added
 * or no longer there. Only what lies ahead of `now` counts: a past date the calendar dropped
 * changes nothing for readers. Pure; `sig:sync` prints it.
 */
import {instantToWallClock} from '../calendar/zones';
import {describeSchedule, meetingTimes} from '../meetings/describe';
import {meetingOccurrences} from '../meetings/occurrences';
import type {Meeting} from '../types';

const DAY_MS = 86_400_000;
/** Dates listed per kind of change: a weekly series that changes its day changes a hundred dates. */
const MAX_LISTED = 5;

/** `kind date` lines, the first MAX_LISTED of them and a count of the rest. */
function listed(kind: string, dates: string[]): string[] {
  const lines = dates.slice(0, MAX_LISTED).map((date) => `${kind} ${date}`);
  return dates.length > MAX_LISTED ? [...lines, `${kind}: ${dates.length - MAX_LISTED} more`] : lines;
}

export interface SeriesChange {
  /** The series' id (after the change, or before it for a series gone). */
  id: string;
  title: string;
  change: 'added' | 'removed' | 'changed';
  /** One line per change, e.g. "cancelled 2026-12-17 16:00". */
  details: string[];
}

/** Series are the same series when they have the same UID (ids are made from titles, which change). */
const keyOf = (meeting: Meeting): string => meeting.uid ?? `id:${meeting.id}`;

function scheduleText(meeting: Meeting): string {
  const {startTime, endTime} = meetingTimes(meeting);
  const words = describeSchedule(meeting, 'en') ?? (meeting.repeat ? `RRULE ${meeting.repeat}` : `once, ${meeting.start.slice(0, 10)}`);
  return `${words}, ${startTime}–${endTime} ${meeting.timezone}`;
}

function seriesDetails(before: Meeting, after: Meeting, now: Date, horizonDays: number): string[] {
  const details: string[] = [];
  if (before.title !== after.title) details.push(`title: ${JSON.stringify(before.title)} → ${JSON.stringify(after.title)}`);
  const was = scheduleText(before);
  const is = scheduleText(after);
  if (was !== is || before.start !== after.start) details.push(`schedule: ${was} → ${is}`);

  const to = new Date(now.getTime() + horizonDays * DAY_MS);
  const local = (meeting: Meeting, start: Date) => instantToWallClock(start, meeting.timezone).replace('T', ' ');
  const starts = (meeting: Meeting) => new Map(meetingOccurrences(meeting, now, to).map((o) => [o.start.getTime(), o]));
  const old = starts(before);
  const fresh = starts(after);
  const today = instantToWallClock(now, after.timezone).slice(0, 10);
  const oldCancelled = new Set(before.cancelled);
  for (const date of after.cancelled.filter((d) => d >= today && !oldCancelled.has(d)).sort()) details.push(`cancelled ${date}`);
  const oldMoves = new Map(before.moved.map((m) => [m.from, m.start]));
  const explained = new Set<number>();
  for (const moved of after.moved) {
    const target = [...fresh.values()].find((o) => o.movedFrom === moved.from);
    if (!target) continue;
    explained.add(target.start.getTime());
    if (oldMoves.get(moved.from) !== moved.start) details.push(`moved ${moved.from} → ${moved.start.replace('T', ' ')}`);
  }
  const gone = [...old.values()].filter((o) => !fresh.has(o.start.getTime()));
  const cancelledNow = new Set(after.cancelled);
  const movedNow = new Set(after.moved.map((m) => m.from));
  // A moved occurrence is known by the date it was moved from: moved again, or cancelled, it is explained above.
  const noLonger = gone.filter((o) => {
    const date = o.movedFrom ?? local(before, o.start).slice(0, 10);
    return !cancelledNow.has(date) && !movedNow.has(date);
  });
  details.push(...listed('no longer', noLonger.map((o) => local(before, o.start))));
  const added = [...fresh.values()].filter((o) => !old.has(o.start.getTime()) && !explained.has(o.start.getTime()));
  details.push(...listed('added', added.map((o) => local(after, o.start))));
  return details;
}

/** The changes from `before` to `after` (each a source's meetings), series by series. */
export function describeChanges(before: Meeting[], after: Meeting[], now: Date, horizonDays: number): SeriesChange[] {
  const changes: SeriesChange[] = [];
  const previous = new Map(before.map((meeting) => [keyOf(meeting), meeting]));
  const current = new Set(after.map(keyOf));
  for (const meeting of after) {
    const was = previous.get(keyOf(meeting));
    if (!was) {
      changes.push({id: meeting.id, title: meeting.title, change: 'added', details: [scheduleText(meeting)]});
      continue;
    }
    const details = seriesDetails(was, meeting, now, horizonDays);
    if (details.length > 0) changes.push({id: meeting.id, title: meeting.title, change: 'changed', details});
  }
  for (const meeting of before) {
    if (!current.has(keyOf(meeting))) changes.push({id: meeting.id, title: meeting.title, change: 'removed', details: []});
  }
  return changes;
}
