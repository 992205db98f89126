import path from 'node:path';
import fs from 'node:fs/promises';
import {readFileSync} from 'node:fs';
import logger from '@docusaurus/logger';
import type {ReportingSeverity} from '@docusaurus/types';
import {findContentProblems, formatProblem, mayHaveContentProblems} from './contentProblems';
import {CALENDARS_FOLDER} from '../outputs';
import {AuthorError} from '../lifecycle/buildError';
import {pagesToCheck} from './pagesToCheck';
import {PLUGIN_NAME} from '../pluginName';
import {firstWrittenFile, type RouteLike} from '../routes';

/** Files under `dir` whose name ends with `extension`, relative to `dir` with "/". */
async function listFiles(dir: string, extension: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true}).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** Reads the built site and reports content problems at the configured level (option `onContentProblems`). */
export async function reportContentProblems(args: {
  outDir: string;
  siteUrl: string;
  baseUrl: string;
  level: ReportingSeverity;
  /** What tells the pages that can hold a problem from the others; without it, every page is read. */
  pages?: {routes: RouteLike[]; sources: ReadonlyMap<string, boolean>; configMayShowProblems: boolean};
}): Promise<void> {
  if (args.level === 'ignore') return;
  const icsFiles = await listFiles(path.join(args.outDir, CALENDARS_FOLDER), '.ics');
  const generated = new Set(icsFiles.map((f) => `/${CALENDARS_FOLDER}/${f}`));
  // The routes name the pages: a large build folder (search index, assets) is slower to list than
  // its pages are to read. A page that two routes render is read once.
  const toRead = args.pages
    ? new Set(pagesToCheck({baseUrl: args.baseUrl, ...args.pages}).flatMap((files) => firstWrittenFile(args.outDir, files) ?? []))
    : await listFiles(args.outDir, '.html');
  // One page at a time, synchronously: through the promise API each large page takes several
  // round trips of the thread pool, and all of them would be held in memory at once.
  const pages = [...toRead].flatMap((page) => {
    const bytes = readFileSync(path.join(args.outDir, page));
    return mayHaveContentProblems(bytes) ? [{page: page.split('/').join(path.sep), html: bytes.toString('utf8')}] : [];
  });
  const problems = findContentProblems(pages, generated, {url: args.siteUrl, baseUrl: args.baseUrl});
  if (problems.length === 0) return;
  const message = `Content problems found by ${PLUGIN_NAME}:\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`;
  if (args.level === 'throw') throw new AuthorError(message);
  logger.report(args.level)(message);
}
