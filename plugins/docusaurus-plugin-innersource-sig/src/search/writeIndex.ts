/**
 * Writes one locale's search index with Pagefind's Node API: the locale's chosen built pages (so
 * the index holds what readers see) plus the meeting records. Pagefind reads the pages itself from
 * a folder of hard links to them, which is faster than handing it each file's text through the API.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {SearchRecord} from './records';
import {indexedUrl, indexInputFile} from './pages';
import {firstWrittenFile, routeHtmlFiles} from '../routes';

/** The part of Pagefind's Node API used here. */
interface PagefindIndex {
  addDirectory(directory: {path: string}): Promise<{errors: string[]; page_count: number}>;
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

/** The folder of links Pagefind reads the pages from: `.pagefind-input-<process id>-<6 characters of mkdtemp>`. */
const INPUT_DIR_PREFIX = '.pagefind-input-';
const INPUT_DIR = /^\.pagefind-input-(?:(\d+)-)?[A-Za-z0-9]{6}$/;
/** Input folders this process is writing now (locales may be indexed side by side). */
const inUse = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the input folders that builds killed before their end left in `parent` (the site's
 * folder, or the build folder for other locales): only folders named like ours, made by a process
 * that no longer runs (or, from before the process id was in the name, by any). Returns their names.
 */
export async function removeLeftoverInputDirs(parent: string): Promise<string[]> {
  const entries = await fs.readdir(parent, {withFileTypes: true}).catch(() => []);
  const removed: string[] = [];
  for (const entry of entries) {
    const match = INPUT_DIR.exec(entry.name);
    // A symbolic link is not followed, nor removed: we never make one.
    if (!match || !entry.isDirectory()) continue;
    const folder = path.join(parent, entry.name);
    const pid = match[1] === undefined ? undefined : Number(match[1]);
    if (inUse.has(folder) || (pid !== undefined && pid !== process.pid && isRunning(pid))) continue;
    await fs.rm(folder, {recursive: true, force: true});
    removed.push(entry.name);
  }
  return removed;
}

export interface SearchIndexResult {
  pages: number;
  records: number;
  ms: number;
}

function failOn(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
}

/** Links (or, across file systems, copies) each page into `inputDir` under the name Pagefind makes its URL from. */
async function gatherPages(outDir: string, baseUrl: string, routePaths: string[], inputDir: string): Promise<void> {
  for (const routePath of routePaths) {
    const written = firstWrittenFile(outDir, routeHtmlFiles(routePath, baseUrl));
    if (!written) continue;
    const source = path.join(outDir, written);
    const target = path.join(inputDir, indexInputFile(routePath, baseUrl));
    await fs.mkdir(path.dirname(target), {recursive: true});
    await fs.link(source, target).catch(() => fs.copyFile(source, target));
  }
}

export async function writeSearchIndex(args: {
  outDir: string;
  baseUrl: string;
  /** The pages to index (see searchableRoutes). */
  routePaths: string[];
  /** The locale's <html lang>, so that stemming and the browser's choice of index follow it. */
  language: string;
  records: SearchRecord[];
}): Promise<SearchIndexResult> {
  const started = Date.now();
  // Beside the output folder, on the same file system (hard links). A build killed while it
  // indexes leaves it behind: the next one removes it.
  const parent = path.dirname(path.resolve(args.outDir));
  await removeLeftoverInputDirs(parent);
  const inputDir = await fs.mkdtemp(path.join(parent, `${INPUT_DIR_PREFIX}${process.pid}-`));
  inUse.add(inputDir);
  const pagefind = await importPagefind().catch(async (error: unknown) => {
    inUse.delete(inputDir);
    await fs.rm(inputDir, {recursive: true, force: true});
    throw error;
  });
  try {
    await gatherPages(args.outDir, args.baseUrl, args.routePaths, inputDir);
    // Pagefind already skips nav and footer. The table of contents repeats the page's headings, and
    // the skip link would open every excerpt taken from the top of a page.
    const {index, errors} = await pagefind.createIndex({
      forceLanguage: args.language,
      excludeSelectors: ['.theme-doc-toc-desktop', '.theme-doc-toc-mobile', 'a[href="#__docusaurus_skipToContent_fallback"]'],
    });
    failOn(errors, 'start');
    const added = await index!.addDirectory({path: inputDir});
    failOn(added.errors, `index the pages of ${args.outDir}`);
    for (const record of args.records) {
      const result = await index!.addCustomRecord({url: indexedUrl(record.url, args.baseUrl), content: record.content, language: args.language, meta: {title: record.title}});
      failOn(result.errors, `index ${record.url}`);
    }
    const outputPath = path.join(args.outDir, SEARCH_INDEX_DIR);
    // A folder left by an earlier build would mix old fragments into the new index.
    await fs.rm(outputPath, {recursive: true, force: true});
    failOn((await index!.writeFiles({outputPath})).errors, `write ${outputPath}`);
    return {pages: added.page_count, records: args.records.length, ms: Date.now() - started};
  } finally {
    await pagefind.close();
    await fs.rm(inputDir, {recursive: true, force: true});
    inUse.delete(inputDir);
  }
}
