/**
 * The events folder's lock file, which keeps event calendars' SEQUENCE, DTSTAMP and removed
 * sessions across builds; committed with the event files.
 */
import path from 'node:path';
import {LOCK_FILE_NAME} from '../calendar/lockFile';
import {nextEventLockEntry, parseEventLockFile, serializeEventLock, type EventLockFile} from '../events';
import type {EventLockEntry, LoadedEvent} from '../types';
import {readTextIfPresent} from './readText';
import {syncLockFile} from './syncLockFile';

/** The lock file as committed (its text, for comparison, and its entries); read before anything is written. */
export async function readEventsLock({siteDir, eventsDir}: {siteDir: string; eventsDir: string}): Promise<{text?: string; entries: EventLockFile}> {
  const lockPath = path.join(eventsDir, LOCK_FILE_NAME);
  const text = readTextIfPresent(lockPath);
  return {text, entries: text === undefined ? {} : parseEventLockFile(path.relative(siteDir, lockPath), text)};
}

/**
 * Brings the events lock file up to date with the published events (drafts and scheduled events
 * get no entry until they are published) and returns each event's entry by slug. Entries of
 * events that are no longer published stay, so that an event made a draft and published again
 * continues its SEQUENCE. Called once every data file is valid, so a bad file never leaves a
 * half-updated lock.
 */
export async function updateEventsLock(args: {
  siteDir: string;
  eventsDir: string;
  events: LoadedEvent[];
  previous: {text?: string; entries: EventLockFile};
  now: Date;
}): Promise<Record<string, EventLockEntry>> {
  const {siteDir, eventsDir, now} = args;
  const published = args.events.filter(({summary}) => !summary.status);
  const lockPath = path.join(eventsDir, LOCK_FILE_NAME);
  const lockText = args.previous.text;
  const previous = args.previous.entries;
  const lock: Record<string, EventLockEntry> = {...previous};
  for (const {original} of published) lock[original.slug] = nextEventLockEntry(original, previous[original.slug], now);
  if (published.length > 0) {
    syncLockFile({siteDir, lockPath, previousText: lockText, nextText: serializeEventLock(lock), why: "an event's days, times or place changed"});
  }
  return Object.fromEntries(published.map(({original}) => [original.slug, lock[original.slug]!]));
}
