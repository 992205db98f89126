/**
 * Reading and validating meeting series YAML files. Every problem is a DataError naming the file,
 * the field and the value; the first problem found is reported.
 */
import {DAY, floatingDate, isCalendarDay, isInDaylightSavingGap, parseWallClock} from '../calendar/zones';
import {DataError} from '../errors';
import {FieldChecker, isFields, type Fields} from '../data-files/fieldChecker';
import {parseYamlFields} from '../data-files/yamlFields';
import {problemCollector} from '../data-files/problems';
import type {Meeting, MovedOccurrence} from '../types';
import {horizonProblem, lastDate, MAX_LISTED_DATES, yearProblem, YEARS_AFTER_START} from './horizon';
import {scheduledStartOn, scheduledStarts, scheduledStartsOn} from './occurrences';
import {DATE_PLACEHOLDER, dayInSeries} from './history';
import {normalizedRule, parseRule, RuleError, untilDay} from './rule';
import {ALL_EVENTS_CALENDAR_NAME, ALL_MEETINGS_CALENDAR_NAME, MEETING_CALENDAR_SEGMENT} from '../outputs';

/** File names under /ics/ that the plugin writes itself: all meetings, all events. */
const RESERVED_ICS_NAMES = [ALL_MEETINGS_CALENDAR_NAME, ALL_EVENTS_CALENDAR_NAME];

const MEETING_FIELDS = ['id', 'title', 'description', 'timezone', 'start', 'duration', 'end', 'repeat', 'cancelled', 'moved', 'join', 'agenda', 'notes', 'recordings', 'notesSearch', 'organizer', 'ics', 'uid'];
/** Fields that hold one link for the whole series, or a link per meeting (date → URL). */
const DATED_LINK_FIELDS = ['agenda', 'notes', 'recordings'] as const;
type DatedLinkField = (typeof DATED_LINK_FIELDS)[number];
const MOVED_FIELDS = ['from', 'start', 'duration'];
const ORGANIZER_FIELDS = ['name', 'email'];
const MAX_DURATION_MINUTES = 24 * 60;
/** Characters of a series' description, which every moved occurrence's VEVENT repeats. */
export const MAX_DESCRIPTION_LENGTH = 5000;
/** Characters of a series' title: a calendar entry's and a table's heading. */
export const MAX_TITLE_LENGTH = 300;
const DAY_MS = 86_400_000;
/** Ids that would be paths of the meetings page's own pages (/meetings/calendar). */
export const RESERVED_IDS = [MEETING_CALENDAR_SEGMENT];
/** What a meeting id names, for the message of one too long. */
const ID_NAMES = 'the meeting for <MeetingTable meeting="…"> and, without `ics:`, its calendar file /ics/<id>.ics';

/** Reports problems in one meeting file. */
class Checker extends FieldChecker {
  date(field: string, value: unknown): string {
    const date = typeof value === 'string' ? value.trim() : undefined;
    if (!date || !DAY.test(date)) throw this.error(field, value, 'must be a date like 2024-08-13');
    if (!parseWallClock(`${date}T00:00`)) throw this.error(field, value, 'is not a real date');
    return date;
  }

  minutes(field: string, value: unknown): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_DURATION_MINUTES) {
      throw this.error(field, value, `must be a whole number of minutes, 1 to ${MAX_DURATION_MINUTES}`);
    }
    return value;
  }

  list(field: string, value: unknown): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw this.error(field, value, 'must be a list');
    // Each date is checked against the rule: see horizon.ts.
    if (value.length > MAX_LISTED_DATES) throw this.error(field, value, `lists ${value.length} dates: a meeting file lists at most ${MAX_LISTED_DATES}`);
    return value;
  }

  /** The year first: JavaScript misreads the years 0-99, and before 1900 zones keep local mean time (see horizon.ts). */
  override wallClock(field: string, value: unknown, zone: string): string {
    const year = typeof value === 'string' ? /^\s*(\d{4})-\d{2}-\d{2}[T ]\d{2}:\d{2}\s*$/.exec(value)?.[1] : undefined;
    const problem = year === undefined ? undefined : yearProblem(year);
    if (problem) throw this.error(field, value, problem);
    return super.wallClock(field, value, zone);
  }

  /** A date (YYYY-MM-DD…) the series can reach: see horizon.ts. */
  inReach(field: string, value: unknown, date: string, meeting: Meeting): void {
    const problem = horizonProblem(date, meeting.start);
    if (problem) throw this.error(field, value, problem);
  }
}

