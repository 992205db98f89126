import {floatingDate, seconds, wallClockToInstant} from '../calendar/zones';
import {formatDateTime, formatTimeRange, formatter, zoneName} from '../intl';
import type {CalendarText} from '../languages';
import type {Meeting, MeetingClientData} from '../types';
import {describeSchedule, meetingTimes} from './describe';
import {googleCalendarUrl, outlookUrl} from './links';
import {firstOccurrences, scheduledStartOn} from './occurrences';

const DAY_MS = 86_400_000;
/** "3 Dec 2026", "3 déc. 2026", "2026年12月3日": the day a remote calendar was read. */
const FETCH_DATE: Intl.DateTimeFormatOptions = {day: 'numeric', month: 'short', year: 'numeric'};

export interface ClientDataOptions {
  /** Build time: occurrences are listed from a day before it. */
  now: Date;
  horizonDays: number;
  maxOccurrences: number;
  /** Site path of the series' .ics file, e.g. /ics/innersource-sig.ics */
  icsPath: string;
  /** Absolute URL of that file, mentioned in the Google Calendar link's details when given. */
  icsUrl?: string;
  /** The Intl locale of the page's language. */
  locale: string;
  /** The words the calendar links use, in that language. */
  calendarText: CalendarText;
}

type OccurrenceTuple = MeetingClientData['occurrences'][number];

/** "15:00–16:00" from the wall clocks, whatever the day's offset. */
function wallClockRange(meeting: Meeting, locale: string): string {
  const {startTime, endTime} = meetingTimes(meeting);
  const start = floatingDate(meeting.start).getTime() / 1000;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  // Ending at or before its start time means ending on the next day.
  const end = start + (minutes(endTime) - minutes(startTime) + (minutes(endTime) <= minutes(startTime) ? 1440 : 0)) * 60;
  return formatTimeRange(start, end, 'UTC', locale);
}

/** Scheduled starts of the cancelled occurrences that lie in [from, to). */
function cancelledStarts(meeting: Meeting, from: Date, to: Date): Date[] {
  return meeting.cancelled
    // A wall clock is within a day of its instant: only dates near the window need the rule.
    .filter((date) => {
      const day = floatingDate(`${date}T00:00`).getTime();
      return day > from.getTime() - 2 * DAY_MS && day < to.getTime() + DAY_MS;
    })
    .flatMap((date) => {
      const local = scheduledStartOn(meeting, date);
      const start = local && wallClockToInstant(local, meeting.timezone);
      return start && start >= from && start < to ? [start] : [];
    });
}

/** What the browser needs to show one series: schedule, links and the upcoming occurrences. */
export function meetingClientData(meeting: Meeting, options: ClientDataOptions): MeetingClientData {
  const {locale} = options;
  const from = new Date(options.now.getTime() - DAY_MS);
  const to = new Date(options.now.getTime() + options.horizonDays * DAY_MS);
  // `maxOccurrences` counts the meetings that take place, so cancellations never shorten the list
  // of real dates; cancelled ones are added only within the span that list covers.
  const occurrences = firstOccurrences(meeting, from, to, options.maxOccurrences);
  const last = occurrences.length === options.maxOccurrences ? occurrences[occurrences.length - 1] : undefined;
  const cancelled = cancelledStarts(meeting, from, last?.start ?? to);
  const next = occurrences.find((o) => o.end > options.now);
  const label = (start: Date) => formatDateTime(seconds(start), meeting.timezone, locale);
  const schedule = describeSchedule(meeting, locale);
  const time = wallClockRange(meeting, locale);
  const zone = zoneName(meeting.timezone, locale);
  const links = {text: options.calendarText, schedule: [schedule, `${time} (${zone})`].filter(Boolean).join(', ')};
  return {
    id: meeting.id,
    title: meeting.title,
    description: meeting.description,
    timezone: meeting.timezone,
    schedule,
    time,
    zoneName: zone,
    icsPath: options.icsPath,
    join: meeting.join,
    agenda: meeting.agenda,
    notes: meeting.notes,
    recordings: meeting.recordings,
    googleCalendarUrl: googleCalendarUrl(meeting, links.text, options.icsUrl),
    outlookUrl: outlookUrl(meeting, links, next),
    occurrences: [
      ...occurrences.map((o): OccurrenceTuple => [seconds(o.start), seconds(o.end), o.movedFrom ? 1 : 0, label(o.start)]),
      ...cancelled.map((start): OccurrenceTuple => [seconds(start), seconds(start) + meeting.durationMinutes * 60, 2, label(start)]),
    ].sort((a, b) => a[0] - b[0]),
    ...(meeting.source && {
      source: {
        host: meeting.source.host,
        // In UTC, the zone of `fetchedAt`, whatever the build machine's zone.
        asOf: formatter(locale, 'UTC', FETCH_DATE).format(Date.parse(meeting.source.fetchedAt)),
        fetchedAt: meeting.source.fetchedAt,
        stale: meeting.source.stale,
      },
    }),
  };
}
