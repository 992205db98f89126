/** Public types of docusaurus-plugin-innersource-sig. */

import type {ReportingSeverity} from '@docusaurus/types';
import type {CalendarText} from './languages/types';

export interface PluginOptions {
  id: string;
  /**
   * What the production build does about a page naming a tag or meeting that does not exist, a
   * component whose data is not on its page, or a link to an .ics file the build does not make.
   */
  onContentProblems: ReportingSeverity;
  /** Folder of meeting series YAML files, relative to the site directory. */
  meetingsPath: string;
  /** Folder of event pages (.md/.mdx), relative to the site directory. */
  eventsPath: string;
  /** Route of the meetings page; false for none. */
  meetingsRoute: string | false;
  /** Route base of the events pages; false for none. */
  eventsRoute: string | false;
  /** Name of the combined calendar feed (/ics/meetings.ics); default "<site title> meetings", in the page's language. */
  calendarName?: string;
  /** Name of the calendar of all events (/ics/events.ics) and title of the events feeds; default "<site title> events", in the page's language. */
  eventsCalendarName?: string;
  /** How many days ahead the build precomputes meeting occurrences for the browser. */
  occurrenceHorizonDays: number;
  /**
   * Create the meetings page, and the events listing pages, feeds and calendar of all events, even
   * when there is no meeting or no event yet (default: only when there is something to show).
   */
  emptyPages: boolean;
  /** A page per meeting series under the meetings page (/meetings/<id>), with its past meetings and minutes pages. */
  seriesPages: boolean;
  /** docs plugin instances whose tags BokTagList may list; default: every instance. */
  docsPluginIds?: string[];
  /** How calendar sources (`<meetingsPath>/<name>.source.yml`) are read. */
  calendarSources: CalendarSourcesOptions;
}

export interface CalendarSourcesOptions {
  /** Seconds a fetch may take (one try, redirects and body included). */
  timeout: number;
  /** Largest calendar read, in megabytes. */
  maxSizeMB: number;
  /** Days after which a schedule not read from its calendar is flagged as possibly out of date (a source may set its own). */
  staleAfterDays: number;
  /** With neither calendar nor snapshot: stop the build ('error'), or warn and leave the source's series out ('warn'). */
  withoutSnapshot: 'error' | 'warn';
}

export type Options = Partial<Omit<PluginOptions, 'calendarSources'>> & {
  calendarSources?: Partial<CalendarSourcesOptions>;
  /** @deprecated Renamed `onContentProblems`: it is about more than tags. */
  onUnknownTag?: ReportingSeverity;
};

// ---------- Meetings ----------

/** A validated meeting series, as read from one YAML file. Times are wall-clock in `timezone`. */
export interface Meeting {
  id: string;
  title: string;
  description?: string;
  timezone: string;
  /** First occurrence, wall clock: YYYY-MM-DDTHH:mm */
  start: string;
  durationMinutes: number;
  /** RRULE body without DTSTART, e.g. FREQ=MONTHLY;BYDAY=2TU */
  repeat?: string;
  /** Dates (YYYY-MM-DD, in `timezone`) of occurrences that do not take place. */
  cancelled: string[];
  moved: MovedOccurrence[];
  join?: string;
  /** The series' agenda (one link for every meeting), when `agenda:` is a URL. */
  agenda?: string;
  /** Minutes or notes of past meetings (one link for all), when `notes:` is a URL. */
  notes?: string;
  /** Recordings of past meetings (one link for all), when `recordings:` is a URL. */
  recordings?: string;
  /**
   * Links of single meetings, when `agenda:`, `notes:` or `recordings:` is a mapping of date → URL.
   * The date (YYYY-MM-DD, in `timezone`) is the day the meeting is held: a moved meeting's new day.
   */
  meetingLinks?: {agenda: Record<string, string>; notes: Record<string, string>; recordings: Record<string, string>};
  /** Where the minutes of a meeting can be searched for, with `{date}` (YYYY-MM-DD) in it, e.g. a GitHub issue search. */
  notesSearch?: string;
  organizer?: {name: string; email: string};
  /** File name (without .ics) under /ics/. */
  ics: string;
  /** UID of the series in the calendar it was imported from; default `<id>@<site host>`. */
  uid?: string;
  /** Path of the data file, relative to the site directory, for messages. */
  sourceFile: string;
  /** Set when the series comes from a remote calendar (a `<name>.source.yml` file), not a meeting file. */
  source?: MeetingSourceFreshness;
  /**
   * The highest SEQUENCE the series has in the calendar it comes from (a source's): the site's own
   * never goes below it, or calendar apps holding the original would ignore the site's copy.
   */
  calendarSequence?: number;
}

