import fs from 'node:fs/promises';
import path from 'node:path';
import {mayUseDataComponents} from './usages';

const SOURCE = /\.(?:mdx?|[jt]sx?)$/i;

export interface SiteSource {
  /** Absolute path. */
  file: string;
  text: string;
}

/**
 * The site's MDX and JS/TS files for which `keep(text)` holds, sorted by path. Folders named
 * node_modules or starting with a dot, and `skip`, are not entered.
 */
export async function readSiteSources(siteDir: string, skip: string[], keep: (file: string, text: string) => boolean): Promise<SiteSource[]> {
  const skipped = new Set(skip.map((dir) => path.resolve(dir)));
  const found: SiteSource[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await fs.readdir(dir, {withFileTypes: true}).catch(() => []);
    await Promise.all(
      entries.map(async (entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name === 'node_modules' || entry.name.startsWith('.') || skipped.has(full)) return;
          await walk(full);
        } else if (entry.isFile() && SOURCE.test(entry.name)) {
          const text = await fs.readFile(full, 'utf8');
          if (keep(full, text)) found.push({file: full, text});
        }
      }),
    );
  }
  await walk(path.resolve(siteDir));
  return found.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/**
 * The site's MDX and JS/TS files that name a data component: the only ones the page-data
 * loader needs to see. Handing the bundler this list instead of the whole site spares it a
 * JavaScript loader call per page (a few per cent of a large portal's build).
 */
export async function findComponentSources(siteDir: string, skip: string[]): Promise<string[]> {
  const sources = await readSiteSources(siteDir, skip, (_file, text) => mayUseDataComponents(text));
  return sources.map((source) => source.file);
}
