import {normalizeUrl} from '@docusaurus/utils';
import type {LoadedEvent} from './loadEvents';
import type {PluginContent} from '../index';
import {renderEventFeeds, renderEventIcs, renderEventsIcs, type EventIcsOptions} from '../events';
import {meetingClientData, renderMeetingCalendars} from '../meetings';
import type {MeetingClientData} from '../types';

export interface RenderedFiles {
  /** Output path under the locale's folder (e.g. ics/a.ics, events/rss.xml) → text. */
  files: Map<string, string>;
  /** What MeetingTable gets, by series id. */
  meetingsClientData: Record<string, MeetingClientData>;
}

/** Output paths (under the locale's folder) of the calendar and feeds of all events, for an events route. */
export function eventFeedPaths(eventsRoute: string): {calendar: string; rss: string; atom: string; json: string} {
  const under = (name: string) => normalizeUrl([eventsRoute, name]).replace(/^\//, '');
  return {calendar: 'ics/events.ics', rss: under('rss.xml'), atom: under('atom.xml'), json: under('feed.json')};
}

/**
 * The calendars and feeds of the page's language, and the meeting tables' data. Every locale
 * writes its own files, with its own words, under the same UIDs, SEQUENCE and DTSTAMP: importing
 * two languages' files into one calendar updates the events instead of duplicating them.
 */
export function renderGeneratedFiles(
  /** The plugin's content, translated, with the events' list. */
  content: Omit<PluginContent, 'events'> & {events: LoadedEvent[]},
  site: {
    /** Absolute URL of the locale's site root, with a trailing slash. */
    siteUrl: string;
    /** Absolute URL of the meetings page (or of the site root without one). */
    meetingsPageUrl: string;
    /** The events route (without baseUrl), or false: then no calendar of all events and no feeds. */
    eventsRoute: string | false;
    uidDomain: string;
    horizonDays: number;
  },
): RenderedFiles {
  const {meetings, stamps} = content.meetings;
  const text = content.calendarText;
  const now = content.loadedAt;
  const files = new Map<string, string>();
  const calendarBase = {uidDomain: site.uidDomain, url: site.meetingsPageUrl, stamps, text};
  const calendars = renderMeetingCalendars(meetings, {...calendarBase, calendarName: content.calendarName});
  for (const meeting of meetings) files.set(`ics/${meeting.ics}.ics`, calendars.own.get(meeting.id)!);
  if (meetings.length > 0) files.set('ics/meetings.ics', calendars.combined);

  const icsOptions = ({event, page}: LoadedEvent): EventIcsOptions => ({
    pageUrl: page?.url ?? event.redirect ?? site.siteUrl,
    uidDomain: site.uidDomain,
    text,
    lock: content.eventStamps[event.slug],
    now,
  });
  for (const loaded of content.events) {
    if (loaded.page) files.set(loaded.page.metadata.icsPath.slice(1), renderEventIcs(loaded.event, icsOptions(loaded)));
  }
  if (site.eventsRoute) {
    const paths = eventFeedPaths(site.eventsRoute);
    const pageUrl = new URL(site.eventsRoute.replace(/^\//, ''), site.siteUrl).href;
    // Drafts and scheduled events (shown by `docusaurus start`) stay out of what people subscribe to.
    const published = content.events.filter(({summary}) => !summary.status);
    files.set(paths.calendar, renderEventsIcs({name: content.eventsCalendarName, url: pageUrl}, published.map((loaded) => ({event: loaded.event, options: icsOptions(loaded)}))));
    const feeds = renderEventFeeds(
      published.map((loaded) => {
        const updated = new Date(content.eventStamps[loaded.event.slug]!.stamp);
        return {summary: loaded.summary, url: icsOptions(loaded).pageUrl, updated, published: loaded.event.publishAt ? new Date(loaded.event.publishAt) : updated};
      }),
      {
        title: content.eventsCalendarName,
        pageUrl,
        feedUrls: {rss: new URL(paths.rss, site.siteUrl).href, atom: new URL(paths.atom, site.siteUrl).href, json: new URL(paths.json, site.siteUrl).href},
        language: content.locale,
        siteUrl: site.siteUrl,
        text,
        now,
      },
    );
    files.set(paths.rss, feeds.rss);
    files.set(paths.atom, feeds.atom);
    files.set(paths.json, feeds.json);
  }

  const meetingsClientData: Record<string, MeetingClientData> = {};
  for (const meeting of meetings) {
    meetingsClientData[meeting.id] = meetingClientData(meeting, {
      now,
      horizonDays: site.horizonDays,
      // Enough for a page built months ago, small enough for the pages that show the table.
      maxOccurrences: 12,
      icsPath: `/ics/${meeting.ics}.ics`,
      // Google's template link cannot carry cancellations: its details point to the feed.
      icsUrl: `${site.siteUrl}ics/${meeting.ics}.ics`,
      locale: content.locale,
      calendarText: text,
    });
  }
  return {files, meetingsClientData};
}

/** Largest calendar or feed the build writes: a calendar app downloads it on every refresh. */
export const MAX_OUTPUT_BYTES = 10 * 1024 * 1024;

/** One line per generated file over MAX_OUTPUT_BYTES, naming it and its size. */
export function oversizedOutputs(files: Map<string, string>): string[] {
  return [...files]
    .map(([file, text]) => [file, Buffer.byteLength(text)] as const)
    .filter(([, bytes]) => bytes > MAX_OUTPUT_BYTES)
    .map(([file, bytes]) => `${file} would be ${(bytes / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_OUTPUT_BYTES / 1024 / 1024} MB a calendar or feed may be: shorten the descriptions of the series or events it holds, or their lists of moved dates`);
}
