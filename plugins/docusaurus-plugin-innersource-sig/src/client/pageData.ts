import type {EventSummary, MeetingClientData, TaggedDoc} from '../types';
import type {CalendarMonth} from '../meetings/monthView';

/**
 * The data behind BokTagList, MeetingTable, EventList and MeetingCalendar travels with the pages that use them,
 * not in global data (which every page loads). The build adds an import of a small generated
 * module to each page using a component (see pageData/ on the server side); importing it
 * registers its data here before the page renders, on the server and in the browser alike.
 */
const store = new Map<string, unknown>();

const tagKey = (docsPluginId: string, tag: string) => `tag:${docsPluginId}:${tag}`;
const meetingKey = (id: string) => `meeting:${id}`;
const EVENTS_KEY = 'events';
const CALENDAR_MONTH_KEY = 'calendar-month';

export function registerTagDocs(docsPluginId: string, tag: string, docs: TaggedDoc[]): TaggedDoc[] {
  store.set(tagKey(docsPluginId, tag), docs);
  return docs;
}

/** The docs of a tag (by key), in list order; undefined when no module of this page registered them. */
export function tagDocs(docsPluginId: string, tag: string): TaggedDoc[] | undefined {
  return store.get(tagKey(docsPluginId, tag)) as TaggedDoc[] | undefined;
}

export function registerMeeting(meeting: MeetingClientData): MeetingClientData {
  store.set(meetingKey(meeting.id), meeting);
  return meeting;
}

export function meetingData(id: string): MeetingClientData | undefined {
  return store.get(meetingKey(id)) as MeetingClientData | undefined;
}

export function registerEvents(events: EventSummary[]): EventSummary[] {
  store.set(EVENTS_KEY, events);
  return events;
}

export function eventSummaries(): EventSummary[] | undefined {
  return store.get(EVENTS_KEY) as EventSummary[] | undefined;
}

export function registerCalendarMonth(month: CalendarMonth): CalendarMonth {
  store.set(CALENDAR_MONTH_KEY, month);
  return month;
}

/** The build's month of the month view, for MeetingCalendar in a page. */
export function calendarMonthData(): CalendarMonth | undefined {
  return store.get(CALENDAR_MONTH_KEY) as CalendarMonth | undefined;
}

/** For tests: forget everything registered. */
export function clearPageData(): void {
  store.clear();
}
