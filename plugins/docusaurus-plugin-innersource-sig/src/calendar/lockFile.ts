/**
 * The part of lock files that meetings and events share: a JSON object of entries by id, each
 * with the fingerprint of the version it describes, its SEQUENCE and its DTSTAMP.
 */
import {DataError} from '../errors';
import type {StampedEntry} from '../types';

/**
 * The name of the lock file in the meetings folder and in the events folder: it keeps calendars'
 * SEQUENCE and DTSTAMP stable between builds and is committed with the data files.
 */
export const LOCK_FILE_NAME = 'calendar.lock.json';

/**
 * What to do about a damaged lock file. Starting afresh is the last resort: every calendar then
 * restarts at SEQUENCE 0, which calendar apps that hold a higher one ignore.
 */
function restoreAdvice(sourceFile: string): string {
  return `restore the committed version with \`git checkout -- ${sourceFile}\` (deleting it instead restarts every calendar's SEQUENCE at 0, and calendar apps would ignore the next updates)`;
}

/**
 * Each entry of a lock file's text with its common fields checked, and the raw entry for the
 * caller's own fields. `keys` names what the entries are keyed by, for messages. An empty file is
 * an error, not an empty lock: it is what a write cut short leaves, and reading it as "no entries"
 * would silently restart every SEQUENCE.
 */
export function parseStampedEntries(sourceFile: string, text: string, keys: string): Array<{key: string; entry: StampedEntry; raw: Record<string, unknown>}> {
  if (!text.trim()) {
    throw new DataError(sourceFile, '(file)', text, `is empty (a build or an editor was probably stopped while writing it): ${restoreAdvice(sourceFile)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataError(sourceFile, '(file)', text.trim().split('\n')[0], `is not valid JSON (${(error as Error).message}): ${restoreAdvice(sourceFile)}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DataError(sourceFile, '(file)', data, `must be a JSON object mapping ${keys} to entries: ${restoreAdvice(sourceFile)}`);
  }
  return Object.entries(data).map(([key, value]) => {
    const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const {fingerprint, sequence, stamp} = raw;
    if (typeof fingerprint !== 'string') throw new DataError(sourceFile, `${key}.fingerprint`, fingerprint, 'must be a string');
    if (typeof sequence !== 'number' || !Number.isInteger(sequence) || sequence < 0) {
      throw new DataError(sourceFile, `${key}.sequence`, sequence, 'must be a whole number, 0 or more');
    }
    if (typeof stamp !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(stamp) || Number.isNaN(Date.parse(stamp))) {
      throw new DataError(sourceFile, `${key}.stamp`, stamp, 'must be an ISO 8601 UTC time like 2024-02-01T12:00:00.000Z');
    }
    return {key, entry: {fingerprint, sequence, stamp}, raw};
  });
}
