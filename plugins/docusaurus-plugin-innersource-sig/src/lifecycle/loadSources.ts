/**
 * The meetings of the calendar sources (`meetings/<name>.source.yml`): each calendar fetched once
 * per process (not once per locale, nor on every dev-server reload), its snapshot replaced after
 * every successful fetch, and the snapshot used, with one warning naming the source and the
 * reason, whenever the calendar cannot be read or reads as empty. Only the host of a calendar's
 * address is ever shown: the address may be a secret.
 */
import path from 'node:path';
import {mkdirSync, readdirSync} from 'node:fs';
import logger from '@docusaurus/logger';
import {DataError} from '../errors';
import type {Meeting, PluginOptions} from '../types';
import {expandUrl, fetchCalendar, publicHost, type FetchLimits} from '../sources/fetchCalendar';
import {parseSnapshot, snapshotText, SNAPSHOTS_DIR, type Snapshot} from '../sources/snapshot';
import {parseSourceFile, SOURCE_FILE, type CalendarSource} from '../sources/sourceFile';
import {sourceMeetings} from '../sources/toMeetings';
import {readText, readTextIfPresent} from './readText';
import {writeFileAtomic} from './writeAtomic';

const DAY_MS = 86_400_000;

export interface SourceFiles {
  sources: CalendarSource[];
  /** One problem per invalid source file. */
  problems: DataError[];
  /** Absolute paths of the source files. */
  sourceFiles: string[];
}

export interface SourceSettings {
  /** SIG_OFFLINE: snapshots only, no network at all. */
  offline: boolean;
  env: NodeJS.ProcessEnv;
  limits: Partial<FetchLimits>;
  options: PluginOptions['calendarSources'];
  now: Date;
}

/** What a source's series are built from this time. */
export interface ResolvedSource {
  /** The calendar and when it was fetched; absent when there is neither calendar nor snapshot (and that is allowed). */
  snapshot?: Omit<Snapshot, 'sha256'>;
  /** Read from the calendar in this process (not from the snapshot). */
  live: boolean;
}

/** Whether this process builds from snapshots only. */
export function isOffline(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.SIG_OFFLINE) && env.SIG_OFFLINE !== '0' && env.SIG_OFFLINE !== 'false';
}

/** Reads and validates every source file of the meetings folder, writing nothing. */
export function readSourceFiles({siteDir, meetingsDir}: {siteDir: string; meetingsDir: string}): SourceFiles {
  let names: string[];
  try {
    names = readdirSync(meetingsDir).filter((name) => SOURCE_FILE.test(name)).sort();
  } catch {
    names = [];
  }
  const result: SourceFiles = {sources: [], problems: [], sourceFiles: names.map((name) => path.join(meetingsDir, name))};
  for (const absolute of result.sourceFiles) {
    try {
      const source = parseSourceFile(path.relative(siteDir, absolute), readText(absolute));
      // x.source.yml and x.source.yaml would share one snapshot.
      const same = result.sources.find((other) => other.name === source.name);
      if (same) throw new DataError(source.sourceFile, '(file)', source.name, `has the same source name as ${same.sourceFile}: rename one of them`);
      result.sources.push(source);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      result.problems.push(error);
    }
  }
  return result;
}

export function snapshotPath(meetingsDir: string, source: CalendarSource): string {
  return path.join(meetingsDir, SNAPSHOTS_DIR, `${source.name}.ics`);
}

