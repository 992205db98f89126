/**
 * The calendar of one event, and the calendar of all events: a VEVENT per session (times with
 * TZID, as written), or one all-day VEVENT spanning date..end when the event has no sessions.
 *
 * UIDs, SEQUENCE and DTSTAMP must not change between builds of the same data:
 * - UID: `event-<slug>-<n>@<domain>` for the n-th session as listed (1-based), `event-<slug>@<domain>`
 *   for an all-day event. The `event-` prefix keeps them apart from meeting UIDs (`<id>@<domain>`).
 *   Both calendars use the same UIDs, so importing both updates instead of duplicating.
 * - SEQUENCE and DTSTAMP come from the event's lock entry (events/sequence.ts). Without one (a
 *   draft shown by `docusaurus start`): SEQUENCE 0, DTSTAMP the publishDate or the first day.
 * - VEVENTs that an earlier version published and this one dropped are sent with
 *   STATUS:CANCELLED while the event is upcoming, so they leave the calendars that imported them.
 */
import {renderCalendar, type CalendarEvent} from '../calendar/ics';
import {withUrl, type CalendarText} from '../languages';
import type {EventLockEntry, EventSlot, SigEvent} from '../types';
import {ALL_DAY_KEY, eventSlots} from './sequence';
import {dayStart, eventSpan} from './times';

export interface EventIcsOptions {
  /** Absolute URL of the event's page (or of its `redirect`). */
  pageUrl: string;
  /** Stable domain for UIDs: changing it duplicates the event in subscribers' calendars. */
  uidDomain: string;
  /** The words of the description, in the calendar's language. */
  text: CalendarText;
  /** The event's lock entry; absent for events no lock holds (drafts). */
  lock?: EventLockEntry;
  /** The build's "now": cancelled VEVENTs are sent only while the event is not over. */
  now: Date;
}

function description(event: SigEvent, text: CalendarText): string | undefined {
  return [event.description, event.registration && withUrl(text.registration, event.registration)].filter(Boolean).join('\n\n') || undefined;
}

function uid(event: SigEvent, key: string, domain: string): string {
  return key === ALL_DAY_KEY ? `event-${event.slug}@${domain}` : `event-${event.slug}-${key}@${domain}`;
}

/** The VEVENTs of one event, cancelled ones last, in a fixed order. */
export function eventCalendarEvents(event: SigEvent, options: EventIcsOptions): CalendarEvent[] {
  const stamp = options.lock ? new Date(options.lock.stamp) : event.publishAt ? new Date(event.publishAt) : dayStart(event.date, event.timezone);
  const common = {
    sequence: options.lock?.sequence ?? 0,
    stamp,
    description: description(event, options.text),
    location: event.location,
    url: options.pageUrl,
  };
  const slot = (key: string, at: EventSlot, summary: string, cancelled?: boolean): CalendarEvent => ({
    ...common,
    uid: uid(event, key, options.uidDomain),
    summary,
    ...('startDay' in at ? {allDay: true as const, startDay: at.startDay, endDay: at.endDay} : at),
    ...(cancelled ? {cancelled} : {}),
  });
  const current = Object.entries(eventSlots(event)).map(([key, at]) => {
    const session = event.sessions[Number(key) - 1];
    // A dash rather than a colon: every language reads it as a separator.
    return slot(key, at, session ? `${event.title} – ${session.title}` : event.title);
  });
  const upcoming = eventSpan(event).end > options.now;
  const cancelled = upcoming ? Object.entries(options.lock?.cancelled ?? {}).sort(([a], [b]) => a.localeCompare(b, 'en', {numeric: true})) : [];
  return [...current, ...cancelled.map(([key, at]) => slot(key, at, event.title, true))];
}

/** The .ics text of one event. Identical input gives byte-identical output. */
export function renderEventIcs(event: SigEvent, options: EventIcsOptions): string {
  return renderCalendar({name: event.title, description: event.description, url: options.pageUrl}, eventCalendarEvents(event, options));
}

/** The .ics text of all events, in the order given, under the UIDs of their own calendars. */
export function renderEventsIcs(
  calendar: {name: string; url: string},
  events: Array<{event: SigEvent; options: EventIcsOptions}>,
): string {
  return renderCalendar(calendar, events.flatMap(({event, options}) => eventCalendarEvents(event, options)));
}
