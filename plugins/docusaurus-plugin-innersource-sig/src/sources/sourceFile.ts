/**
 * Reading and validating calendar source files, `meetings/<name>.source.yml`: a remote calendar
 * (iCalendar URL) whose recurring series become meetings, with what the calendar lacks. Every
 * problem is a DataError naming the file, the field and the value, as for meeting files.
 */
import {FieldChecker, isFields, type Fields} from '../data-files/fieldChecker';
import {parseYamlFields} from '../data-files/yamlFields';
import {DataError} from '../errors';

/** `<name>.source.yml`: told apart from meeting files by its name alone. */
export const SOURCE_FILE = /\.source\.ya?ml$/;

/** Values a source gives its series where the calendar has none. */
export interface SeriesDefaults {
  join?: string;
  description?: string;
  agenda?: string;
  notes?: string;
  recordings?: string;
}

/** What a source says of one series (by UID): its id and .ics name, and values it lacks. */
export interface SeriesSettings extends SeriesDefaults {
  id?: string;
  ics?: string;
}

export interface CalendarSource extends SeriesDefaults {
  /** The file name without `.source.yml`: names the snapshot and, by default, the series. */
  name: string;
  /** Path of the source file, relative to the site, for messages. */
  sourceFile: string;
  /** The URL as written: `${NAME}` references are expanded only when it is fetched, so the secret never sits in the content. */
  url: string;
  /** Series taken from the calendar: those whose UID is listed or whose SUMMARY matches a pattern; all when absent. */
  include?: {uids: string[]; summaries: string[]};
  /** Id (and default .ics name) of the only series, when the source yields one. */
  id?: string;
  ics?: string;
  /** Prefix of the ids made from titles when there are several series. */
  idPrefix?: string;
  /** TZID → IANA zone, for zone names no table explains (as sig:import's --zone). */
  zones: Record<string, string>;
  /** Per-series settings by UID. */
  series: Record<string, SeriesSettings>;
  /** After how many days without a successful fetch the pages say the schedule may be out of date. */
  staleAfterDays?: number;
}

const SOURCE_FIELDS = ['url', 'include', 'id', 'ics', 'idPrefix', 'join', 'description', 'agenda', 'notes', 'recordings', 'zones', 'series', 'staleAfterDays'];
const SERIES_FIELDS = ['id', 'ics', 'join', 'description', 'agenda', 'notes', 'recordings'];
const NAME = /^[a-z0-9-]+$/;

class Checker extends FieldChecker {
  /** As FieldChecker's, without the value: a mistyped key (`URL:`, `uri:`) may hold the secret address. */
  onlyKnownKeys(fields: Fields, known: string[], prefix: string): void {
    const unknown = Object.keys(fields).find((key) => !known.includes(key));
    if (unknown !== undefined) throw this.error(`${prefix}${unknown}`, '(not shown)', `is not a known field (known: ${known.join(', ')})`);
  }

  name(field: string, value: unknown): string | undefined {
    if (value === undefined) return undefined;
    const name = this.text(field, value);
    if (!NAME.test(name)) throw this.error(field, value, 'may only contain a-z, 0-9 and -');
    return name;
  }

  defaults(fields: Fields, prefix: string): SeriesDefaults {
    const values: SeriesDefaults = {
      join: this.url(`${prefix}join`, fields.join),
      description: this.optionalText(`${prefix}description`, fields.description, {multiLine: true}),
      agenda: this.url(`${prefix}agenda`, fields.agenda),
      notes: this.url(`${prefix}notes`, fields.notes),
      recordings: this.url(`${prefix}recordings`, fields.recordings),
    };
    return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  }
}

/** `url:` as written: an http(s) or webcal URL, or one made of `${VARIABLE}` references (checked when fetched). */
function parseUrl(check: Checker, value: unknown): string {
  if (value === undefined) throw check.error('url', undefined, 'is required: the iCalendar address of the calendar, or ${VARIABLE} for a secret one');
  // Not echoed either: a list or a block holding the address is as secret as the address.
  if (typeof value !== 'string' || !value.trim() || /[\r\n]/.test(value.trim())) throw check.error('url', '(not shown)', 'must be one line of text: the iCalendar address, or ${VARIABLE}');
  const url = value.trim();
  if (/\$\{[A-Za-z_][A-Za-z0-9_]*\}/.test(url)) return url;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    // The value is not shown: a mistyped secret address is still a secret.
    throw check.error('url', '(not shown)', 'is not a URL: write the iCalendar address, or ${VARIABLE} to read a secret address from the environment');
  }
  if (!['http:', 'https:', 'webcal:'].includes(protocol)) {
    // What precedes a `:` may be part of a token (a secret address pasted without its scheme): only well-known schemes are named.
    const named = /^(?:ftps?|sftp|file|data|mailto|webcals|wss?|feed|javascript):$/.test(protocol);
    throw check.error('url', '(not shown)', `must be an http://, https:// or webcal:// URL${named ? `, not ${protocol}` : ''}`);
  }
  return url;
}

