/**
 * Time zones and wall-clock times. Everything here is independent of the machine's TZ: wall clocks
 * are strings, instants are Dates, and offsets come from the IANA data behind Intl (via luxon).
 */
import {IANAZone} from 'luxon';
import {tzlib_get_ical_block, tzlib_get_timezones} from 'timezones-ical-library';

/** A wall clock as data files write it (2026-03-10T16:00); parseWallClock checks that it exists. */
export const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
/** A day as data files write it (2026-03-10); isCalendarDay checks that it exists. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Names timezones-ical-library lists (it answers some as links, e.g. Europe/Amsterdam → Europe/Brussels). */
let tzlibNames: Set<string> | undefined;
/** ICU's canonical names, what Intl lists. */
let intlNames: Set<string> | undefined;
/** Whether a name is canonical, by name: asked of tzlib one name at a time, for the few a site uses, not for all 600 upfront. */
const canonical = new Map<string, boolean>();

const blocks = new Map<string, string | undefined>();

function knownNames(): {tzlib: Set<string>; intl: Set<string>} {
  tzlibNames ??= new Set(tzlib_get_timezones() as string[]);
  intlNames ??= new Set(Intl.supportedValuesOf('timeZone'));
  return {tzlib: tzlibNames, intl: intlNames};
}

/** Canonical in ICU's spelling (what Intl lists) or in tzdata's (a name tzlib files under itself): they differ, Asia/Calcutta vs Asia/Kolkata. */
function isCanonicalName(name: string): boolean {
  let known = canonical.get(name);
  if (known === undefined) {
    const {tzlib, intl} = knownNames();
    known = intl.has(name) || (tzlib.has(name) && tzlibTzid(name) === name);
    canonical.set(name, known);
  }
  return known;
}

/** tzlib's [block, "TZID=..."] for a name it lists; it answers other names with a string (and a console.error). */
function tzlibBlock(name: string): [string, string] | undefined {
  const result = tzlib_get_ical_block(name);
  return Array.isArray(result) && typeof result[0] === 'string' && typeof result[1] === 'string' ? [result[0], result[1]] : undefined;
}

function tzlibTzid(name: string): string | undefined {
  return tzlibBlock(name)?.[1].replace(/^TZID=/, '');
}

/**
 * The VTIMEZONE block for `zone`, with TZID (and X-LIC-LOCATION) set to `zone` itself even when
 * timezones-ical-library files it under a linked zone with the same rules, so that it matches the
 * TZID parameters written with that name.
 */
