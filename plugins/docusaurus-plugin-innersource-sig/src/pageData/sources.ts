import fs from 'node:fs';
import path from 'node:path';
import {relativeToSite} from '../sitePaths';
import {PLUGIN_NAME} from '../pluginName';
import {mayUseDataComponents, sourceMayShowProblems} from './usages';

const SOURCE = /\.(?:mdx?|[jt]sx?)$/i;
/** Data a page may import or a theme may render (JSON, YAML): read for the content checks only. */
const DATA = /\.(?:json|ya?ml)$/i;

export interface SiteSource {
  /** Absolute path. */
  file: string;
  text: string;
}

/**
 * The site's MDX and JS/TS files for which `keep(text)` holds, sorted by path. Folders named
 * node_modules or starting with a dot, and `skip`, are not entered. Read synchronously: nothing
 * else runs meanwhile, and thousands of small files read through the promise API take several
 * times as long, each read a round trip through the thread pool.
 */
export async function readSiteSources(
  siteDir: string,
  skip: string[],
  keep: (file: string, text: string) => boolean,
  pattern: RegExp = SOURCE,
): Promise<SiteSource[]> {
  const skipped = new Set(skip.map((dir) => path.resolve(dir)));
  const found: SiteSource[] = [];
  function walk(dir: string): void {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, {withFileTypes: true});
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.') || skipped.has(full)) continue;
        walk(full);
      } else if (entry.isFile() && pattern.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        if (keep(full, text)) found.push({file: full, text});
      }
    }
  }
  walk(path.resolve(siteDir));
  return found.sort((a, b) => (a.file < b.file ? -1 : 1));
}

export interface SiteScan {
  /**
   * The site's MDX and JS/TS files that name a data component: the only ones the page-data
   * loader needs to see. Handing the bundler this list instead of the whole site spares it a
   * JavaScript loader call per page, which adds up on a large portal.
   */
  componentSources: string[];
  /**
   * Every MDX, JS/TS, JSON and YAML file read, site-relative with "/", and whether it can put a
   * notice or an .ics link in a page (see check/pagesToCheck.ts). The plugin's own data
   * (the meetings folder, its translation files) is left out: it only reaches the plugin's pages
   * and components, which are checked anyway.
   */
  problemSources: Map<string, boolean>;
}

/** One read of the site's sources for the page-data loader and the content checks. */
export async function scanSiteSources(siteDir: string, skip: string[], meetingsDir: string): Promise<SiteScan> {
  const problemSources = new Map<string, boolean>();
  const ownData = (relative: string) => relative.split('/').includes(PLUGIN_NAME);
  const sources = await readSiteSources(
    siteDir,
    [...skip, meetingsDir],
    (file, text) => {
      const relative = relativeToSite(siteDir, file);
      const isSource = SOURCE.test(file);
      if (isSource || !ownData(relative)) problemSources.set(relative, sourceMayShowProblems(text));
      return isSource && mayUseDataComponents(text);
    },
    new RegExp(`${SOURCE.source}|${DATA.source}`, 'i'),
  );
  return {componentSources: sources.map((source) => source.file), problemSources};
}