function parseInclude(check: Checker, value: unknown): CalendarSource['include'] {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    throw check.error('include', value, 'must be a list of `- uid: <UID>` and `- summary: <pattern>` entries (a pattern may use * for any text)');
  }
  const include = {uids: [] as string[], summaries: [] as string[]};
  value.forEach((item: unknown, index) => {
    const field = `include[${index}]`;
    if (!isFields(item) || Object.keys(item).length !== 1 || !('uid' in item || 'summary' in item)) {
      throw check.error(field, item, 'must be `uid: <UID>` or `summary: <pattern>`');
    }
    if ('uid' in item) include.uids.push(check.text(`${field}.uid`, item.uid));
    else include.summaries.push(check.text(`${field}.summary`, item.summary));
  });
  return include;
}

function parseZones(check: Checker, value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (!isFields(value)) throw check.error('zones', value, 'must map zone names of the calendar (TZID) to IANA zones, like {"Eastern Standard Time": America/New_York}');
  return Object.fromEntries(Object.entries(value).map(([tzid, zone]) => [tzid, check.timezone(`zones.${tzid}`, zone)]));
}

function parseSeries(check: Checker, value: unknown): Record<string, SeriesSettings> {
  if (value === undefined) return {};
  if (!isFields(value)) throw check.error('series', value, 'must map series UIDs to their settings, like {"abc@google.com": {id: office-hours}}');
  return Object.fromEntries(
    Object.entries(value).map(([uid, settings]) => {
      const prefix = `series.${uid}.`;
      if (!isFields(settings)) throw check.error(`series.${uid}`, settings, `must be a mapping of ${SERIES_FIELDS.join(', ')}`);
      check.onlyKnownKeys(settings, SERIES_FIELDS, prefix);
      const id = check.name(`${prefix}id`, settings.id);
      const ics = check.name(`${prefix}ics`, settings.ics);
      return [uid, {...(id && {id}), ...(ics && {ics}), ...check.defaults(settings, prefix)}];
    }),
  );
}

/** The file's mapping. A syntax error's line, or data that is not a mapping, is not shown: it may hold the address. */
function readFields(check: Checker, text: string): Fields {
  try {
    return parseYamlFields(check, text, 'a calendar source needs at least `url:`');
  } catch (error) {
    if (error instanceof DataError && error.value !== '') throw check.error(error.field, '(not shown)', error.problem);
    throw error;
  }
}

/** Parses and validates one source file. `sourceFile` is relative to the site; its name gives the source's name. */
export function parseSourceFile(sourceFile: string, text: string): CalendarSource {
  const check = new Checker(sourceFile);
  const name = sourceFile.replace(/^.*[\\/]/, '').replace(SOURCE_FILE, '');
  if (!NAME.test(name)) throw check.error('(file)', name, 'is the source name, from the file name, which may only contain a-z, 0-9 and -: rename the file');
  const data = readFields(check, text);
  check.onlyKnownKeys(data, SOURCE_FIELDS, '');
  const staleAfterDays = data.staleAfterDays;
  if (staleAfterDays !== undefined && (typeof staleAfterDays !== 'number' || !Number.isInteger(staleAfterDays) || staleAfterDays < 1)) {
    throw check.error('staleAfterDays', staleAfterDays, 'must be a whole number of days, 1 or more');
  }
  const id = check.name('id', data.id);
  const ics = check.name('ics', data.ics);
  const idPrefix = data.idPrefix === undefined ? undefined : check.text('idPrefix', data.idPrefix);
  if (idPrefix !== undefined && !NAME.test(idPrefix)) throw check.error('idPrefix', data.idPrefix, 'may only contain a-z, 0-9 and -');
  const include = parseInclude(check, data.include);
  return {
    name,
    sourceFile,
    url: parseUrl(check, data.url),
    ...(include && {include}),
    ...(id && {id}),
    ...(ics && {ics}),
    ...(idPrefix !== undefined && {idPrefix}),
    ...check.defaults(data, ''),
    zones: parseZones(check, data.zones),
    series: parseSeries(check, data.series),
    ...(staleAfterDays !== undefined && {staleAfterDays: staleAfterDays as number}),
  };
}

/** A `summary:` pattern of `include` as a whole-title, case-insensitive match with * for any text. */
export function summaryMatcher(pattern: string): RegExp {
  const body = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 'i');
}
