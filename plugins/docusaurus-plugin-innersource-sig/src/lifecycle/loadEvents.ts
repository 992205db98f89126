import path from 'node:path';
import {statSync} from 'node:fs';
import logger from '@docusaurus/logger';
import {aliasedSitePath, createExcerpt, DEFAULT_PARSE_FRONT_MATTER, Globby, GlobExcludeDefault} from '@docusaurus/utils';
import type {DefaultParseFrontMatter, LoadContext} from '@docusaurus/types';
import type {Fields} from '../data-files/fieldChecker';
import {DataError, dataProblemsError} from '../errors';
import {eventIcsPath, eventPagePath} from '../outputs';
import {readText, readTextIfPresent} from './readText';
import {relativeToSite} from '../sitePaths';
import type {EventsContent, LoadedEvent, SigEvent} from '../types';
import {
  eventPageMetadata,
  eventSummary,
  eventVisibility,
  parseEventFile,
  eventFrontMatterProblems,
  slugFromPath,
  translateEvent,
  validateEventSet,
} from '../events';

/** An event file is `<name>.md(x)` or `<name>/index.md(x)` in the events folder; `_` files are partials. */
const EVENT_FILES = ['*.{md,mdx}', '*/index.{md,mdx}'];

/**
 * The most an event file (or its translation) may hold: an event page is its front matter and a
 * few pages of prose, images being files of their own; 1 MB is a book. The whole file goes
 * through the MDX compiler into the page.
 */
export const MAX_EVENT_FILE_BYTES = 1024 * 1024;

/** Like Docusaurus drafts: production builds (or SIMULATE_PRODUCTION_VISIBILITY=true) hide them. */
export function isProductionVisibility(): boolean {
  return process.env.NODE_ENV === 'production' || process.env.SIMULATE_PRODUCTION_VISIBILITY === 'true';
}

/**
 * Front matter through the site's `markdown.parseFrontMatter` hook when it has one (given our
 * reader as its default), else through our YAML 1.2 reader, which keeps dates as written.
 */
async function readFrontMatter(context: LoadContext, file: string, absolute: string) {
  const fileContent = readText(absolute, {maxBytes: MAX_EVENT_FILE_BYTES, file, what: 'an event file'});
  return parseFrontMatter(context, file, absolute, fileContent);
}

async function parseFrontMatter(context: LoadContext, file: string, absolute: string, fileContent: string) {
  const strict: DefaultParseFrontMatter = async (params) => parseEventFile(file, params.fileContent);
  const hook = context.siteConfig.markdown.parseFrontMatter;
  const parse = hook === DEFAULT_PARSE_FRONT_MATTER ? strict : hook;
  const {frontMatter, content} = await parse({filePath: absolute, fileContent, defaultParseFrontMatter: strict});
  return {frontMatter, excerpt: createExcerpt(content)};
}

function isStaticFile(staticDirs: string[], sitePath: string): boolean {
  return staticDirs.some((dir) => {
    try {
      return statSync(path.join(dir, sitePath)).isFile();
    } catch {
      return false;
    }
  });
}

/**
 * The event in the page's language: the translation's words when `localizedDir` has a copy of
 * the file (its dates and links are the original's, see events/translation.ts).
 */
export async function readTranslation(context: LoadContext, event: SigEvent, original: Fields, localizedDir: string, name: string) {
  const absolute = path.join(localizedDir, name);
  const file = relativeToSite(context.siteDir, absolute);
  const fileContent = readTextIfPresent(absolute, {maxBytes: MAX_EVENT_FILE_BYTES, file, what: 'an event file'});
  if (fileContent === undefined) return undefined;
  const {frontMatter, excerpt} = await parseFrontMatter(context, file, absolute, fileContent);
  const {event: translated, ignored} = translateEvent(event, original, frontMatter, file);
  if (ignored.length > 0) {
    logger.warn`name=${file}: ignored code=${ignored.join(', ')}: days, times, zone and links come from name=${event.sourceFile}, so that every language's calendar agrees.`;
  }
  return {event: translated, excerpt, absolute};
}

