import path from 'node:path';
import fs from 'node:fs/promises';
import {createMDXLoaderRule} from '@docusaurus/mdx-loader';
import {
  addTrailingPathSeparator,
  aliasedSitePath,
  aliasedSitePathToRelativePath,
  createAbsoluteFilePathMatcher,
  createExcerpt,
  DEFAULT_PARSE_FRONT_MATTER,
  docuHash,
  Globby,
  GlobExcludeDefault,
  normalizeUrl,
} from '@docusaurus/utils';
import type {DefaultParseFrontMatter, LoadContext, PluginContentLoadedActions} from '@docusaurus/types';
import {DataError} from '../errors';
import rehypeTableWhitespace from '../markdown/rehypeTableWhitespace';
import type {EventPageMetadata, EventSummary, SigEvent} from '../types';
import {
  eventPageMetadata,
  eventSummary,
  eventVisibility,
  parseEventFile,
  parseEventFrontMatter,
  renderEventIcs,
  slugFromPath,
  validateEventSet,
} from '../events';

/** An event file is `<name>.md(x)` or `<name>/index.md(x)` in the events folder; `_` files are partials. */
const EVENT_FILES = ['*.{md,mdx}', '*/index.{md,mdx}'];

export interface LoadedEvent {
  summary: EventSummary;
  /** Absent for `redirect` events and without `eventsRoute`. */
  page?: {
    /** The markdown file, aliased (@site/events/x.md): the route's content module. */
    source: string;
    metadata: EventPageMetadata;
  };
}

export interface EventsContent {
  /** Soonest first. */
  events: LoadedEvent[];
  /** Output path (e.g. ics/events/a.ics) → calendar text. */
  icsFiles: Map<string, string>;
  /** Absolute paths of the event files, for the bundler to watch. */
  sourceFiles: string[];
}

/** Like Docusaurus drafts: production builds (or SIMULATE_PRODUCTION_VISIBILITY=true) hide them. */
export function isProductionVisibility(): boolean {
  return process.env.NODE_ENV === 'production' || process.env.SIMULATE_PRODUCTION_VISIBILITY === 'true';
}

/**
 * Front matter through the site's `markdown.parseFrontMatter` hook when it has one (given our
 * reader as its default), else through our YAML 1.2 reader, which keeps dates as written.
 */
async function readFrontMatter(context: LoadContext, file: string, absolute: string) {
  const fileContent = await fs.readFile(absolute, 'utf8');
  const strict: DefaultParseFrontMatter = async (params) => parseEventFile(file, params.fileContent);
  const hook = context.siteConfig.markdown.parseFrontMatter;
  const parse = hook === DEFAULT_PARSE_FRONT_MATTER ? strict : hook;
  const {frontMatter, content} = await parse({filePath: absolute, fileContent, defaultParseFrontMatter: strict});
  return {frontMatter, excerpt: createExcerpt(content)};
}

async function isStaticFile(staticDirs: string[], sitePath: string): Promise<boolean> {
  const found = await Promise.all(staticDirs.map((dir) => fs.stat(path.join(dir, sitePath)).then((s) => s.isFile(), () => false)));
  return found.includes(true);
}

/**
 * Reads and validates every event file, then decides what this build shows and renders the
 * calendars in memory. Nothing is written: an invalid file fails the load before any output.
 */
