/** Public types of docusaurus-plugin-innersource-sig. */

export type ReportingLevel = 'ignore' | 'warn' | 'throw';

export interface PluginOptions {
  id: string;
  /** What the build does when content names a tag, meeting or .ics file that does not exist. */
  onUnknownTag: ReportingLevel;
  /** Folder of meeting series YAML files, relative to the site directory. */
  meetingsPath: string;
  /** Folder of event pages (.md/.mdx), relative to the site directory. */
  eventsPath: string;
  /** Route of the meetings page; false for none. */
  meetingsRoute: string | false;
  /** Route base of the events pages; false for none. */
  eventsRoute: string | false;
  /** Name of the combined calendar feed (/ics/meetings.ics). */
  calendarName: string;
  /** How many days ahead the build precomputes meeting occurrences for the browser. */
  occurrenceHorizonDays: number;
  /** docs plugin instances whose tags BokTagList may list; default: every instance. */
  docsPluginIds?: string[];
}

export type Options = Partial<PluginOptions>;

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
  agenda?: string;
  organizer?: {name: string; email: string};
  /** File name (without .ics) under /ics/. */
  ics: string;
  /** Path of the data file, relative to the site directory, for messages. */
  sourceFile: string;
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

/** A message for <Translate>/translate(): stable id, English default, and its values. */
export interface TranslatableMessage {
  id: string;
  message: string;
  values: Record<string, string | number>;
}

/** What the browser gets for one meeting series (global data: keep it small). */
export interface MeetingClientData {
  id: string;
  title: string;
  description?: string;
  timezone: string;
  schedule: TranslatableMessage;
  /** HH:mm wall clock in the meeting's zone. */
  startTime: string;
  endTime: string;
  /** City-style label of the zone, e.g. "London". */
  zoneLabel: string;
  /** Site path of the series' .ics file, e.g. /ics/innersource-sig.ics */
  icsPath: string;
  join?: string;
  agenda?: string;
  googleCalendarUrl: string;
  outlookUrl: string;
  /** Upcoming occurrences precomputed at build time: [startEpochSeconds, endEpochSeconds, moved?1:0]. */
  occurrences: Array<[number, number, 0 | 1]>;
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

export interface DocsTagIndex {
  /** Tag keys (last permalink segment, lower case) and labels (lower case) → tag entry index. */
  tags: Array<{label: string; key: string; docs: number[]}>;
  docs: TaggedDoc[];
}

export interface PluginGlobalData {
  /** Per docs plugin instance id. */
  docs: Record<string, DocsTagIndex>;
  meetings: Record<string, MeetingClientData>;
  /** Site path of the combined feed. */
  meetingsFeedPath: string;
  /** Build time, epoch seconds: "now" for the static HTML. */
  builtAt: number;
}
