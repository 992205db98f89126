/**
 * Which built pages the content checks read. A problem shows in a page as a notice of
 * BokTagList, MeetingTable or EventList, or as a link to an .ics file, and both come from what
 * the page's source says. Reading only the pages whose source can say it spares a 5,000-doc
 * portal reading a gigabyte of HTML. Anything the sources cannot vouch for is read, as before.
 */
import {mayUseDataComponents} from '../pageData/usages';
import {PROBLEM_ATTRIBUTE} from './contentProblems';

/** The theme components of the plugin's own pages, which link to calendar files whatever their source. */
const PLUGIN_PAGE_COMPONENTS = new Set(['@theme/EventPage', '@theme/EventsPage', '@theme/MeetingsPage']);

/** Words a source needs to put a notice or a calendar link in its page. */
const PROBLEM_WORDS = ['.ics', 'CalendarFileLink', 'SigNotice', PROBLEM_ATTRIBUTE];

/** Whether a source file (MDX, JS, or data it feeds to pages) can make its page hold a notice or an .ics link. */
export function sourceMayShowProblems(text: string): boolean {
  return mayUseDataComponents(text) || PROBLEM_WORDS.some((word) => text.includes(word));
}

export interface RouteLike {
  path: string;
  component?: string;
  metadata?: {sourceFilePath?: string};
  routes?: RouteLike[];
}

/** The routes rendered to HTML: nested routes (the docs' layout) render only their leaves. */
export function leafRoutes(routes: RouteLike[]): RouteLike[] {
  return routes.flatMap((route) => (route.routes?.length ? leafRoutes(route.routes) : [route]));
}

/** "docs/a/index.html", "docs/a.html" → "docs/a"; "index.html" → "". */
function pageKey(htmlFile: string): string {
  return htmlFile.replace(/(?:^|\/)index\.html$|\.html$/, '');
}

/** "/base/docs/a/" → "docs/a"; undefined outside baseUrl. */
function routeKey(routePath: string, baseUrl: string): string | undefined {
  if (!routePath.startsWith(baseUrl)) return undefined;
  return routePath.slice(baseUrl.length).replace(/\/$/, '').replace(/\.html$/, '');
}

/**
 * The HTML files (paths relative to the locale's output folder, with "/") to read: all but the
 * pages of routes whose source file was read and can show no problem. Every page is read when a
 * source that can show one is no page's own source (a component, a partial, a swizzled theme
 * file: it may render anywhere), or when the site's config can (a navbar or footer link).
 *
 * @param sources site-relative paths ("docs/a.md") of the files read, with `sourceMayShowProblems` of each
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
    const key = routeKey(route.path, baseUrl);
    if (key === undefined) continue;
    const source = route.metadata?.sourceFilePath;
    const clean = source !== undefined && sources.get(source) === false && !PLUGIN_PAGE_COMPONENTS.has(route.component ?? '');
    (clean ? skipped : kept).add(key);
  }
  return htmlFiles.filter((file) => {
    const key = pageKey(file);
    return !skipped.has(key) || kept.has(key);
  });
}
