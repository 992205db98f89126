/**
 * `docusaurus sig:check`: everything the build checks in the site's data and pages, without
 * building, each problem on one line with its line number.
 */
import path from 'node:path';
import {relativeToSite} from '../sitePaths';
import fs from 'node:fs/promises';
import {getPluginI18nPath, Globby, normalizeUrl} from '@docusaurus/utils';
import type {LoadContext} from '@docusaurus/types';
import {DataError} from '../errors';
import {frontMatterFieldLine, yamlFieldLine} from '../data-files/fieldLine';
import {eventVisibility, parseEventLockFile, slugFromPath} from '../events';
import {LOCK_FILE_NAME} from '../calendar/lockFile';
import {readEventFiles, readTranslation, type ParsedEventFile} from '../lifecycle/loadEvents';
import {readMeetingFiles} from '../lifecycle/loadMeetings';
import {loadMinutes} from '../lifecycle/loadMinutes';
import {readText} from '../lifecycle/readText';
import {AGENDA_TEMPLATE, MAX_TEMPLATE_BYTES, templateProblems} from '../meetings/agenda';
import {readSnapshot, readSourceFiles, snapshotPath, sourceClashes} from '../lifecycle/loadSources';
import {idFromFileName, parseLockFile} from '../meetings';
import {isStale} from '../sources/snapshot';
import {sourceMeetings} from '../sources/toMeetings';
import type {Meeting} from '../types';
import {mayUseDataComponents} from '../pageData/usages';
import {readSiteSources} from '../pageData/sources';
import {ALL_MEETINGS_ICS_PATH, CALENDARS_FOLDER, eventFeedPaths, eventIcsPath, hasEventPage, hasListingPages, meetingIcsPath} from '../outputs';
import {PLUGIN_NAME} from '../pluginName';
import type {PluginOptions, TagSummary} from '../types';
import {readDocsTags, type DocsPluginOptions} from './docsTags';
import {findSourceProblems, type LocatedProblem, type SiteNames} from './sourceProblems';

export interface CheckReport {
  /** `file:line: field "x" has value "y": what to do`, sorted by file and line. */
  problems: string[];
  counts: {meetings: number; events: number; pages: number};
}

/** The line of a data file's problem: in the YAML of a meeting file, or in an event's front matter. */
async function locate(siteDir: string, error: DataError): Promise<LocatedProblem> {
  // Problems that know their line already name it (an agenda template's placeholder: file:line).
  const atLine = /^(.+):(\d+)$/.exec(error.file);
  if (atLine) return {error: new DataError(atLine[1]!, error.field, error.value, error.problem), line: Number(atLine[2])};
  const text = await fs.readFile(path.join(siteDir, error.file), 'utf8').catch(() => '');
  if (/\.mdx?$/i.test(error.file)) return {error, line: frontMatterFieldLine(text, error.field)};
  if (/\.ya?ml$/i.test(error.file)) return {error, line: yamlFieldLine(text, error.field)};
  return {error, line: 1};
}

