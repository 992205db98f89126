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

export {validateOptions, DEFAULT_OPTIONS} from './options';
export type * from './types';

export const PLUGIN_NAME = 'docusaurus-plugin-innersource-sig';

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
  const eventsMDXRule = await createEventsMDXLoaderRule(context, eventsDir, path.join(generatedFilesDir, PLUGIN_NAME, options.id));
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
            // Enough for a page built months ago, small enough for every page's global data.
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
      const globalData: PluginGlobalData = {
        docs: collectTagIndexes(allContent, options.docsPluginIds),
        meetings: content.meetingsClientData,
        meetingsFeedPath: '/ics/meetings.ics',
        events: content.events.events.map((event) => event.summary),
        builtAt: Math.floor(content.loadedAt.getTime() / 1000),
      };
      actions.setGlobalData(globalData);

      if (meetingsPagePath) {
        actions.addRoute({
          path: meetingsPagePath,
          component: '@theme/MeetingsPage',
          exact: true,
          props: {meetingIds: Object.keys(content.meetingsClientData)},
        });
      }
    },

    configureWebpack(_config, isServer) {
      // Both compilers render event pages; generated files belong to the client build's output (the build folder), once.
      const module = {rules: [eventsMDXRule]};
      if (isServer) return {module};
      return {module, plugins: [new EmitFilesPlugin(() => generated)]};
    },

    async postBuild({outDir}) {
      await reportContentProblems({outDir, siteUrl: siteConfig.url, baseUrl, level: options.onUnknownTag});
    },
  };
}
