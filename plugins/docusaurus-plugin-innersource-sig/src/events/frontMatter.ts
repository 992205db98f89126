/**
 * Reading and validating the front matter of event pages. Every problem is a DataError naming the
 * file, the field and the value; the first problem found is reported.
 *
 * Dates may arrive as text or, from a YAML 1.1 parser such as Docusaurus' default one, as Date
 * objects (a bare `2022-11-16` at midnight UTC, `2022-11-16T15:00:00` read as UTC). Both are
 * accepted where they are unambiguous.
 */
import {DAY, instantToWallClock, parseWallClock, wallClockToInstant} from '../calendar/zones';
import {DataError} from '../errors';
import {FieldChecker, isFields, isHttpUrl, type Fields} from '../data-files/fieldChecker';
import {FRONT_MATTER, yamlData} from '../data-files/yamlFields';
import {problemCollector} from '../data-files/problems';
import type {EventSession, SigEvent} from '../types';
import {RESERVED_SLUGS, SLUG_PATTERN} from './slug';
import {sessionInstants} from './times';

const EVENT_FIELDS = [
  'title', 'date', 'end', 'timezone', 'sessions', 'description', 'location', 'image', 'imageAlt',
  'registration', 'recording', 'redirect', 'tags', 'publishDate', 'draft', 'slug',
];
const SESSION_FIELDS = ['title', 'start', 'end', 'timezone'];
const MINUTE_MS = 60_000;
const MAX_SESSION_MS = 24 * 60 * MINUTE_MS;
/** What an event slug names, for the message of one too long. */
const SLUG_NAMES = "the event's page /events/<slug> and its calendar file /ics/events/<slug>.ics";
const OFFSET_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Midnight UTC is how YAML 1.1 reads a bare date. */
function isMidnightUtc(date: Date): boolean {
  return date.toISOString().endsWith('T00:00:00.000Z');
}

/** Reports problems in one event page. */
class Checker extends FieldChecker {
  /** A calendar day, written YYYY-MM-DD (or read by YAML as midnight UTC). */
  day(field: string, value: unknown): string {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw this.error(field, String(value), 'is not a real date');
      if (!isMidnightUtc(value)) throw this.error(field, value, 'must be a day like 2022-11-16, without a time: times go in `sessions`');
      return value.toISOString().slice(0, 10);
    }
    const day = typeof value === 'string' ? value.trim() : undefined;
    if (!day || !DAY.test(day)) throw this.error(field, value, 'must be a day like 2022-11-16');
    if (!parseWallClock(`${day}T00:00`)) throw this.error(field, value, 'is not a real date');
    return day;
  }
}

/**
 * When the page may be published, as an ISO instant: a day (from its midnight in the event's
 * zone), a local time in the event's zone (seconds :00 allowed), or a timestamp with an offset.
 */
function parsePublishDate(check: Checker, value: unknown, zone: string): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date && !Number.isNaN(value.getTime()) && !isMidnightUtc(value)) return value.toISOString();
  if (value instanceof Date || (typeof value === 'string' && DAY.test(value.trim()))) {
    return wallClockToInstant(`${check.day('publishDate', value)}T00:00`, zone).toISOString();
  }
  const text = typeof value === 'string' ? value.trim().replace(' ', 'T') : undefined;
  if (text && OFFSET_TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text))) return new Date(text).toISOString();
  // Hugo writes seconds: 2022-09-01T09:00:00 is a local time like 2022-09-01T09:00.
  const withSeconds = text && /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):00$/.exec(text);
  return wallClockToInstant(check.wallClock('publishDate', withSeconds ? withSeconds[1] : value, zone), zone).toISOString();
}

function parseImage(check: Checker, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const image = check.text('image', value);
  if (isHttpUrl(image) || (image.startsWith('/') && !image.startsWith('//'))) return image;
  throw check.error('image', value, 'must be a site path like /img/events/summit.png (a file in static/) or an https:// URL');
}

function parseTags(check: Checker, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw check.error('tags', value, 'must be a list, like [summit, online]');
  const tags: string[] = [];
  value.forEach((item, index) => {
    const tag = check.text(`tags[${index}]`, item);
    if (tags.some((t) => t.toLowerCase() === tag.toLowerCase())) throw check.error(`tags[${index}]`, item, 'is listed twice');
    tags.push(tag);
  });
  return tags;
}

