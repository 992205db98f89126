// Browser-side event helpers: the build ships instants, the browser decides what is upcoming at
// its own "now" and formats dates with Intl.
import type {EventSummary} from '../types';
import {formatter} from './meetingTimes';

export interface EventSelection {
  /** Events not over yet (those in progress included), soonest first. */
  upcoming?: boolean;
  /** Events that are over, latest first. */
  past?: boolean;
  /** Only events with this tag (case-insensitive). */
  tag?: string;
  /** At most this many. */
  limit?: number;
}

export interface SelectedEvent {
  event: EventSummary;
  isPast: boolean;
}

/** True once the event is over at `now`. */
export function isPastEvent(event: Pick<EventSummary, 'endsAt'>, now: Date): boolean {
  return event.endsAt * 1000 <= now.getTime();
}

/** Upcoming events (soonest first) and past events (latest first) at `now`. */
export function splitEvents<T extends Pick<EventSummary, 'startsAt' | 'endsAt' | 'slug'>>(events: T[], now: Date): {upcoming: T[]; past: T[]} {
  const bySlug = (a: T, b: T) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  const upcoming = events.filter((e) => !isPastEvent(e, now)).sort((a, b) => a.startsAt - b.startsAt || bySlug(a, b));
  const past = events.filter((e) => isPastEvent(e, now)).sort((a, b) => b.startsAt - a.startsAt || bySlug(a, b));
  return {upcoming, past};
}

/**
 * The events a list shows: upcoming, past, or (neither or both asked for) upcoming then past;
 * filtered by tag, then cut to `limit`.
 */
export function selectEvents(events: EventSummary[], selection: EventSelection, now: Date): SelectedEvent[] {
  const tag = selection.tag?.trim().toLowerCase();
  const tagged = tag ? events.filter((e) => e.tags.some((t) => t.toLowerCase() === tag)) : events;
  const {upcoming, past} = splitEvents(tagged, now);
  const both = selection.upcoming === selection.past;
  const selected = [
    ...(both || selection.upcoming ? upcoming.map((event) => ({event, isPast: false})) : []),
    ...(both || selection.past ? past.map((event) => ({event, isPast: true})) : []),
  ];
  const limit = selection.limit;
  return limit !== undefined && Number.isFinite(limit) && limit >= 0 ? selected.slice(0, Math.floor(limit)) : selected;
}

function dayParts(day: string, locale: string): {day: number; month: string; year: number} {
  const date = new Date(`${day}T00:00:00Z`);
  const month = formatter(locale, 'UTC', {month: 'long'}).format(date);
  return {day: date.getUTCDate(), month, year: date.getUTCFullYear()};
}

/**
 * "12 May 2027", "16–17 November 2022", "30 November – 1 December 2022": the event's days as
 * written (days in the event's zone: no conversion). Composed here rather than with Intl's
 * formatRange, whose spacing differs between ICU versions, so server HTML and browser agree.
 */
export function formatEventDays(date: string, end: string, locale = 'en-GB'): string {
  const first = dayParts(date, locale);
  const last = dayParts(end, locale);
  if (date === end) return `${first.day} ${first.month} ${first.year}`;
  if (first.year !== last.year) return `${first.day} ${first.month} ${first.year} – ${last.day} ${last.month} ${last.year}`;
  if (first.month !== last.month) return `${first.day} ${first.month} – ${last.day} ${last.month} ${last.year}`;
  return `${first.day}–${last.day} ${last.month} ${last.year}`;
}
