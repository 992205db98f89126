/**
 * Which built pages go into the search index, and where their HTML files are. Pure functions of
 * route paths and HTML text, so that they are tested without a build.
 */
import path from 'node:path';

/**
 * Pages that only list other pages (tag pages, blog lists): their words are the titles of pages
 * that are indexed themselves, and as results they would push those pages down. Docusaurus marks
 * them with these classes on <html> (ThemeClassNames.page).
 */
const LISTING_PAGE_CLASSES = ['docs-tags-list-page', 'docs-tags-doc-list-page', 'blog-list-page', 'blog-tags-list-page', 'blog-tags-post-list-page', 'blog-archive-page'];

/** The HTML files a route may have been written to, relative to the locale's output folder, most likely first. */
export function routeHtmlFiles(routePath: string, baseUrl: string): string[] {
  if (!routePath.startsWith(baseUrl)) return [];
  const relative = routePath.slice(baseUrl.length).replace(/\/+$/, '');
  if (relative.endsWith('.html')) return [relative];
  if (relative === '') return ['index.html'];
  // trailingSlash: false writes docs/intro.html; true and undefined write docs/intro/index.html.
  return routePath.endsWith('/') ? [path.posix.join(relative, 'index.html')] : [path.posix.join(relative, 'index.html'), `${relative}.html`];
}

/** Routes whose pages are indexed: not the 404 page, nor the search engine's own files. */
export function isSearchableRoute(routePath: string, baseUrl: string): boolean {
  const relative = routePath.slice(baseUrl.length);
  return !/^404(?:\.html)?\/?$/.test(relative) && !relative.startsWith('pagefind/');
}

/**
 * False for pages that only list other pages (see LISTING_PAGE_CLASSES), and for pages whose
 * <main> has data-pagefind-ignore="all" (the plugin's filtered events pages): Pagefind would still
 * list those by their <title>. Minified HTML may drop the attribute quotes.
 */
export function isSearchablePage(html: string): boolean {
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  const classes = /\bclass=(?:"([^"]*)"|([^\s>]+))/i.exec(htmlTag);
  const names = (classes?.[1] ?? classes?.[2] ?? '').split(/\s+/);
  if (names.some((name) => LISTING_PAGE_CLASSES.includes(name))) return false;
  return !/<main\b[^>]*\bdata-pagefind-ignore=["']?all["'\s>]/i.test(html);
}

/**
 * The URL a page is indexed under: its path below the locale's base URL. Pagefind's script puts
 * the folder it is loaded from (the base URL) in front of it again in each result.
 */
export function indexedUrl(sitePath: string, baseUrl: string): string {
  return sitePath.startsWith(baseUrl) ? `/${sitePath.slice(baseUrl.length)}` : sitePath;
}
