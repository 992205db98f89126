import path from 'node:path';
import fs from 'node:fs/promises';
import logger from '@docusaurus/logger';
import type {ReportingLevel} from '../types';
import {findContentProblems, formatProblem, mayHaveContentProblems} from '../content-checks/contentProblems';
import {stopOnAuthorError} from './buildError';

async function listFiles(dir: string, extension: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true}).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Reads the built site and reports content problems at the configured level. */
export async function reportContentProblems(args: {
  outDir: string;
  siteUrl: string;
  baseUrl: string;
  level: ReportingLevel;
}): Promise<void> {
  if (args.level === 'ignore') return;
  const icsFiles = await listFiles(path.join(args.outDir, 'ics'), '.ics');
  const generated = new Set(icsFiles.map((f) => `/${path.relative(args.outDir, f).split(path.sep).join('/')}`));
  const htmlFiles = await listFiles(args.outDir, '.html');
  const pages = (
    await Promise.all(
      htmlFiles.map(async (file) => {
        const bytes = await fs.readFile(file);
        return mayHaveContentProblems(bytes) ? [{page: path.relative(args.outDir, file), html: bytes.toString('utf8')}] : [];
      }),
    )
  ).flat();
  const problems = findContentProblems(pages, generated, {url: args.siteUrl, baseUrl: args.baseUrl});
  if (problems.length === 0) return;
  const message = `Content problems found by docusaurus-plugin-innersource-sig:\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`;
  if (args.level === 'throw') stopOnAuthorError(message);
  logger.warn(message);
}
