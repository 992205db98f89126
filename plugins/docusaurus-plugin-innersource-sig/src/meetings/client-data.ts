import {floatingDate} from '../calendar/zones';
import {formatDateTime, formatTimeRange, zoneName} from '../intl';
import type {CalendarText} from '../languages';
import type {Meeting, MeetingClientData} from '../types';
import {describeSchedule, meetingTimes} from './describe';
import {googleCalendarUrl, outlookUrl} from './links';
import {firstOccurrences} from './occurrences';

const DAY_MS = 86_400_000;

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

const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** "15:00–16:00" from the wall clocks, whatever the day's offset. */
function wallClockRange(meeting: Meeting, locale: string): string {
  const {startTime, endTime} = meetingTimes(meeting);
  const start = floatingDate(meeting.start).getTime() / 1000;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  // Ending at or before its start time means ending on the next day.
  const end = start + (minutes(endTime) - minutes(startTime) + (minutes(endTime) <= minutes(startTime) ? 1440 : 0)) * 60;
  return formatTimeRange(start, end, 'UTC', locale);
}

/** What the browser needs to show one series: schedule, links and the upcoming occurrences. */
export function meetingClientData(meeting: Meeting, options: ClientDataOptions): MeetingClientData {
  const {locale} = options;
  const from = new Date(options.now.getTime() - DAY_MS);
  const to = new Date(options.now.getTime() + options.horizonDays * DAY_MS);
  const occurrences = firstOccurrences(meeting, from, to, options.maxOccurrences);
  const next = occurrences.find((o) => o.end > options.now);
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
    occurrences: occurrences.map((o) => [seconds(o.start), seconds(o.end), o.movedFrom ? 1 : 0, formatDateTime(seconds(o.start), meeting.timezone, locale)]),
  };
}
