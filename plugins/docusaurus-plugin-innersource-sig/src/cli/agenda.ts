/**
 * `docusaurus sig:agenda <id> [--date YYYY-MM-DD|next] [--zone <IANA zone>]… [--json]`: prints
 * the title and Markdown body of the agenda issue of a series' next meeting that takes place (or
 * of the given day), for a scheduled job to open as an issue. Stdout holds the agenda alone
 * (scripts read it); everything else goes to stderr. Exit code 0 when an agenda was printed, 1
 * otherwise: unknown id, bad flag, data problem, or a day that is cancelled, moved away or no
 * meeting day, or a series that has ended (said on stderr, nothing on stdout).
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import {normalizeUrl} from '@docusaurus/utils';
import {authorTimeZone, isCalendarDay} from '../calendar/zones';
import {dataErrorsOf, dataProblemsError, type DataError} from '../errors';
import {intlLocale} from '../intl';
import {languageFor} from '../languages';
import en from '../languages/en';
import {readMeetingFiles} from '../lifecycle/loadMeetings';
import {loadSourceMeetings, readSourceFiles, sourceClashes, sourceSettings} from '../lifecycle/loadSources';
import {readTextIfPresent} from '../lifecycle/readText';
import {loadMinutes} from '../lifecycle/loadMinutes';
import {MAX_TEMPLATE_BYTES, meetingAgenda, type Agenda} from '../meetings/agenda';
import {meetingIcsPath, minutesPagePath, seriesPagePath} from '../outputs';
import {MESSAGE_PREFIX} from '../pluginName';
import type {Meeting, Minutes, PluginOptions} from '../types';

export interface AgendaFlags {
  /** YYYY-MM-DD, or "next" (the default). */
  date?: string;
  /** Extra zones (IANA names), shown after the series' own and UTC. */
  zone?: string[];
  json?: boolean;
}

/** What the command needs of Docusaurus' LoadContext. */
export interface AgendaSite {
  siteDir: string;
  siteConfig: {url: string; baseUrl: string};
  i18n: {defaultLocale: string; localeConfigs: Record<string, {htmlLang?: string} | undefined>};
}

const templateFile = (meetingsPath: string, id: string) => path.join(meetingsPath, `${id}.agenda.md`);

/** Data problems as the build prints them: one line each, no stack. */
function reportProblems(problems: DataError[]): void {
  logger.error(`${MESSAGE_PREFIX} ${dataProblemsError(problems).message}`);
}

/**
 * Runs `work` with console.log and console.info (logger's [INFO]) sent to stderr, so that what
 * loading the data says (a calendar source's notices) never mixes with the agenda on stdout.
 */
async function withLogsOnStderr<T>(work: () => Promise<T>): Promise<T> {
  const {log, info} = console;
  console.log = console.info = (...args: unknown[]) => console.error(...args);
  try {
    return await work();
  } finally {
    console.log = log;
    console.info = info;
  }
}

/** Every meeting series, from meeting files and calendar sources, read and checked as the build does; or the problems. */
async function loadAllMeetings(siteDir: string, options: PluginOptions, now: Date): Promise<{meetings: Meeting[]; minutes: Minutes[]; problems: DataError[]}> {
  const meetingsDir = path.resolve(siteDir, options.meetingsPath);
  const meetingFiles = await readMeetingFiles({siteDir, meetingsDir});
  const sourceFiles = readSourceFiles({siteDir, meetingsDir});
  if (meetingFiles.problems.length > 0 || sourceFiles.problems.length > 0) return {meetings: [], minutes: [], problems: [...meetingFiles.problems, ...sourceFiles.problems]};
  // As the build: each calendar is fetched, or its snapshot read under SIG_OFFLINE or when the fetch fails.
  const sources = await loadSourceMeetings({
    siteDir,
    meetingsDir,
    sources: sourceFiles.sources,
    settings: sourceSettings(options, now),
  });
  const meetings = [...meetingFiles.meetings, ...sources.meetings];
  const clashes = sourceClashes(meetings, sources.meetings);
  // The minutes files as the build checks them: the previous meeting's minutes link to their pages.
  const minutes = loadMinutes({siteDir, meetingsDir, meetings});
  return {meetings, minutes: minutes.content.minutes, problems: [...sources.problems, ...clashes, ...minutes.problems]};
}