/** Where a series fed by a remote calendar came from and how fresh its data is (never the URL: it may be a secret). */
export interface MeetingSourceFreshness {
  /** Host of the calendar URL, e.g. calendar.example.org. */
  host: string;
  /** When the calendar the series was built from was fetched, ISO 8601 UTC. */
  fetchedAt: string;
  /** The data is older than the source's allowed age (`staleAfterDays`) at build time. */
  stale: boolean;
}

export interface MovedOccurrence {
  /** Original date, YYYY-MM-DD in the meeting's zone. */
  from: string;
  /** New start, wall clock YYYY-MM-DDTHH:mm in the meeting's zone. */
  start: string;
  durationMinutes: number;
}

/** One occurrence of a meeting: instants in UTC plus the wall clock it was defined in. */
export interface Occurrence {
  start: Date;
  end: Date;
  /** Wall-clock start in the meeting's zone, YYYY-MM-DDTHH:mm. */
  localStart: string;
  /** Set when this occurrence was moved: the original date. */
  movedFrom?: string;
}

/**
 * What the browser gets for one meeting series (page data of the pages that show it: keep it
 * small). Every text is written at build time in the page's language, so that the static HTML
 * and the hydrated page agree whatever the reader's browser knows of that language.
 */
export interface MeetingClientData {
  id: string;
  title: string;
  description?: string;
  timezone: string;
  /** "Second Tuesday of every month"; absent when no sentence fits the rule (the table then says so generically). */
  schedule?: string;
  /** "15:00–16:00": wall clock in the meeting's zone. */
  time: string;
  /** The meeting's zone as readers of the page's language name it, e.g. "United Kingdom Time". */
  zoneName: string;
  /** Site path of the series' .ics file, e.g. /ics/innersource-sig.ics */
  icsPath: string;
  join?: string;
  agenda?: string;
  notes?: string;
  recordings?: string;
  googleCalendarUrl: string;
  outlookUrl: string;
  /**
   * Upcoming occurrences precomputed at build time, sorted by start: [startEpochSeconds,
   * endEpochSeconds, status, "Tue, 9 Dec 2026, 15:00" in the meeting's zone]. Status: 0 as
   * scheduled, 1 moved (at its new time), 2 cancelled (at its scheduled time, shown struck out).
   */
  occurrences: Array<[number, number, 0 | 1 | 2, string]>;
  /** Where a series fed by a remote calendar came from, and as of when (see `Meeting.source`). */
  source?: {
    host: string;
    /** The fetch date in the page's language, e.g. "3 Dec 2026" (UTC). */
    asOf: string;
    /** The fetch time, ISO 8601 UTC, for `<time dateTime>`. */
    fetchedAt: string;
    stale: boolean;
  };
}

// ---------- Series pages (/meetings/<id>) ----------

/** What became of one meeting of a series. */
export type MeetingStatus = 'held' | 'moved' | 'cancelled';

/**
 * One meeting of a series as its history lists it: held (or to be held) at its scheduled time,
 * moved (at its new time, `movedFrom` its scheduled day), or cancelled (at its scheduled time).
 */
