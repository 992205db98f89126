import {aliasedSitePath, aliasedSitePathToRelativePath} from '@docusaurus/utils';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import {seriesPagesContent} from '../meetings/seriesPages';
import type {MeetingsContent} from './loadMeetings';
import type {MinutesContent} from './loadMinutes';
import {metadataFileName} from './loadEvents';

/**
 * A page per series at /meetings/<id> (its meeting's page-data module and its past meetings) and a
 * page per minutes file at /meetings/<id>/<date>, whose content module is the markdown file.
 */
export async function addSeriesPageRoutes(args: {
  content: {meetings: MeetingsContent; minutes: MinutesContent; loadedAt: Date; locale: string};
  /** With the base URL. */
  meetingsPagePath: string;
  siteDir: string;
  /** The page-data module of each series, which registers its MeetingClientData for MeetingTable. */
  meetingModules: Record<string, string>;
  actions: Pick<PluginContentLoadedActions, 'addRoute' | 'createData'>;
}): Promise<{series: number; minutes: number}> {
  const {content, meetingsPagePath, siteDir, meetingModules, actions} = args;
  const {series, minutesPages} = seriesPagesContent({
    meetings: content.meetings.meetings,
    minutes: content.minutes.minutes,
    now: content.loadedAt,
    locale: content.locale,
    meetingsPagePath,
  });
  const seriesData = await Promise.all(series.map((page) => actions.createData(`series-${page.id}.json`, page.data)));
  series.forEach((page, index) => {
    actions.addRoute({
      path: page.path,
      component: '@theme/MeetingSeriesPage',
      exact: true,
      modules: {meeting: meetingModules[page.id]!, series: seriesData[index]!},
    });
  });
  const sources = minutesPages.map((page) => aliasedSitePath(content.minutes.sources[page.name]!, siteDir));
  // Written all at once, as the event pages' metadata: one by one, each waits behind other plugins' I/O.
  await Promise.all(minutesPages.map((page, index) => actions.createData(metadataFileName(sources[index]!), page.metadata)));
  minutesPages.forEach((page, index) => {
    actions.addRoute({
      path: page.metadata.permalink,
      component: '@theme/MeetingMinutesPage',
      exact: true,
      metadata: {sourceFilePath: aliasedSitePathToRelativePath(sources[index]!)},
      modules: {content: sources[index]!},
    });
  });
  return {series: series.length, minutes: minutesPages.length};
}
