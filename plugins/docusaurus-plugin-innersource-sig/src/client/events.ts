// Browser-side event helpers: the build ships instants (and the texts of their days), the browser
// decides what is upcoming at its own "now".
import type {EventSummary} from '../types';

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
