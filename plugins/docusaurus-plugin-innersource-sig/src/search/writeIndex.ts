/**
 * Writes one locale's search index with Pagefind's Node API: the locale's built pages (read from
 * the output folder, so the index holds what readers see) plus the meeting records.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {SearchRecord} from './records';
import {indexedUrl, isSearchablePage, isSearchableRoute, routeHtmlFiles} from './pages';

/** The part of Pagefind's Node API used here. */
interface PagefindIndex {
  addHTMLFile(file: {url: string; content: string}): Promise<{errors: string[]}>;
  addCustomRecord(record: {url: string; content: string; language: string; meta?: Record<string, string>}): Promise<{errors: string[]}>;
  writeFiles(options: {outputPath: string}): Promise<{errors: string[]}>;
}
interface PagefindApi {
  createIndex(config?: {forceLanguage?: string; excludeSelectors?: string[]}): Promise<{errors: string[]; index?: PagefindIndex}>;
  close(): Promise<unknown>;
}

// Pagefind is an ES module only; TypeScript compiling to CommonJS would turn import() into require().
const importPagefind = new Function('return import("pagefind")') as () => Promise<PagefindApi>;

/** The folder, under each locale's output folder, that the search box loads the index from. */
export const SEARCH_INDEX_DIR = 'pagefind';

export interface SearchIndexResult {
  pages: number;
  records: number;
  ms: number;
}

/** Reads a route's HTML file, trying the names Docusaurus may have written it under. */
async function readRouteHtml(outDir: string, files: string[]): Promise<string | undefined> {
  for (const file of files) {
    const html = await fs.readFile(path.join(outDir, file), 'utf8').catch(() => undefined);
    if (html !== undefined) return html;
  }
  return undefined;
}

function failOn(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
}

export async function writeSearchIndex(args: {
  outDir: string;
  baseUrl: string;
  routesPaths: string[];
  /** The locale's <html lang>, so that stemming and the browser's choice of index follow it. */
  language: string;
  records: SearchRecord[];
}): Promise<SearchIndexResult> {
  const started = Date.now();
  const pagefind = await importPagefind();
  try {
    // Pagefind already skips nav and footer. The table of contents repeats the page's headings, and
    // the skip link would open every excerpt taken from the top of a page.
    const {index, errors} = await pagefind.createIndex({
      forceLanguage: args.language,
      excludeSelectors: ['.theme-doc-toc-desktop', '.theme-doc-toc-mobile', 'a[href="#__docusaurus_skipToContent_fallback"]'],
    });
    failOn(errors, 'start');
    const routes = [...new Set(args.routesPaths)].filter((route) => isSearchableRoute(route, args.baseUrl));
    let pages = 0;
    // A few files at a time: Pagefind parses in its own process while the next ones are read.
    const queue = [...routes];
    const worker = async () => {
      for (let route = queue.shift(); route !== undefined; route = queue.shift()) {
        const html = await readRouteHtml(args.outDir, routeHtmlFiles(route, args.baseUrl));
        if (html === undefined || !isSearchablePage(html)) continue;
        failOn((await index!.addHTMLFile({url: indexedUrl(route, args.baseUrl), content: html})).errors, `index ${route}`);
        pages += 1;
      }
    };
    await Promise.all(Array.from({length: 8}, worker));
    for (const record of args.records) {
      const added = await index!.addCustomRecord({url: indexedUrl(record.url, args.baseUrl), content: record.content, language: args.language, meta: {title: record.title}});
      failOn(added.errors, `index ${record.url}`);
    }
    const outputPath = path.join(args.outDir, SEARCH_INDEX_DIR);
    // A folder left by an earlier build would mix old fragments into the new index.
    await fs.rm(outputPath, {recursive: true, force: true});
    failOn((await index!.writeFiles({outputPath})).errors, `write ${outputPath}`);
    return {pages, records: args.records.length, ms: Date.now() - started};
  } finally {
    await pagefind.close();
  }
}
