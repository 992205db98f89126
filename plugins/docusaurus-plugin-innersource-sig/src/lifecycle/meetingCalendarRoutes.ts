import {normalizeUrl} from '@docusaurus/utils';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {MonthViews} from '../meetings/monthView';

/** Where the month view lives: `<meetings page>/calendar` (a series may not take the id "calendar"). */
export function meetingCalendarPath(meetingsPagePath: string): string {
  return normalizeUrl([meetingsPagePath, 'calendar']);
}

/**
 * The month view's pages, each a real route (in the sitemap, working without JavaScript):
 * `<meetings page>/calendar` for the build's month and `<meetings page>/calendar/<YYYY-MM>` for
 * each month of the range. Each route's module is its month's data; the build's month uses the
 * page-data module that MDX pages with a `<MeetingCalendar>` import too, so it is bundled once.
 * Returns how many pages it added.
 */
export async function addMeetingCalendarRoutes(args: {
  views: MonthViews;
  /** The meetings page's route with baseUrl. */
  meetingsPagePath: string;
  /** The page-data module of the build's month (the page-data index's `calendar`). */
  currentMonthModule: string;
  actions: Pick<PluginContentLoadedActions, 'addRoute' | 'createData'>;
}): Promise<number> {
  const {views, currentMonthModule, actions} = args;
  const calendarPath = meetingCalendarPath(args.meetingsPagePath);
  const addPage = (path: string, module: string) =>
    actions.addRoute({path, component: '@theme/MeetingCalendarPage', exact: true, modules: {month: module}});
  addPage(calendarPath, currentMonthModule);
  // Written all at once: one by one, each write would wait behind the other plugins' queued I/O.
  const modules = await Promise.all(
    views.months.map((month) => (month === views.current ? currentMonthModule : actions.createData(`meeting-calendar-${month.month}.json`, JSON.stringify(month)))),
  );
  views.months.forEach((month, index) => addPage(normalizeUrl([calendarPath, month.month]), modules[index]!));
  return views.months.length + 1;
}
