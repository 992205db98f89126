/**
 * The part of lock files that meetings and events share: a JSON object of entries by id, each
 * with the fingerprint of the version it describes, its SEQUENCE and its DTSTAMP.
 */
import {DataError} from '../errors';

export interface StampedEntry {
  fingerprint: string;
  sequence: number;
  /** When that version was first built, ISO 8601 UTC. */
  stamp: string;
}

/**
 * Each entry of a lock file's text with its common fields checked, and the raw entry for the
 * caller's own fields; empty text has none. `keys` names what the entries are keyed by, for messages.
 */
export function parseStampedEntries(sourceFile: string, text: string, keys: string): Array<{key: string; entry: StampedEntry; raw: Record<string, unknown>}> {
  if (!text.trim()) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataError(sourceFile, '(file)', text.trim().split('\n')[0], `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DataError(sourceFile, '(file)', data, `must be a JSON object mapping ${keys} to entries`);
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