export interface MeetingRecord {
  /** The day it is held (a cancelled meeting's scheduled day), YYYY-MM-DD in the series' zone: the key of its links and minutes file. */
  date: string;
  status: MeetingStatus;
  start: Date;
  end: Date;
  /** Wall clock in the series' zone, YYYY-MM-DDTHH:mm. */
  localStart: string;
  /** A moved meeting's scheduled day, YYYY-MM-DD. */
  movedFrom?: string;
  links: MeetingRecordLinks;
}

/** Links of one meeting: its own first, else the series' (`notesSearch` filled in with its date). */
export interface MeetingRecordLinks {
  /** Site path of its minutes page (/meetings/<id>/<date>, base URL included). */
  minutes?: string;
  /** Minutes kept elsewhere: the `notes:` map's URL, or `notesSearch` with the date. */
  notes?: string;
  agenda?: string;
  recording?: string;
}

/** A past meeting as the series page lists it (see `MeetingRecord`). */
export interface PastMeetingData {
  date: string;
  status: MeetingStatus;
  /** Epoch seconds. */
  start: number;
  end: number;
  /** "Tue, 9 Dec 2025, 15:00" in the series' zone and the page's language. */
  label: string;
  /** A moved meeting's scheduled day in words, e.g. "Tue, 14 Apr 2026". */
  movedFrom?: string;
  links: MeetingRecordLinks;
}

/** Route data of a series page (its MeetingClientData travels in the series' own page-data module). */
export interface MeetingSeriesPageData {
  id: string;
  /** Newest first, every past meeting since the series began (at most the latest 1,000). */
  past: PastMeetingData[];
  organizer?: {name: string; email: string};
}

/** Metadata of a minutes page (/meetings/<id>/<date>), from createData. */
export interface MeetingMinutesMetadata {
  /** "InnerSource SIG monthly call, 14 January 2025", or the file's `title`. */
  title: string;
  description?: string;
  permalink: string;
  seriesId: string;
  seriesTitle: string;
  /** Site path of the series page. */
  seriesPath: string;
  date: string;
  /** Epoch seconds of the meeting's start and end. */
  start: number;
  end: number;
  /** Date and time in the series' zone, in words, with the zone's name: "Tue, 14 Jan 2025, 15:00 (United Kingdom Time)". */
  label: string;
  timezone: string;
  movedFrom?: string;
  /** The meeting's agenda, notes and recording links (minutes is the page itself). */
  links: MeetingRecordLinks;
  /** The previous and next minutes pages of the series. */
  previous?: {permalink: string; label: string};
  next?: {permalink: string; label: string};
}

// ---------- Tags (BokTagList) ----------

/** One doc as BokTagList renders it: only the fields it shows. */
export interface TaggedDoc {
  title: string;
  permalink: string;
  description?: string;
  image?: string;
  imageAlt?: string;
  position?: number;
}

/** The build's index of one docs instance, from which each tag's page-data module is made. */
export interface DocsTagIndex {
  /** Tag keys (last permalink segment, lower case) and labels (lower case) → tag entry index. */
  tags: Array<{label: string; key: string; docs: number[]}>;
  docs: TaggedDoc[];
}

// ---------- Events ----------

/** One session of an event. Times are wall-clock in `timezone`. */
export interface EventSession {
  title: string;
  /** YYYY-MM-DDTHH:mm */
  start: string;
  /** YYYY-MM-DDTHH:mm */
  end: string;
  timezone: string;
}

/** A validated event, as read from the front matter of one file in the events folder. */
export interface SigEvent {
  /** Last segment of the event's page path, and the name of its .ics file. */
  slug: string;
  title: string;
  description?: string;
  /** First day, YYYY-MM-DD, in `timezone`. */
  date: string;
  /** Last day, YYYY-MM-DD, in `timezone`; equal to `date` for a one-day event. */
  end: string;
  timezone: string;
  /** In the order written (the .ics UIDs count on it), which is chronological. */
  sessions: EventSession[];
  /** Site path (/img/x.png) or URL. */
  image?: string;
  imageAlt?: string;
  location?: string;
  registration?: string;
  recording?: string;
  /** The event has no page here: its card links to this URL. */
  redirect?: string;
  tags: string[];
  /** No page before this instant (ISO 8601, UTC) in a production build. */
  publishAt?: string;
  draft: boolean;
  /** Path of the file, relative to the site directory, for messages. */
  sourceFile: string;
}

