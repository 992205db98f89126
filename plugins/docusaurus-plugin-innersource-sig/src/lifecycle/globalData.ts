import {ALL_MEETINGS_ICS_PATH, eventFeedPaths, meetingCalendarPath} from '../outputs';
import type {DocsTagIndex, MeetingClientData, PluginContent, PluginGlobalData} from '../types';

/** Only what every page may need: which tags and meetings exist (for notices), where the plugin's pages and feeds are, and the build time. */
export function buildGlobalData(args: {
  content: PluginContent;
  tagIndexes: Record<string, DocsTagIndex>;
  /** Every series, in the meetings page's order. */
  meetings: MeetingClientData[];
  /** The meetings and events routes without baseUrl (the theme's links add it), normalized, or false for none. */
  meetingsRoute: string | false;
  eventsRoute: string | false;
}): PluginGlobalData {
  const {content, meetingsRoute, eventsRoute} = args;
  return {
    tags: Object.fromEntries(
      Object.entries(args.tagIndexes).map(([pluginId, index]) => [pluginId, index.tags.map(({label, key}) => ({label, key}))]),
    ),
    meetingIds: args.meetings.map((meeting) => meeting.id),
    meetingsFeedPath: ALL_MEETINGS_ICS_PATH,
    ...(meetingsRoute && content.meetingsPagePath && content.seriesPages ? {meetingsPagePath: meetingsRoute} : {}),
    ...(meetingsRoute && content.meetingsPagePath ? {meetingCalendarPath: meetingCalendarPath(meetingsRoute)} : {}),
    ...(eventsRoute && content.eventsPagePath ? {eventFeeds: eventFeedPaths(eventsRoute)} : {}),
    builtAt: Math.floor(content.loadedAt.getTime() / 1000),
  };
}