/** The id a meeting file without `id:` gets: its file name without the extension (weekly-call.yml → weekly-call). */
export function idFromFileName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

function parseId(check: Checker, data: Fields): string {
  if (data.id !== undefined) {
    const id = check.text('id', data.id);
    if (!/^[a-z0-9-]+$/.test(id)) throw check.error('id', data.id, 'may only contain a-z, 0-9 and -');
    if (RESERVED_IDS.includes(id)) throw check.error('id', data.id, `is reserved: /meetings/${id} is the month view of all meetings`);
    return check.nameLength('id', data.id, id, ID_NAMES);
  }
  const fromFileName = idFromFileName(check.file);
  if (!/^[a-z0-9-]+$/.test(fromFileName)) {
    throw check.error('id', fromFileName, 'comes from the file name, which may only contain a-z, 0-9 and -: rename the file or add `id:`');
  }
  if (RESERVED_IDS.includes(fromFileName)) throw check.error('id', fromFileName, `comes from the file name and is reserved: /meetings/${fromFileName} is the month view of all meetings; rename the file or add \`id:\``);
  return check.nameLength('id', fromFileName, fromFileName, `${ID_NAMES} (it comes from the file name: rename the file or add \`id:\`)`);
}

function parseDuration(check: Checker, data: Fields, start: string): number {
  if (data.duration !== undefined && data.end !== undefined) {
    throw check.error('end', data.end, 'cannot be given together with `duration`: keep one');
  }
  if (data.end === undefined) {
    if (data.duration === undefined) throw check.error('duration', undefined, 'is required (minutes), or give `end: "HH:mm"`');
    return check.minutes('duration', data.duration);
  }
  const end = typeof data.end === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(data.end.trim()) : null;
  if (!end || Number(end[1]) > 23 || Number(end[2]) > 59) throw check.error('end', data.end, 'must be a time like "16:00" (same day as start)');
  const startMinutes = Number(start.slice(11, 13)) * 60 + Number(start.slice(14, 16));
  const endMinutes = Number(end[1]) * 60 + Number(end[2]);
  // Wall-clock difference: "15:00 to 16:00" means an hour, even on a daylight-saving day.
  if (endMinutes <= startMinutes) throw check.error('end', data.end, `must be after the start time ${start.slice(11)} on the same day`);
  return endMinutes - startMinutes;
}

function parseRepeat(check: Checker, value: unknown, start: string): string | undefined {
  if (value === undefined) return undefined;
  const body = check.text('repeat', value);
  let rule;
  try {
    rule = parseRule(body);
  } catch (error) {
    if (error instanceof RuleError) throw check.error('repeat', value, error.message);
    throw error;
  }
  if (rule.until && untilDay(rule.until, 'Etc/UTC') > lastDate(start)) {
    throw check.error('repeat', value, `ends (UNTIL) more than ${YEARS_AFTER_START} years after \`start\`: end it by ${lastDate(start)}, or leave UNTIL out`);
  }
  return normalizedRule(rule);
}

