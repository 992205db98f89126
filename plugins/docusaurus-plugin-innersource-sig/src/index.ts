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
  events: EventsContent;
}

export default async function pluginInnerSourceSig(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<PluginContent>> {
  const {siteDir, siteConfig, baseUrl, generatedFilesDir} = context;
  const meetingsDir = path.resolve(siteDir, options.meetingsPath);
  const eventsDir = path.resolve(siteDir, options.eventsPath);
  const eventsBasePath = options.eventsRoute && normalizeUrl([baseUrl, options.eventsRoute]);
  // Event pages are MDX modules like plugin-content-pages' pages, with their metadata from createData.
  const eventsMDXRule = await createEventsMDXLoaderRule(context, eventsDir, path.join(generatedFilesDir, PLUGIN_NAME, options.id));
  // Updated on every content (re)load; the bundler plugin reads it when it emits.
  let generated: GeneratedFiles = {files: new Map(), sources: []};
  const absoluteSiteUrl = `${siteConfig.url.replace(/\/$/, '')}${baseUrl}`;

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
        const uidDomain = new URL(siteConfig.url).hostname;
        // Events first: they write nothing, so a bad event file fails the load before meetings update their lock file.
        const events = await loadEventsContent({
          context,
          eventsDir,
          eventsBasePath,
          uidDomain,
          production: isProductionVisibility(),
          now: new Date(),
        });
        const meetings = await loadMeetingsContent({
          siteDir,
          meetingsDir,
          calendarName: options.calendarName,
          siteUrl: absoluteSiteUrl,
          meetingsPageUrl: options.meetingsRoute ? `${absoluteSiteUrl}${options.meetingsRoute.slice(1)}` : absoluteSiteUrl,
          uidDomain,
          now: new Date(),
        });
        generated = {
          files: new Map([...meetings.icsFiles, ...events.icsFiles]),
          sources: [...meetings.sourceFiles, ...events.sourceFiles],
        };
        return {meetings, events};
      } catch (error) {
        handleLoadError(error);
      }
    },

    async contentLoaded({content, actions}) {
      await createEventRoutes(content.events, actions, eventsBasePath);
    },

    async allContentLoaded({allContent, actions}) {
      const content = allContent[PLUGIN_NAME]?.[options.id] as PluginContent;
      const now = new Date();
      const meetings: Record<string, MeetingClientData> = {};
      for (const meeting of content.meetings.meetings) {
        meetings[meeting.id] = meetingClientData(meeting, {
          now,
          horizonDays: options.occurrenceHorizonDays,
          // Enough for a page built months ago, small enough for every page's global data.
          maxOccurrences: 12,
          icsPath: `/ics/${meeting.ics}.ics`,
          // Google's template link cannot carry cancellations: its details point to the feed.
          icsUrl: `${absoluteSiteUrl}ics/${meeting.ics}.ics`,
        });
      }
      const globalData: PluginGlobalData = {
        docs: collectTagIndexes(allContent, options.docsPluginIds),
        meetings,
        meetingsFeedPath: '/ics/meetings.ics',
        events: content.events.events.map((event) => event.summary),
        builtAt: Math.floor(now.getTime() / 1000),
      };
      actions.setGlobalData(globalData);

      if (options.meetingsRoute) {
        actions.addRoute({
          path: `${baseUrl}${options.meetingsRoute.slice(1)}`,
          component: '@theme/MeetingsPage',
          exact: true,
          props: {meetingIds: Object.keys(meetings)},
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
