/**
 * A meeting's schedule and time in the words of the page's language, written at build time so
 * that the static HTML and the hydrated page show the same text.
 */
import {wallClockToInstant, instantToWallClock} from '../calendar/zones';
import {languageFor, namesFor} from '../languages';
import type {Meeting} from '../types';
import {meetingSchedule} from './schedule';

const MINUTE_MS = 60_000;

/**
 * "Second Tuesday of every month", "Le deuxième mardi de chaque mois"; undefined when the
 * locale's language has no module or no sentence fits the rule.
 */
export function describeSchedule(meeting: Meeting, locale: string): string | undefined {
  const language = languageFor(locale);
  const found = meetingSchedule(meeting);
  if (!language || !found) return undefined;
  const names = namesFor(locale);
  const {schedule, limit} = found;
  const sentence = language.sentence(schedule, names);
  const end = limit === undefined ? '' : 'until' in limit ? language.until(limit.until, names) : language.times(limit.count, names);
  // It opens a table cell.
  return `${sentence.charAt(0).toLocaleUpperCase(locale)}${sentence.slice(1)}${end}`;
}

/** Start and end time, HH:mm wall clock in the meeting's zone. */
export function meetingTimes(meeting: Meeting): {startTime: string; endTime: string} {
  const end = new Date(wallClockToInstant(meeting.start, meeting.timezone).getTime() + meeting.durationMinutes * MINUTE_MS);
  return {startTime: meeting.start.slice(11), endTime: instantToWallClock(end, meeting.timezone).slice(11)};
}