function parseOrganizer(check: Checker, value: unknown): Meeting['organizer'] {
  if (value === undefined) return undefined;
  if (!isFields(value)) throw check.error('organizer', value, 'must be a mapping like {name: InnerSource SIG, email: sig@example.org}');
  check.onlyKnownKeys(value, ORGANIZER_FIELDS, 'organizer.');
  const name = check.text('organizer.name', value.name);
  // A quote cannot be written inside the quoted CN parameter of ORGANIZER.
  if (name.includes('"')) throw check.error('organizer.name', value.name, 'cannot contain a double quote');
  const email = check.text('organizer.email', value.email);
  if (!/^[^\s@"<>;,:]+@[^\s@"<>;,:]+\.[^\s@"<>;,:]+$/.test(email)) throw check.error('organizer.email', value.email, 'is not an email address');
  return {name, email};
}

function parseIcsName(check: Checker, value: unknown, id: string): string {
  if (value === undefined) {
    if (RESERVED_ICS_NAMES.includes(id)) throw check.error('id', id, `is used as the .ics name, and "${id}" is reserved for the calendar of all ${id}: add \`ics:\``);
    return id;
  }
  const name = check.text('ics', value);
  if (/\.ics$/i.test(name)) throw check.error('ics', value, 'is written without the .ics extension');
  if (!/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(name)) throw check.error('ics', value, 'may only contain A-Z, a-z, 0-9, ".", "_" and "-", and cannot start with "."');
  check.nameLength('ics', value, name, 'the calendar file /ics/<ics>.ics');
  if (RESERVED_ICS_NAMES.includes(name.toLowerCase())) throw check.error('ics', value, `"${name.toLowerCase()}" is reserved for the calendar of all ${name.toLowerCase()}`);
  return name;
}

/** The UID of a calendar this series was imported from (sig:import): kept so subscribers get updates, not duplicates. */
function parseUid(check: Checker, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') throw check.error('uid', value, 'must be text: quote it');
  const uid = check.text('uid', value);
  // Printable ASCII: a UID is compared byte for byte, and other characters tend to get mangled on the way.
  if (!/^[\x21-\x7e]+$/.test(uid)) throw check.error('uid', value, 'may only contain printable ASCII characters without spaces');
  return uid;
}

/** The scheduled dates just before and after `date`, to help fix a wrong one. */
function nearbyDates(meeting: Meeting, date: string): string {
  const day = floatingDate(`${date}T00:00`).getTime();
  const window = 400 * DAY_MS;
  const dates = scheduledStarts(meeting, new Date(day - window), new Date(day + window)).map((start) => start.slice(0, 10));
  const nearest = [dates.filter((d) => d < date).pop(), dates.find((d) => d > date)].filter((d) => d !== undefined);
  return nearest.length ? `nearest: ${nearest.join(', ')}` : 'no occurrence within a year of it';
}

/** The scheduled start (wall clock) on a date, if the series has one that day. */
type StartOn = (date: string) => string | undefined;

/**
 * `scheduledStartOn` for the dates a file names, from one pass of the rule over their span:
 * each call of it runs the rule from `start` again, which adds up over many series. Dates out
 * of reach are refused before they are looked up, and left out of the pass, which they would
 * make as long as they are far.
 */
function startsOnDates(meeting: Meeting, data: Fields): StartOn {
  const named = [
    ...(Array.isArray(data.cancelled) ? data.cancelled : []),
    ...(Array.isArray(data.moved) ? data.moved.map((item) => (isFields(item) ? item.from : undefined)) : []),
    ...DATED_LINK_FIELDS.flatMap((field) => (isFields(data[field]) ? Object.keys(data[field]) : [])),
  ];
  const dates = named.flatMap((value) =>
    typeof value === 'string' && isCalendarDay(value.trim()) && !horizonProblem(value.trim(), meeting.start) ? [value.trim()] : [],
  );
  return scheduledStartsOn(meeting, dates);
}

function checkOccurrenceDate(check: Checker, field: string, value: unknown, meeting: Meeting, date: string, startOn: StartOn): string {
  const scheduled = startOn(date);
  if (!scheduled) throw check.error(field, value, `is not a date on which this meeting takes place (${nearbyDates(meeting, date)})`);
  return scheduled;
}

function parseCancelled(check: Checker, value: unknown, meeting: Meeting, startOn: StartOn): string[] {
  const dates: string[] = [];
  check.list('cancelled', value).forEach((item, index) => {
    const field = `cancelled[${index}]`;
    const date = check.date(field, item);
    check.inReach(field, item, date, meeting);
    if (dates.includes(date)) throw check.error(field, item, 'is listed twice');
    checkOccurrenceDate(check, field, item, meeting, date, startOn);
    dates.push(date);
  });
  return dates;
}

function parseMoved(check: Checker, value: unknown, meeting: Meeting, startOn: StartOn): MovedOccurrence[] {
  const items = check.list('moved', value);
  if (items.length && !meeting.repeat) throw check.error('moved', value, 'only applies to a repeating meeting: change `start` instead');
  const moved: MovedOccurrence[] = [];
  items.forEach((item, index) => {
    const prefix = `moved[${index}]`;
    if (!isFields(item)) throw check.error(prefix, item, 'must be a mapping like {from: 2025-04-08, start: 2025-04-15T16:00}');
    check.onlyKnownKeys(item, MOVED_FIELDS, `${prefix}.`);
    const from = check.date(`${prefix}.from`, item.from);
    check.inReach(`${prefix}.from`, item.from, from, meeting);
    if (moved.some((m) => m.from === from)) throw check.error(`${prefix}.from`, item.from, 'is moved twice');
    if (meeting.cancelled.includes(from)) throw check.error(`${prefix}.from`, item.from, 'is also listed in `cancelled`');
    const scheduled = checkOccurrenceDate(check, `${prefix}.from`, item.from, meeting, from, startOn);
    // RECURRENCE-ID names the scheduled time, which calendar apps resolve differently when it does not exist.
    if (isInDaylightSavingGap(scheduled, meeting.timezone)) {
      throw check.error(`${prefix}.from`, item.from, 'falls in the hour skipped when clocks go forward: cancel it and add a one-off meeting instead');
    }
    const start = check.wallClock(`${prefix}.start`, item.start, meeting.timezone);
    check.inReach(`${prefix}.start`, item.start, start, meeting);
    const durationMinutes = item.duration === undefined ? meeting.durationMinutes : check.minutes(`${prefix}.duration`, item.duration);
    moved.push({from, start, durationMinutes});
  });
  return moved;
}

/** A link for the whole series (a URL), or none when the field is a mapping of dates (see `parseMeetingLinks`). */
function seriesLink(check: Checker, field: DatedLinkField, value: unknown): string | undefined {
  return isFields(value) ? undefined : check.url(field, value);
}

/** Why a meeting file may not name `date` for one meeting, or undefined when it may. */
function meetingDayProblem(meeting: Meeting, date: string, startOn: StartOn): string | undefined {
  const day = dayInSeries(meeting, date, startOn);
  if (day.kind === 'meeting') return undefined;
  if (day.kind === 'cancelled') return 'is a cancelled meeting (listed in `cancelled`): remove the entry, or the date from `cancelled`';
  if (day.kind === 'movedAway') return `was moved to ${day.to} (see \`moved\`): name the day the meeting is held, ${day.to}`;
  return `is not a date on which this meeting takes place (${nearbyDates(meeting, date)})`;
}

/** The dates (keys) a meeting's own links or minutes name: real dates the series meets on. */
function checkMeetingDate(check: Checker, field: string, value: unknown, meeting: Meeting, startOn: StartOn): string {
  const date = check.date(field, value);
  check.inReach(field, value, date, meeting);
  const problem = meetingDayProblem(meeting, date, startOn);
  if (problem) throw check.error(field, value, problem);
  return date;
}

/** The per-meeting links of `agenda:`, `notes:` and `recordings:` written as mappings of date → URL. */
function parseMeetingLinks(check: Checker, data: Fields, meeting: Meeting, startOn: StartOn, attempt: <T>(run: () => T) => T | undefined): Meeting['meetingLinks'] {
  const links: NonNullable<Meeting['meetingLinks']> = {agenda: {}, notes: {}, recordings: {}};
  let any = false;
  for (const field of DATED_LINK_FIELDS) {
    const map = data[field];
    if (!isFields(map)) continue;
    any = true;
    const entries = Object.entries(map);
    if (entries.length > MAX_LISTED_DATES) {
      attempt(() => {
        throw check.error(field, map, `lists ${entries.length} dates: a meeting file lists at most ${MAX_LISTED_DATES}`);
      });
      continue;
    }
    for (const [key, value] of entries) {
      attempt(() => {
        const date = checkMeetingDate(check, `${field}.${key}`, key, meeting, startOn);
        const url = check.url(`${field}.${key}`, value);
        if (url === undefined) throw check.error(`${field}.${key}`, value, 'must be an http:// or https:// URL');
        links[field][date] = url;
      });
    }
  }
  return any ? links : undefined;
}

function parseNotesSearch(check: Checker, value: unknown): string | undefined {
  const url = check.url('notesSearch', value);
  if (url !== undefined && !url.includes(DATE_PLACEHOLDER)) {
    throw check.error('notesSearch', value, `must contain ${DATE_PLACEHOLDER}, which each meeting's date (YYYY-MM-DD) replaces, e.g. https://github.com/org/repo/issues?q=label%3Ameeting+${DATE_PLACEHOLDER}`);
  }
  return url;
}

/**
 * Every problem of one meeting file, and the meeting when there is none. Fields are checked each
 * on its own, so that an author fixes a file in one round ("Eastern Time" and "10:30am" together);
 * checks that need other fields (a start in the zone, dates of the rule) run once those are valid.
 */
export function meetingFileProblems(sourceFile: string, text: string): {meeting?: Meeting; problems: DataError[]} {
  const check = new Checker(sourceFile);
  const {problems, attempt} = problemCollector();
  const data = attempt(() => parseYamlFields(check, text, 'a meeting needs at least title, timezone, start and duration'));
  if (!data) return {problems};
  for (const key of Object.keys(data).filter((name) => !MEETING_FIELDS.includes(name))) {
    attempt(() => check.onlyKnownKeys({[key]: data[key]}, MEETING_FIELDS, ''));
  }

  const id = attempt(() => parseId(check, data));
  const title = attempt(() => {
    const text = check.text('title', data.title);
    if (text.length > MAX_TITLE_LENGTH) throw check.error('title', `${text.slice(0, 40)}…`, `is ${text.length} characters long: at most ${MAX_TITLE_LENGTH}`);
    return text;
  });
  const description = attempt(() => {
    const text = check.optionalText('description', data.description, {multiLine: true});
    // Each moved occurrence repeats it in the calendar file, which apps download on every refresh.
    if (text !== undefined && text.length > MAX_DESCRIPTION_LENGTH) {
      throw check.error('description', `${text.slice(0, 40)}…`, `is ${text.length} characters long: at most ${MAX_DESCRIPTION_LENGTH} (link to a longer text with \`notes\` or \`agenda\`)`);
    }
    return text;
  });
  const timezone = attempt(() => check.timezone('timezone', data.timezone));
  const start = attempt(() => {
    if (data.start === undefined) throw check.error('start', undefined, 'is required: the first occurrence, like 2024-02-13T15:00');
    // Its form is checked even when the zone is wrong; whether the clocks skip it, only in its zone.
    return check.wallClock('start', data.start, timezone ?? 'Etc/UTC');
  });
  const durationMinutes = start === undefined ? undefined : attempt(() => parseDuration(check, data, start));
  const repeat = start === undefined ? undefined : attempt(() => parseRepeat(check, data.repeat, start));
  const join = attempt(() => check.url('join', data.join));
  const agenda = attempt(() => seriesLink(check, 'agenda', data.agenda));
  const notes = attempt(() => seriesLink(check, 'notes', data.notes));
  const recordings = attempt(() => seriesLink(check, 'recordings', data.recordings));
  const notesSearch = attempt(() => parseNotesSearch(check, data.notesSearch));
  const organizer = attempt(() => parseOrganizer(check, data.organizer));
  const ics = id === undefined ? undefined : attempt(() => parseIcsName(check, data.ics, id));
  const uid = attempt(() => parseUid(check, data.uid));
  if (problems.length > 0 || id === undefined || title === undefined || timezone === undefined || start === undefined || durationMinutes === undefined || ics === undefined) {
    return {problems};
  }

  const meeting: Meeting = {id, title, description, timezone, start, durationMinutes, repeat, cancelled: [], moved: [], join, agenda, notes, recordings, ...(notesSearch && {notesSearch}), organizer, ics, ...(uid && {uid}), sourceFile};
  // Without this, calendar apps disagree: some count `start` as an occurrence, others do not.
  if (repeat && scheduledStartOn(meeting, start.slice(0, 10)) !== start) {
    problems.push(check.error('start', data.start, `is not an occurrence of \`repeat\` (${repeat}): start on a date the rule produces`));
    return {problems};
  }
  const startOn = attempt(() => startsOnDates(meeting, data));
  if (!startOn) return {problems};
  const cancelled = attempt(() => parseCancelled(check, data.cancelled, meeting, startOn));
  if (cancelled === undefined) return {problems};
  // A moved date may not also be cancelled: the cancelled dates first.
  meeting.cancelled = cancelled;
  const moved = attempt(() => parseMoved(check, data.moved, meeting, startOn));
  if (moved === undefined) return {problems};
  meeting.moved = moved;
  const meetingLinks = parseMeetingLinks(check, data, meeting, startOn, attempt);
  if (problems.length > 0) return {problems};
  return {meeting: meetingLinks ? {...meeting, meetingLinks} : meeting, problems};
}

/**
 * Parses and validates one meeting series file. `sourceFile` (relative to the site) names the
 * file in messages and gives the default id.
 */
export function parseMeetingFile(sourceFile: string, text: string): Meeting {
  const {meeting, problems} = meetingFileProblems(sourceFile, text);
  if (!meeting) throw problems[0]!;
  return meeting;
}

/**
 * The files that share an id, a uid or an .ics name with an earlier file (.ics names compared
 * ignoring case, since /ics/Foo.ics and /ics/foo.ics collide on case-insensitive file systems).
 */
export function validateMeetingSet(meetings: Meeting[]): DataError[] {
  const problems: DataError[] = [];
  const byId = new Map<string, Meeting>();
  const byIcs = new Map<string, Meeting>();
  const byUid = new Map<string, Meeting>();
  for (const meeting of meetings) {
    const sameId = byId.get(meeting.id);
    // One problem per file: the same id usually means the same .ics name too.
    if (sameId) {
      problems.push(new DataError(meeting.sourceFile, 'id', meeting.id, `is also the id of ${sameId.sourceFile}`));
      continue;
    }
    byId.set(meeting.id, meeting);
    const icsKey = meeting.ics.toLowerCase();
    const sameIcs = byIcs.get(icsKey);
    if (sameIcs) {
      problems.push(new DataError(meeting.sourceFile, 'ics', meeting.ics, `is also the .ics name of ${sameIcs.sourceFile}`));
      continue;
    }
    byIcs.set(icsKey, meeting);
    if (meeting.uid) {
      const sameUid = byUid.get(meeting.uid);
      if (sameUid) problems.push(new DataError(meeting.sourceFile, 'uid', meeting.uid, `is also the uid of ${sameUid.sourceFile}`));
      else byUid.set(meeting.uid, meeting);
    }
  }
  return problems;
}
