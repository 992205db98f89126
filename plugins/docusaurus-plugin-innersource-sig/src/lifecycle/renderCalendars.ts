import type {LoadedEvent} from './loadEvents';
import type {MeetingsContent} from './loadMeetings';
import {renderEventIcs} from '../events';
import type {CalendarText} from '../languages';
import {meetingClientData, renderMeetingsIcs} from '../meetings';
import type {MeetingClientData} from '../types';

export interface RenderedCalendars {
  /** Output path under the locale's folder (e.g. ics/a.ics) → calendar text. */
  files: Map<string, string>;
  /** What MeetingTable gets, by series id. */
  meetingsClientData: Record<string, MeetingClientData>;
}

/**
 * The calendars of the page's language, and the meeting tables' data. Every locale writes its
 * own files, with its own words, under the same UIDs, SEQUENCE and DTSTAMP: importing two
 * languages' files into one calendar updates the events instead of duplicating them.
 */
export function renderCalendars(
  content: {meetings: MeetingsContent; events: LoadedEvent[]; calendarName: string; calendarText: CalendarText; locale: string; loadedAt: Date},
  site: {
    /** Absolute URL of the locale's site root, with a trailing slash. */
    siteUrl: string;
    /** Absolute URL of the meetings page (or of the site root without one). */
    meetingsPageUrl: string;
    uidDomain: string;
    horizonDays: number;
  },
): RenderedCalendars {
  const {meetings, stamps} = content.meetings;
  const text = content.calendarText;
  const files = new Map<string, string>();
  const calendarBase = {uidDomain: site.uidDomain, url: site.meetingsPageUrl, stamps, text};
  for (const meeting of meetings) {
    files.set(`ics/${meeting.ics}.ics`, renderMeetingsIcs([meeting], {...calendarBase, calendarName: meeting.title, calendarDescription: meeting.description}));
  }
  if (meetings.length > 0) files.set('ics/meetings.ics', renderMeetingsIcs(meetings, {...calendarBase, calendarName: content.calendarName}));
  for (const {event, page} of content.events) {
    if (page) files.set(page.metadata.icsPath.slice(1), renderEventIcs(event, {pageUrl: page.url, uidDomain: site.uidDomain, text}));
  }

  const meetingsClientData: Record<string, MeetingClientData> = {};
  for (const meeting of meetings) {
    meetingsClientData[meeting.id] = meetingClientData(meeting, {
      now: content.loadedAt,
      horizonDays: site.horizonDays,
      // Enough for a page built months ago, small enough for the pages that show the table.
      maxOccurrences: 12,
      icsPath: `/ics/${meeting.ics}.ics`,
      // Google's template link cannot carry cancellations: its details point to the feed.
      icsUrl: `${site.siteUrl}ics/${meeting.ics}.ics`,
      locale: content.locale,
      calendarText: text,
    });
  }
  return {files, meetingsClientData};
}
