/**
 * Which built pages the content checks read. A problem shows in a page as a notice of
 * BokTagList, MeetingTable or EventList, or as a link to an .ics file, and both come from what
 * the page's source says. Reading only the pages whose source can say it spares a 5,000-doc
 * portal reading a gigabyte of HTML. Anything the sources cannot vouch for is read, as before.
 */
import {leafRoutes, routeHtmlFiles, type RouteLike} from '../routes';

/** The theme components of the plugin's own pages, which link to calendar files whatever their source. */
const PLUGIN_PAGE_COMPONENTS = new Set(['@theme/EventPage', '@theme/EventsPage', '@theme/MeetingsPage']);

/**
 * The HTML files (paths relative to the locale's output folder, with "/") to read: all but the
 * pages of routes whose source file was read and can show no problem. Every page is read when a
 * source that can show one is no page's own source (a component, a partial, a swizzled theme
 * file: it may render anywhere), or when the site's config can (a navbar or footer link).
 *
 * @param sources site-relative paths ("docs/a.md") of the files read, with `sourceMayShowProblems` of each (pageData/usages.ts)
 */
export function pagesToCheck(args: {
  htmlFiles: string[];
  routes: RouteLike[];
  baseUrl: string;
  sources: ReadonlyMap<string, boolean>;
  configMayShowProblems: boolean;
}): string[] {
  const {htmlFiles, baseUrl, sources} = args;
  const routes = leafRoutes(args.routes);
  const pageSources = new Set(routes.flatMap((route) => route.metadata?.sourceFilePath ?? []));
  const anywhere = [...sources].some(([file, mayShow]) => mayShow && !pageSources.has(file));
  if (args.configMayShowProblems || anywhere) return htmlFiles;
  const skipped = new Set<string>();
  const kept = new Set<string>();
  for (const route of routes) {
    const source = route.metadata?.sourceFilePath;
    const clean = source !== undefined && sources.get(source) === false && !PLUGIN_PAGE_COMPONENTS.has(route.component ?? '');
    for (const file of routeHtmlFiles(route.path, baseUrl)) (clean ? skipped : kept).add(file);
  }
  return htmlFiles.filter((file) => !skipped.has(file) || kept.has(file));
}