/** The committed snapshot of a source, if any; a damaged one is a data error. */
export function readSnapshot(siteDir: string, meetingsDir: string, source: CalendarSource): Snapshot | undefined {
  const file = snapshotPath(meetingsDir, source);
  const text = readTextIfPresent(file);
  return text === undefined ? undefined : parseSnapshot(path.relative(siteDir, file), text);
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** Series the site would show from a calendar text, without failing on the text. */
function seriesCount(source: CalendarSource, calendar: string, host: string): number {
  try {
    return sourceMeetings(source, calendar, {host, fetchedAt: '', stale: false}).meetings.length;
  } catch {
    return 0;
  }
}

// One fetch per source and address for the whole process: every locale of a build, and every
// reload of the dev server, reads the same answer.
const resolved = new Map<string, Promise<ResolvedSource>>();

/**
 * Fetches a source's calendar, or falls back to its snapshot; the snapshot is replaced after a
 * successful fetch. Throws a DataError when there is nothing to build from and the site requires it.
 */
export function resolveSource(args: {siteDir: string; meetingsDir: string; source: CalendarSource; settings: SourceSettings}): Promise<ResolvedSource> {
  const {siteDir, meetingsDir, source, settings} = args;
  const expanded = settings.offline ? undefined : expandUrl(source.url, settings.env);
  const key = [snapshotPath(meetingsDir, source), expanded && 'url' in expanded ? expanded.url : ''].join('\0');
  let promise = resolved.get(key);
  if (!promise) {
    promise = fetchOrSnapshot(siteDir, meetingsDir, source, settings, expanded);
    resolved.set(key, promise);
    // A failure is not kept: the next load (a dev-server reload after a fix) tries again.
    promise.catch(() => resolved.delete(key));
  }
  return promise;
}

async function fetchOrSnapshot(
  siteDir: string,
  meetingsDir: string,
  source: CalendarSource,
  settings: SourceSettings,
  expanded: ReturnType<typeof expandUrl> | undefined,
): Promise<ResolvedSource> {
  // A damaged snapshot stops the build only when it is needed: a calendar read replaces it (what its message advises).
  let snapshot: Snapshot | undefined;
  let damaged: DataError | undefined;
  try {
    snapshot = readSnapshot(siteDir, meetingsDir, source);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    damaged = error;
  }
  const file = snapshotPath(meetingsDir, source);
  const shownSnapshot = path.relative(siteDir, file);
  const fallBack = (why: string, level: 'info' | 'warn'): ResolvedSource => {
    if (damaged) throw damaged;
    if (snapshot) {
      const line = `${source.sourceFile}: ${why}; its snapshot of ${day(snapshot.fetchedAt)} (${shownSnapshot}) is used.`;
      if (level === 'warn') logger.warn(line);
      else logger.info(line);
      return {snapshot, live: false};
    }
    const problem = `${why}, and there is no snapshot (${shownSnapshot}) to build from: run \`docusaurus sig:sync\` where the calendar can be reached, and commit the snapshot`;
    if (settings.options.withoutSnapshot === 'warn') {
      logger.warn(`${source.sourceFile}: ${problem}. Its series are left out.`);
      return {live: false};
    }
    throw new DataError(source.sourceFile, 'url', '(not shown)', problem);
  };

  if (!expanded) return fallBack('SIG_OFFLINE is set', 'info');
  if ('problem' in expanded) return fallBack(`\`url\` ${expanded.problem}`, 'info');
  const host = publicHost(expanded.url);
  const answer = await fetchCalendar(expanded.url, settings.limits);
  if (!answer.ok) return fallBack(`the calendar at ${host} could not be read (${answer.reason})`, 'warn');
  const calendar = answer.text.trimStart();
  let series: number;
  try {
    series = sourceMeetings(source, calendar, {host, fetchedAt: '', stale: false}).meetings.length;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return fallBack(`the calendar at ${host} could not be read (${error.problem})`, 'warn');
  }
  if (series === 0 && snapshot) {
    const before = seriesCount(source, snapshot.calendar, snapshot.host);
    if (before > 0) return fallBack(`the calendar at ${host} has no series to show now, where the snapshot has ${before}`, 'warn');
  }
  const fetched = {calendar, host, fetchedAt: settings.now.toISOString()};
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileAtomic(file, snapshotText(fetched));
  return {snapshot: fetched, live: true};
}

const warned = new Set<string>();

/** Each locale converts the calendar again: its warnings are said once. */
function warnOnce(line: string): void {
  if (warned.has(line)) return;
  warned.add(line);
  logger.warn(line);
}

/**
 * The meetings of every source, each marked with its freshness, and the problems that stop the
 * build (no calendar and no snapshot). A series the calendar has but the site cannot show is
 * left out with a warning, as a calendar is edited by people who cannot see the build.
 */
export async function loadSourceMeetings(args: {siteDir: string; meetingsDir: string; sources: CalendarSource[]; settings: SourceSettings}): Promise<{meetings: Meeting[]; problems: DataError[]}> {
  const {siteDir, meetingsDir, settings} = args;
  const problems: DataError[] = [];
  const results = await Promise.all(
    args.sources.map(async (source) => {
      try {
        const {snapshot} = await resolveSource({siteDir, meetingsDir, source, settings});
        if (!snapshot) return [];
        const staleAfterDays = source.staleAfterDays ?? settings.options.staleAfterDays;
        const stale = settings.now.getTime() - Date.parse(snapshot.fetchedAt) > staleAfterDays * DAY_MS;
        const {meetings, skipped} = sourceMeetings(source, snapshot.calendar, {host: snapshot.host, fetchedAt: snapshot.fetchedAt, stale});
        for (const line of skipped) warnOnce(`${source.sourceFile}: the calendar at ${snapshot.host}: ${line}: left out`);
        return meetings;
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        problems.push(error);
        return [];
      }
    }),
  );
  return {meetings: results.flat(), problems};
}
