/**
 * SEQUENCE and DTSTAMP across builds. Calendar clients apply an update to a known UID only when
 * SEQUENCE grows, and DTSTAMP must not change when nothing changed (or every build looks like a
 * new version). Both therefore come from a lock file committed with the site: id → entry. The
 * build updates an entry only when the schedule's fingerprint changes.
 */
import {createHash} from 'node:crypto';
import {parseStampedEntries} from '../calendar/lockFile';
import type {LockEntry, Meeting} from '../types';

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

/**
 * The lock entry for this build: unchanged schedule → `previous`; changed → SEQUENCE + 1 at `now`;
 * new → 0 at `now`; never below the SEQUENCE of the calendar the series comes from.
 */
export function nextLockEntry(meeting: Meeting, previous: LockEntry | undefined, now: Date): LockEntry {
  const fingerprint = scheduleFingerprint(meeting);
  const floor = meeting.calendarSequence ?? 0;
  const uid = meeting.uid === undefined ? {} : {uid: meeting.uid};
  if (previous?.fingerprint === fingerprint && previous.sequence >= floor) return previous.uid === meeting.uid ? previous : {...previous, ...uid};
  return {fingerprint, sequence: Math.max(previous ? previous.sequence + 1 : 0, floor), stamp: now.toISOString(), ...uid};
}

/**
 * The entry a series continues from: its id's, else (its id changed: a calendar's series named
 * after a title that changed) the highest of its UID's, so that calendar apps apply its updates.
 */
export function previousLockEntry(lock: LockFile, meeting: Pick<Meeting, 'id' | 'uid'>): LockEntry | undefined {
  const own = lock[meeting.id];
  if (own || meeting.uid === undefined) return own;
  return Object.values(lock)
    .filter((entry) => entry.uid === meeting.uid)
    .sort((a, b) => b.sequence - a.sequence)[0];
}

/** Reads a lock file; empty or blank text is a DataError, not an empty lock (parseStampedEntries). */
export function parseLockFile(sourceFile: string, text: string): LockFile {
  return Object.fromEntries(
    parseStampedEntries(sourceFile, text, 'meeting ids').map(({key, entry, raw}) => [key, typeof raw.uid === 'string' ? {...entry, uid: raw.uid} : entry]),
  );
}

/** The lock file's text: ids sorted, fields in a fixed order, trailing newline (diff-friendly). */
export function serializeLock(entries: LockFile): string {
  const sorted = Object.keys(entries)
    .sort()
    .map((id) => {
      const {fingerprint, sequence, stamp, uid} = entries[id]!;
      return [id, {fingerprint, sequence, stamp, ...(uid === undefined ? {} : {uid})}];
    });
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}
