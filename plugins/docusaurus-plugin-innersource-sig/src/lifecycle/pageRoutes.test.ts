import path from 'node:path';
import en from '../languages/en';
import {buildMonthViews} from '../meetings/monthView';
import {parseMeetingFile} from '../meetings/load';
import {buildPageDataModules} from '../pageData/modules';
import {pageDataImports} from '../pageData/imports';
import {findComponentUsages} from '../pageData/usages';
import type {PluginContent} from '../types';
import {buildPageRoutes} from './pageRoutes';

const DATA_DIR = path.join(path.sep, 'site', '.docusaurus', 'plugin', 'default');
const MEETINGS_PAGE = '/sig/meetings';
const NOW = new Date('2026-03-15T12:00:00Z');
const meeting = parseMeetingFile('meetings/sig-call.yml', 'title: SIG call\ntimezone: Europe/London\nstart: 2026-01-13T15:00\nduration: 60\nrepeat: FREQ=MONTHLY;BYDAY=2TU\n');
const views = buildMonthViews({meetings: [meeting], events: [], now: NOW, locale: 'en-GB', meetingsPagePath: MEETINGS_PAGE});
const pageData = buildPageDataModules({tagIndexes: {}, meetings: [], events: [], calendarMonth: views.current, dataDir: DATA_DIR, storeModule: '/plugin/lib/client/pageData.js'});

/** The month view's routes of a site with one series and a meetings page, and the data files they need. */
function calendarRoutes() {
  const content: PluginContent = {
    meetings: {meetings: [meeting], stamps: {}, sourceFiles: []},
    minutes: {minutes: [], sources: {}, sourceFiles: []},
    events: {events: [], sourceFiles: []},
    eventStamps: {},
    calendarName: 'Meetings',
    eventsCalendarName: 'Events',
    calendarText: en.calendar,
    locale: 'en-GB',
    loadedAt: NOW,
    meetingsPagePath: MEETINGS_PAGE,
    seriesPages: false,
  };
  const built = buildPageRoutes({content, rendered: {files: new Map(), meetings: [], events: [], monthViews: views}, tagIndexes: {}, eventsRoute: false, siteDir: '/site', dataDir: DATA_DIR});
  const routes = built.routes.filter((route) => route.component === '@theme/MeetingCalendarPage');
  return {routes, data: built.dataFiles, pages: built.counts.calendar};
}

describe("buildPageRoutes' month view", () => {
  test('a page for the build month and one per month of the range, under the meetings page', () => {
    const {routes, pages} = calendarRoutes();
    expect(routes.map((route) => route.path)).toEqual([
      '/sig/meetings/calendar',
      ...views.months.map((month) => `/sig/meetings/calendar/${month.month}`),
    ]);
    expect(pages).toBe(routes.length);
    expect(new Set(routes.map((route) => route.component))).toEqual(new Set(['@theme/MeetingCalendarPage']));
    expect(routes.every((route) => route.exact)).toBe(true);
  });

  test("each page's module is its month; the build month's is the page-data module that MDX pages import", () => {
    const {routes, data} = calendarRoutes();
    const modules = Object.fromEntries(routes.map((route) => [route.path, (route.modules as {month: string}).month]));
    expect(modules['/sig/meetings/calendar']).toBe(pageData.index.calendar);
    expect(modules['/sig/meetings/calendar/2026-03']).toBe(pageData.index.calendar);
    expect(modules['/sig/meetings/calendar/2026-04']).toBe(path.join(DATA_DIR, 'meeting-calendar-2026-04.json'));
    const april = JSON.parse(data.get('meeting-calendar-2026-04.json') as string);
    expect(april).toEqual(views.months.find((month) => month.month === '2026-04'));
    expect(data.has('meeting-calendar-2026-03.json')).toBe(false);
  });

  test('the months link to the routes added', () => {
    const {routes} = calendarRoutes();
    const paths = new Set(routes.map((route) => route.path));
    for (const month of views.months) {
      for (const link of [month.previous, month.next]) if (link) expect(paths).toContain(link.path);
    }
  });
});

describe("<MeetingCalendar>'s page data", () => {
  test('a page writing it imports the build month, whose module registers it', () => {
    const usages = findComponentUsages('# Calendar\n\n<MeetingCalendar />\n');
    expect(usages.map((usage) => usage.component)).toEqual(['MeetingCalendar']);
    expect(pageDataImports(usages, pageData.index)).toEqual([pageData.index.calendar]);
    const source = pageData.files.get(path.basename(pageData.index.calendar!))!;
    expect(source).toContain('registerCalendarMonth');
    expect(source).toContain(JSON.stringify(JSON.stringify(views.current)));
  });

  test('without a month from the build, no import: the component shows its notice', () => {
    const without = buildPageDataModules({tagIndexes: {}, meetings: [], events: [], dataDir: DATA_DIR, storeModule: '/plugin/lib/client/pageData.js'});
    expect(without.index.calendar).toBeUndefined();
    expect(pageDataImports(findComponentUsages('<MeetingCalendar headingLevel={2} />'), without.index)).toEqual([]);
  });
});