export async function loadEventsContent(args: {
  context: LoadContext;
  eventsDir: string;
  /** Site path of the events pages (baseUrl included), or false for none. */
  eventsBasePath: string | false;
  uidDomain: string;
  production: boolean;
  now: Date;
}): Promise<EventsContent> {
  const {context, eventsDir, eventsBasePath} = args;
  const {siteDir, siteConfig} = context;
  const names = (await Globby(EVENT_FILES, {cwd: eventsDir, ignore: GlobExcludeDefault})).sort();
  const staticDirs = siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir));

  const parsed: Array<{event: SigEvent; excerpt?: string; absolute: string}> = [];
  for (const name of names) {
    const absolute = path.join(eventsDir, name);
    const file = path.relative(siteDir, absolute).split(path.sep).join('/');
    const {frontMatter, excerpt} = await readFrontMatter(context, file, absolute);
    const event = parseEventFrontMatter(file, frontMatter, slugFromPath(name));
    if (event.image?.startsWith('/') && !(await isStaticFile(staticDirs, event.image))) {
      throw new DataError(file, 'image', event.image, `is not a file in ${siteConfig.staticDirectories.join(', ')}`);
    }
    parsed.push({event, excerpt, absolute});
  }
  validateEventSet(parsed.map((p) => p.event));

  const siteUrl = siteConfig.url.replace(/\/$/, '');
  const events: LoadedEvent[] = [];
  const icsFiles = new Map<string, string>();
  for (const {event, excerpt, absolute} of parsed) {
    const visibility = eventVisibility(event, {production: args.production, now: args.now});
    if (visibility === 'hidden') continue;
    const status = visibility === 'published' ? undefined : visibility;
    const permalink = eventsBasePath && !event.redirect ? normalizeUrl([eventsBasePath, event.slug]) : undefined;
    const summary = eventSummary(event, {permalink, status, excerpt});
    if (!permalink) {
      events.push({summary});
      continue;
    }
    const icsPath = `/ics/events/${event.slug}.ics`;
    icsFiles.set(icsPath.slice(1), renderEventIcs(event, {pageUrl: `${siteUrl}${permalink}`, uidDomain: args.uidDomain}));
    events.push({summary, page: {source: aliasedSitePath(absolute, siteDir), metadata: eventPageMetadata(event, summary, icsPath)}});
  }
  events.sort((a, b) => a.summary.startsAt - b.summary.startsAt || (a.summary.slug < b.summary.slug ? -1 : 1));
  return {events, icsFiles, sourceFiles: names.map((name) => path.join(eventsDir, name))};
}

/** Where createData puts an event page's metadata: the MDX loader's `metadataPath` must agree. */
function metadataFileName(aliasedSource: string): string {
  return `${docuHash(aliasedSource)}.json`;
}

/** One page per event, whose content module is the markdown file. */
export async function createEventRoutes(
  content: EventsContent,
  actions: Pick<PluginContentLoadedActions, 'addRoute' | 'createData'>,
  eventsBasePath: string | false,
): Promise<void> {
  if (!eventsBasePath) return;
  for (const {page} of content.events) {
    if (!page) continue;
    await actions.createData(metadataFileName(page.source), page.metadata);
    actions.addRoute({
      path: page.metadata.permalink!,
      component: '@theme/EventPage',
      exact: true,
      metadata: {sourceFilePath: aliasedSitePathToRelativePath(page.source)},
      modules: {content: page.source},
    });
  }
}

/**
 * The MDX loader rule for event files, as plugin-content-pages makes its own: the site's
 * markdown config (so .md is CommonMark with format 'detect'), and `metadata` from createData.
 * Raw HTML tables of .md pages lose the whitespace React cannot hydrate.
 */
export function createEventsMDXLoaderRule(context: LoadContext, eventsDir: string, dataDir: string): ReturnType<typeof createMDXLoaderRule> {
  const {siteDir, siteConfig} = context;
  return createMDXLoaderRule({
    include: [addTrailingPathSeparator(eventsDir)],
    options: {
      useCrossCompilerCache: siteConfig.future.faster.mdxCrossCompilerCache,
      admonitions: true,
      rehypePlugins: [rehypeTableWhitespace],
      staticDirs: siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir)),
      siteDir,
      isMDXPartial: createAbsoluteFilePathMatcher(GlobExcludeDefault, [eventsDir]),
      metadataPath: (mdxPath: string) => path.join(dataDir, metadataFileName(aliasedSitePath(mdxPath, siteDir))),
      // The page shows `title` as its h1: a leading "# Title" in the body would be a second one.
      removeContentTitle: true,
      markdownConfig: siteConfig.markdown,
    },
  });
}
