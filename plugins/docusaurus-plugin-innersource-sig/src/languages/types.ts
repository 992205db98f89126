/**
 * What a language module writes: a meeting's schedule as a sentence (and its end), the few words
 * the build puts into calendar files and calendar links, and the words of the agenda issues that
 * `sig:agenda` prints. Names of weekdays and months come from Intl (see `Names`); the sentence
 * frames, ordinals and agreement are the module's own.
 */
/** A day of the week as RRULE writes it (BYDAY, WKST); meetings/rule.ts lists them in week order. */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** 1st … 5th, or counted from the end: -1 last, -2 second to last, -3 third to last. */
export type Ordinal = 1 | 2 | 3 | 4 | 5 | -1 | -2 | -3;

/**
 * The schedules a language can put into words, language-neutral. `interval` is 1 for "every",
 * 2 for "every other", n for "every n". Anything else has no sentence (see `meetings/schedule.ts`).
 */
export type Schedule =
  | {kind: 'once'; date: string}
  | {kind: 'daily'; interval: number}
  /** Monday to Friday, every week. */
  | {kind: 'weekdays'}
  /** `days` in week order, at least one. */
  | {kind: 'weekly'; interval: number; days: Weekday[]}
  | {kind: 'monthlyWeekday'; interval: number; ordinal: Ordinal; weekday: Weekday}
  /** `day` 1..31, or -1 for the last day of the month. */
  | {kind: 'monthlyDay'; interval: number; day: number}
  | {kind: 'yearly'; interval: number; month: number; day: number};

/** Until when a repeating schedule runs: a last day (YYYY-MM-DD, in the meeting's zone) or a number of meetings. */
export type ScheduleLimit = {until: string} | {count: number} | undefined;

/** Names and formats of the page's locale, from Intl. */
export interface Names {
  /** The Intl locale, e.g. "fr" or "pt-BR". */
  locale: string;
  /** "mardi", "Dienstag", "火曜日": the weekday's name as Intl writes it alone. */
  weekday(day: Weekday): string;
  /** "13 février", "13. Februar", "2月13日": a day of a month, without a year. */
  dayOfMonth(month: number, day: number): string;
  /** "31 décembre 2025": a day (YYYY-MM-DD) with its year. */
  date(day: string): string;
  /** "mardi 13 février 2024": a day (YYYY-MM-DD) with its weekday. */
  dateWithWeekday(day: string): string;
  /** "lundi, mardi et jeudi": a list joined with the language's "and". */
  list(items: string[]): string;
  /** The plural category of a number: "one", "few", "many", "other"… */
  plural(count: number): Intl.LDMLPluralRule;
}

/** Words the build writes into calendar files and calendar links; `{url}` is replaced. */
export interface CalendarText {
  /** "Agenda: {url}" in a meeting's calendar description and calendar links. */
  agenda: string;
  /** "Minutes: {url}": a meeting series' notes of past meetings. */
  notes: string;
  /** "Recordings: {url}": a meeting series' recordings. */
  recordings: string;
  /** "Join: {url}" in calendar links. */
  join: string;
  /** "Registration: {url}" in an event's calendar description and feed entry. */
  registration: string;
  /** "Recording: {url}" in an event's feed entry. */
  recording: string;
  /** Google Calendar's details, which cannot carry cancellations: "Calendar feed with all cancellations and changes: {url}". */
  feed: string;
}

/**
 * Words of the agenda issue `sig:agenda` writes (Markdown): headings, and lines in which
 * `{series}`, `{date}`, `{time}`, `{zone}` and `{url}` are replaced. Days are YYYY-MM-DD, in the
 * series' zone.
 */
export interface AgendaText {
  /** The issue's title, from the series' title and `date`: "{series} — {date}". */
  title: string;
  /** The day of the meeting in the title and a template's {{date}}: "Tuesday, 13 January 2026". */
  date(day: string, names: Names): string;
  /** Headings of the body. */
  when: string;
  join: string;
  calendar: string;
  previousMinutes: string;
  agenda: string;
  /** One line under "When": "{time} ({zone})". */
  zoneTime: string;
  /** Under "When", for a meeting moved from its scheduled day: "Moved from Tuesday, 14 April 2026.". */
  movedFrom(day: string, names: Names): string;
  /** Under "Calendar": "Add to your calendar: {url}". */
  addToCalendar: string;
  /** Under "Calendar": "All meetings of the series: {url}". */
  seriesPage: string;
  /** "Agenda" of a site without a template: how to add a topic. */
  addTopics: string;
}

export interface Language {
  /** The schedule as a sentence ("second Tuesday of every month"); it is capitalised where it opens a table cell. */
  sentence(schedule: Schedule, names: Names): string;
  /** What follows the sentence of a schedule that ends on a day (YYYY-MM-DD): ", until 10 December 2024". */
  until(day: string, names: Names): string;
  /** What follows the sentence of a schedule that runs a number of times: ", 6 times". */
  times(count: number, names: Names): string;
  calendar: CalendarText;
  agenda: AgendaText;
  /** Default names of the calendars of all meetings and all events, from the site's title: "InnerSource SIG meetings". */
  calendarNames(site: string): {meetings: string; events: string};
}
