/**
 * The plugin's pages, built as plugin-content-blog's routes.ts builds its own: the route configs
 * and the data files their modules are, from the rendered content. Pure: allContentLoaded creates
 * the files and adds the routes. A data file's module is where createData writes it, the plugin's
 * data folder (as the MDX loader's `metadataPath` and the page-data modules count on too).
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import {aliasedSitePath, aliasedSitePathToRelativePath, docuHash} from '@docusaurus/utils';
import type {RouteConfig} from '@docusaurus/types';
import {eventTags} from '../events';
import type {MonthViews} from '../meetings/monthView';
import {seriesPagesContent} from '../meetings/seriesPages';
import {CALENDARS_FOLDER, eventListingPath, meetingCalendarPath} from '../outputs';
import {buildPageDataModules} from '../pageData/modules';
import {MESSAGE_PREFIX} from '../pluginName';
import type {DocsTagIndex, EventListing, EventsContent, EventSummary, PluginContent} from '../types';
import {metadataFileName} from './mdxPages';
import type {RenderedContent} from './renderFiles';

/** The loader's map of page-data modules, written next to them. */
export const PAGE_DATA_INDEX = 'page-data-index.json';

/** The browser-side store that the page-data modules register their data with. */
const PAGE_DATA_STORE = path.resolve(__dirname, '../client/pageData.js');

export interface PageRoutes {
  routes: RouteConfig[];
  /** File name in the plugin's data folder → its text, or an object (which createData writes as indented JSON). */
  dataFiles: Map<string, string | object>;
  /** How many pages of each kind were added, for the build's report. */
  counts: {eventListing: number; series: number; minutes: number; calendar: number};
}

/** Keeps a data file for createData and returns its module. */
type AddDataFile = (name: string, data: string | object) => string;

/** One page per event, whose content module is the markdown file. */
export function eventPageRoutes(content: EventsContent, addDataFile: AddDataFile): RouteConfig[] {
  return content.events.flatMap(({page}) => {
    if (!page) return [];
    addDataFile(metadataFileName(page.source), page.metadata);
    return [
      {
        path: page.metadata.permalink!,
        component: '@theme/EventPage',
        exact: true,
        metadata: {sourceFilePath: aliasedSitePathToRelativePath(page.source)},
        modules: {content: page.source},
      },
    ];
  });
}

/**
 * The events listing pages, each a real route (in the sitemap, working without JavaScript):
 * /events, /events/upcoming, /events/past, /events/tags and /events/tags/<tag>. Each gets the
 * events module (the cards) and a small module saying what it lists.
 */
function eventListingRoutes(
  args: {
    events: EventSummary[];
    /** The events route with baseUrl. */
    eventsPagePath: string;
    /** The events route without baseUrl, normalized. */
    eventsRoute: string;
    /** The page-data module of all event cards. */
    eventsModule: string;
    locale: string;
  },
  addDataFile: AddDataFile,
): RouteConfig[] {
  const tags = eventTags(args.events, args.locale);
  const listings: Array<Omit<EventListing, 'tags' | 'route'>> = [{}, {when: 'upcoming'}, {when: 'past'}, {tagIndex: true}, ...tags.map((tag) => ({tag}))];
  const route = args.eventsRoute.replace(/\/$/, '') || '/';
  return listings.map((listing) => {
    const listingPath = eventListingPath(args.eventsPagePath, listing);
    const listingModule = addDataFile(`events-listing-${docuHash(listingPath)}.json`, JSON.stringify({...listing, tags, route}));
    return {path: listingPath, component: '@theme/EventsPage', exact: true, modules: {events: args.eventsModule, listing: listingModule}};
  });
}

/**
 * A page per series at /meetings/<id> (its meeting's page-data module and its past meetings) and a
 * page per minutes file at /meetings/<id>/<date>, whose content module is the markdown file.
 */
function seriesPageRoutes(
  args: {
    content: PluginContent;
    /** With the base URL. */
    meetingsPagePath: string;
    siteDir: string;
    /** The page-data module of each series, which registers its MeetingClientData for MeetingTable. */
    meetingModules: Record<string, string>;
  },
  addDataFile: AddDataFile,
): {series: RouteConfig[]; minutes: RouteConfig[]} {
  const {content, meetingModules} = args;
  const {series, minutesPages} = seriesPagesContent({
    meetings: content.meetings.meetings,
    minutes: content.minutes.minutes,
    now: content.loadedAt,
    locale: content.locale,
    meetingsPagePath: args.meetingsPagePath,
  });
  return {
    series: series.map((page) => ({
      path: page.path,
      component: '@theme/MeetingSeriesPage',
      exact: true,
      modules: {meeting: meetingModules[page.id]!, series: addDataFile(`series-${page.id}.json`, page.data)},
    })),
    minutes: minutesPages.map((page) => {
      const source = aliasedSitePath(content.minutes.sources[page.name]!, args.siteDir);
      addDataFile(metadataFileName(source), page.metadata);
      return {
        path: page.metadata.permalink,
        component: '@theme/MeetingMinutesPage',
        exact: true,
        metadata: {sourceFilePath: aliasedSitePathToRelativePath(source)},
        modules: {content: source},
      };
    }),
  };
}

