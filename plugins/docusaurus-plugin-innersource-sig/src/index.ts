import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {DEFAULT_PLUGIN_ID, getPluginI18nPath, normalizeUrl} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PluginGlobalData, PluginOptions} from './types';
import {EmitFilesPlugin, type GeneratedFiles} from './bundler/emitFilesPlugin';
import type {ImportCommandOptions} from './cli/import';
import {handleLoadError, stopOnAuthorError} from './lifecycle/buildError';
import {loadMeetingsContent, readMeetingFiles, type MeetingsContent} from './lifecycle/loadMeetings';
import {isOffline, loadSourceMeetings, readSourceFiles} from './lifecycle/loadSources';
import {SNAPSHOTS_DIR} from './sources/snapshot';
import {loadMinutes, type MinutesContent} from './lifecycle/loadMinutes';
import {addSeriesPageRoutes} from './lifecycle/seriesPageRoutes';
import {addMeetingCalendarRoutes, meetingCalendarPath} from './lifecycle/meetingCalendarRoutes';
import {buildMonthViews, type MonthViews} from './meetings/monthView';
import {validateMeetingSet} from './meetings';
import {byNextMeeting} from './meetings/order';
import logger from '@docusaurus/logger';
import {dataErrorsOf, dataProblemsError} from './errors';
import {
  createEventRoutes,
  createEventsMDXLoaderRule,
  isProductionVisibility,
  loadEventsContent,
  type EventsContent,
} from './lifecycle/loadEvents';
import {collectTagIndexes} from './lifecycle/collectDocs';
import {addEventListingRoutes} from './lifecycle/eventListingRoutes';
import {eventFeedPaths, oversizedOutputs, renderGeneratedFiles, type RenderedFiles} from './lifecycle/renderFiles';
import {readEventsLock, updateEventsLock} from './lifecycle/eventsLock';
import type {EventLockEntry} from './events';
import {reportContentProblems} from './lifecycle/reportContentProblems';
import {sourceMayShowProblems} from './content-checks/pagesToCheck';
import {recordTiming} from './timings';
import {intlLocale} from './intl';
import {PLUGIN_NAME} from './pluginName';
import {languageFor, type CalendarText} from './languages';
import en from './languages/en';
import {buildPageDataModules, type PageDataLoaderOptions} from './pageData/modules';
import {scanSiteSources} from './pageData/sources';
import {defaultCodeTranslations} from './translations/codeTranslations';
import {contentTranslationFiles, translateContent} from './translations/contentTranslations';

export {validateOptions, DEFAULT_OPTIONS} from './options';
export type * from './types';

export {PLUGIN_NAME};

/** The loader's map of page-data modules, written next to them. */
const PAGE_DATA_INDEX = 'page-data-index.json';

export interface PluginContent {
  meetings: MeetingsContent;
  /** Minutes files (meetings/<id>/<date>.md), in the page's language. */
  minutes: MinutesContent;
  events: EventsContent;
  /** Calendar lock entries of the published events, by slug. */
  eventStamps: Record<string, EventLockEntry>;
  /** Name of /ics/meetings.ics, in the page's language once translated. */
  calendarName: string;
  /** Name of /ics/events.ics and title of the events feeds, in the page's language once translated. */
  eventsCalendarName: string;
  /** Words of the calendar files and links, in the page's language. */
  calendarText: CalendarText;
  /** The Intl locale of the page's language. */
  locale: string;
  /** When the content was loaded: "now" for the dates in the static HTML. */
  loadedAt: Date;
  /** Route of the meetings page with the base URL, if the site has one (search links series to it). */
  meetingsPagePath?: string;
  /** Whether each series has its page under the meetings page (option `seriesPages`). */
  seriesPages: boolean;
  /** Route of the events page with the base URL, if any (search leaves its filtered pages out). */
  eventsPagePath?: string;
}

/**
 * The current locale's language for Intl, its translations folder (if it is translated) and the
 * UID domain, which is the default locale's host so that every locale's calendars share UIDs.
 */
function localeSettings(context: LoadContext, pluginId: string) {
  const {i18n, siteConfig, localizationDir} = context;
  const localeConfig = i18n.localeConfigs[i18n.currentLocale];
  const defaultUrl = i18n.localeConfigs[i18n.defaultLocale]?.url ?? siteConfig.url;
  return {
    intl: intlLocale(localeConfig?.htmlLang ?? i18n.currentLocale),
    // `translate: false` (Docusaurus 3.8+) means the locale's content is not translated.
    localizedDir: localeConfig?.translate === false ? undefined : getPluginI18nPath({localizationDir, pluginName: PLUGIN_NAME, pluginId}),
    uidDomain: new URL(defaultUrl).hostname,
  };
}