function parseSlug(check: Checker, value: unknown, fileSlug: string): string {
  if (value === undefined) {
    if (!fileSlug) throw check.error('slug', fileSlug, 'cannot be made from the file name: add `slug:`');
    if (RESERVED_SLUGS.includes(fileSlug)) throw check.error('slug', fileSlug, `(from the file name) is the path of an events listing page (${RESERVED_SLUGS.join(', ')}): add \`slug:\``);
    return check.nameLength('slug', fileSlug, fileSlug, `${SLUG_NAMES} (it comes from the file name: rename the file or add \`slug:\`)`);
  }
  const slug = check.text('slug', value);
  if (!SLUG_PATTERN.test(slug)) throw check.error('slug', value, 'may only contain a-z, 0-9 and single "-" between them');
  if (RESERVED_SLUGS.includes(slug)) throw check.error('slug', value, `is the path of an events listing page (${RESERVED_SLUGS.join(', ')}): choose another`);
  return check.nameLength('slug', value, slug, SLUG_NAMES);
}

/**
 * The sessions, in time order, each within the event's days. Without `end` (`event.end`
 * undefined), a session may fall on any day from `date` on: the last one sets the last day.
 */
function parseSessions(check: Checker, value: unknown, event: {date: string; end?: string; timezone: string}): EventSession[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw check.error('sessions', value, 'must be a list of {title, start, end}');
  const sessions: EventSession[] = [];
  value.forEach((item, index) => {
    const prefix = `sessions[${index}]`;
    if (!isFields(item)) throw check.error(prefix, item, 'must be a mapping like {title: Part 1, start: 2022-11-16T15:00, end: 2022-11-16T18:30}');
    check.onlyKnownKeys(item, SESSION_FIELDS, `${prefix}.`);
    const title = check.text(`${prefix}.title`, item.title);
    const timezone = item.timezone === undefined ? event.timezone : check.timezone(`${prefix}.timezone`, item.timezone);
    const session: EventSession = {
      title,
      start: check.wallClock(`${prefix}.start`, item.start, timezone),
      end: check.wallClock(`${prefix}.end`, item.end, timezone),
      timezone,
    };
    const {start, end} = sessionInstants(session);
    if (end <= start) throw check.error(`${prefix}.end`, item.end, `must be after the start, ${session.start}`);
    if (end.getTime() - start.getTime() > MAX_SESSION_MS) throw check.error(`${prefix}.end`, item.end, 'is more than 24 hours after the start: split the session');
    // The page lists sessions as written, and calendar UIDs count them: keep both meaningful.
    const previous = sessions[sessions.length - 1];
    if (previous && start < sessionInstants(previous).start) {
      throw check.error(`${prefix}.start`, item.start, `is before the start of sessions[${index - 1}]: list sessions in time order`);
    }
    const firstDay = instantToWallClock(start, event.timezone).slice(0, 10);
    // The day of the last minute, so that a session ending at midnight stays on its day.
    const lastDay = instantToWallClock(new Date(end.getTime() - MINUTE_MS), event.timezone).slice(0, 10);
    if (firstDay < event.date) {
      throw check.error(`${prefix}.start`, item.start, `is before the event's first day (\`date\`: ${event.date} in ${event.timezone}): fix the session or \`date\``);
    }
    if (event.end !== undefined && lastDay > event.end) {
      const days = event.date === event.end ? event.date : `${event.date} to ${event.end}`;
      throw check.error(`${prefix}.start`, item.start, `is outside the event's days (${days} in ${event.timezone}): fix the session or \`end\`, or leave \`end\` out to let the sessions set the last day`);
    }
    sessions.push(session);
  });
  return sessions;
}

/** The day, in the event's zone, of the last minute of its last-ending session. */
function lastSessionDay(sessions: EventSession[], zone: string): string | undefined {
  if (sessions.length === 0) return undefined;
  const end = Math.max(...sessions.map((session) => sessionInstants(session).end.getTime()));
  return instantToWallClock(new Date(end - MINUTE_MS), zone).slice(0, 10);
}

/**
 * Splits an event file into front matter and content, reading the front matter as YAML 1.2
 * (core schema), where dates stay as written. Docusaurus' default parser (YAML 1.1) would turn an
 * impossible `2027-02-30` into 2 March without a word.
 */
export function parseEventFile(file: string, fileContent: string): {frontMatter: Fields; content: string} {
  const match = FRONT_MATTER.exec(fileContent);
  if (!match) return {frontMatter: {}, content: fileContent.trim()};
  // 1: the file's `---` line, so that a syntax error gives the line of the file.
  const data: unknown = yamlData(match[1] ?? '', file, '(front matter)', 1) ?? {};
  if (!isFields(data)) throw new DataError(file, '(front matter)', data, 'must be a mapping of fields such as `title:` and `date:`');
  return {frontMatter: data, content: fileContent.slice(match[0].length).trim()};
}

