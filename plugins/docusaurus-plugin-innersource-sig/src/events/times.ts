/**
 * Instants of events and sessions. Wall clocks are strings in a named zone; conversions go
 * through calendar/zones, so nothing here depends on the machine's TZ.
 */
import {floatingDate, floatingToWallClock, wallClockToInstant} from '../calendar/zones';
import type {EventSession, SigEvent} from '../types';

const DAY_MS = 86_400_000;

/** The day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  return floatingToWallClock(new Date(floatingDate(`${day}T00:00`).getTime() + DAY_MS)).slice(0, 10);
}

/** The instant `day` begins in `zone` (its first existing minute when midnight is skipped). */
export function dayStart(day: string, zone: string): Date {
  return wallClockToInstant(`${day}T00:00`, zone);
}

/** A session's start and end as instants. */
export function sessionInstants(session: EventSession): {start: Date; end: Date} {
  return {start: wallClockToInstant(session.start, session.timezone), end: wallClockToInstant(session.end, session.timezone)};
}

/**
 * When the event starts and ends: its first session's start and its last-ending session's end,
 * or, without sessions, from the start of `date` to the end of `end` in the event's zone.
 */
export function eventSpan(event: Pick<SigEvent, 'date' | 'end' | 'timezone' | 'sessions'>): {start: Date; end: Date} {
  if (event.sessions.length === 0) {
    return {start: dayStart(event.date, event.timezone), end: dayStart(nextDay(event.end), event.timezone)};
  }
  const sessions = event.sessions.map(sessionInstants);
  return {
    start: new Date(Math.min(...sessions.map((s) => s.start.getTime()))),
    end: new Date(Math.max(...sessions.map((s) => s.end.getTime()))),
  };
}
