/**
 * Which built pages the content checks read. A problem shows in a page as a notice of
 * BokTagList, MeetingTable or EventList, or as a link to an .ics file, and both come from what
 * the page's source says. Reading only the pages whose source can say it spares a large portal
 * reading most of its HTML. Anything the sources cannot vouch for is read.
 */
import {leafRoutes, routeHtmlFiles, type RouteLike} from '../routes';

/** The theme components of the plugin's own pages, which link to calendar files whatever their source. */
const PLUGIN_PAGE_COMPONENTS = new Set(['@theme/EventPage', '@theme/EventsPage', '@theme/MeetingsPage']);
/**
 * The plugin's pages rendered from validated data alone, with no author text: series pages and
 * the month view. Their calendar links come from the same outputs module as the files.
 */
const DATA_ONLY_COMPONENTS = new Set(['@theme/MeetingSeriesPage', '@theme/MeetingCalendarPage']);
/** Written for every site, from the theme's NotFound (a swizzled one is a source that makes every page read). */
const NOT_FOUND_PAGE = '404.html';

/**
 * The pages to read, each as the files (relative to the locale's output folder, with "/") its
 * route may have been written to, most likely first. Pages come from routes: a page written by
 * no route (another plugin's redirect file) renders no component. Every route's page is read
 * when a source that can show a problem is no page's own source (a component, a partial, a
 * swizzled theme file: it may render anywhere), or when the site's config can (a navbar or
 * footer link). Otherwise the pages of the routes whose source was not read or can show a
 * problem, and the plugin's pages that link to calendar files. The 404 page always.
 *
 * @param sources site-relative paths ("docs/a.md") of the files read, with `sourceMayShowProblems` of each (pageData/usages.ts)
 */
export function pagesToCheck(args: {
  routes: RouteLike[];
  baseUrl: string;
  sources: ReadonlyMap<string, boolean>;
  configMayShowProblems: boolean;
}): string[][] {
  const {baseUrl, sources} = args;
  const routes = leafRoutes(args.routes);
  const pageSources = new Set(routes.flatMap((route) => route.metadata?.sourceFilePath ?? []));
  const anywhere = [...sources].some(([file, mayShow]) => mayShow && !pageSources.has(file));
  const everyPage = args.configMayShowProblems || anywhere;
  const read = routes.filter((route) => {
    if (everyPage) return true;
    const component = route.component ?? '';
    if (PLUGIN_PAGE_COMPONENTS.has(component)) return true;
    if (DATA_ONLY_COMPONENTS.has(component)) return false;
    const source = route.metadata?.sourceFilePath;
    return source === undefined || sources.get(source) !== false;
  });
  return [...read.map((route) => routeHtmlFiles(route.path, baseUrl)), [NOT_FOUND_PAGE]].filter((files) => files.length > 0);
}
