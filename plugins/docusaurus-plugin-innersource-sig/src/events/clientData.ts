import {seconds} from '../calendar/zones';
import {formatDateTimeRange, formatDayRange, zoneName} from '../intl';
import type {EventPageMetadata, EventStatus, EventSummary, SigEvent} from '../types';
import {eventSpan, sessionInstants} from './times';

/** What a card needs: instants precomputed, so the browser only compares; texts in the page's language (`locale`). */
export function eventSummary(
  event: SigEvent,
  {permalink, status, excerpt, locale}: {permalink?: string; status?: EventStatus; excerpt?: string; locale: string},
): EventSummary {
  const span = eventSpan(event);
  return {
    slug: event.slug,
    title: event.title,
    description: event.description ?? excerpt,
    date: event.date,
    end: event.end,
    days: formatDayRange(event.date, event.end, locale),
    timezone: event.timezone,
    startsAt: seconds(span.start),
    endsAt: seconds(span.end),
    permalink,
    redirect: event.redirect,
    image: event.image,
    imageAlt: event.imageAlt,
    location: event.location,
    registration: event.registration,
    recording: event.recording,
    tags: event.tags,
    status,
  };
}

/** What the event's page needs on top of its card: sessions with their day and time in the event's zone. */
export function eventPageMetadata(event: SigEvent, summary: EventSummary, icsPath: string, locale: string): EventPageMetadata {
  return {
    ...summary,
    sessions: event.sessions.map((session) => {
      const {start, end} = sessionInstants(session);
      const [startsAt, endsAt] = [seconds(start), seconds(end)];
      return {title: session.title, startsAt, endsAt, timezone: session.timezone, when: formatDateTimeRange(startsAt, endsAt, event.timezone, locale)};
    }),
    zoneName: zoneName(event.timezone, locale),
    icsPath,
  };
}