export interface ParsedEventFile {
  event: SigEvent;
  frontMatter: Fields;
  excerpt?: string;
  absolute: string;
  /** Relative to the events folder. */
  name: string;
}

/**
 * Reads and validates the front matter of every event file, writing nothing: every problem of
 * every file, then the slugs that clash, so that all are reported together.
 */
export async function readEventFiles(context: LoadContext, eventsDir: string): Promise<{parsed: ParsedEventFile[]; problems: DataError[]}> {
  const {siteDir, siteConfig} = context;
  const names = Globby.sync(EVENT_FILES, {cwd: eventsDir, ignore: GlobExcludeDefault}).sort();
  const staticDirs = siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir));
  const parsed: ParsedEventFile[] = [];
  const problems: DataError[] = [];
  for (const name of names) {
    const absolute = path.join(eventsDir, name);
    const file = relativeToSite(siteDir, absolute);
    try {
      const {frontMatter, excerpt} = await readFrontMatter(context, file, absolute);
      // Every problem of the file, not just the first: one round of fixes.
      const read = eventFrontMatterProblems(file, frontMatter, slugFromPath(name));
      problems.push(...read.problems);
      if (!read.event) continue;
      const {event} = read;
      if (event.image?.startsWith('/') && !isStaticFile(staticDirs, event.image)) {
        throw new DataError(file, 'image', event.image, `is not a file in ${siteConfig.staticDirectories.join(', ')}`);
      }
      parsed.push({event, frontMatter, excerpt, absolute, name});
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(error);
    }
  }
  problems.push(...validateEventSet(parsed.map((p) => p.event)));
  return {parsed, problems};
}

/**
 * Reads and validates every event file (and its translation into the page's language, from
 * `localizedDir`), then decides what this build shows. Nothing is written: invalid files
 * fail the load, all reported, before any output; the calendars are rendered once everything is translated.
 */
export async function loadEventsContent(args: {
  context: LoadContext;
  eventsDir: string;
  /** Where translations of the event files are, or undefined when this locale is not translated. */
  localizedDir?: string;
  /** Site path of the events pages (baseUrl included), or false for none. */
  eventsBasePath: string | false;
  /** Intl locale of the page's language. */
  locale: string;
  production: boolean;
  now: Date;
}): Promise<EventsContent> {
  const {context, eventsBasePath, localizedDir, locale} = args;
  const {siteDir, siteConfig} = context;
  const {parsed, problems} = await readEventFiles(context, args.eventsDir);
  if (problems.length > 0) throw dataProblemsError(problems);

  const siteUrl = siteConfig.url.replace(/\/$/, '');
  const events: LoadedEvent[] = [];
  const sourceFiles: string[] = [];
  for (const original of parsed) {
    const visibility = eventVisibility(original.event, {production: args.production, now: args.now});
    sourceFiles.push(original.absolute);
    if (visibility === 'hidden') continue;
    const translation = localizedDir ? await readTranslation(context, original.event, original.frontMatter, localizedDir, original.name) : undefined;
    const {event, excerpt, absolute} = translation ?? original;
    if (translation) sourceFiles.push(translation.absolute);
    const status = visibility === 'published' ? undefined : visibility;
    const permalink = eventPagePath(eventsBasePath, event);
    const summary = eventSummary(event, {permalink, status, excerpt, locale});
    if (!permalink) {
      events.push({event, original: original.event, summary});
      continue;
    }
    const metadata = eventPageMetadata(event, summary, eventIcsPath(event.slug), locale);
    events.push({event, original: original.event, summary, page: {source: aliasedSitePath(absolute, siteDir), metadata, url: `${siteUrl}${permalink}`}});
  }
  events.sort((a, b) => a.summary.startsAt - b.summary.startsAt || (a.summary.slug < b.summary.slug ? -1 : 1));
  return {events, sourceFiles};
}