/** The problems of a lock file (the meetings', the events'), which the build reads too. */
async function lockFileProblems(siteDir: string, lockPath: string, parse: (file: string, text: string) => unknown): Promise<DataError[]> {
  const text = await fs.readFile(lockPath, 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  try {
    parse(path.relative(siteDir, lockPath), text);
    return [];
  } catch (error) {
    if (error instanceof DataError) return [error];
    throw error;
  }
}

const DAY_MS = 86_400_000;

/**
 * The calendar sources' problems as the build would see them offline (sig:check never fetches):
 * invalid source files, damaged, missing or stale snapshots; and the series their snapshots give.
 */
function sourceProblems(siteDir: string, meetingsDir: string, options: PluginOptions, now: Date): {meetings: Meeting[]; problems: DataError[]; files: number} {
  const files = readSourceFiles({siteDir, meetingsDir});
  const problems = [...files.problems];
  const meetings: Meeting[] = [];
  for (const source of files.sources) {
    const shown = path.relative(siteDir, snapshotPath(meetingsDir, source));
    try {
      const snapshot = readSnapshot(siteDir, meetingsDir, source);
      if (!snapshot) {
        if (options.calendarSources.withoutSnapshot === 'error') {
          problems.push(new DataError(source.sourceFile, 'url', '(not shown)', `has no snapshot (${shown}): a build that cannot reach the calendar would fail; run \`docusaurus sig:sync\` and commit the snapshot`));
        }
        continue;
      }
      const staleAfterDays = source.staleAfterDays ?? options.calendarSources.staleAfterDays;
      const age = Math.floor((now.getTime() - Date.parse(snapshot.fetchedAt)) / DAY_MS);
      if (isStale(snapshot.fetchedAt, staleAfterDays, now)) {
        problems.push(new DataError(source.sourceFile, 'url', '(not shown)', `has a snapshot ${age} days old (${shown}, of ${snapshot.fetchedAt.slice(0, 10)}; staleAfterDays: ${staleAfterDays}): run \`docusaurus sig:sync\` and commit it`));
      }
      meetings.push(...sourceMeetings(source, snapshot.calendar, {host: snapshot.host, fetchedAt: snapshot.fetchedAt, stale: false}).meetings);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(error);
    }
  }
  return {meetings, problems, files: files.sourceFiles.length};
}

async function staticIcsPaths(context: LoadContext): Promise<string[]> {
  const found = await Promise.all(
    context.siteConfig.staticDirectories.map((dir) => Globby(`${CALENDARS_FOLDER}/**/*.ics`, {cwd: path.resolve(context.siteDir, dir)})),
  );
  return found.flat().map((file) => `/${file}`);
}

/** The locales whose content is translated, with their translations folder of this plugin. */
function translatedLocaleDirs(context: LoadContext, pluginId: string): string[] {
  const {siteDir, i18n} = context;
  const locales = i18n.locales.filter((locale) => locale !== i18n.defaultLocale && i18n.localeConfigs[locale]?.translate !== false);
  return locales.map((locale) => {
    const localizationDir = path.resolve(siteDir, i18n.path, i18n.localeConfigs[locale]?.path ?? locale);
    return getPluginI18nPath({localizationDir, pluginName: PLUGIN_NAME, pluginId});
  });
}

/**
 * The minutes files (meetings/<id>/<date>.md) and their translations into each translated locale;
 * not those of a series whose file is invalid (`invalidIds`), which that file's problem stands for.
 */
function minutesFileProblems(context: LoadContext, pluginId: string, meetingsDir: string, meetings: Meeting[], invalidIds: string[]): DataError[] {
  const {siteDir} = context;
  const original = loadMinutes({siteDir, meetingsDir, meetings});
  // Each locale's translations; the originals' problems once.
  const translations = translatedLocaleDirs(context, pluginId).flatMap(
    (dir) => loadMinutes({siteDir, meetingsDir, localizedDir: path.join(dir, 'meetings'), meetings}).problems.filter((problem) => !original.problems.some((o) => o.message === problem.message)),
  );
  return [...original.problems, ...translations].filter((problem) => !(problem.field === 'series' && invalidIds.includes(String(problem.value))));
}

/** The agenda templates of `sig:agenda` (meetings/<id>.agenda.md): a series of that id, and only known placeholders. */
async function agendaTemplateProblems(siteDir: string, meetingsDir: string, meetings: Meeting[], invalidMeetingIds: string[]): Promise<DataError[]> {
  const names = await fs.readdir(meetingsDir).catch(() => [] as string[]);
  const ids = new Set(meetings.map((meeting) => meeting.id));
  return names.flatMap((name) => {
    const id = AGENDA_TEMPLATE.exec(name)?.[1];
    if (id === undefined || invalidMeetingIds.includes(id)) return [];
    const file = relativeToSite(siteDir, path.join(meetingsDir, name));
    if (!ids.has(id)) {
      return [new DataError(file, 'series', id, `is not the id of a meeting series (known: ${[...ids].join(', ') || 'none'}): name the template <id>.agenda.md`)];
    }
    try {
      return templateProblems({file, text: readText(path.join(meetingsDir, name), {maxBytes: MAX_TEMPLATE_BYTES, file, what: 'an agenda template'})});
    } catch (error) {
      if (error instanceof DataError) return [error];
      throw error;
    }
  });
}

/** The translations of the event files into each translated locale, which that locale's build reads. */
async function eventTranslationProblems(context: LoadContext, pluginId: string, events: ParsedEventFile[]): Promise<DataError[]> {
  const problems: DataError[] = [];
  for (const pluginDir of translatedLocaleDirs(context, pluginId)) {
    const localizedDir = path.join(pluginDir, 'events');
    for (const {event, frontMatter, name} of events) {
      try {
        await readTranslation(context, event, frontMatter, localizedDir, name);
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        problems.push(error);
      }
    }
  }
  return problems;
}

export async function checkSite(args: {
  context: LoadContext;
  options: PluginOptions;
  /** The site's docs plugin instances, with their normalized options. */
  docsPlugins: DocsPluginOptions[];
  /** Folders of the site's pages and components (absolute); the events folder is added. */
  pageDirs: string[];
  now: Date;
}): Promise<CheckReport> {
  const {context, options, now} = args;
  const {siteDir, siteConfig} = context;
  const meetingsDir = path.resolve(siteDir, options.meetingsPath);
  const eventsDir = path.resolve(siteDir, options.eventsPath);

  const [meetingFiles, eventFiles, meetingsLockProblems, eventsLockProblems] = await Promise.all([
    readMeetingFiles({siteDir, meetingsDir}),
    readEventFiles(context, eventsDir),
    lockFileProblems(siteDir, path.join(meetingsDir, LOCK_FILE_NAME), parseLockFile),
    lockFileProblems(siteDir, path.join(eventsDir, LOCK_FILE_NAME), parseEventLockFile),
  ]);
  const calendarSources = sourceProblems(siteDir, meetingsDir, options, now);
  const meetings = [...meetingFiles.meetings, ...calendarSources.meetings];
  const clashes = sourceClashes(meetings, calendarSources.meetings);
  // A page naming an invalid file's meeting or event is not reported twice: the file's own problem says it.
  const invalidMeetingIds = meetingFiles.problems.map((e) => idFromFileName(e.file));
  const dataProblems = [
    ...meetingFiles.problems,
    ...calendarSources.problems,
    ...clashes,
    ...eventFiles.problems,
    ...meetingsLockProblems,
    ...eventsLockProblems,
    ...(await eventTranslationProblems(context, options.id, eventFiles.parsed)),
    ...minutesFileProblems(context, options.id, meetingsDir, meetings, invalidMeetingIds),
    ...(await agendaTemplateProblems(siteDir, meetingsDir, meetings, invalidMeetingIds)),
  ];

  const invalidEventSlugs = eventFiles.problems.map((e) => slugFromPath(path.relative(eventsDir, path.join(siteDir, e.file))));
  const meetingIcs = [...meetings.map((m) => m.ics), ...invalidMeetingIds];
  // As a production build: drafts and events still to be published have neither page nor calendar.
  const publishedEvents = eventFiles.parsed.map(({event}) => event).filter((event) => eventVisibility(event, {production: true, now}) !== 'hidden');
  const eventIcs = [
    ...publishedEvents.filter((event) => hasEventPage(event, options.eventsRoute)).map((event) => event.slug),
    ...(options.eventsRoute ? invalidEventSlugs : []),
  ];
  const docsPlugins = args.docsPlugins.filter((docs) => !options.docsPluginIds || options.docsPluginIds.includes(docs.id));
  const tags = Object.fromEntries(
    await Promise.all(docsPlugins.map(async (docs): Promise<[string, TagSummary[]]> => [docs.id, await readDocsTags(context, docs)])),
  );
  const site: SiteNames = {
    tags,
    meetingIds: new Set([...meetings.map((m) => m.id), ...invalidMeetingIds]),
    icsPaths: new Set([
      ...(meetingIcs.length > 0 ? [ALL_MEETINGS_ICS_PATH] : []),
      ...meetingIcs.map(meetingIcsPath),
      ...eventIcs.map(eventIcsPath),
      // As the build: the calendar of all events exists once there is an event (or with emptyPages).
      ...(hasListingPages(options.eventsRoute, publishedEvents.length, options.emptyPages) ? [eventFeedPaths(options.eventsRoute).calendar] : []),
      ...(await staticIcsPaths(context)),
    ]),
    host: new URL(siteConfig.url).host,
    baseUrl: normalizeUrl([siteConfig.baseUrl, '/']),
  };

  const pluginPackageDir = path.resolve(__dirname, '../..');
  const dirs = [...new Set([...args.pageDirs, eventsDir])];
  const sources = (
    await Promise.all(
      dirs.map((dir) =>
        readSiteSources(dir, [context.outDir, context.generatedFilesDir, pluginPackageDir], (_file, text) => mayUseDataComponents(text) || text.includes('.ics')),
      ),
    )
  ).flat();
  const located = [
    ...(await Promise.all(dataProblems.map((error) => locate(siteDir, error)))),
    ...sources.flatMap(({file, text}) => findSourceProblems(relativeToSite(siteDir, file), text, site)),
  ];
  located.sort((a, b) => (a.error.file === b.error.file ? a.line - b.line : a.error.file < b.error.file ? -1 : 1));
  return {
    problems: located.map(({error, line}) => error.at(line)),
    counts: {
      meetings: meetingFiles.sourceFiles.length + calendarSources.files,
      events: new Set([...eventFiles.parsed.map((p) => p.event.sourceFile), ...eventFiles.problems.map((e) => e.file)]).size,
      pages: sources.length,
    },
  };
}
