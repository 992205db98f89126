/**
 * What the series pages (/meetings/<id>) and minutes pages (/meetings/<id>/<date>) show, from the
 * validated meetings and minutes files: pure data, which the lifecycle turns into routes.
 */
import {floatingDate, seconds} from '../calendar/zones';
import {formatDateTime, formatter, zoneName} from '../intl';
import {minutesPagePath, seriesPagePath} from '../outputs';
import type {Meeting, MeetingMinutesMetadata, MeetingRecord, MeetingSeriesPageData, Minutes, PastMeetingData} from '../types';
import {seriesBegins, seriesHistory} from './history';

/**
 * The most past meetings a series page lists: a weekly call's twenty years. A daily series from
 * years back would otherwise make its page's data grow without end.
 */
export const MAX_PAST_MEETINGS = 1000;
const DAY_MS = 86_400_000;
/** "Tue, 14 Apr 2026": the day a moved meeting was scheduled on. */
const DAY: Intl.DateTimeFormatOptions = {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'};
/** "14 January 2025": the day in a minutes page's default title. */
const LONG_DAY: Intl.DateTimeFormatOptions = {day: 'numeric', month: 'long', year: 'numeric'};

/** A day (YYYY-MM-DD) in words, whatever the zone: days are formatted as UTC midnights. */
export function dayInWords(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  return formatter(locale, 'UTC', options).format(floatingDate(`${date}T00:00`));
}

export interface MinutesPage {
  /** Relative to the meetings folder: the page's content is this file, or its translation. */
  name: string;
  metadata: MeetingMinutesMetadata;
}

export interface SeriesPage {
  id: string;
  /** Site path with the base URL. */
  path: string;
  data: MeetingSeriesPageData;
}

function pastMeeting(record: MeetingRecord, meeting: Meeting, locale: string): PastMeetingData {
  return {
    date: record.date,
    status: record.status,
    start: seconds(record.start),
    end: seconds(record.end),
    label: formatDateTime(seconds(record.start), meeting.timezone, locale),
    ...(record.movedFrom && {movedFrom: dayInWords(record.movedFrom, locale, DAY)}),
    links: record.links,
  };
}

/**
 * One page per series, with its past meetings newest first, and one page per minutes file, in the
 * page's language (`meetings` translated; `minutes` with the translation's title where it has one).
 */
export function seriesPagesContent(args: {meetings: Meeting[]; minutes: Minutes[]; now: Date; locale: string; meetingsPagePath: string}): {series: SeriesPage[]; minutesPages: MinutesPage[]} {
  const {meetings, now, locale, meetingsPagePath} = args;
  const series: SeriesPage[] = [];
  const minutesPages: MinutesPage[] = [];
  for (const meeting of meetings) {
    const own = args.minutes.filter((entry) => entry.seriesId === meeting.id).sort((a, b) => (a.date < b.date ? -1 : 1));
    const pagePaths = new Map(own.map((entry) => [entry.date, minutesPagePath(meetingsPagePath, meeting.id, entry.date)]));
    // Minutes may be written ahead (an agenda kept as the page): their meetings are listed too.
    const lastMinutes = own.length > 0 ? floatingDate(`${own[own.length - 1]!.date}T00:00`).getTime() + 2 * DAY_MS : 0;
    const history = seriesHistory(meeting, seriesBegins(meeting), new Date(Math.max(now.getTime(), lastMinutes)), pagePaths);
    const past = history.filter((record) => record.end <= now).reverse().slice(0, MAX_PAST_MEETINGS).map((record) => pastMeeting(record, meeting, locale));
    const path = seriesPagePath(meetingsPagePath, meeting.id);
    series.push({
      id: meeting.id,
      path,
      data: {
        id: meeting.id,
        past,
        ...(meeting.organizer && {organizer: meeting.organizer}),
      },
    });
    const byDate = new Map(history.map((record) => [record.date, record]));
    own.forEach((entry, index) => {
      const record = byDate.get(entry.date)!;
      const neighbour = (other: (typeof own)[number] | undefined) =>
        other && {permalink: pagePaths.get(other.date)!, label: dayInWords(other.date, locale, LONG_DAY)};
      const {minutes: _self, ...links} = record.links;
      minutesPages.push({
        name: entry.name,
        metadata: {
          title: entry.title ?? `${meeting.title}, ${dayInWords(entry.date, locale, LONG_DAY)}`,
          ...(entry.description && {description: entry.description}),
          permalink: pagePaths.get(entry.date)!,
          seriesId: meeting.id,
          seriesTitle: meeting.title,
          seriesPath: path,
          date: entry.date,
          start: seconds(record.start),
          end: seconds(record.end),
          // The page stands alone: its time says in which zone.
          label: `${formatDateTime(seconds(record.start), meeting.timezone, locale)} (${zoneName(meeting.timezone, locale)})`,
          timezone: meeting.timezone,
          ...(record.movedFrom && {movedFrom: dayInWords(record.movedFrom, locale, DAY)}),
          links,
          ...(own[index - 1] && {previous: neighbour(own[index - 1])}),
          ...(own[index + 1] && {next: neighbour(own[index + 1])}),
        },
      });
    });
  }
  return {series, minutesPages};
}
