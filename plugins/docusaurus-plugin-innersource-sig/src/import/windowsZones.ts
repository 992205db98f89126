/**
 * The IANA zone a calendar's TZID means. Exports name zones three ways: IANA names (Google,
 * Apple, Thunderbird), Windows names such as "W. Europe Standard Time" (Outlook, Exchange,
 * Office 365), and names of the exporter's own making ("Customized Time Zone", "US-Eastern",
 * Outlook display names) defined only by the file's VTIMEZONE. Windows names are mapped with
 * CLDR's windowsZones table (windows-iana); the others by finding the IANA zone whose UTC offsets
 * equal the VTIMEZONE's at the times that matter.
 */
import ICAL from 'ical.js';
import {WINDOWS_TO_IANA_MAP, findIana} from 'windows-iana';
import {canonicalTimeZone, floatingDate, parseWallClock, wallClockToInstant} from '../calendar/zones';
import {vtimezoneProblem} from './vtimezone';

export type ZoneResolution =
  | {zone: string; /** How the name was understood, for the message shown when it was not an IANA name. */ note?: string}
  | {problem: string};

const MINUTE_MS = 60_000;

/** UTC offset in minutes of the wall clock `local` (YYYY-MM-DDTHH:mm) per a VTIMEZONE. */
function vtimezoneOffset(zone: ICAL.Timezone, local: string): number {
  const fields = parseWallClock(local)!;
  return zone.utcOffset(ICAL.Time.fromData(fields)) / 60;
}

/** UTC offset in minutes of the wall clock `local` in an IANA zone. */
function ianaOffset(zone: string, local: string): number {
  return (floatingDate(local).getTime() - wallClockToInstant(local, zone).getTime()) / MINUTE_MS;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The first wall clock at which the VTIMEZONE and the IANA zone disagree, if any. */
function firstDisagreement(vtimezone: ICAL.Timezone, zone: string, wallClocks: string[]): string | undefined {
  return wallClocks.find((local) => vtimezoneOffset(vtimezone, local) !== ianaOffset(zone, local));
}

let windowsGroups: Array<{windowsName: string; zones: string[]}> | undefined;

/** Every Windows zone with the canonical IANA zones CLDR maps to it, its main zone first. */
function windowsZoneGroups(): Array<{windowsName: string; zones: string[]}> {
  windowsGroups ??= [...new Set(WINDOWS_TO_IANA_MAP.map(({windowsName}) => windowsName))].map((windowsName) => ({
    windowsName,
    zones: [...new Set(findIana(windowsName).map(canonicalTimeZone).filter((zone): zone is string => zone !== undefined))],
  })).filter((group) => group.zones.length > 0);
  return windowsGroups;
}

let ianaZoneList: string[] | undefined;

/** The canonical IANA zones of places (not Etc/GMT+5 and the like). */
function ianaZones(): string[] {
  ianaZoneList ??= [...new Set(Intl.supportedValuesOf('timeZone').map(canonicalTimeZone))].filter((zone): zone is string => zone !== undefined && !zone.startsWith('Etc/'));
  return ianaZoneList;
}

/** Words of a name, lower case, for matching "Kuala Lumpur, Singapore" with Asia/Kuala_Lumpur. */
function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z]+/).filter((word) => word.length > 2);
}

/**
 * The IANA zone whose offsets equal the VTIMEZONE's at every one of `wallClocks`. Among several
 * (a VTIMEZONE does not say which country it is), prefer a zone whose city the TZID names, then
 * the main zone of the Windows zone most of the matching zones belong to.
 */
