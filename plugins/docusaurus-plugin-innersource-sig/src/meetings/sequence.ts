/**
 * SEQUENCE and DTSTAMP across builds. Calendar clients apply an update to a known UID only when
 * SEQUENCE grows, and DTSTAMP must not change when nothing changed (or every build looks like a
 * new version). Both therefore come from a lock file committed with the site: id → entry. The
 * build updates an entry only when the schedule's fingerprint changes.
 */
import {createHash} from 'node:crypto';
import {DataError} from '../errors';
import type {Meeting} from '../types';

export interface LockEntry {
  /** scheduleFingerprint() of the version the entry describes. */
  fingerprint: string;
  sequence: number;
  /** When that version was first built, ISO 8601 UTC. */
  stamp: string;
}

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
  if (!text.trim()) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataError(sourceFile, '(file)', text.trim().split('\n')[0], `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DataError(sourceFile, '(file)', data, 'must be a JSON object mapping meeting ids to entries');
  }
  const lock: LockFile = {};
  for (const [id, entry] of Object.entries(data)) {
    const {fingerprint, sequence, stamp} = (entry ?? {}) as Partial<Record<keyof LockEntry, unknown>>;
    if (typeof fingerprint !== 'string') throw new DataError(sourceFile, `${id}.fingerprint`, fingerprint, 'must be a string');
    if (typeof sequence !== 'number' || !Number.isInteger(sequence) || sequence < 0) {
      throw new DataError(sourceFile, `${id}.sequence`, sequence, 'must be a whole number, 0 or more');
    }
    if (typeof stamp !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(stamp) || Number.isNaN(Date.parse(stamp))) {
      throw new DataError(sourceFile, `${id}.stamp`, stamp, 'must be an ISO 8601 UTC time like 2024-02-01T12:00:00.000Z');
    }
    lock[id] = {fingerprint, sequence, stamp};
  }
  return lock;
}

/** The lock file's text: ids sorted, fields in a fixed order, trailing newline (diff-friendly). */
export function serializeLock(entries: LockFile): string {
  const sorted = Object.keys(entries)
    .sort()
    .map((id) => [id, {fingerprint: entries[id].fingerprint, sequence: entries[id].sequence, stamp: entries[id].stamp}]);
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}
