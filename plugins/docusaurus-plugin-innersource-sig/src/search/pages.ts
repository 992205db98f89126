/**
 * Which built pages go into the search index, and under which file and URL Pagefind gets them:
 * pure functions of the build's routes, so that the pages are chosen without reading them.
 */
import {leafRoutes, type RouteLike} from '../routes';

/**
 * Pages that only list other pages (tag pages, blog lists): their words are the titles of pages
 * that are indexed themselves, and as results they would push those pages down.
 */
const LISTING_COMPONENTS = new Set([
  '@theme/DocTagsListPage',
  '@theme/DocTagDocListPage',
  '@theme/BlogListPage',
  '@theme/BlogArchivePage',
  '@theme/BlogTagsListPage',
  '@theme/BlogTagsPostsPage',
  // A series page is found through its own record (see records.ts); the month view lists dates.
  '@theme/MeetingSeriesPage',
  '@theme/MeetingCalendarPage',
]);

/**
 * The route paths to index: every page but the 404 page, listing pages, and the plugin's filtered
 * events pages (below `eventsPagePath`: /events/upcoming, /events/tags/…), which repeat /events.
 */
export function searchableRoutes(routes: RouteLike[], baseUrl: string, eventsPagePaths: string[]): string[] {
  const paths = leafRoutes(routes)
    .filter((route) => !LISTING_COMPONENTS.has(route.component ?? ''))
    .filter((route) => !(route.component === '@theme/EventsPage' && eventsPagePaths.some((events) => route.path.startsWith(`${events.replace(/\/$/, '')}/`))))
    .map((route) => route.path)
    .filter((routePath) => routePath.startsWith(baseUrl) && !/^404(?:\.html)?\/?$/.test(routePath.slice(baseUrl.length)));
  return [...new Set(paths)];
}

/**
 * Where a page goes in the folder Pagefind reads: <path below the base URL>/index.html, so that
 * Pagefind's URL for it is that path (with a trailing slash, which the search box adapts to the
 * site's trailingSlash setting).
 */
export function indexInputFile(routePath: string, baseUrl: string): string {
  const relative = routePath.slice(baseUrl.length).replace(/\/+$/, '');
  return relative === '' ? 'index.html' : `${relative}/index.html`;
}

/**
 * The URL a record is indexed under: its path below the locale's base URL. Pagefind's script puts
 * the folder it is loaded from (the base URL) in front of it again in each result.
 */
export function indexedUrl(sitePath: string, baseUrl: string): string {
  return sitePath.startsWith(baseUrl) ? `/${sitePath.slice(baseUrl.length)}` : sitePath;
}
