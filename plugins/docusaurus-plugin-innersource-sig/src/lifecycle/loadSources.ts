/**
 * The meetings of the calendar sources (`meetings/<name>.source.yml`): each calendar fetched once
 * per process (not once per locale, nor on every dev-server reload), its snapshot replaced after
 * every successful fetch, and the snapshot used, with one warning naming the source and the
 * reason, whenever the calendar cannot be read or reads as empty. Only the host of a calendar's
 * address is ever shown: the address may be a secret.
 */
import path from 'node:path';
import {mkdirSync, readdirSync, statSync} from 'node:fs';
import logger from '@docusaurus/logger';
import {DataError} from '../errors';
import type {Meeting, MeetingSourceFreshness, PluginOptions} from '../types';
import {expandUrl, fetchCalendar, publicHost, type FetchLimits} from '../sources/fetchCalendar';
import {isStale, keepEvents, parseSnapshot, sameCalendar, snapshotText, SNAPSHOTS_DIR, type Snapshot} from '../sources/snapshot';
import {parseSourceFile, SOURCE_FILE, type CalendarSource} from '../sources/sourceFile';
import {includedBySummary, sourceMeetings, type SourceMeetings} from '../sources/toMeetings';
import {validateMeetingSet} from '../meetings/load';
import {readText, readTextIfPresent} from './readText';
import {removeLeftoverTemporaries, writeFileAtomic} from './writeAtomic';


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

/** How the build reads calendars, from the plugin's options and the environment; sig:agenda and sig:sync read them alike. */
export function sourceSettings(options: PluginOptions, now: Date, env: NodeJS.ProcessEnv = process.env): SourceSettings {
  return {
    offline: isOffline(env),
    env,
    limits: {timeoutMs: options.calendarSources.timeout * 1000, maxBytes: options.calendarSources.maxSizeMB * 1024 * 1024},
    options: options.calendarSources,
    now,
  };
}

