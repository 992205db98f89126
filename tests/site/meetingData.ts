// What the portal's data files say about its meetings, worked out here without the plugin: the
// site tests (seriesPages.test.ts) and the browser tests (monthView.test.ts, seriesPages.test.ts)
// compare the built pages with it. A small recurrence calculation of its own (nth weekday of the
// month, every n weeks), wall times turned into instants with Node's Intl.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export const ROOT = path.resolve(__dirname, '../..');
const MEETINGS_DIR = path.join(ROOT, 'meetings');
const DAY_MS = 24 * 60 * 60 * 1000;

/** When the build was made: the plugin's `builtAt` (epoch seconds) in the client bundle; its "now". */
export function builtAt(buildDir: string): Date {
  const jsDir = path.join(buildDir, 'assets', 'js');
  for (const file of fs.readdirSync(jsDir)) {
    if (!file.endsWith('.js')) continue;
    const match = /"?builtAt"?:(\d{9,})/.exec(fs.readFileSync(path.join(jsDir, file), 'utf8'));
    if (match) return new Date(Number(match[1]) * 1000);
  }
  throw new Error(`no builtAt in ${jsDir}: is this a build of the portal?`);
}

export interface SeriesFile {
  id: string;
  title: string;
  timezone: string;
  /** YYYY-MM-DDTHH:mm in `timezone`. */
  start: string;
  duration?: number;
  end?: string;
  repeat?: string;
  cancelled?: string[];
  moved?: Array<{from: string; start: string; duration?: number}>;
  notesSearch?: string;
  recordings?: Record<string, string>;
}

/** meetings/<id>.yml as its author wrote it. */
export function readSeries(id: string): SeriesFile {
  const data = YAML.parse(fs.readFileSync(path.join(MEETINGS_DIR, `${id}.yml`), 'utf8')) as SeriesFile;
  return {...data, id: data.id ?? id};
}

/** The minutes files of a series: their days (YYYY-MM-DD), oldest first. */
export function minutesDays(id: string): string[] {
  return fs
    .readdirSync(path.join(MEETINGS_DIR, id))
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.mdx?$/.test(name))
    .map((name) => name.slice(0, 10))
    .sort();
}

/** A markdown file's front matter (flat `key: value` lines) and body. */
export function readMarkdown(file: string): {frontMatter: Record<string, string>; body: string} {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) return {frontMatter: {}, body: text};
  return {frontMatter: YAML.parse(match[1]!) as Record<string, string>, body: match[2]!};
}

/** The `## ` headings and the `- ` list items of a markdown body, as plain text. */
export function markdownParts(body: string): {headings: string[]; items: string[]} {
  const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
  // A list item runs on over its indented continuation lines.
  const items = [...body.matchAll(/^- (.+(?:\n {2,}.+)*)/gm)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
  return {headings, items};
}

// ---- Wall clock and instants ----

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'}).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant) / 60_000;
}

/** The instant (ms) of a wall-clock time "YYYY-MM-DDTHH:mm" in a zone (none of the meetings starts in a DST gap). */
export function zonedInstant(wall: string, zone: string): number {
  const [, y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall)!.map(Number) as number[];
  const utc = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  let instant = utc;
  for (let i = 0; i < 3; i++) instant = utc - offsetMinutes(instant, zone) * 60_000;
  return instant;
}

/** YYYY-MM-DD of an instant in a zone. */
export function dayIn(instant: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit'}).format(instant);
}

