// Whether a meeting of a series is taking place or about to, from the occurrences the build
// precomputed. Browser-only: the static HTML is built ahead and cannot know.
import {CANCELLED, type OccurrenceTuple} from './meetingTimes';

/** "Starts in N minutes" is shown from this long before a meeting. */
export const SOON_MINUTES = 60;

const MINUTE = 60_000;

export type LiveStatus =
  /** A meeting is taking place; `start` and `end` in epoch seconds. */
  | {kind: 'live'; start: number; end: number}
  /** A meeting starts within the hour; `minutes` left, rounded up (1 to 60). */
  | {kind: 'soon'; start: number; minutes: number};

/**
 * The meeting in progress at `now` (from its start, until its end, excluded), else the next one
 * starting within `SOON_MINUTES`. Cancelled meetings never count; moved ones are at their new
 * time in the occurrences. There is no "in 0 minutes": under a minute before it still reads
 * "in 1 minute", and at the start it is live. Back to back, the one starting wins at the handover.
 */
export function liveStatus(occurrences: OccurrenceTuple[], now: Date): LiveStatus | undefined {
  const at = now.getTime();
  const held = occurrences.filter((o) => o[2] !== CANCELLED);
  const live = held.find(([start, end]) => start * 1000 <= at && at < end * 1000);
  if (live) return {kind: 'live', start: live[0], end: live[1]};
  // Occurrences are sorted by start: the first one ahead is the nearest.
  const next = held.find(([start]) => start * 1000 > at);
  if (!next || next[0] * 1000 - at > SOON_MINUTES * MINUTE) return undefined;
  return {kind: 'soon', start: next[0], minutes: Math.ceil((next[0] * 1000 - at) / MINUTE)};
}

/**
 * Milliseconds from `now` until what `status` shows changes: the minute count going down, the
 * meeting starting or ending; undefined when that depends on when the next hour-before begins.
 */
export function msUntilChange(status: LiveStatus | undefined, now: Date): number | undefined {
  if (!status) return undefined;
  const at = now.getTime();
  if (status.kind === 'live') return status.end * 1000 - at;
  return status.start * 1000 - at - (status.minutes - 1) * MINUTE;
}