/** Output paths as site paths ("/ics/events.ics"), which pages resolve with useBaseUrl. */
function sitePaths<T extends Record<string, string>>(paths: T): T {
  return Object.fromEntries(Object.entries(paths).map(([name, file]) => [name, `/${file}`])) as T;
}

/** The build's output folder: another locale than the default builds into a subfolder of it (build/fr). */
function outputRoot({outDir, baseUrl, i18n}: LoadContext): string {
  const defaultBaseUrl = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl;
  if (!defaultBaseUrl || !baseUrl.startsWith(defaultBaseUrl)) return outDir;
  const depth = baseUrl.slice(defaultBaseUrl.length).split('/').filter(Boolean).length;
  return path.resolve(outDir, ...Array<string>(depth).fill('..'));
}

/** One line saying which pages and files the plugin added, so that a site sees what it got. */
function reportAddedPages({content, listingPages, seriesPages, files}: {content: PluginContent; listingPages: number; seriesPages: {series: number; minutes: number; calendar: number}; files: Map<string, string>}): void {
  const eventPages = content.events.events.filter((event) => event.page).length;
  const parts = [
    content.meetingsPagePath,
    seriesPages.series > 0 && `${seriesPages.series} series page${seriesPages.series === 1 ? '' : 's'}`,
    seriesPages.minutes > 0 && `${seriesPages.minutes} minutes page${seriesPages.minutes === 1 ? '' : 's'}`,
    seriesPages.calendar > 0 && `${seriesPages.calendar} month view pages`,
    content.eventsPagePath && `${content.eventsPagePath} (${listingPages} listing page${listingPages === 1 ? '' : 's'})`,
    eventPages > 0 && `${eventPages} event page${eventPages === 1 ? '' : 's'}`,
    [...files.keys()].some((file) => file.endsWith('.xml') || file.endsWith('.json')) && 'the events feeds',
    `${[...files.keys()].filter((file) => file.endsWith('.ics')).length} calendar files under /ics/`,
  ].filter(Boolean);
  logger.info`[innersource-sig] Added ${parts.join(', ')}.`;
}