/** HH:mm of an instant in a zone. */
export function timeIn(instant: number, zone: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(instant);
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

// ---- Occurrences ----

export interface Occurrence {
  /** The day it is held on (YYYY-MM-DD, series' zone): a moved meeting's new day. */
  day: string;
  /** The day the rule put it on. */
  scheduled: string;
  status: 'held' | 'moved' | 'cancelled';
  /** Epoch ms. */
  start: number;
  end: number;
}

/** The days the series' rule gives (its zone's wall dates), from its start to `lastDay`. */
function scheduledDays(series: SeriesFile, lastDay: string): string[] {
  const first = series.start.slice(0, 10);
  const days: string[] = [];
  const monthly = /^FREQ=MONTHLY;BYDAY=(\d)(MO|TU|WE|TH|FR|SA|SU)$/.exec(series.repeat ?? '');
  const weekly = /^FREQ=WEEKLY(?:;INTERVAL=(\d+))?;BYDAY=(MO|TU|WE|TH|FR|SA|SU)$/.exec(series.repeat ?? '');
  if (monthly) {
    const nth = Number(monthly[1]);
    const weekday = WEEKDAYS.indexOf(monthly[2]!);
    for (let [y, m] = first.split('-').map(Number) as [number, number]; ; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
      const firstWeekday = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
      const date = 1 + ((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7;
      const day = `${y}-${String(m).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
      if (day > lastDay) break;
      if (day >= first) days.push(day);
    }
  } else if (weekly) {
    if (WEEKDAYS[new Date(`${first}T00:00:00Z`).getUTCDay()] !== weekly[2]) throw new Error(`${series.id}: the tests expect start on the rule's weekday`);
    for (let day = first; day <= lastDay; day = addDays(day, 7 * Number(weekly[1] ?? 1))) days.push(day);
  } else {
    throw new Error(`${series.id}: the tests' recurrence calculation does not know "${series.repeat}"`);
  }
  return days;
}

/** Minutes from a start wall time to an `end: "HH:mm"` on the same day. */
function minutesUntil(start: string, end: string): number {
  const [sh, sm] = start.slice(11, 16).split(':').map(Number) as [number, number];
  const [eh, em] = end.split(':').map(Number) as [number, number];
  return eh * 60 + em - (sh * 60 + sm);
}

/** Every occurrence of a series from its start to `lastDay`, cancelled and moved ones marked. */
export function occurrences(series: SeriesFile, lastDay: string): Occurrence[] {
  const length = series.duration ?? minutesUntil(series.start, series.end!);
  const time = series.start.slice(10);
  return scheduledDays(series, lastDay)
    .map((scheduled): Occurrence => {
      const moved = series.moved?.find((m) => m.from === scheduled);
      if (moved) {
        const start = zonedInstant(moved.start, series.timezone);
        return {day: moved.start.slice(0, 10), scheduled, status: 'moved', start, end: start + (moved.duration ?? length) * 60_000};
      }
      const start = zonedInstant(`${scheduled}${time}`, series.timezone);
      return {day: scheduled, scheduled, status: series.cancelled?.includes(scheduled) ? 'cancelled' : 'held', start, end: start + length * 60_000};
    })
    .sort((a, b) => a.start - b.start);
}

/** The occurrences over by `now` (end ≤ now), newest first: a series page's past meetings. */
export function pastMeetings(series: SeriesFile, now: Date): Occurrence[] {
  return occurrences(series, addDays(now.toISOString().slice(0, 10), 2))
    .filter((o) => o.end <= now.getTime())
    .reverse();
}

// ---- The month view's range ----

/** "2026-12" of the month `offset` months from `month`. */
export function addMonths(month: string, offset: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + m - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The README's range: the build's month (UTC), 3 months before it to 12 after. */
export function monthRange(now: Date): string[] {
  const current = now.toISOString().slice(0, 7);
  return Array.from({length: 16}, (_, i) => addMonths(current, i - 3));
}

/** The days of a month, YYYY-MM-DD. */
export function daysOfMonth(month: string): string[] {
  const days: string[] = [];
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The calendar source's snapshot (meetings/.snapshots/<name>.ics): its cancelled days (EXDATE) and
 * moved occurrences (RECURRENCE-ID → DTSTART of the override), as wall dates in their zone.
 */
export function snapshotChanges(name: string): {cancelled: string[]; moved: Array<{from: string; to: string; start: string}>} {
  const ics = fs.readFileSync(path.join(MEETINGS_DIR, '.snapshots', `${name}.ics`), 'utf8').replace(/\r?\n[ \t]/g, '');
  const wall = (value: string) => `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(9, 11)}:${value.slice(11, 13)}`;
  const cancelled = [...ics.matchAll(/^EXDATE[^:]*:(.+)$/gm)].flatMap((m) => m[1]!.split(',').map((v) => wall(v.trim()).slice(0, 10)));
  const moved = ics
    .split('BEGIN:VEVENT')
    .slice(1)
    .flatMap((event) => {
      const from = /^RECURRENCE-ID[^:]*:(\S+)/m.exec(event);
      const start = /^DTSTART[^:]*:(\S+)/m.exec(event);
      return from && start ? [{from: wall(from[1]!).slice(0, 10), to: wall(start[1]!).slice(0, 10), start: wall(start[1]!)}] : [];
    });
  return {cancelled, moved};
}

/** The plugin's interface words in a language (its locales/<lang>/plugin-innersource-sig.json; `base` is English). */
export function pluginMessages(locale: string): Record<string, string> {
  const dir = locale === 'en' ? 'base' : locale;
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'plugins/docusaurus-plugin-innersource-sig/locales', dir, 'plugin-innersource-sig.json'), 'utf8')) as Record<string, string>;
}

/** A series' title in a locale: the YAML's in English, i18n/<locale>/…/meetings.json's otherwise. */
export function seriesTitle(id: string, locale: string): string {
  if (locale === 'en') {
    if (fs.existsSync(path.join(MEETINGS_DIR, `${id}.yml`))) return readSeries(id).title;
    // A series of a calendar source (office-hours): the SUMMARY of its snapshot.
    const ics = fs.readFileSync(path.join(MEETINGS_DIR, '.snapshots', `${id}.ics`), 'utf8');
    return /^SUMMARY:(.+)$/m.exec(ics)![1]!.trim();
  }
  const file = path.join(ROOT, 'i18n', locale, 'docusaurus-plugin-innersource-sig', 'meetings.json');
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  return messages[`${id}.title`]!.message;
}

/** The Intl locale the plugin formats an English page with (British English: 24-hour clock, day first). */
export const INTL_LOCALE: Record<string, string> = {en: 'en-GB', fr: 'fr', ja: 'ja'};

/** A day (YYYY-MM-DD) in words in a locale, formatted as its UTC midnight. */
export function dayInWords(day: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, {...options, timeZone: 'UTC'}).format(Date.parse(`${day}T00:00:00Z`));
}

/** Upper-cases the first letter, as a label standing alone ("Décembre 2026"). */
export function standalone(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A zone's name as readers know it: CLDR's generic short name ("United Kingdom Time"). */
export function zoneName(zone: string, locale = 'en'): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, {timeZone: zone, timeZoneName: 'shortGeneric'}).formatToParts(0).find((p) => p.type === 'timeZoneName')!.value;
}