/** The series' minutes pages (`<meetingsRoute>/<id>/<date>`), by day. */
function minutesPageUrls(minutes: Minutes[], id: string, meetingsPageUrl: string): Map<string, string> {
  return new Map(minutes.filter((entry) => entry.seriesId === id).map((entry) => [entry.date, minutesPagePath(meetingsPageUrl, id, entry.date)]));
}

function print(agenda: Agenda, json: boolean): void {
  if (!json) {
    process.stdout.write(`${agenda.title}\n\n${agenda.body}`);
    return;
  }
  const {id, date, title, body, start, end, timezone, join, calendar} = agenda;
  // Every key always present (join: null without a link), for `jq -r .join`.
  const output = {id, date, title, body, start: start.toISOString(), end: end.toISOString(), timezone, join: join ?? null, calendar};
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

export async function runAgendaCommand(site: AgendaSite, options: PluginOptions, id: string, flags: AgendaFlags, now = new Date()): Promise<number> {
  const date = flags.date ?? 'next';
  if (date !== 'next' && !isCalendarDay(date)) {
    logger.error(`sig:agenda: --date "${date}" is neither a day (YYYY-MM-DD) nor "next".`);
    return 1;
  }
  const zones: string[] = [];
  for (const zone of flags.zone ?? []) {
    const known = authorTimeZone(zone);
    if ('problem' in known) {
      logger.error(`sig:agenda: --zone "${zone}" ${known.problem}.`);
      return 1;
    }
    zones.push(known.zone);
  }

  const {siteDir} = site;
  const loaded = await withLogsOnStderr(() => loadAllMeetings(siteDir, options, now));
  if (loaded.problems.length > 0) {
    reportProblems(loaded.problems);
    return 1;
  }
  const meeting = loaded.meetings.find((candidate) => candidate.id === id);
  if (!meeting) {
    const known = loaded.meetings.map((candidate) => candidate.id).join(', ') || `none: ${options.meetingsPath}/ has no meeting file`;
    logger.error(`sig:agenda: no meeting series has the id "${id}" (known: ${known}).`);
    return 1;
  }

  const siteUrl = normalizeUrl([site.siteConfig.url, site.siteConfig.baseUrl]);
  const htmlLang = site.i18n.localeConfigs[site.i18n.defaultLocale]?.htmlLang ?? site.i18n.defaultLocale;
  const language = languageFor(intlLocale(htmlLang));
  // A language the plugin does not write gets English words, with English dates to match.
  const locale = language ? intlLocale(htmlLang) : intlLocale('en');
  const meetingsPageUrl = options.meetingsRoute !== false && options.seriesPages ? normalizeUrl([siteUrl, options.meetingsRoute]) : undefined;
  try {
    const template = templateFile(options.meetingsPath, id);
    const templateText = readTextIfPresent(path.resolve(siteDir, template), {maxBytes: MAX_TEMPLATE_BYTES, file: template, what: 'an agenda template'});
    const agenda = meetingAgenda(meeting, {
      date,
      now,
      language: language ?? en,
      locale,
      icsUrl: normalizeUrl([siteUrl, meetingIcsPath(meeting.ics)]),
      zones,
      ...(meetingsPageUrl && {seriesPageUrl: seriesPagePath(meetingsPageUrl, id), minutesPages: minutesPageUrls(loaded.minutes, id, meetingsPageUrl)}),
      ...(templateText !== undefined && {template: {file: template, text: templateText}}),
    });
    if (agenda.kind !== 'agenda') {
      logger.warn(`sig:agenda: ${agenda.message}`);
      return 1;
    }
    print(agenda, flags.json === true);
    return 0;
  } catch (error) {
    const problems = dataErrorsOf(error);
    if (problems.length === 0) throw error;
    reportProblems(problems);
    return 1;
  }
}