export default async function pluginInnerSourceSig(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<PluginContent>> {
  const {siteDir, siteConfig, baseUrl, generatedFilesDir, i18n} = context;
  const meetingsDir = path.resolve(siteDir, options.meetingsPath);
  const eventsDir = path.resolve(siteDir, options.eventsPath);
  const locale = localeSettings(context, options.id);
  // Translated event pages, like docs: i18n/<locale>/docusaurus-plugin-innersource-sig/events/.
  const localizedEventsDir = locale.localizedDir && path.join(locale.localizedDir, 'events');
  // Translated minutes, the same way: i18n/<locale>/docusaurus-plugin-innersource-sig/meetings/<id>/<date>.md.
  const localizedMeetingsDir = locale.localizedDir && path.join(locale.localizedDir, 'meetings');
  const eventsBasePath = options.eventsRoute && normalizeUrl([baseUrl, options.eventsRoute]);
  const meetingsPagePath = options.meetingsRoute && normalizeUrl([baseUrl, options.meetingsRoute]);
  // Event pages are MDX modules like plugin-content-pages' pages, with their metadata from createData.
  const dataDir = path.join(generatedFilesDir, PLUGIN_NAME, options.id);
  const mdxPageDirs = [eventsDir, localizedEventsDir, meetingsDir, localizedMeetingsDir].filter((dir): dir is string => Boolean(dir));
  const eventsMDXRule = await createEventsMDXLoaderRule(context, mdxPageDirs, dataDir);
  const pageDataLoaderOptions: PageDataLoaderOptions = {
    indexPath: path.join(dataDir, PAGE_DATA_INDEX),
    markdownFormat: siteConfig.markdown.format,
  };
  const pluginPackageDir = path.resolve(__dirname, '..');
  // MDX and JS sources of the site, but not the generated files or this package's own theme.
  const pageDataRule = {
    test: /\.(?:mdx?|[jt]sx?)$/i,
    enforce: 'pre' as const,
    exclude: [/[\\/]node_modules[\\/]/, generatedFilesDir, pluginPackageDir],
    use: [{loader: require.resolve('./bundler/pageDataLoader'), options: pageDataLoaderOptions}],
  };
  // A production build hands the loader only the files that name a component (found once the
  // content is loaded); `docusaurus start` gives it every file, as any edit may add a component.
  let componentSources: string[] | undefined;
  // The same read of the site tells the content checks which built pages can hold a problem.
  let problemSources: Map<string, boolean> | undefined;
  // Updated on every content (re)load; the bundler plugin reads it when it emits.
  let generated: GeneratedFiles = {files: new Map(), sources: []};
  // The calendars and feeds of the last content rendered: in `docusaurus start`, a change to any
  // other plugin's content runs allContentLoaded again, with this plugin's content unchanged.
  let rendered: {content: PluginContent; output: RenderedFiles; monthViews: MonthViews} | undefined;
  // Which pages and files the plugin adds is said once per process, not per locale or dev-server reload.
  let routesReported = false;
  const siteUrl = siteConfig.url.replace(/\/$/, '');
  const absoluteSiteUrl = `${siteUrl}${baseUrl}`;

  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return '../lib/theme';
    },
    getTypeScriptThemePath() {
      return '../src/theme';
    },
    getPathsToWatch() {
      const events = [eventsDir, ...(localizedEventsDir ? [localizedEventsDir] : [])].map((dir) => `${dir}/**/*.{md,mdx}`);
      const minutes = [meetingsDir, ...(localizedMeetingsDir ? [localizedMeetingsDir] : [])].map((dir) => `${dir}/*/*.{md,mdx}`);
      return [`${meetingsDir}/*.{yml,yaml}`, `${meetingsDir}/${SNAPSHOTS_DIR}/*.ics`, ...events, ...minutes];
    },

    extendCli(cli) {
      // One command per plugin instance, as docs:version does: two instances would both run one.
      const name = (command: string) => (options.id === DEFAULT_PLUGIN_ID ? command : `${command}:${options.id}`);
      // Both loaded on use: builds need neither.
      cli
        .command(name('sig:check'))
        .description('Check meeting files, event front matter, and the tags, meetings and .ics links that pages name, without building')
        .action(async () => {
          const {runCheckCommand} = await import('./check/command');
          process.exitCode = await runCheckCommand(context, options);
        });
      cli
        .command(name('sig:sync'))
        .description(`Fetch every calendar source (${options.meetingsPath}/<name>.source.yml), update its snapshot and print what changed; exit code 2 when a schedule changed`)
        .action(async () => {
          const {runSyncCommand} = await import('./cli/sync');
          process.exitCode = await runSyncCommand({siteDir}, options);
        });
      cli
        .command(name('sig:agenda'))
        .arguments('<id>')
        .description(`Print the agenda issue (title and Markdown body) of a series' next meeting, with the template ${options.meetingsPath}/<id>.agenda.md if there is one; exit code 1 when there is none to print`)
        .option('--date <day>', 'the meeting of this day (YYYY-MM-DD, in the series\' zone) instead of the next one ("next")')
        .option('--zone <zone>', 'also show the time in this IANA zone (repeatable; UTC is always shown)', (value: string, previous: string[]) => [...previous, value], [])
        .option('--json', 'print {id, date, title, body, start, end, timezone, join, calendar} as JSON')
        .action(async (id: string, command: {opts(): import('./cli/agenda').AgendaFlags}) => {
          const {runAgendaCommand} = await import('./cli/agenda');
          process.exitCode = await runAgendaCommand(context, options, id, command.opts());
        });
      cli
        .command(name('sig:import'))
        .arguments('<files...>')
        .description(`Turn calendar exports (.ics) into meeting files, one per recurring series (default folder: ${options.meetingsPath})`)
        .option('--out <dir>', 'folder to write the meeting files to')
        .option('--force', 'replace the file of a series imported before (same UID)')
        .option('--zone <tzid=zone>', 'IANA zone of a TZID that neither a table nor the file explains (repeatable)', (value: string, previous: string[]) => [...previous, value], [])
        .action(async (files: string[], command: {opts(): ImportCommandOptions}) => {
          const {importCommand} = await import('./cli/import');
          await importCommand(files, command.opts(), {siteDir, meetingsPath: options.meetingsPath});
        });
    },

    getDefaultCodeTranslationMessages() {
      return defaultCodeTranslations(i18n.currentLocale, 'plugin');
    },

    async loadContent() {
      try {
        const now = new Date();
        // Every data file is read and checked before anything is written (the meetings' lock
        // file), so that a build lists the problems of all files, events and meetings, at once.
        const meetingFiles = await readMeetingFiles({siteDir, meetingsDir});
        const events = await loadEventsContent({
          context,
          eventsDir,
          localizedDir: localizedEventsDir,
          eventsBasePath,
          locale: locale.intl,
          production: isProductionVisibility(),
          now,
        }).catch((error: unknown) => {
          const problems = dataErrorsOf(error);
          throw problems.length > 0 ? dataProblemsError([...problems, ...meetingFiles.problems]) : error;
        });
        const sourceFiles = readSourceFiles({siteDir, meetingsDir});
        if (meetingFiles.problems.length > 0 || sourceFiles.problems.length > 0) throw dataProblemsError([...meetingFiles.problems, ...sourceFiles.problems]);
        // Calendars are fetched only once every file is valid: a bad file fails fast, offline.
        const sources = await loadSourceMeetings({
          siteDir,
          meetingsDir,
          sources: sourceFiles.sources,
          settings: {
            offline: isOffline(process.env),
            env: process.env,
            limits: {timeoutMs: options.calendarSources.timeout * 1000, maxBytes: options.calendarSources.maxSizeMB * 1024 * 1024},
            options: options.calendarSources,
            now,
          },
        });
        const allMeetings = [...meetingFiles.meetings, ...sources.meetings];
        // Clashes between meeting files were found when they were read; here those with a source's series.
        const clashes = validateMeetingSet(allMeetings).filter((problem) => sources.meetings.some((meeting) => meeting.sourceFile === problem.file));
        if (sources.problems.length > 0 || clashes.length > 0) throw dataProblemsError([...sources.problems, ...clashes]);
        const minutes = loadMinutes({siteDir, meetingsDir, localizedDir: localizedMeetingsDir, meetings: allMeetings});
        if (minutes.problems.length > 0) throw dataProblemsError(minutes.problems);
        const previousEventsLock = await readEventsLock({siteDir, eventsDir});
        const meetings = await loadMeetingsContent({
          siteDir,
          meetingsDir,
          files: {meetings: allMeetings, problems: [], sourceFiles: [...meetingFiles.sourceFiles, ...sourceFiles.sourceFiles]},
          now,
        });
        const eventStamps = await updateEventsLock({siteDir, eventsDir, events: events.events, previous: previousEventsLock, now});
        const language = languageFor(locale.intl) ?? en;
        const calendarText = language.calendar;
        const defaultNames = language.calendarNames(siteConfig.title);
        return {
          meetings,
          minutes: minutes.content,
          events,
          eventStamps,
          calendarName: options.calendarName ?? defaultNames.meetings,
          eventsCalendarName: options.eventsCalendarName ?? defaultNames.events,
          calendarText,
          locale: locale.intl,
          loadedAt: now,
          seriesPages: options.seriesPages,
          // Pages nobody asked for: a site with no meeting (or no event) gets no meetings page (or
          // events listing, feeds and calendar of all events) unless it keeps the empty pages.
          ...(meetingsPagePath && (allMeetings.length > 0 || options.emptyPages) ? {meetingsPagePath} : {}),
          ...(eventsBasePath && (events.events.length > 0 || options.emptyPages) ? {eventsPagePath: eventsBasePath} : {}),
        };
      } catch (error) {
        handleLoadError(error);
      }
    },

    getTranslationFiles({content}) {
      return contentTranslationFiles({...content, meetings: content.meetings.meetings});
    },

    translateContent({content, translationFiles}) {
      try {
        const translated = translateContent({...content, meetings: content.meetings.meetings}, translationFiles, path.relative(siteDir, locale.localizedDir ?? ''));
        return {...content, ...translated, meetings: {...content.meetings, meetings: translated.meetings}};
      } catch (error) {
        handleLoadError(error);
      }
    },

    async allContentLoaded({allContent, actions}) {
      const content = allContent[PLUGIN_NAME]?.[options.id] as PluginContent;
      if (rendered?.content !== content) {
        const output = renderGeneratedFiles(
          {...content, events: content.events.events},
          {
            siteUrl: absoluteSiteUrl,
            meetingsPageUrl: content.meetingsPagePath ? `${siteUrl}${content.meetingsPagePath}` : absoluteSiteUrl,
            eventsRoute: content.eventsPagePath ? options.eventsRoute : false,
            uidDomain: locale.uidDomain,
            horizonDays: options.occurrenceHorizonDays,
          },
        );
        const monthViews = buildMonthViews({
          meetings: content.meetings.meetings,
          events: content.events.events.map((event) => event.summary),
          now: content.loadedAt,
          locale: content.locale,
          calendarPath: content.meetingsPagePath && meetingCalendarPath(content.meetingsPagePath),
        });
        rendered = {content, output, monthViews};
      }
      const oversized = oversizedOutputs(rendered.output.files);
      if (oversized.length > 0) stopOnAuthorError(oversized.join('\n'));
      const {output, monthViews} = rendered;
      generated = {files: output.files, sources: [...content.meetings.sourceFiles, ...content.minutes.sourceFiles, ...content.events.sourceFiles]};
      const tagIndexes = collectTagIndexes(allContent, options.docsPluginIds);
      const meetings = byNextMeeting(
        content.meetings.meetings.map((meeting) => output.meetingsClientData[meeting.id]!),
        content.loadedAt,
        content.locale,
      );
      // Lists, tables and event cards get their data from modules imported by the pages using them.
      const pageData = buildPageDataModules({
        tagIndexes,
        meetings,
        calendarMonth: monthViews.current,
        events: content.events.events.map((event) => event.summary),
        dataDir,
        storeModule: path.resolve(__dirname, 'client/pageData.js'),
      });
      await Promise.all([...pageData.files].map(([name, source]) => actions.createData(name, source)));
      await actions.createData(PAGE_DATA_INDEX, JSON.stringify(pageData.index));
      // Here rather than in contentLoaded, which runs beside the other plugins' loading: there the
      // event pages' data files waited for the docs plugin's file operations (1.4 s at 5,000 docs).
      await createEventRoutes(content.events, actions, eventsBasePath);
      if (process.env.NODE_ENV === 'production') {
        ({componentSources, problemSources} = await scanSiteSources(siteDir, [outputRoot(context), generatedFilesDir, pluginPackageDir], meetingsDir));
      }

      // Only what every page may need: which tags and meetings exist (for notices) and the build time.
      const globalData: PluginGlobalData = {
        tags: Object.fromEntries(
          Object.entries(tagIndexes).map(([pluginId, index]) => [pluginId, index.tags.map(({label, key}) => ({label, key}))]),
        ),
        meetingIds: meetings.map((meeting) => meeting.id),
        meetingsFeedPath: '/ics/meetings.ics',
        ...(options.meetingsRoute && content.meetingsPagePath && options.seriesPages ? {meetingsPagePath: normalizeUrl(['/', options.meetingsRoute])} : {}),
        ...(options.meetingsRoute && content.meetingsPagePath ? {meetingCalendarPath: meetingCalendarPath(normalizeUrl(['/', options.meetingsRoute]))} : {}),
        ...(options.eventsRoute && content.eventsPagePath ? {eventFeeds: sitePaths(eventFeedPaths(options.eventsRoute))} : {}),
        builtAt: Math.floor(content.loadedAt.getTime() / 1000),
      };
      actions.setGlobalData(globalData);

      // The list pages load their data as route modules, like any page's content.
      let listingPages = 0;
      if (content.eventsPagePath) {
        const events = content.events.events.map((event) => event.summary);
        listingPages = await addEventListingRoutes({events, eventsBasePath: content.eventsPagePath, eventsRoute: options.eventsRoute as string, eventsModule: pageData.index.events, locale: content.locale, actions});
      }
      let seriesPages = {series: 0, minutes: 0, calendar: 0};
      if (content.meetingsPagePath) {
        actions.addRoute({path: content.meetingsPagePath, component: '@theme/MeetingsPage', exact: true, modules: {meetings: pageData.index.meetings.all}});
        if (options.seriesPages) seriesPages = {...seriesPages, ...(await addSeriesPageRoutes({content, meetingsPagePath: content.meetingsPagePath, siteDir, meetingModules: pageData.index.meetings.modules, actions}))};
        seriesPages.calendar = await addMeetingCalendarRoutes({views: monthViews, meetingsPagePath: content.meetingsPagePath, currentMonthModule: pageData.index.calendar!, actions});
      }
      if (!routesReported && i18n.currentLocale === i18n.defaultLocale) {
        routesReported = true;
        reportAddedPages({content, listingPages, seriesPages, files: output.files});
      }
    },

    configureWebpack(_config, isServer) {
      // Both compilers render event pages; generated files belong to the client build's output (the build folder), once.
      const include = componentSources ?? [siteDir];
      const module = {rules: include.length > 0 ? [eventsMDXRule, {...pageDataRule, include}] : [eventsMDXRule]};
      if (isServer) return {module};
      return {module, plugins: [new EmitFilesPlugin(() => generated)]};
    },

    async postBuild({outDir, routes}) {
      const started = performance.now();
      const pages = problemSources && {routes, sources: problemSources, configMayShowProblems: sourceMayShowProblems(JSON.stringify(siteConfig))};
      await reportContentProblems({outDir, siteUrl: siteConfig.url, baseUrl, level: options.onUnknownTag, pages});
      recordTiming('postBuild', started);
    },
  };
}
