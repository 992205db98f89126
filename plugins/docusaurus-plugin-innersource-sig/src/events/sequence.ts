/**
 * SEQUENCE and DTSTAMP of event calendars across builds, as meetings have them (see
 * meetings/sequence.ts): calendar clients apply an update to a known UID only when SEQUENCE
 * grows. An event's entry in the lock file also remembers the VEVENTs it published (one per
 * session, or one all-day VEVENT), so that a session removed later is sent as cancelled on its
 * UID instead of lingering in the calendars that imported it.
 */
import {createHash} from 'node:crypto';
import {parseStampedEntries} from '../calendar/lockFile';
import {DAY, WALL_CLOCK} from '../calendar/zones';
import {DataError} from '../errors';
import type {EventLockEntry, EventSlot, SigEvent} from '../types';
import {nextDay} from './times';

export type EventLockFile = Record<string, EventLockEntry>;

/** UID key of the all-day VEVENT of an event without sessions. */
export const ALL_DAY_KEY = 'day';

/**
 * The event's VEVENTs by UID key. Sessions are keyed by their position (1-based), as their UIDs
 * always were: reordering sessions is an update of the same UIDs, removing the last one cancels it.
 */
export function eventSlots(event: Pick<SigEvent, 'date' | 'end' | 'sessions'>): Record<string, EventSlot> {
  if (event.sessions.length === 0) return {[ALL_DAY_KEY]: {startDay: event.date, endDay: nextDay(event.end)}};
  return Object.fromEntries(event.sessions.map((s, index) => [String(index + 1), {start: s.start, end: s.end, timezone: s.timezone}]));
}

/**
 * A hash of what decides where and when the event takes place: its days, zone, location and
 * sessions' times. Titles and descriptions are left out: editing them is not a reschedule.
 */
export function eventFingerprint(event: Pick<SigEvent, 'date' | 'end' | 'timezone' | 'location' | 'sessions'>): string {
  const what = {date: event.date, end: event.end, timezone: event.timezone, location: event.location ?? null, slots: eventSlots(event)};
  return createHash('sha256').update(JSON.stringify(what)).digest('hex');
}

/**
 * The lock entry for this build: unchanged → `previous`; changed → SEQUENCE + 1 at `now`, with
 * the VEVENTs the change removed added to the cancelled ones (and those it brings back taken off);
 * new → 0 at `now`.
 */
export function nextEventLockEntry(event: SigEvent, previous: EventLockEntry | undefined, now: Date): EventLockEntry {
  const fingerprint = eventFingerprint(event);
  if (previous?.fingerprint === fingerprint) return previous;
  const slots = eventSlots(event);
  const cancelled: Record<string, EventSlot> = {};
  for (const [key, slot] of Object.entries({...previous?.cancelled, ...previous?.slots})) {
    if (!(key in slots)) cancelled[key] = slot;
  }
  return {fingerprint, sequence: previous ? previous.sequence + 1 : 0, stamp: now.toISOString(), slots, cancelled};
}

function parseSlots(sourceFile: string, field: string, value: unknown): Record<string, EventSlot> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DataError(sourceFile, field, value, 'must be an object of calendar entries');
  const slots: Record<string, EventSlot> = {};
  for (const [key, slot] of Object.entries(value as Record<string, Record<string, unknown>>)) {
    const {start, end, timezone, startDay, endDay} = slot ?? {};
    if (typeof start === 'string' && WALL_CLOCK.test(start) && typeof end === 'string' && WALL_CLOCK.test(end) && typeof timezone === 'string') {
      slots[key] = {start, end, timezone};
    } else if (typeof startDay === 'string' && DAY.test(startDay) && typeof endDay === 'string' && DAY.test(endDay)) {
      slots[key] = {startDay, endDay};
    } else {
      throw new DataError(sourceFile, `${field}.${key}`, slot, 'must be {start, end, timezone} or {startDay, endDay}: delete the lock file to start again');
    }
  }
  return slots;
}

/** Reads an events lock file; empty or blank text is a DataError, not an empty lock (parseStampedEntries). */
export function parseEventLockFile(sourceFile: string, text: string): EventLockFile {
  return Object.fromEntries(
    parseStampedEntries(sourceFile, text, 'event slugs').map(({key, entry, raw}) => [
      key,
      {...entry, slots: parseSlots(sourceFile, `${key}.slots`, raw.slots), cancelled: parseSlots(sourceFile, `${key}.cancelled`, raw.cancelled)},
    ]),
  );
}

/** The lock file's text: slugs and keys sorted, fields in a fixed order, trailing newline (diff-friendly). */
export function serializeEventLock(entries: EventLockFile): string {
  const sortedSlots = (slots: Record<string, EventSlot>) => Object.fromEntries(Object.keys(slots).sort().map((key) => [key, slots[key]]));
  const sorted = Object.keys(entries)
    .sort()
    .map((slug) => {
      const {fingerprint, sequence, stamp, slots, cancelled} = entries[slug]!;
      return [slug, {fingerprint, sequence, stamp, slots: sortedSlots(slots), cancelled: sortedSlots(cancelled)}];
    });
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}