/** Visible only in `docusaurus start`: a draft, or an event whose publishDate is still ahead. */
export type EventStatus = 'draft' | 'scheduled';

/** What the browser gets for one event card (page data of pages with an EventList: keep it small). */
export interface EventSummary {
  slug: string;
  title: string;
  /** `description`, or the first paragraph of the page. */
  description?: string;
  /** First and last day, YYYY-MM-DD in `timezone`. */
  date: string;
  end: string;
  /** The days in the page's language: "16–17 November 2022". */
  days: string;
  timezone: string;
  /**
   * Epoch seconds: first session start and last session end, or, without sessions, midnight
   * starting `date` and midnight ending `end` in `timezone`. An event is past once `endsAt` is.
   */
  startsAt: number;
  endsAt: number;
  /** The event's page, baseUrl included; absent for `redirect` events and without `eventsRoute`. */
  permalink?: string;
  redirect?: string;
  image?: string;
  imageAlt?: string;
  location?: string;
  registration?: string;
  recording?: string;
  tags: string[];
  status?: EventStatus;
}

export interface EventSessionData {
  title: string;
  /** Epoch seconds. */
  startsAt: number;
  endsAt: number;
  /** The zone the session was written in (the page shows it in the event's zone). */
  timezone: string;
  /** Day and time in the event's zone, in the page's language: "Wed, 12 May 2027, 10:00–13:30". */
  when: string;
}

/** Data of one event page: the MDX module's `metadata` (createData). */
export interface EventPageMetadata extends EventSummary {
  sessions: EventSessionData[];
  /** The event's zone as readers of the page's language name it. */
  zoneName: string;
  /** Site path of the event's calendar file, e.g. /ics/events/summit-2027.ics */
  icsPath: string;
}

/** A tag of events, with its page /events/tags/<key>. */
export interface EventTag {
  label: string;
  key: string;
  /** How many events have it. */
  count: number;
}

/** What one events listing page (/events, /events/upcoming, /events/past, /events/tags/<key>) shows. */
export interface EventListing {
  /** Only upcoming or only past events; absent: both. */
  when?: 'upcoming' | 'past';
  /** Only events with this tag. */
  tag?: EventTag;
  /** The index of tags (/events/tags) rather than events. */
  tagIndex?: boolean;
  /** Every tag, for the filter links. */
  tags: EventTag[];
  /** The events route, without baseUrl (links add it): "/events". */
  route: string;
}

/** A docs tag that has listed docs: BokTagList matches a `tag` prop against these. */
export interface TagSummary {
  /** Lower case. */
  label: string;
  /** Last segment of the tag's permalink, lower case. */
  key: string;
}

/**
 * What every page gets. The lists, tables and event cards themselves come with the pages that
 * show them (client/pageData.ts), so a portal with thousands of docs stays light.
 */
export interface PluginGlobalData {
  /** Per docs plugin instance id. */
  tags: Record<string, TagSummary[]>;
  /** Ids of all meeting series, in file order. */
  meetingIds: string[];
  /** Site path of the combined feed. */
  meetingsFeedPath: string;
  /** Site path (without baseUrl) of the meetings page, under which each series has its page (/meetings/<id>); absent without one. */
  meetingsPagePath?: string;
  /** Site path (without baseUrl) of the month view of all meetings and events (/meetings/calendar); absent without one. */
  meetingCalendarPath?: string;
  /** Site paths (without baseUrl) of the calendar and feeds of all events; absent without `eventsRoute`. */
  eventFeeds?: {calendar: string; rss: string; atom: string; json: string};
  /** Build time, epoch seconds: "now" for the static HTML. */
  builtAt: number;
}

// ---------- Content (what loadContent reads, for the plugin's other hooks and other plugins) ----------

