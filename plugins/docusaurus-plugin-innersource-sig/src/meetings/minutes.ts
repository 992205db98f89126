/**
 * Minutes written in the repository: `meetings/<id>/<YYYY-MM-DD>.md(x)`, one file per meeting,
 * named after the day it is held. Checked against the series (a day it does not meet, or a
 * cancelled one, is a data error) before anything is rendered.
 */
import {parseWallClock} from '../calendar/zones';
import {DataError} from '../errors';
import {FieldChecker, type Fields} from '../data-files/fieldChecker';
import {problemCollector} from '../data-files/problems';
import type {Meeting, Minutes} from '../types';
import {dayInSeries} from './history';
import {horizonProblem} from './horizon';
import {scheduledStartsOn} from './occurrences';

/** `<id>/<YYYY-MM-DD>.md` or `.mdx`, relative to the meetings folder; `_` files are partials. */
export const MINUTES_FILES = '*/*.{md,mdx}';
const MINUTES_NAME = /^([^/]+)\/(\d{4}-\d{2}-\d{2})\.mdx?$/;
const FRONT_MATTER_FIELDS = ['title', 'description'];

export interface MinutesFile {
  /** Relative to the meetings folder, e.g. innersource-sig/2025-01-14.md */
  name: string;
  /** Relative to the site, for messages. */
  file: string;
  frontMatter: Fields;
}

/** Title and description of a minutes file's front matter (or its translation's). */
export function minutesFrontMatterProblems(file: string, frontMatter: Fields): {fields?: {title?: string; description?: string}; problems: DataError[]} {
  const check = new FieldChecker(file);
  const {problems, attempt} = problemCollector();
  for (const key of Object.keys(frontMatter).filter((name) => !FRONT_MATTER_FIELDS.includes(name))) {
    attempt(() => check.onlyKnownKeys({[key]: frontMatter[key]}, FRONT_MATTER_FIELDS, ''));
  }
  const title = attempt(() => check.optionalText('title', frontMatter.title));
  const description = attempt(() => check.optionalText('description', frontMatter.description, {multiLine: true}));
  if (problems.length > 0) return {problems};
  return {fields: {...(title && {title}), ...(description && {description})}, problems};
}

/** Why the series cannot have minutes for `date`, or undefined when it can. */
function dayProblem(meeting: Meeting, date: string, startOn: (date: string) => string | undefined): string | undefined {
  const reach = horizonProblem(date, meeting.start);
  if (reach) return reach;
  const day = dayInSeries(meeting, date, startOn);
  if (day.kind === 'meeting') return undefined;
  if (day.kind === 'cancelled') return `is a cancelled meeting of ${meeting.sourceFile}: remove the file, or the date from \`cancelled\``;
  if (day.kind === 'movedAway') return `is the day a meeting was moved away from (see \`moved\` in ${meeting.sourceFile}): rename the file to ${day.to}.md(x), the day it is held`;
  return `is not a day on which ${meeting.title} (${meeting.sourceFile}) meets: name the file after the day of the meeting`;
}

/**
 * Every minutes file checked against its series: the folder names a series id, the file a day
 * on which that series meets. All problems of all files, so that one round of fixes does.
 */
export function minutesProblems(files: MinutesFile[], meetings: Meeting[]): {minutes: Minutes[]; problems: DataError[]} {
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const problems: DataError[] = [];
  const named: Array<{file: MinutesFile; meeting: Meeting; date: string}> = [];
  for (const file of files) {
    const match = MINUTES_NAME.exec(file.name);
    const [folder, date] = match ? [match[1]!, match[2]!] : [file.name.split('/')[0]!, file.name.split('/').pop()!];
    const meeting = byId.get(folder);
    if (!meeting) {
      const known = [...byId.keys()].join(', ') || 'none';
      problems.push(new DataError(file.file, 'series', folder, `is not the id of a meeting series (known: ${known}): name the folder after the series whose minutes it holds`));
      continue;
    }
    if (!match) {
      problems.push(new DataError(file.file, 'date', date, 'must be the day of the meeting: name the file YYYY-MM-DD.md or YYYY-MM-DD.mdx'));
      continue;
    }
    // 2025-02-30: the rule would be run up to a day that does not exist.
    if (!parseWallClock(`${date}T00:00`)) {
      problems.push(new DataError(file.file, 'date', date, 'is not a real date: name the file after the day of the meeting'));
      continue;
    }
    named.push({file, meeting, date});
  }
  // One pass of each series' rule over the days its files name.
  const startsOn = new Map<string, (date: string) => string | undefined>();
  for (const meeting of byId.values()) {
    const days = named.filter((entry) => entry.meeting === meeting && !horizonProblem(entry.date, meeting.start)).map((entry) => entry.date);
    if (days.length > 0) startsOn.set(meeting.id, scheduledStartsOn(meeting, days));
  }
  const minutes: Minutes[] = [];
  for (const {file, meeting, date} of named) {
    const problem = dayProblem(meeting, date, startsOn.get(meeting.id) ?? (() => undefined));
    if (problem) {
      problems.push(new DataError(file.file, 'date', date, problem));
      continue;
    }
    const read = minutesFrontMatterProblems(file.file, file.frontMatter);
    problems.push(...read.problems);
    if (read.fields) minutes.push({seriesId: meeting.id, date, name: file.name, ...read.fields});
  }
  // Two files for one meeting: 2025-01-14.md and 2025-01-14.mdx.
  const seen = new Map<string, Minutes>();
  for (const entry of minutes) {
    const key = `${entry.seriesId}/${entry.date}`;
    const first = seen.get(key);
    if (first) problems.push(new DataError(files.find((f) => f.name === entry.name)!.file, 'date', entry.date, `has minutes in ${first.name} too: keep one file per meeting`));
    else seen.set(key, entry);
  }
  return {minutes: [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : 1)), problems};
}