/**
 * Validates the front matter of one event page. `sourceFile` (relative to the site) names the
 * file in messages; `fileSlug` is the slug made from its name.
 */
export function parseEventFrontMatter(sourceFile: string, frontMatter: Fields, fileSlug: string): SigEvent {
  const {event, problems} = eventFrontMatterProblems(sourceFile, frontMatter, fileSlug);
  if (!event) throw problems[0]!;
  return event;
}

/**
 * Every problem of an event's front matter, and the event when there is none: an author fixes a
 * file in one round. Checks that need other fields (sessions within the days, in the zone) run
 * once those are valid.
 */
export function eventFrontMatterProblems(sourceFile: string, frontMatter: Fields, fileSlug: string): {event?: SigEvent; problems: DataError[]} {
  const check = new Checker(sourceFile);
  const {problems, attempt} = problemCollector();
  const fm = frontMatter;
  for (const key of Object.keys(fm).filter((name) => !EVENT_FIELDS.includes(name))) {
    attempt(() => check.onlyKnownKeys({[key]: fm[key]}, EVENT_FIELDS, ''));
  }

  const title = attempt(() => check.text('title', fm.title));
  const date = attempt(() => {
    if (fm.date === undefined) throw check.error('date', undefined, 'is required: the first day, like 2022-11-16');
    return check.day('date', fm.date);
  });
  const givenEnd = attempt(() => {
    const end = fm.end === undefined ? undefined : check.day('end', fm.end);
    if (end !== undefined && date !== undefined && end < date) throw check.error('end', fm.end, `is before \`date\` (${date})`);
    return end;
  });
  const timezone = attempt(() => (fm.timezone === undefined ? 'Etc/UTC' : check.timezone('timezone', fm.timezone)));
  const redirect = attempt(() => {
    const url = check.url('redirect', fm.redirect);
    // A redirect event has no page, so nothing would show these.
    for (const field of url ? ['sessions', 'registration', 'recording'] : []) {
      if (fm[field] !== undefined) throw check.error(field, fm[field], 'has no effect with `redirect` (the event has no page here): remove one of them');
    }
    return url;
  });
  const image = attempt(() => parseImage(check, fm.image));
  const imageAlt = attempt(() => {
    const alt = check.optionalText('imageAlt', fm.imageAlt);
    if (alt !== undefined && fm.image === undefined) throw check.error('imageAlt', fm.imageAlt, 'describes an image, but `image` is missing');
    return alt;
  });
  attempt(() => {
    if (fm.draft !== undefined && typeof fm.draft !== 'boolean') throw check.error('draft', fm.draft, 'must be true or false');
  });
  const slug = attempt(() => parseSlug(check, fm.slug, fileSlug));
  const description = attempt(() => check.optionalText('description', fm.description, {multiLine: true}));
  const location = attempt(() => check.optionalText('location', fm.location));
  const registration = attempt(() => check.url('registration', fm.registration));
  const recording = attempt(() => check.url('recording', fm.recording));
  const tags = attempt(() => parseTags(check, fm.tags));
  const publishAt = timezone === undefined ? undefined : attempt(() => parsePublishDate(check, fm.publishDate, timezone));
  if (date === undefined || timezone === undefined || problems.length > 0) return {problems};
  const sessions = attempt(() => parseSessions(check, fm.sessions, {date, end: givenEnd, timezone}));
  if (sessions === undefined || problems.length > 0) return {problems};

  return {
    event: {
      slug: slug!,
      title: title!,
      description,
      date,
      end: givenEnd ?? lastSessionDay(sessions, timezone) ?? date,
      timezone,
      sessions,
      image,
      imageAlt,
      location,
      registration,
      recording,
      redirect,
      tags: tags!,
      publishAt,
      draft: fm.draft === true,
      sourceFile,
    },
    problems,
  };
}

/** The events that share a slug (a page and a calendar file) with an earlier one. */
export function validateEventSet(events: SigEvent[]): DataError[] {
  const problems: DataError[] = [];
  const bySlug = new Map<string, SigEvent>();
  for (const event of events) {
    const same = bySlug.get(event.slug);
    if (same) problems.push(new DataError(event.sourceFile, 'slug', event.slug, `is also the slug of ${same.sourceFile}`));
    else bySlug.set(event.slug, event);
  }
  return problems;
}