/** What a lock file keeps of a series or an event, so that SEQUENCE and DTSTAMP stay stable between builds. */
export interface StampedEntry {
  fingerprint: string;
  sequence: number;
  /** When that version was first built, ISO 8601 UTC. */
  stamp: string;
}

/** An entry's fingerprint is scheduleFingerprint() of the version it describes. */
export interface LockEntry extends StampedEntry {
  /** The series' UID, when it has one of its own (from a calendar): its SEQUENCE follows it if its id changes. */
  uid?: string;
}

/** Where and when one VEVENT of the event takes place: wall clocks in a zone, or whole days. */
export type EventSlot = {start: string; end: string; timezone: string} | {startDay: string; endDay: string};

/** An entry's fingerprint is eventFingerprint() of the version it describes. */
export interface EventLockEntry extends StampedEntry {
  /** The VEVENTs of that version by UID key ("1", "2"… per session, "day" for an all-day event). */
  slots: Record<string, EventSlot>;
  /** VEVENTs published by an earlier version and gone since, by UID key: sent as cancelled. */
  cancelled: Record<string, EventSlot>;
}

/** A minutes file, meetings/<id>/<YYYY-MM-DD>.md(x). */
export interface Minutes {
  seriesId: string;
  /** The day of the meeting, YYYY-MM-DD in the series' zone. */
  date: string;
  /** Relative to the meetings folder. */
  name: string;
  title?: string;
  description?: string;
}

export interface MeetingsContent {
  meetings: Meeting[];
  /** SEQUENCE and DTSTAMP per meeting id, the same in every locale's calendars. */
  stamps: Record<string, LockEntry>;
  /** Absolute paths of the meeting files, for the bundler to watch. */
  sourceFiles: string[];
}

export interface MinutesContent {
  /** In the page's language: a translation's title where the locale has one. */
  minutes: Minutes[];
  /** Absolute path of each minutes page's content (the file, or its translation), by name. */
  sources: Record<string, string>;
  /** Absolute paths of the minutes files and translations, for the bundler to watch. */
  sourceFiles: string[];
}

export interface LoadedEvent {
  /** In the page's language: a translation's words where the locale has one. */
  event: SigEvent;
  /** As written in the event file, untranslated: what the calendar lock fingerprints. */
  original: SigEvent;
  summary: EventSummary;
  /** Absent for `redirect` events and without `eventsRoute`. */
  page?: {
    /** The markdown file, aliased (@site/events/x.md, or its translation under i18n/): the route's content module. */
    source: string;
    metadata: EventPageMetadata;
    /** Absolute URL of the page, for the event's calendar. */
    url: string;
  };
}

export interface EventsContent {
  /** Soonest first. */
  events: LoadedEvent[];
  /** Absolute paths of the event files (and translations), for the bundler to watch. */
  sourceFiles: string[];
}

/** The plugin's content, which other plugins (the search theme) read from `allContent` too. */
export interface PluginContent {
  meetings: MeetingsContent;
  /** Minutes files (meetings/<id>/<date>.md), in the page's language. */
  minutes: MinutesContent;
  events: EventsContent;
  /** Calendar lock entries of the published events, by slug. */
  eventStamps: Record<string, EventLockEntry>;
  /** Name of /ics/meetings.ics, in the page's language once translated. */
  calendarName: string;
  /** Name of /ics/events.ics and title of the events feeds, in the page's language once translated. */
  eventsCalendarName: string;
  /** Words of the calendar files and links, in the page's language. */
  calendarText: CalendarText;
  /** The Intl locale of the page's language. */
  locale: string;
  /** When the content was loaded: "now" for the dates in the static HTML. */
  loadedAt: Date;
  /** Route of the meetings page with the base URL, if the site has one (search links series to it). */
  meetingsPagePath?: string;
  /** Whether each series has its page under the meetings page (option `seriesPages`). */
  seriesPages: boolean;
  /** Route of the events page with the base URL, if any (search leaves its filtered pages out). */
  eventsPagePath?: string;
}
