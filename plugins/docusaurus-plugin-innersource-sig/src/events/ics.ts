/**
 * The calendar file of one event: a VEVENT per session (times with TZID, as written), or one
 * all-day VEVENT spanning date..end when the event has no sessions.
 *
 * UID and DTSTAMP must not change between builds of the same file:
 * - UID: `event-<slug>-<n>@<domain>` for the n-th session as listed (1-based), `event-<slug>@<domain>`
 *   for an all-day event. The `event-` prefix keeps them apart from meeting UIDs (`<id>@<domain>`).
 * - DTSTAMP: the event's publishDate when it has one (when it was announced), else midnight
 *   starting its first day in its zone. SEQUENCE stays 0.
 */
import {renderCalendar, type CalendarEvent} from '../calendar/ics';
import {withUrl, type CalendarText} from '../languages';
import type {SigEvent} from '../types';
import {dayStart, nextDay} from './times';

export interface EventIcsOptions {
  /** Absolute URL of the event's page. */
  pageUrl: string;
  /** Stable domain for UIDs: changing it duplicates the event in subscribers' calendars. */
  uidDomain: string;
  /** The words of the description, in the calendar's language. */
  text: CalendarText;
}

function description(event: SigEvent, text: CalendarText): string | undefined {
  return [event.description, event.registration && withUrl(text.registration, event.registration)].filter(Boolean).join('\n\n') || undefined;
}

/** The .ics text of one event. Identical input gives byte-identical output. */
export function renderEventIcs(event: SigEvent, options: EventIcsOptions): string {
  const stamp = event.publishAt ? new Date(event.publishAt) : dayStart(event.date, event.timezone);
  const calendar = {name: event.title, description: event.description, url: options.pageUrl};
  if (event.sessions.length === 0) {
    return renderCalendar(calendar, [
      {
        uid: `event-${event.slug}@${options.uidDomain}`,
        sequence: 0,
        stamp,
        allDay: true,
        startDay: event.date,
        // DTEND of an all-day event is the day after the last one (RFC 5545 3.6.1).
        endDay: nextDay(event.end),
        summary: event.title,
        description: description(event, options.text),
        location: event.location,
        url: options.pageUrl,
      },
    ]);
  }
  const events = event.sessions.map(
    (session, index): CalendarEvent => ({
      uid: `event-${event.slug}-${index + 1}@${options.uidDomain}`,
      sequence: 0,
      stamp,
      timezone: session.timezone,
      start: session.start,
      end: session.end,
      // A dash rather than a colon: every language reads it as a separator.
      summary: `${event.title} – ${session.title}`,
      description: description(event, options.text),
      location: event.location,
      url: options.pageUrl,
    }),
  );
  return renderCalendar(calendar, events);
}
