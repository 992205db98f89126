import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {MeetingClientData, PluginGlobalData, PluginOptions} from './types';
import {EmitFilesPlugin, type GeneratedFiles} from './bundler/emitFilesPlugin';
import {handleLoadError} from './lifecycle/buildError';
import {loadMeetingsContent, type MeetingsContent} from './lifecycle/loadMeetings';
import {
  createEventRoutes,
  createEventsMDXLoaderRule,
  isProductionVisibility,
  loadEventsContent,
  type EventsContent,
} from './lifecycle/loadEvents';
import {collectTagIndexes} from './lifecycle/collectDocs';
import {reportContentProblems} from './lifecycle/reportContentProblems';
import {meetingClientData} from './meetings';
import {buildPageDataModules, type PageDataLoaderOptions} from './pageData/modules';
import {findComponentSources} from './pageData/sources';

export {validateOptions, DEFAULT_OPTIONS} from './options';
export type * from './types';

export const PLUGIN_NAME = 'docusaurus-plugin-innersource-sig';

/** The loader's map of page-data modules, written next to them. */
const PAGE_DATA_INDEX = 'page-data-index.json';

export interface PluginContent {
  meetings: MeetingsContent;
  /** What MeetingTable gets, by series id; computed with the content, not on every reload of other plugins. */
  meetingsClientData: Record<string, MeetingClientData>;
  events: EventsContent;
  /** When the content was loaded: "now" for the dates in the static HTML. */
  loadedAt: Date;
}

export default async function pluginInnerSourceSig(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<PluginContent>> {
  const {siteDir, siteConfig, baseUrl, generatedFilesDir} = context;
  const meetingsDir = path.resolve(siteDir, options.meetingsPath);
  const eventsDir = path.resolve(siteDir, options.eventsPath);
  const eventsBasePath = options.eventsRoute && normalizeUrl([baseUrl, options.eventsRoute]);
  const meetingsPagePath = options.meetingsRoute && normalizeUrl([baseUrl, options.meetingsRoute]);
  // Event pages are MDX modules like plugin-content-pages' pages, with their metadata from createData.
  const dataDir = path.join(generatedFilesDir, PLUGIN_NAME, options.id);
  const eventsMDXRule = await createEventsMDXLoaderRule(context, eventsDir, dataDir);
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
  // Updated on every content (re)load; the bundler plugin reads it when it emits.
  let generated: GeneratedFiles = {files: new Map(), sources: []};
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
      return [`${meetingsDir}/*.{yml,yaml}`, `${eventsDir}/**/*.{md,mdx}`];
    },

    async loadContent() {
      try {
        const now = new Date();
        const uidDomain = new URL(siteConfig.url).hostname;
        // Events first: they write nothing, so a bad event file fails the load before meetings update their lock file.
        const events = await loadEventsContent({
          context,
          eventsDir,
          eventsBasePath,
          uidDomain,
          production: isProductionVisibility(),
          now,
        });
        const meetings = await loadMeetingsContent({
          siteDir,
          meetingsDir,
          calendarName: options.calendarName,
          siteUrl: absoluteSiteUrl,
          meetingsPageUrl: meetingsPagePath ? `${siteUrl}${meetingsPagePath}` : absoluteSiteUrl,
          uidDomain,
          now,
        });
        const meetingsClientData: Record<string, MeetingClientData> = {};
        for (const meeting of meetings.meetings) {
          meetingsClientData[meeting.id] = meetingClientData(meeting, {
            now,
            horizonDays: options.occurrenceHorizonDays,
            // Enough for a page built months ago, small enough for the pages that show the table.
            maxOccurrences: 12,
            icsPath: `/ics/${meeting.ics}.ics`,
            // Google's template link cannot carry cancellations: its details point to the feed.
            icsUrl: `${absoluteSiteUrl}ics/${meeting.ics}.ics`,
          });
        }
        generated = {
          files: new Map([...meetings.icsFiles, ...events.icsFiles]),
          sources: [...meetings.sourceFiles, ...events.sourceFiles],
        };
        return {meetings, meetingsClientData, events, loadedAt: now};
      } catch (error) {
        handleLoadError(error);
      }
    },

    async contentLoaded({content, actions}) {
      await createEventRoutes(content.events, actions, eventsBasePath);
    },

    async allContentLoaded({allContent, actions}) {
      const content = allContent[PLUGIN_NAME]?.[options.id] as PluginContent;
      const tagIndexes = collectTagIndexes(allContent, options.docsPluginIds);
      const meetings = content.meetings.meetings.map((meeting) => content.meetingsClientData[meeting.id]!);
      // Lists, tables and event cards get their data from modules imported by the pages using them.
      const pageData = buildPageDataModules({
        tagIndexes,
        meetings,
        events: content.events.events.map((event) => event.summary),
        dataDir,
        storeModule: path.resolve(__dirname, 'client/pageData.js'),
      });
      await Promise.all([...pageData.files].map(([name, source]) => actions.createData(name, source)));
      await actions.createData(PAGE_DATA_INDEX, JSON.stringify(pageData.index));
      if (process.env.NODE_ENV === 'production') {
        componentSources = await findComponentSources(siteDir, [context.outDir, generatedFilesDir, pluginPackageDir]);
      }

      // Only what every page may need: which tags and meetings exist (for notices) and the build time.
      const globalData: PluginGlobalData = {
        tags: Object.fromEntries(
          Object.entries(tagIndexes).map(([pluginId, index]) => [pluginId, index.tags.map(({label, key}) => ({label, key}))]),
        ),
        meetingIds: meetings.map((meeting) => meeting.id),
        meetingsFeedPath: '/ics/meetings.ics',
        builtAt: Math.floor(content.loadedAt.getTime() / 1000),
      };
      actions.setGlobalData(globalData);

      // The list pages load their data as route modules, like any page's content.
      if (eventsBasePath) {
        actions.addRoute({path: eventsBasePath, component: '@theme/EventsPage', exact: true, modules: {events: pageData.index.events}});
      }
      if (meetingsPagePath) {
        actions.addRoute({path: meetingsPagePath, component: '@theme/MeetingsPage', exact: true, modules: {meetings: pageData.index.meetings.all}});
      }
    },

    configureWebpack(_config, isServer) {
      // Both compilers render event pages; generated files belong to the client build's output (the build folder), once.
      const include = componentSources ?? [siteDir];
      const module = {rules: include.length > 0 ? [eventsMDXRule, {...pageDataRule, include}] : [eventsMDXRule]};
      if (isServer) return {module};
      return {module, plugins: [new EmitFilesPlugin(() => generated)]};
    },

    async postBuild({outDir}) {
      await reportContentProblems({outDir, siteUrl: siteConfig.url, baseUrl, level: options.onUnknownTag});
    },
  };
}
