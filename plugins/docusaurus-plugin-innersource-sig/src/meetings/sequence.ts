/**
 * SEQUENCE and DTSTAMP across builds. Calendar clients apply an update to a known UID only when
 * SEQUENCE grows, and DTSTAMP must not change when nothing changed (or every build looks like a
 * new version). Both therefore come from a lock file committed with the site: id → entry. The
 * build updates an entry only when the schedule's fingerprint changes.
 */
import {createHash} from 'node:crypto';
import {parseStampedEntries, type StampedEntry} from '../calendar/lockFile';
import type {Meeting} from '../types';

/** An entry's fingerprint is scheduleFingerprint() of the version it describes. */
export type LockEntry = StampedEntry;

export type LockFile = Record<string, LockEntry>;

/**
 * A hash of what decides when the meeting takes place: zone, start, duration, rule, cancelled
 * and moved occurrences. Title, description and links are left out: changing them is not a
 * reschedule.
 */
export function scheduleFingerprint(meeting: Meeting): string {
  const schedule = {
    timezone: meeting.timezone,
    start: meeting.start,
    durationMinutes: meeting.durationMinutes,
    repeat: meeting.repeat ?? null,
    cancelled: [...meeting.cancelled].sort(),
    moved: [...meeting.moved]
      .sort((a, b) => (a.from < b.from ? -1 : 1))
      .map((m) => [m.from, m.start, m.durationMinutes]),
  };
  return createHash('sha256').update(JSON.stringify(schedule)).digest('hex');
}

/** The lock entry for this build: unchanged schedule → `previous`; changed → SEQUENCE + 1 at `now`; new → 0 at `now`. */
export function nextLockEntry(meeting: Meeting, previous: LockEntry | undefined, now: Date): LockEntry {
  const fingerprint = scheduleFingerprint(meeting);
  if (previous?.fingerprint === fingerprint) return previous;
  return {fingerprint, sequence: previous ? previous.sequence + 1 : 0, stamp: now.toISOString()};
}

/** Reads a lock file; empty text is an empty lock. */
export function parseLockFile(sourceFile: string, text: string): LockFile {
  return Object.fromEntries(parseStampedEntries(sourceFile, text, 'meeting ids').map(({key, entry}) => [key, entry]));
}

/** The lock file's text: ids sorted, fields in a fixed order, trailing newline (diff-friendly). */
export function serializeLock(entries: LockFile): string {
  const sorted = Object.keys(entries)
    .sort()
    .map((id) => [id, {fingerprint: entries[id].fingerprint, sequence: entries[id].sequence, stamp: entries[id].stamp}]);
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}