function zoneMatchingVtimezone(tzid: string, vtimezone: ICAL.Timezone, wallClocks: string[]): string | undefined {
  const [first, ...rest] = wallClocks;
  if (first === undefined) return undefined;
  const probe = [first, rest[Math.floor(rest.length / 2)], rest[rest.length - 1]].filter((w): w is string => w !== undefined);
  const candidates = ianaZones()
    .filter((zone) => firstDisagreement(vtimezone, zone, probe) === undefined)
    .filter((zone) => firstDisagreement(vtimezone, zone, wallClocks) === undefined);
  if (candidates.length === 0) return undefined;
  const named = words(tzid);
  const namesCity = (zone: string) => {
    const city = words(zone.split('/').pop() ?? '');
    return city.length > 0 && city.every((word) => named.includes(word));
  };
  const groups = windowsZoneGroups()
    .map((group) => ({...group, matching: group.zones.filter((zone) => candidates.includes(zone)).length}))
    .filter((group) => group.matching > 0)
    .sort((a, b) => b.matching - a.matching);
  // Compared in order: city named, rank of its Windows zone, main zone of it, name.
  const key = (zone: string): [number, number, number, string] => {
    const group = groups.findIndex((g) => g.zones.includes(zone));
    return [namesCity(zone) ? 0 : 1, group < 0 ? groups.length : group, group >= 0 && groups[group]!.zones[0] === zone ? 0 : 1, zone];
  };
  const compare = (a: string, b: string) => {
    const [ka, kb] = [key(a), key(b)];
    const index = ka.findIndex((value, i) => value !== kb[i]);
    return index < 0 ? 0 : ka[index]! < kb[index]! ? -1 : 1;
  };
  return [...candidates].sort(compare)[0];
}

/** The latest year of sorted wall clocks (YYYY-MM-DDTHH:mm). */
function lastYear(wallClocks: string[]): number {
  return Number(wallClocks[wallClocks.length - 1]?.slice(0, 4) ?? 0);
}

/**
 * The IANA zone for a TZID. `wallClocks` are the series' local times, sorted (its occurrences and
 * a few samples around them), or a function giving them, called only when a VTIMEZONE is compared
 * with IANA zones, which is only done there. `chosen` maps TZIDs to zones given by the user
 * (sig:import --zone), which wins over everything. A VTIMEZONE that ical.js cannot expand safely
 * (see vtimezone.ts) is never expanded.
 */
export function resolveZone(tzid: string, args: {vtimezone?: ICAL.Timezone; wallClocks: string[] | (() => string[]); chosen?: Record<string, string>}): ZoneResolution {
  const {vtimezone, chosen = {}} = args;
  let listed: string[] | undefined;
  const wallClocks = (): string[] => (listed ??= typeof args.wallClocks === 'function' ? args.wallClocks() : args.wallClocks);
  const given = chosen[tzid];
  if (given !== undefined) {
    const zone = canonicalTimeZone(given);
    return zone ? {zone, note: `read as ${zone}, as given with --zone`} : {problem: `--zone gives "${given}" for TZID "${tzid}", which is not an IANA time zone`};
  }
  const iana = canonicalTimeZone(tzid);
  // An IANA name means the IANA rules: the file's VTIMEZONE is only the exporter's copy of them.
  if (iana) return {zone: iana};

  const windows = findIana(tzid).map(canonicalTimeZone).find((zone) => zone !== undefined);
  const unsafe = vtimezone && vtimezoneProblem(vtimezone, lastYear(wallClocks()));
  if (windows) {
    const note = `is a Windows zone name: read as ${windows} (CLDR windowsZones)`;
    // A VTIMEZONE that cannot be expanded is only left uncompared: the name wins anyway (below).
    if (unsafe) return {zone: windows, note: `${note}; the file's VTIMEZONE was not compared with it, as it ${unsafe}`};
    const differs = vtimezone && firstDisagreement(vtimezone, windows, wallClocks());
    if (!differs) return {zone: windows, note};
    // Outlook itself goes by the Windows name, so the name wins; say where the file's own rules differ.
    return {
      zone: windows,
      note: `${note}; the file's VTIMEZONE says ${formatOffset(vtimezoneOffset(vtimezone!, differs))} at ${differs}, ${windows} ${formatOffset(ianaOffset(windows, differs))}`,
    };
  }

  if (!vtimezone) {
    return {problem: `is neither an IANA nor a Windows time zone, and the file has no VTIMEZONE defining it: give its zone with --zone "${tzid}=Area/City"`};
  }
  if (unsafe) return {problem: `is neither an IANA nor a Windows time zone, and the file's VTIMEZONE defining it ${unsafe}: give its zone with --zone "${tzid}=Area/City"`};
  const matching = zoneMatchingVtimezone(tzid, vtimezone, wallClocks());
  if (!matching) {
    return {problem: `is defined by a VTIMEZONE that matches no IANA time zone at this series' times: give its zone with --zone "${tzid}=Area/City"`};
  }
  return {zone: matching, note: `is not a zone name that tables know: read as ${matching}, whose UTC offsets equal the file's VTIMEZONE at every occurrence checked`};
}
