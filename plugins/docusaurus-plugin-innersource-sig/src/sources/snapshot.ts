/**
 * Snapshots: the last calendar a source was read from, committed with the site so that a build
 * never publishes an empty or wrong schedule when the calendar host fails, and so that CI and
 * air-gapped sites build offline. A snapshot is the fetched calendar itself, as iCalendar, with
 * three X- properties after BEGIN:VCALENDAR: the host (never the URL: it may be a secret), the
 * fetch time and the SHA-256 of the fetched text. One file, so that it is written atomically.
 */
import {createHash} from 'node:crypto';
import {DataError} from '../errors';

/** Folder of the snapshots, inside the meetings folder. */
export const SNAPSHOTS_DIR = '.snapshots';

export interface Snapshot {
  /** The calendar as fetched. */
  calendar: string;
  host: string;
  /** ISO 8601 UTC. */
  fetchedAt: string;
  sha256: string;
}

const HEADER = /^X-SIG-SNAPSHOT-(HOST|FETCHED-AT|SHA256):(.*)$/;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The snapshot file's text: the calendar with the three properties after its first line, in its own line endings. */
export function snapshotText(snapshot: Omit<Snapshot, 'sha256'>): string {
  const {calendar} = snapshot;
  const eol = calendar.includes('\r\n') ? '\r\n' : '\n';
  const firstLineEnd = calendar.indexOf('\n') + 1;
  const header = [`X-SIG-SNAPSHOT-HOST:${snapshot.host}`, `X-SIG-SNAPSHOT-FETCHED-AT:${snapshot.fetchedAt}`, `X-SIG-SNAPSHOT-SHA256:${sha256(calendar)}`];
  return `${calendar.slice(0, firstLineEnd)}${header.join(eol)}${eol}${calendar.slice(firstLineEnd)}`;
}

/** Reads a snapshot file; `file` (relative to the site) names it in messages. */
export function parseSnapshot(file: string, text: string): Snapshot {
  const lines = text.split('\n');
  const found: Record<string, string> = {};
  // The header is the three lines after BEGIN:VCALENDAR.
  for (const line of lines.slice(1, 4)) {
    const match = HEADER.exec(line.replace(/\r$/, ''));
    if (match) found[match[1]!] = match[2]!;
  }
  const restore = `restore it with \`git checkout -- ${file}\`, or run \`docusaurus sig:sync\` to fetch the calendar again`;
  if (!/^BEGIN:VCALENDAR\r?$/i.test(lines[0] ?? '') || !found.HOST || !found['FETCHED-AT'] || !found.SHA256) {
    throw new DataError(file, '(file)', lines[0] ?? '', `is not a calendar snapshot written by the plugin: ${restore}`);
  }
  const calendar = [lines[0], ...lines.slice(4)].join('\n');
  if (sha256(calendar) !== found.SHA256) throw new DataError(file, '(file)', found.SHA256, `does not match its calendar (edited or cut short): ${restore}`);
  if (Number.isNaN(Date.parse(found['FETCHED-AT']))) throw new DataError(file, 'X-SIG-SNAPSHOT-FETCHED-AT', found['FETCHED-AT'], `is not a time: ${restore}`);
  return {calendar, host: found.HOST, fetchedAt: found['FETCHED-AT'], sha256: found.SHA256};
}

const DAY_MS = 86_400_000;

/** Whether data fetched at `fetchedAt` is older than `staleAfterDays` at `now`: the build's notice and sig:check agree. */
export function isStale(fetchedAt: string, staleAfterDays: number, now: Date): boolean {
  return now.getTime() - Date.parse(fetchedAt) > staleAfterDays * DAY_MS;
}

/**
 * The calendar without what changes on every fetch but means nothing (DTSTAMP: Google writes the
 * time of the request), to tell a calendar that changed from one fetched again.
 */
function meaningful(calendar: string): string {
  return calendar.replace(/^DTSTAMP[:;].*\r?\n/gim, '');
}

export function sameCalendar(a: string, b: string): boolean {
  return meaningful(a) === meaningful(b);
}

/** What keepSeries() tells of an event of the calendar, for the caller to decide. */
export interface EventHead {
  uid?: string;
  summary?: string;
  /** It repeats (RRULE) or overrides an occurrence (RECURRENCE-ID): it may belong to a series. */
  recurring: boolean;
}

/**
 * The part of a calendar a site may commit: its header, VTIMEZONEs and the events `keep` accepts.
 * A private calendar holds other events (the chairs' own meetings, attendees): they stay out of
 * the snapshot, which a public repository publishes. Kept lines are the calendar's own bytes.
 */
export function keepEvents(calendar: string, keep: (event: EventHead) => boolean): string {
  const eol = calendar.includes('\r\n') ? '\r\n' : '\n';
  const kept: string[] = [];
  let component: string[] | undefined;
  let depth = 0;
  for (const line of calendar.split(eol)) {
    if (component) {
      component.push(line);
      if (/^BEGIN:/i.test(line)) depth += 1;
      else if (/^END:/i.test(line) && --depth === 0) {
        // Its own properties come before any alarm inside it; RFC 5545 folds long lines.
        const unfolded = component.join(eol).replace(new RegExp(`${eol}[ \\t]`, 'g'), '');
        const value = (name: string) => new RegExp(`^${name}(?:;[^:\\r\\n]*)?:(.*)$`, 'im').exec(unfolded)?.[1]?.trim();
        const head = {uid: value('UID'), summary: value('SUMMARY'), recurring: /^(RRULE|RECURRENCE-ID)[:;]/im.test(unfolded)};
        if (keep(head)) kept.push(...component);
        component = undefined;
      }
      continue;
    }
    if (/^BEGIN:(VEVENT|VTODO|VJOURNAL|VFREEBUSY)\s*$/i.test(line)) {
      component = [line];
      depth = 1;
      continue;
    }
    kept.push(line);
  }
  return kept.join(eol);
}
