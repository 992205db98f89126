import {readFileSync, statSync} from 'node:fs';
import {DataError} from '../errors';

/** The most a data file may hold, checked before it is read: what it is, for the message. */
export interface SizeLimit {
  maxBytes: number;
  /** The file as messages name it (relative to the site). */
  file: string;
  /** What the file is, e.g. "a meeting file". */
  what: string;
}

/** A size in the unit people read it in: 812 bytes, 256 KB, 20.3 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

function tooLarge(limit: SizeLimit, bytes: number): DataError {
  return new DataError(limit.file, '(file)', formatSize(bytes), `is larger than ${formatSize(limit.maxBytes)}, the most ${limit.what} may be`);
}

/**
 * The data files (meetings, events, lock files) are read synchronously: they are small, and
 * `loadContent` runs beside the docs plugin, whose thousands of queued reads would make each
 * awaited read of ours wait its turn behind them. With `limit`, a larger file is a DataError,
 * before it is read: the build's time and memory grow with the file.
 */
export function readText(file: string, limit?: SizeLimit): string {
  const size = limit && statSync(file).size;
  if (limit && size! > limit.maxBytes) throw tooLarge(limit, size!);
  const bytes = readFileSync(file);
  // It may have grown since.
  if (limit && bytes.length > limit.maxBytes) throw tooLarge(limit, bytes.length);
  return bytes.toString('utf8');
}

/** The file's text, or undefined when it cannot be read (it does not exist); a file over `limit` is a DataError. */
export function readTextIfPresent(file: string, limit?: SizeLimit): string | undefined {
  try {
    return readText(file, limit);
  } catch (error) {
    if (error instanceof DataError) throw error;
    return undefined;
  }
}