/**
 * The month view's pages, each a real route (in the sitemap, working without JavaScript):
 * `<meetings page>/calendar` for the build's month and `<meetings page>/calendar/<YYYY-MM>` for
 * each month of the range. Each route's module is its month's data; the build's month uses the
 * page-data module that MDX pages with a `<MeetingCalendar>` import too, so it is bundled once.
 */
function meetingCalendarRoutes(views: MonthViews, meetingsPagePath: string, currentMonthModule: string, addDataFile: AddDataFile): RouteConfig[] {
  const page = (pagePath: string, module: string): RouteConfig => ({path: pagePath, component: '@theme/MeetingCalendarPage', exact: true, modules: {month: module}});
  const monthModule = (month: MonthViews['current']) => (month === views.current ? currentMonthModule : addDataFile(`meeting-calendar-${month.month}.json`, JSON.stringify(month)));
  return [
    page(meetingCalendarPath(meetingsPagePath), currentMonthModule),
    ...views.months.map((month) => page(meetingCalendarPath(meetingsPagePath, month.month), monthModule(month))),
  ];
}

/**
 * Every page of the plugin (event pages, events listing, meetings page, series and minutes pages,
 * month view), and the data files of their modules: with them the page-data modules, which list,
 * table and card components import wherever they are used.
 */
export function buildPageRoutes(args: {
  content: PluginContent;
  rendered: RenderedContent;
  tagIndexes: Record<string, DocsTagIndex>;
  /** The events route without baseUrl, normalized, or false for none. */
  eventsRoute: string | false;
  siteDir: string;
  /** The plugin's data folder, where createData writes. */
  dataDir: string;
}): PageRoutes {
  const {content, rendered, dataDir} = args;
  const dataFiles = new Map<string, string | object>();
  const addDataFile: AddDataFile = (name, data) => {
    dataFiles.set(name, data);
    return path.join(dataDir, name);
  };
  // Lists, tables and event cards get their data from modules imported by the pages using them.
  const pageData = buildPageDataModules({
    tagIndexes: args.tagIndexes,
    meetings: rendered.meetings,
    calendarMonth: rendered.monthViews.current,
    events: rendered.events,
    dataDir,
    storeModule: PAGE_DATA_STORE,
  });
  for (const [name, source] of pageData.files) addDataFile(name, source);
  addDataFile(PAGE_DATA_INDEX, JSON.stringify(pageData.index));

  const {eventsPagePath, meetingsPagePath} = content;
  const events = eventPageRoutes(content.events, addDataFile);
  const listing =
    eventsPagePath && args.eventsRoute
      ? eventListingRoutes({events: rendered.events, eventsPagePath, eventsRoute: args.eventsRoute, eventsModule: pageData.index.events, locale: content.locale}, addDataFile)
      : [];
  const meetingsPage: RouteConfig[] = meetingsPagePath ? [{path: meetingsPagePath, component: '@theme/MeetingsPage', exact: true, modules: {meetings: pageData.index.meetings.all}}] : [];
  const series =
    meetingsPagePath && content.seriesPages
      ? seriesPageRoutes({content, meetingsPagePath, siteDir: args.siteDir, meetingModules: pageData.index.meetings.modules}, addDataFile)
      : {series: [], minutes: []};
  const calendar = meetingsPagePath ? meetingCalendarRoutes(rendered.monthViews, meetingsPagePath, pageData.index.calendar!, addDataFile) : [];
  return {
    routes: [...events, ...listing, ...meetingsPage, ...series.series, ...series.minutes, ...calendar],
    dataFiles,
    counts: {eventListing: listing.length, series: series.series.length, minutes: series.minutes.length, calendar: calendar.length},
  };
}

/** One line saying which pages and files the plugin added, so that a site sees what it got. */
export function reportAddedPages(content: PluginContent, counts: PageRoutes['counts'], files: Map<string, string>): void {
  const eventPages = content.events.events.filter((event) => event.page).length;
  const parts = [
    content.meetingsPagePath,
    counts.series > 0 && `${counts.series} series page${counts.series === 1 ? '' : 's'}`,
    counts.minutes > 0 && `${counts.minutes} minutes page${counts.minutes === 1 ? '' : 's'}`,
    counts.calendar > 0 && `${counts.calendar} month view pages`,
    content.eventsPagePath && `${content.eventsPagePath} (${counts.eventListing} listing page${counts.eventListing === 1 ? '' : 's'})`,
    eventPages > 0 && `${eventPages} event page${eventPages === 1 ? '' : 's'}`,
    [...files.keys()].some((file) => file.endsWith('.xml') || file.endsWith('.json')) && 'the events feeds',
    `${[...files.keys()].filter((file) => file.endsWith('.ics')).length} calendar files under /${CALENDARS_FOLDER}/`,
  ].filter(Boolean);
  logger.info`${MESSAGE_PREFIX} Added ${parts.join(', ')}.`;
}
