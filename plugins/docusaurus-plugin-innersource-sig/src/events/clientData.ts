import type {EventPageMetadata, EventStatus, EventSummary, SigEvent} from '../types';
import {eventSpan, sessionInstants} from './times';

const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** What a card needs: instants precomputed, so the browser only compares and formats. */
export function eventSummary(
  event: SigEvent,
  {permalink, status, excerpt}: {permalink?: string; status?: EventStatus; excerpt?: string},
): EventSummary {
  const span = eventSpan(event);
  return {
    slug: event.slug,
    title: event.title,
    description: event.description ?? excerpt,
    date: event.date,
    end: event.end,
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

/** What the event's page needs on top of its card. */
export function eventPageMetadata(event: SigEvent, summary: EventSummary, icsPath: string): EventPageMetadata {
  return {
    ...summary,
    sessions: event.sessions.map((session) => {
      const {start, end} = sessionInstants(session);
      return {title: session.title, startsAt: seconds(start), endsAt: seconds(end), timezone: session.timezone};
    }),
    icsPath,
  };
}