/** Clashes (a taken id, ...) of the sources' series with the others: those between meeting files were found when they were read. */
export function sourceClashes(meetings: Meeting[], fromSources: Meeting[]): DataError[] {
  return validateMeetingSet(meetings).filter((problem) => fromSources.some((meeting) => meeting.sourceFile === problem.file));
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

// The last conversion of each source: every locale's load converts the same calendar with the same
// settings (at 100 sources, converting costs more than fetching).
const conversions = new Map<string, {settings: string; calendar: string; result: SourceMeetings}>();

/**
 * sourceMeetings(), converted once per source, settings and calendar text; `fresh` when this call
 * converted (not another locale's before it), so that what it says is said once. Throws as it does.
 */
function convert(source: CalendarSource, calendar: string, freshness: MeetingSourceFreshness): SourceMeetings & {fresh: boolean} {
  const settings = JSON.stringify(source);
  let last = conversions.get(source.sourceFile);
  const fresh = !last || last.settings !== settings || last.calendar !== calendar;
  if (!last || fresh) {
    last = {settings, calendar, result: sourceMeetings(source, calendar, {host: freshness.host, fetchedAt: '', stale: false})};
    conversions.set(source.sourceFile, last);
  }
  return {...last.result, meetings: last.result.meetings.map((meeting) => ({...meeting, source: freshness})), fresh};
}

/** The series a snapshot gives (none for a text that is no calendar): what sig:sync compares, what an empty calendar is measured against. */
export function snapshotMeetings(source: CalendarSource, snapshot: {calendar: string; host: string; fetchedAt: string} | undefined): Meeting[] {
  if (!snapshot) return [];
  try {
    return sourceMeetings(source, snapshot.calendar, {...snapshot, stale: false}).meetings;
  } catch {
    return [];
  }
}

// One fetch per source and address for the whole process: every locale of a build, and every
// reload of the dev server, reads the same answer. Without a fetch (offline, no address), the
// snapshot's time is part of the key: a snapshot changed under the dev server is read again.
const resolved = new Map<string, Promise<ResolvedSource>>();

/** At most this many calendars are fetched at once: a site with 100 sources on one host would be throttled. */
const PARALLEL_FETCHES = 6;
let fetching = 0;
const waiting: Array<() => void> = [];

async function withFetchSlot<T>(work: () => Promise<T>): Promise<T> {
  if (fetching >= PARALLEL_FETCHES) await new Promise<void>((resolve) => waiting.push(resolve));
  fetching += 1;
  try {
    return await work();
  } finally {
    fetching -= 1;
    waiting.shift()?.();
  }
}

function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Fetches a source's calendar, or falls back to its snapshot; the snapshot is replaced after a
 * successful fetch that brings something new. Throws a DataError when there is nothing to build
 * from and the site requires it.
 */
export function resolveSource(args: {siteDir: string; meetingsDir: string; source: CalendarSource; settings: SourceSettings}): Promise<ResolvedSource> {
  const {siteDir, meetingsDir, source, settings} = args;
  const expanded = settings.offline ? undefined : expandUrl(source.url, settings.env);
  const file = snapshotPath(meetingsDir, source);
  const key = [file, expanded && 'url' in expanded ? expanded.url : `snapshot of ${modifiedAt(file)}`].join('\0');
  let promise = resolved.get(key);
  if (!promise) {
    promise = fetchOrSnapshot(siteDir, meetingsDir, source, settings, expanded);
    resolved.set(key, promise);
    // A thrown problem is not kept: the next load (a dev-server reload after a fix) tries again.
    promise.catch(() => resolved.delete(key));
  }
  return promise;
}


/** The calendar's first line must stand alone for the snapshot's header to follow it. */
const CALENDAR_START = /^BEGIN:VCALENDAR\r?\n/i;

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
  const answer = await withFetchSlot(() => fetchCalendar(expanded.url, settings.limits));
  if (!answer.ok) return fallBack(`the calendar at ${host} could not be read (${answer.reason})`, 'warn');
  const calendar = answer.text.trimStart();
  if (!CALENDAR_START.test(calendar)) return fallBack(`the calendar at ${host} could not be read (its first line is not BEGIN:VCALENDAR alone)`, 'warn');
  let read: SourceMeetings;
  try {
    read = sourceMeetings(source, calendar, {host, fetchedAt: '', stale: false});
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return fallBack(`the calendar at ${host} could not be read (${error.problem})`, 'warn');
  }
  if (read.meetings.length === 0 && snapshot) {
    const before = snapshotMeetings(source, snapshot).length;
    if (before > 0) return fallBack(`the calendar at ${host} has no series to show now, where the snapshot has ${before}`, 'warn');
  }
  // The snapshot keeps the series the source includes; an event without a UID is kept if it may be one of them.
  const uids = new Set(read.uids);
  const kept = keepEvents(calendar, ({uid, summary, recurring}) => (uid === undefined ? recurring && includedBySummary(source, summary) : uids.has(uid)));
  const fetched = {calendar: kept, host, fetchedAt: settings.now.toISOString()};
  // Written when it brings something new, or to keep its date within half the allowed age: a
  // calendar fetched again unchanged leaves the work tree clean.
  const staleAfterDays = source.staleAfterDays ?? settings.options.staleAfterDays;
  const worthWriting = !snapshot || damaged || !sameCalendar(snapshot.calendar, kept) || snapshot.host !== host || isStale(snapshot.fetchedAt, staleAfterDays / 2, settings.now);
  if (worthWriting) {
    try {
      removeLeftoverTemporaries(file);
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileAtomic(file, snapshotText(fetched));
    } catch (error) {
      // The site still builds from what was read; only the next offline build misses it.
      logger.warn(`${source.sourceFile}: the snapshot ${shownSnapshot} could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the calendar read now is used.`);
    }
  }
  return {snapshot: fetched, live: true};
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
        const stale = isStale(snapshot.fetchedAt, source.staleAfterDays ?? settings.options.staleAfterDays, settings.now);
        const {meetings, skipped, notices, fresh} = convert(source, snapshot.calendar, {host: snapshot.host, fetchedAt: snapshot.fetchedAt, stale});
        // Said by the first locale's load (and again only when the calendar or the source changes).
        if (fresh) {
          for (const line of skipped) logger.warn(`${source.sourceFile}: the calendar at ${snapshot.host}: ${line}: left out`);
          // How the calendar was read: worth knowing, not a problem of the build.
          for (const line of notices) logger.info(`${source.sourceFile}: the calendar at ${snapshot.host}: ${line}`);
        }
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