export function vtimezoneBlock(zone: string): string | undefined {
  if (!knownNames().tzlib.has(zone)) return undefined;
  // Cached: the library rebuilds the block on every call.
  if (!blocks.has(zone)) blocks.set(zone, tzlibBlock(zone)?.[0].replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${zone}`));
  return blocks.get(zone);
}

/**
 * True for a canonical IANA zone name (in ICU's or tzdata's spelling) that Intl can compute with
 * and timezones-ical-library has a VTIMEZONE for (Outlook ignores a TZID without one). Aliases
 * and abbreviations such as "GMT", "UTC", "US/Eastern" or "CET" are rejected: `canonicalTimeZone`
 * suggests the name to use.
 */
export function isKnownTimeZone(name: string): boolean {
  return isCanonicalName(name) && ianaZone(name) !== undefined && vtimezoneBlock(name) !== undefined;
}

/** The accepted name for an alias Intl understands (GMT → Etc/GMT, us/eastern → America/New_York), if any. */
export function canonicalTimeZone(name: string): string | undefined {
  if (isKnownTimeZone(name)) return name;
  if (!ianaZone(name)) return undefined;
  const resolved = new Intl.DateTimeFormat('en-US', {timeZone: name}).resolvedOptions().timeZone;
  if (isKnownTimeZone(resolved)) return resolved;
  const tzid = knownNames().tzlib.has(resolved) ? tzlibTzid(resolved) : undefined;
  return tzid && isKnownTimeZone(tzid) ? tzid : undefined;
}

/**
 * What people write on meeting pages for the zones of North America and Europe. tzdata has some
 * of them (EST is UTC−5 all year, an alias of America/Panama), but the person means the clocks of
 * a region, which change in summer: the message names the region's zone instead.
 */
const SPOKEN_ZONES: Record<string, string> = Object.fromEntries(
  Object.entries({
    'America/New_York': ['est', 'edt', 'et', 'eastern', 'eastern time', 'us eastern', 'eastern standard time', 'eastern daylight time', 'est5edt'],
    'America/Chicago': ['cst', 'cdt', 'ct', 'central', 'central time', 'us central', 'central standard time', 'central daylight time', 'cst6cdt'],
    'America/Denver': ['mst', 'mdt', 'mt', 'mountain', 'mountain time', 'us mountain', 'mountain standard time', 'mountain daylight time', 'mst7mdt'],
    'America/Los_Angeles': ['pst', 'pdt', 'pt', 'pacific', 'pacific time', 'us pacific', 'pacific standard time', 'pacific daylight time', 'pst8pdt'],
    'Europe/London': ['bst', 'british time', 'uk time'],
    'Europe/Berlin': ['cet', 'cest', 'central european time', 'central european summer time'],
  }).flatMap(([zone, names]) => names.map((name) => [name, zone])),
);

/**
 * The zone an author's `timezone` value means, for meetings and events alike: a canonical name
 * as written; "UTC" (what people write) as Etc/UTC; otherwise the reason it is refused, with the
 * name to use for an alias.
 */
export function authorTimeZone(name: string): {zone: string} | {problem: string} {
  if (name === 'UTC') return {zone: 'Etc/UTC'};
  if (isKnownTimeZone(name)) return {zone: name};
  const spoken = SPOKEN_ZONES[name.trim().toLowerCase().replace(/[\s.]+/g, ' ')];
  if (spoken) {
    return {problem: `is a name people say, not a time zone the calendar can follow: use "${spoken}" (it switches between standard and daylight time as the clocks there do), or "UTC" for a time that never moves`};
  }
  const canonical = canonicalTimeZone(name);
  return {problem: canonical ? `is not a canonical zone name: use "${canonical}"` : 'is not an IANA time zone name like Europe/London'};
}

/** Parses 'YYYY-MM-DDTHH:mm' into its fields, or undefined when malformed or impossible. */
export function parseWallClock(local: string): {year: number; month: number; day: number; hour: number; minute: number} | undefined {
  const match = WALL_CLOCK.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  // Plain arithmetic, not a luxon DateTime: this runs for every wall clock checked or converted.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return undefined;
  return {year, month, day, hour, minute};
}

/** Whether `text` is a day of the calendar written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  return DAY.test(text) && parseWallClock(`${text}T00:00`) !== undefined;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The wall clock read as if it were UTC: a "floating" time usable for arithmetic and rrule.js. */
export function floatingDate(local: string): Date {
  const fields = parseWallClock(local);
  if (!fields) throw new RangeError(`Not a wall-clock time (YYYY-MM-DDTHH:mm): ${local}`);
  const date = new Date(Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute));
  // Date.UTC reads the years 0-99 as 1900-1999: year 50 would be 1950.
  if (fields.year < 100) date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  return date;
}

/** Inverse of `floatingDate`. */
export function floatingToWallClock(floating: Date): string {
  return floating.toISOString().slice(0, 16);
}

/** An instant in whole Unix seconds (rounded down), as page data and the Intl helpers take it. */
export const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

const ianaZones = new Map<string, IANAZone | undefined>();

/** luxon's zone, or undefined when Intl does not know the name; cached, as checking validity is slow. */
function ianaZone(name: string): IANAZone | undefined {
  if (!ianaZones.has(name)) ianaZones.set(name, IANAZone.isValidZone(name) ? IANAZone.create(name) : undefined);
  return ianaZones.get(name);
}

// Conversions are pure (zone rules do not change while Node runs), so their results are kept,
// per zone: by wall clock (instants) and by instant in ms (wall clocks).
const instants = new Map<string, Map<string, number>>();
const wallClocks = new Map<string, Map<number, string>>();

function cacheOf<K, V>(caches: Map<string, Map<K, V>>, zone: string): Map<K, V> {
  let cache = caches.get(zone);
  if (!cache) {
    cache = new Map();
    caches.set(zone, cache);
  }
  return cache;
}

function intlOffsetMs(zone: IANAZone, instantMs: number): number {
  return zone.offset(instantMs) * MINUTE_MS;
}

/** Offsets are sampled every other UTC midnight (see `ZoneOffsets`). */
const STEP_MS = 2 * DAY_MS;

/**
 * A zone's UTC offsets as a table of its changes, filled in as instants are asked about: the
 * offset every other UTC midnight asked of Intl once, and between two samples that differ, the
 * instant of the change found once by bisection (to the millisecond). A lookup then answers what
 * Intl (luxon) answers for that instant without asking it; asking, up to four times per wall
 * clock, was most of the time spent converting meetings' wall clocks (a build converts every
 * meeting of every series page and month view).
 *
 * Exact as long as a zone changes its offset at most once within two days, which
 * `wallClockToInstant` has always assumed: in tzdata 2025 the closest two changes of one zone
 * from 1900 to 2200 are four days apart (Africa/Freetown, September 1939). Two samples with a
 * third offset between them are not tabled: instants there are asked of Intl.
 */
class ZoneOffsets {
  /** Offset at sample n (instant n × STEP_MS). */
  private readonly samples = new Map<number, number>();
  /** Sample n → the first instant after it with sample n + 1's offset; NaN: ask Intl. */
  private readonly changes = new Map<number, number>();

  constructor(private readonly zone: IANAZone) {}

  private sample(n: number): number {
    let offset = this.samples.get(n);
    if (offset === undefined) {
      offset = intlOffsetMs(this.zone, n * STEP_MS);
      this.samples.set(n, offset);
    }
    return offset;
  }

  offset(instantMs: number): number {
    const n = Math.floor(instantMs / STEP_MS);
    const before = this.sample(n);
    if (instantMs === n * STEP_MS) return before;
    const after = this.sample(n + 1);
    if (!Number.isFinite(before) || !Number.isFinite(after)) return intlOffsetMs(this.zone, instantMs);
    if (before === after) return before;
    let change = this.changes.get(n);
    if (change === undefined) {
      change = this.findChange(n * STEP_MS, before, after);
      this.changes.set(n, change);
    }
    if (Number.isNaN(change)) return intlOffsetMs(this.zone, instantMs);
    return instantMs < change ? before : after;
  }

  /** The first instant in (low, low + STEP_MS] whose offset is `after`, given `before` at `low`. */
  private findChange(low: number, before: number, after: number): number {
    let [lo, hi] = [low, low + STEP_MS];
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const offset = intlOffsetMs(this.zone, mid);
      if (offset === before) lo = mid;
      else if (offset === after) hi = mid;
      else return Number.NaN;
    }
    return hi;
  }
}

const offsetTables = new Map<string, ZoneOffsets>();

/** The offset table of a zone Intl knows; throws for another name. */
function offsetTable(zone: string): ZoneOffsets {
  let table = offsetTables.get(zone);
  if (!table) {
    const iana = ianaZone(zone);
    if (!iana) throw new RangeError(`Unknown time zone: ${zone}`);
    table = new ZoneOffsets(iana);
    offsetTables.set(zone, table);
  }
  return table;
}

/**
 * The instant at which clocks in `zone` show `local` (YYYY-MM-DDTHH:mm).
 *
 * Daylight-saving edges follow RFC 5545 section 3.3.5, as calendar clients do:
 * - in an overlap (the hour that happens twice when clocks go back) the first of the two
 *   instants is used, i.e. the one still on summer time;
 * - in a gap (the hour that does not exist when clocks go forward) the time is read with the
 *   offset before the gap, so 01:30 on the spring-forward night in London becomes 02:30 BST.
 * (luxon alone would pick the second instant in an overlap.)
 */
export function wallClockToInstant(local: string, zone: string): Date {
  // The same wall clocks are converted for the .ics files, the browser data and the checks.
  const cache = cacheOf(instants, zone);
  let instant = cache.get(local);
  if (instant === undefined) {
    instant = computeInstant(local, zone);
    cache.set(local, instant);
  }
  return new Date(instant);
}

function computeInstant(local: string, zone: string): number {
  const offsets = offsetTable(zone);
  const asUtc = floatingDate(local).getTime();
  // One transition at most between a day before and a day after: every zone satisfies this.
  const offsetBefore = offsets.offset(asUtc - DAY_MS);
  const offsetAfter = offsets.offset(asUtc + DAY_MS);
  // The earlier of the two readings that the clocks show `local` at, or the offset before a gap.
  const [early, late] = [asUtc - offsetBefore, asUtc - offsetAfter].sort((a, b) => a - b) as [number, number];
  if (asUtc - offsets.offset(early) === early) return early;
  if (asUtc - offsets.offset(late) === late) return late;
  return asUtc - offsetBefore;
}

/** The wall clock (YYYY-MM-DDTHH:mm) that `zone` shows at `date`. */
export function instantToWallClock(date: Date, zone: string): string {
  const offsets = offsetTable(zone);
  const time = date.getTime();
  const cache = cacheOf(wallClocks, zone);
  let local = cache.get(time);
  if (local === undefined) {
    // What luxon's DateTime in that zone shows, without building one and parsing a format.
    local = floatingToWallClock(new Date(time + offsets.offset(time)));
    cache.set(time, local);
  }
  return local;
}

/** True when `local` does not exist in `zone` (skipped when clocks go forward). */
export function isInDaylightSavingGap(local: string, zone: string): boolean {
  return instantToWallClock(wallClockToInstant(local, zone), zone) !== local;
}
