import {renderEventFeeds, renderEventIcs, renderEventsIcs, type EventIcsOptions} from '../events';
import {meetingClientData, renderMeetingCalendars} from '../meetings';
import {buildMonthViews, type MonthViews} from '../meetings/monthView';
import {byNextMeeting} from '../meetings/order';
import {ALL_MEETINGS_ICS_PATH, eventFeedPaths, meetingIcsPath, outputFile} from '../outputs';
import type {EventSummary, LoadedEvent, MeetingClientData, PluginContent} from '../types';

export interface RenderedFiles {
  /** Output path under the locale's folder (e.g. ics/a.ics, events/rss.xml) → text. */
  files: Map<string, string>;
  /** What MeetingTable gets, by series id. */
  meetingsClientData: Record<string, MeetingClientData>;
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
    /** The events route (without baseUrl, normalized), or false: then no calendar of all events and no feeds. */
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
  for (const meeting of meetings) files.set(outputFile(meetingIcsPath(meeting.ics)), calendars.own.get(meeting.id)!);
  if (meetings.length > 0) files.set(outputFile(ALL_MEETINGS_ICS_PATH), calendars.combined);

  const icsOptions = ({event, page}: LoadedEvent): EventIcsOptions => ({
    pageUrl: page?.url ?? event.redirect ?? site.siteUrl,
    uidDomain: site.uidDomain,
    text,
    lock: content.eventStamps[event.slug],
    now,
  });
  for (const loaded of content.events) {
    if (loaded.page) files.set(outputFile(loaded.page.metadata.icsPath), renderEventIcs(loaded.event, icsOptions(loaded)));
  }
  if (site.eventsRoute) {
    const sitePaths = eventFeedPaths(site.eventsRoute);
    // Under the locale's folder: the files' names, and their URLs relative to the site's root.
    const paths = {calendar: outputFile(sitePaths.calendar), rss: outputFile(sitePaths.rss), atom: outputFile(sitePaths.atom), json: outputFile(sitePaths.json)};
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
    const icsPath = meetingIcsPath(meeting.ics);
    meetingsClientData[meeting.id] = meetingClientData(meeting, {
      now,
      horizonDays: site.horizonDays,
      // Enough for a page built months ago, small enough for the pages that show the table.
      maxOccurrences: 12,
      icsPath,
      // Google's template link cannot carry cancellations: its details point to the feed.
      icsUrl: `${site.siteUrl}${outputFile(icsPath)}`,
      locale: content.locale,
      calendarText: text,
    });
  }
  return {files, meetingsClientData};
}

export interface RenderedContent {
  /** Output path under the locale's folder (e.g. ics/a.ics, events/rss.xml) → text. */
  files: Map<string, string>;
  /** What MeetingTable gets, the next meeting's series first. */
  meetings: MeetingClientData[];
  /** The event cards, soonest first. */
  events: EventSummary[];
  monthViews: MonthViews;
}

/** Everything the build makes of the content, in the page's language, before any route or data file. */
export function renderContent(
  content: PluginContent,
  site: {
    /** The site's URL without a trailing slash, and its base URL (the locale's). */
    url: string;
    baseUrl: string;
    /** The events route (without baseUrl, normalized), or false. */
    eventsRoute: string | false;
    uidDomain: string;
    horizonDays: number;
  },
): RenderedContent {
  const siteUrl = `${site.url}${site.baseUrl}`;
  const output = renderGeneratedFiles(
    {...content, events: content.events.events},
    {
      siteUrl,
      meetingsPageUrl: content.meetingsPagePath ? `${site.url}${content.meetingsPagePath}` : siteUrl,
      eventsRoute: content.eventsPagePath ? site.eventsRoute : false,
      uidDomain: site.uidDomain,
      horizonDays: site.horizonDays,
    },
  );
  const events = content.events.events.map((event) => event.summary);
  return {
    files: output.files,
    meetings: byNextMeeting(
      content.meetings.meetings.map((meeting) => output.meetingsClientData[meeting.id]!),
      content.loadedAt,
      content.locale,
    ),
    events,
    monthViews: buildMonthViews({meetings: content.meetings.meetings, events, now: content.loadedAt, locale: content.locale, meetingsPagePath: content.meetingsPagePath}),
  };
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
