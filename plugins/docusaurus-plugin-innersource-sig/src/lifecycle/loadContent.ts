import path from 'node:path';
import {getPluginI18nPath} from '@docusaurus/utils';
import type {LoadContext} from '@docusaurus/types';
import {dataErrorsOf, dataProblemsError} from '../errors';
import {intlLocale} from '../intl';
import {languageFor} from '../languages';
import en from '../languages/en';
import {hasListingPages} from '../outputs';
import {PLUGIN_NAME} from '../pluginName';
import type {PluginContent, PluginOptions} from '../types';
import {readEventsLock, updateEventsLock} from './eventsLock';
import {isProductionVisibility, loadEventsContent} from './loadEvents';
import {loadMeetingsContent, readMeetingFiles} from './loadMeetings';
import {loadMinutes} from './loadMinutes';
import {loadSourceMeetings, readSourceFiles, sourceClashes, sourceSettings} from './loadSources';

/**
 * The current locale's language for Intl, its translations folder (if it is translated) and the
 * UID domain, which is the default locale's host so that every locale's calendars share UIDs.
 */
export function localeSettings(context: LoadContext, pluginId: string) {
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

/** The folders the plugin reads (absolute), with this locale's translations of them when it has some. */
export interface ContentFolders {
  meetingsDir: string;
  eventsDir: string;
  /** Translated minutes, as docs are translated: i18n/<locale>/docusaurus-plugin-innersource-sig/meetings/<id>/<date>.md. */
  localizedMeetingsDir?: string;
  /** Translated event pages, the same way: i18n/<locale>/docusaurus-plugin-innersource-sig/events/. */
  localizedEventsDir?: string;
}

export function contentFolders(siteDir: string, options: PluginOptions, localizedDir: string | undefined): ContentFolders {
  return {
    meetingsDir: path.resolve(siteDir, options.meetingsPath),
    eventsDir: path.resolve(siteDir, options.eventsPath),
    ...(localizedDir && {localizedMeetingsDir: path.join(localizedDir, 'meetings'), localizedEventsDir: path.join(localizedDir, 'events')}),
  };
}

/**
 * Reads and checks every data file (meeting files, calendar sources, minutes, events) and updates
 * the lock files: the plugin's content, in the page's language once translateContent has run.
 */
export async function loadPluginContent(args: {
  context: LoadContext;
  options: PluginOptions;
  folders: ContentFolders;
  /** Intl locale of the page's language. */
  locale: string;
  /** Routes of the meetings and events pages with baseUrl, or false for none. */
  meetingsPagePath: string | false;
  eventsPagePath: string | false;
}): Promise<PluginContent> {
  const {context, options, locale, meetingsPagePath, eventsPagePath} = args;
  const {meetingsDir, eventsDir, localizedMeetingsDir, localizedEventsDir} = args.folders;
  const {siteDir, siteConfig} = context;
  const now = new Date();
  // Every data file is read and checked before anything is written (the meetings' lock
  // file), so that a build lists the problems of all files, events and meetings, at once.
  const meetingFiles = await readMeetingFiles({siteDir, meetingsDir});
  const events = await loadEventsContent({
    context,
    eventsDir,
    localizedDir: localizedEventsDir,
    eventsBasePath: eventsPagePath,
    locale,
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
    settings: sourceSettings(options, now),
  });
  const allMeetings = [...meetingFiles.meetings, ...sources.meetings];
  const clashes = sourceClashes(allMeetings, sources.meetings);
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
  const language = languageFor(locale) ?? en;
  const defaultNames = language.calendarNames(siteConfig.title);
  return {
    meetings,
    minutes: minutes.content,
    events,
    eventStamps,
    calendarName: options.calendarName ?? defaultNames.meetings,
    eventsCalendarName: options.eventsCalendarName ?? defaultNames.events,
    calendarText: language.calendar,
    locale,
    loadedAt: now,
    seriesPages: options.seriesPages,
    ...(hasListingPages(meetingsPagePath, allMeetings.length, options.emptyPages) ? {meetingsPagePath} : {}),
    ...(hasListingPages(eventsPagePath, events.events.length, options.emptyPages) ? {eventsPagePath} : {}),
  };
}
