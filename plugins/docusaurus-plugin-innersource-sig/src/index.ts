import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {MeetingClientData, PluginGlobalData, PluginOptions} from './types';
import {EmitFilesPlugin, type GeneratedFiles} from './bundler/emitFilesPlugin';
import {handleLoadError} from './lifecycle/buildError';
import {loadMeetingsContent, type MeetingsContent} from './lifecycle/loadMeetings';
import {collectTagIndexes} from './lifecycle/collectDocs';
import {reportContentProblems} from './lifecycle/reportContentProblems';
import {meetingClientData} from './meetings';

export {validateOptions, DEFAULT_OPTIONS} from './options';
export type * from './types';

export const PLUGIN_NAME = 'docusaurus-plugin-innersource-sig';

export interface PluginContent {
  meetings: MeetingsContent;
}

export default function pluginInnerSourceSig(
  context: LoadContext,
  options: PluginOptions,
): Plugin<PluginContent> {
  const {siteDir, siteConfig, baseUrl} = context;
  const meetingsDir = path.resolve(siteDir, options.meetingsPath);
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
      return [`${meetingsDir}/*.{yml,yaml}`];
    },

    async loadContent() {
      try {
        const meetings = await loadMeetingsContent({
          siteDir,
          meetingsDir,
          calendarName: options.calendarName,
          siteUrl: absoluteSiteUrl,
          meetingsPageUrl: options.meetingsRoute ? `${absoluteSiteUrl}${options.meetingsRoute.slice(1)}` : absoluteSiteUrl,
          uidDomain: new URL(siteConfig.url).hostname,
          now: new Date(),
        });
        generated = {files: meetings.icsFiles, sources: meetings.sourceFiles};
        return {meetings};
      } catch (error) {
        handleLoadError(error);
      }
    },

    async allContentLoaded({allContent, actions}) {
      const content = allContent[PLUGIN_NAME]?.[options.id] as PluginContent;
      const now = new Date();
      const meetings: Record<string, MeetingClientData> = {};
      for (const meeting of content.meetings.meetings) {
        meetings[meeting.id] = meetingClientData(meeting, {
          now,
          horizonDays: options.occurrenceHorizonDays,
          maxOccurrences: 60,
          icsPath: `/ics/${meeting.ics}.ics`,
          // Google's template link cannot carry cancellations: its details point to the feed.
          icsUrl: `${absoluteSiteUrl}ics/${meeting.ics}.ics`,
        });
      }
      const globalData: PluginGlobalData = {
        docs: collectTagIndexes(allContent, options.docsPluginIds),
        meetings,
        meetingsFeedPath: '/ics/meetings.ics',
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
      // Generated files belong to the client build's output (the build folder), once.
      if (isServer) return {};
      return {plugins: [new EmitFilesPlugin(() => generated)]};
    },

    async postBuild({outDir}) {
      await reportContentProblems({outDir, siteUrl: siteConfig.url, baseUrl, level: options.onUnknownTag});
    },
  };
}
