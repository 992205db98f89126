/**
 * What the search index holds besides the built pages: one record per meeting series, so that a
 * reader typing a series' title or its schedule ("second Tuesday", "APAC") lands on its page.
 * Pure functions: the lifecycle hook hands the records to Pagefind.
 */
import {zoneName} from '../intl';
import {describeSchedule, meetingTimes} from '../meetings/describe';
import {seriesPagePath, seriesSectionPath} from '../outputs';
import type {Meeting} from '../types';

export interface SearchRecord {
  /** Site path with the base URL, e.g. /fr/meetings/innersource-sig */
  url: string;
  title: string;
  /** The words a reader may type: title, description, schedule, time and zone. */
  content: string;
}

/**
 * One record per series, pointing at its page (/meetings/<id>), whose own HTML is left out of the
 * index (see pages.ts): its past meetings would outrank the series' name with every date. Without
 * series pages, at its table on the meetings page (sections carry the series id).
 */
export function meetingSearchRecords(meetings: Meeting[], meetingsPagePath: string, locale: string, seriesPages = true): SearchRecord[] {
  return meetings.map((meeting) => {
    const {startTime, endTime} = meetingTimes(meeting);
    const schedule = describeSchedule(meeting, locale);
    const when = `${startTime}–${endTime} (${zoneName(meeting.timezone, locale)}, ${meeting.timezone})`;
    return {
      url: seriesPages ? seriesPagePath(meetingsPagePath, meeting.id) : seriesSectionPath(meetingsPagePath, meeting.id),
      title: meeting.title,
      // One sentence per part (a description's own full stop is not doubled).
      content: [meeting.title, meeting.description, schedule, when]
        .filter((part): part is string => Boolean(part))
        .map((part) => part.trim().replace(/[.。]$/u, ''))
        .join('. '),
    };
  });
}
