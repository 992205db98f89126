import {readFileSync} from 'node:fs';

/**
 * The data files (meetings, events, lock files) are read synchronously: they are small, and
 * `loadContent` runs beside the docs plugin, whose thousands of queued reads would make each
 * awaited read of ours wait its turn (seconds on a 5,000-doc portal).
 */
export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The file's text, or undefined when it cannot be read (it does not exist). */
export function readTextIfPresent(file: string): string | undefined {
  try {
    return readText(file);
  } catch {
    return undefined;
  }
}
