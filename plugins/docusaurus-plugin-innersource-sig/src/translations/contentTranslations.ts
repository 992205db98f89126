/**
 * Meeting titles and descriptions, the names of the calendars of all meetings and all events, and the words the build
 * writes into calendar files, translated the Docusaurus way: `write-translations` writes them to
 * `i18n/<locale>/docusaurus-plugin-innersource-sig/{meetings,calendar}.json`, and the build
 * reads them back. What a site has not translated keeps the default locale's text (or, for
 * calendar words, the plugin's own in that language).
 */
import type {TranslationFile, TranslationFileContent} from '@docusaurus/types';
import {DataError} from '../errors';
import type {CalendarText} from '../languages';
import type {Meeting} from '../types';

/** The part of the plugin's content that translation files change. */
export interface TranslatableContent {
  meetings: Meeting[];
  calendarName: string;
  eventsCalendarName: string;
  calendarText: CalendarText;
}

const MEETINGS_FILE = 'meetings';
const CALENDAR_FILE = 'calendar';

const CALENDAR_TEXT_DESCRIPTIONS: Record<keyof CalendarText, string> = {
  agenda: "Line of a meeting's calendar description (.ics, Google Calendar, Outlook) with its agenda link",
  notes: "Line of a meeting's calendar description with the link to its minutes (meeting field notes)",
  recordings: "Line of a meeting's calendar description with the link to its recordings (meeting field recordings)",
  join: 'Line of the Google Calendar and Outlook links of a meeting with its video call link',
  registration: "Line of an event's calendar description and feed entry with its registration link",
  recording: "Line of an event's feed entry (RSS, Atom, JSON Feed) with its recording link",
  feed: "Line of a meeting's Google Calendar link with the URL of its .ics feed, which carries cancellations and changes that the link cannot",
};

export function contentTranslationFiles({meetings, calendarName, eventsCalendarName, calendarText}: TranslatableContent): TranslationFile[] {
  const meetingsFile: TranslationFileContent = {};
  for (const meeting of meetings) {
    meetingsFile[`${meeting.id}.title`] = {message: meeting.title, description: `Title of the meeting series ${meeting.id} (${meeting.sourceFile})`};
    if (meeting.description) {
      meetingsFile[`${meeting.id}.description`] = {message: meeting.description, description: `Description of the meeting series ${meeting.id} (${meeting.sourceFile})`};
    }
  }
  const calendarFile: TranslationFileContent = {
    calendarName: {message: calendarName, description: 'Name of the calendar of all meetings, /ics/meetings.ics (plugin option calendarName)'},
    eventsCalendarName: {message: eventsCalendarName, description: 'Name of the calendar of all events, /ics/events.ics, and title of the events feeds (plugin option eventsCalendarName)'},
  };
  for (const key of Object.keys(CALENDAR_TEXT_DESCRIPTIONS) as Array<keyof CalendarText>) {
    calendarFile[`text.${key}`] = {message: calendarText[key], description: `${CALENDAR_TEXT_DESCRIPTIONS[key]}; {url} is replaced`};
  }
  return [
    {path: MEETINGS_FILE, content: meetingsFile},
    {path: CALENDAR_FILE, content: calendarFile},
  ];
}

/**
 * The content with the translation files' messages (which Docusaurus has merged over the
 * defaults). `localizedDir` (relative to the site) names the files in messages.
 */
export function translateContent<T extends TranslatableContent>(content: T, files: TranslationFile[], localizedDir: string): T {
  const file = (name: string) => files.find((f) => f.path === name)?.content ?? {};
  const meetingsFile = file(MEETINGS_FILE);
  const calendarFile = file(CALENDAR_FILE);
  const message = (from: TranslationFileContent, id: string, fallback: string) => from[id]?.message.trim() || fallback;
  const meetings = content.meetings.map((meeting) => ({
    ...meeting,
    title: message(meetingsFile, `${meeting.id}.title`, meeting.title),
    description: meeting.description && message(meetingsFile, `${meeting.id}.description`, meeting.description),
  }));
  const calendarText = Object.fromEntries(
    Object.entries(content.calendarText).map(([key, text]) => {
      const translated = message(calendarFile, `text.${key}`, text);
      if (!translated.includes('{url}')) {
        throw new DataError(`${localizedDir}/${CALENDAR_FILE}.json`, `text.${key}`, translated, 'must contain {url}, where the link goes');
      }
      return [key, translated];
    }),
  ) as unknown as CalendarText;
  return {
    ...content,
    meetings,
    calendarName: message(calendarFile, 'calendarName', content.calendarName),
    eventsCalendarName: message(calendarFile, 'eventsCalendarName', content.eventsCalendarName),
    calendarText,
  };
}
