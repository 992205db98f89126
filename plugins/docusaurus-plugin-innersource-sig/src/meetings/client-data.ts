import type {Meeting, MeetingClientData, Occurrence} from '../types';
import {describeSchedule, describeTime} from './describe';
import {googleCalendarUrl, outlookUrl} from './links';
import {meetingOccurrences} from './occurrences';

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
}

const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/**
 * The first `max` occurrences in [from, to). Searched in growing windows: a daily series has
 * hundreds of dates in the horizon, each an Intl zone conversion, and the browser gets a dozen.
 */
function firstOccurrences(meeting: Meeting, from: Date, to: Date, max: number): Occurrence[] {
  for (let days = 32; ; days *= 4) {
    const end = new Date(Math.min(to.getTime(), from.getTime() + days * DAY_MS));
    const found = meetingOccurrences(meeting, from, end);
    if (found.length >= max || end.getTime() === to.getTime()) return found.slice(0, max);
  }
}

/** What the browser needs to show one series: schedule, links and the upcoming occurrences. */
export function meetingClientData(meeting: Meeting, options: ClientDataOptions): MeetingClientData {
  const from = new Date(options.now.getTime() - DAY_MS);
  const to = new Date(options.now.getTime() + options.horizonDays * DAY_MS);
  const occurrences = firstOccurrences(meeting, from, to, options.maxOccurrences);
  const next = occurrences.find((o) => o.end > options.now);
  return {
    id: meeting.id,
    title: meeting.title,
    description: meeting.description,
    timezone: meeting.timezone,
    schedule: describeSchedule(meeting),
    ...describeTime(meeting),
    icsPath: options.icsPath,
    join: meeting.join,
    agenda: meeting.agenda,
    googleCalendarUrl: googleCalendarUrl(meeting, options.icsUrl),
    outlookUrl: outlookUrl(meeting, next),
    occurrences: occurrences.map((o) => [seconds(o.start), seconds(o.end), o.movedFrom ? 1 : 0]),
  };
}
