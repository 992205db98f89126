/**
 * Where the plugin's outputs are: its calendar files, feeds and pages. The build writes and routes
 * them, `sig:check` knows which calendar links exist, and the browser links to the pages, all with
 * these functions, so that none can point where another wrote nothing.
 *
 * Paths are site paths ("/ics/a.ics"). Pages are under a base path that the caller gives as
 * `normalizeUrl` leaves it, with the base URL or without as it needs ("/events", "/fr/events").
 * Build and browser code both use it, so it imports no Node or Docusaurus module, like intl/.
 */
import type {EventListing} from './types';

/** "/events" and "tags", "x" → "/events/tags/x" (a base path's trailing slash is dropped). */
function pathUnder(base: string, ...segments: string[]): string {
  return `${base.replace(/\/$/, '')}/${segments.join('/')}`;
}

/** Where a file of the site is written, relative to the locale's build folder: "/ics/a.ics" → "ics/a.ics". */
export function outputFile(sitePath: string): string {
  return sitePath.replace(/^\//, '');
}

/** A link without Docusaurus' `pathname://` prefix, its way to link a file outside the router. */
export function withoutPathnameProtocol(href: string): string {
  return href.replace(/^pathname:\/\//, '');
}

// ---------- Calendar files and feeds

/** The folder of the calendar files at the root of each locale's site: the plugin's, and those a static folder holds. */
export const CALENDARS_FOLDER = 'ics';

/** Names of the calendars of all meetings (/ics/meetings.ics) and of all events (/ics/events.ics): no series' calendar file may take them. */
export const ALL_MEETINGS_CALENDAR_NAME = 'meetings';
export const ALL_EVENTS_CALENDAR_NAME = 'events';

/** A series' calendar file, named by its `ics` (its id by default): /ics/<ics>.ics. */
export function meetingIcsPath(ics: string): string {
  return `/${CALENDARS_FOLDER}/${ics}.ics`;
}

/** The calendar of all meetings, written once there is a meeting. */
export const ALL_MEETINGS_ICS_PATH = meetingIcsPath(ALL_MEETINGS_CALENDAR_NAME);

/** An event's calendar file, written when it has a page (see `hasEventPage`). */
export function eventIcsPath(slug: string): string {
  return `/${CALENDARS_FOLDER}/events/${slug}.ics`;
}

/** The calendar of all events and the events feeds, for the events route (without the base URL). */
export function eventFeedPaths(eventsRoute: string): {calendar: string; rss: string; atom: string; json: string} {
  return {
    calendar: `/${CALENDARS_FOLDER}/${ALL_EVENTS_CALENDAR_NAME}.ics`,
    rss: pathUnder(eventsRoute, 'rss.xml'),
    atom: pathUnder(eventsRoute, 'atom.xml'),
    json: pathUnder(eventsRoute, 'feed.json'),
  };
}

// ---------- Pages

/**
 * Pages nobody asked for: a site with no meeting (or no event) gets no meetings page (or events
 * listing, feeds and calendar of all events) unless it keeps the empty pages (option `emptyPages`).
 */
export function hasListingPages(route: string | false, itemCount: number, emptyPages: boolean): route is string {
  return route !== false && (itemCount > 0 || emptyPages);
}

/**
 * An event has a page, and its own calendar file, where the site has events pages and the event is
 * not elsewhere (`redirect`). Events that a build hides (drafts in production) have neither.
 */
export function hasEventPage(event: {redirect?: string}, eventsRoute: string | false): boolean {
  return eventsRoute !== false && !event.redirect;
}

/** An event's page, /events/<slug>; none without events pages or for an event elsewhere (see `hasEventPage`). */
export function eventPagePath(eventsPath: string | false, event: {slug: string; redirect?: string}): string | undefined {
  return eventsPath !== false && hasEventPage(event, eventsPath) ? pathUnder(eventsPath, event.slug) : undefined;
}

const TAGS_SEGMENT = 'tags';

/** Segments of the events listing pages (/events/upcoming, /events/past, /events/tags/…): no event's slug may take them. */
export const EVENT_LISTING_SEGMENTS = ['upcoming', 'past', TAGS_SEGMENT];

/** The page of an events listing: /events, /events/upcoming, /events/past, /events/tags or /events/tags/<key>. */
export function eventListingPath(eventsPath: string, listing: Pick<EventListing, 'when' | 'tagIndex'> & {tag?: {key: string}}): string {
  if (listing.tag) return pathUnder(eventsPath, TAGS_SEGMENT, listing.tag.key);
  if (listing.tagIndex) return pathUnder(eventsPath, TAGS_SEGMENT);
  return listing.when ? pathUnder(eventsPath, listing.when) : eventsPath;
}

/** Segment of the month view under the meetings page (/meetings/calendar): no series' id may take it. */
export const MEETING_CALENDAR_SEGMENT = 'calendar';

/** The month view: the build's month at <meetings page>/calendar, each month at <meetings page>/calendar/<YYYY-MM>. */
export function meetingCalendarPath(meetingsPath: string, month?: string): string {
  return month ? pathUnder(meetingsPath, MEETING_CALENDAR_SEGMENT, month) : pathUnder(meetingsPath, MEETING_CALENDAR_SEGMENT);
}

/** A series' page, /meetings/<id> (option `seriesPages`). */
export function seriesPagePath(meetingsPath: string, id: string): string {
  return pathUnder(meetingsPath, id);
}

/** A series' table on the meetings page, /meetings#<id> (MeetingsPage gives each section its series' id). */
export function seriesSectionPath(meetingsPath: string, id: string): string {
  return `${meetingsPath}#${id}`;
}

/** A minutes page, /meetings/<id>/<YYYY-MM-DD>. */
export function minutesPagePath(meetingsPath: string, id: string, date: string): string {
  return pathUnder(meetingsPath, id, date);
}
