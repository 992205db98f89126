/**
 * The build's routes and the HTML files Docusaurus writes them to: what the content checks and
 * the search index both need to find a route's page without reading the build folder.
 */
import path from 'node:path';
import {statSync} from 'node:fs';

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

/** The HTML files a route may have been written to, relative to the locale's output folder, most likely first. */
export function routeHtmlFiles(routePath: string, baseUrl: string): string[] {
  if (!routePath.startsWith(baseUrl)) return [];
  const relative = routePath.slice(baseUrl.length).replace(/\/+$/, '');
  if (relative.endsWith('.html')) return [relative];
  if (relative === '') return ['index.html'];
  // trailingSlash: false writes docs/intro.html; true and undefined write docs/intro/index.html.
  return routePath.endsWith('/') ? [path.posix.join(relative, 'index.html')] : [path.posix.join(relative, 'index.html'), `${relative}.html`];
}

/** The first of a route's possible files (from routeHtmlFiles) that was written to `outDir`, if any. */
export function firstWrittenFile(outDir: string, files: string[]): string | undefined {
  return files.find((file) => statSync(path.join(outDir, file), {throwIfNoEntry: false})?.isFile());
}
