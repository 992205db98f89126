/**
 * What `sig:import` does, short of reading and writing files: calendar texts in, meeting files
 * to write and messages out. Every file is validated by the plugin's own loader before it is
 * planned, so an import never writes a file that the build would reject.
 */
import path from 'node:path';
import {DataError} from '../errors';
import {slugify} from '../slug';
import {idFromFileName, parseMeetingFile, validateMeetingSet} from '../meetings/load';
import {ALL_MEETINGS_CALENDAR_NAME} from '../outputs';
import type {Meeting} from '../types';
import {mergeMeetingFile, type MergedMeetingFile} from './mergeMeetingFile';
import {CalendarTextError, parseCalendar, type UnreadableEvent, type VEvent} from './parseCalendar';
import {seriesToMeetings, type MeetingFields, type SeriesMessage} from './toMeeting';
import {meetingYaml} from './toYaml';

/** How many skipped events a message names. */
const MAX_LISTED = 5;

export interface CalendarInput {
  /** The .ics file as the user named it, for messages. */
  file: string;
  text: string;
}

/** A meeting file already in the output folder (file name, e.g. weekly-sync.yml), with its text and what it says when it is valid. */
export type ExistingMeetingFile = {name: string; meeting?: never} | ValidMeetingFile;

interface ValidMeetingFile {
  name: string;
  text: string;
  meeting: Meeting;
}

export interface ImportOptions {
  /** The output folder relative to the site (or as given), for messages and the loader. */
  outDir: string;
  existing: ExistingMeetingFile[];
  /** Merge a series imported before (same UID) into its file instead of refusing. */
  force: boolean;
  /** TZID → IANA zone, for names no table or VTIMEZONE explains. */
  chosenZones?: Record<string, string>;
}

export interface PlannedFile {
  /** File name in the output folder. */
  name: string;
  text: string;
  /** The file exists and is replaced by its merge with the calendar (--force). */
  replaces: boolean;
  /** What to tell once the file is written: what the merge changed and kept. */
  notices: string[];
}

export interface ImportPlan {
  files: PlannedFile[];
  /** One line per refused series or unreadable file: nothing was planned for it. */
  refused: string[];
  /** One line per thing the user should know about what is written, or skipped. */
  notices: string[];
}

/** Names Windows keeps for devices, whatever the extension: a file con.yml cannot be made or checked out there. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * The id a title gives: an event slug (lower-case ASCII letters, digits and dashes), with the
 * letters NFKD cannot take apart spelled out first, at most 60 characters. A Windows device name
 * (a series called "Con" or "AUX") gets "-meeting" after it: ids name files.
 */
export function meetingIdFromTitle(title: string): string {
  const spelledOut = title.replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o');
  const slug = slugify(spelledOut, {ascii: true}).slice(0, 60).replace(/-+$/, '') || 'meeting';
  return WINDOWS_DEVICE_NAME.test(slug) ? `${slug}-meeting` : slug;
}

/** How messages name a series: `series "Title" (UID …)`. */
export function seriesLabel(event: VEvent): string {
  const name = event.summary ? `"${event.summary.replace(/\s+/g, ' ').trim()}"` : '(no SUMMARY)';
  return `series ${name}${event.uid ? ` (UID ${event.uid})` : ''}`;
}

/** One line for the events that do not repeat: a whole calendar export may hold hundreds. */
function skippedSingles(events: VEvent[]): string {
  const shown = events.slice(0, MAX_LISTED).map((event) => JSON.stringify(event.summary?.trim() ?? '(no SUMMARY)'));
  const more = events.length > MAX_LISTED ? ` and ${events.length - MAX_LISTED} more` : '';
  const what = events.length === 1 ? '1 event does' : `${events.length} events do`;
  return `${what} not repeat (no RRULE): skipped, as sig:import imports meeting series (${shown.join(', ')}${more})`;
}

/** `series "Title" (UID …): PROPERTY "value" message`: one line about one series. */
export function seriesMessageLine(label: string, {property, value, message}: SeriesMessage): string {
  return `${label}: ${property}${value === undefined ? '' : ` ${JSON.stringify(value)}`} ${message}`;
}

function describe(file: string, label: string, message: SeriesMessage): string {
  return `${file}: ${seriesMessageLine(label, message)}`;
}

function unreadableLabel(event: UnreadableEvent): string {
  return `event ${event.summary ? JSON.stringify(event.summary) : '(no SUMMARY)'}${event.uid ? ` (UID ${event.uid})` : ''}`;
}

/** A calendar text that cannot be read at all, in one line. */
function unreadableFile(file: string, error: unknown): string {
  if (error instanceof CalendarTextError && error.empty) return `${file}: is empty: nothing to import`;
  return `${file}: is not an iCalendar file: ${(error as Error).message.split('\n')[0]}`;
}

/**
 * The meetings planned so far and those already in the folder, by id, .ics name and UID, so that
 * each new file is checked against the few it could clash with rather than against all of them,
 * which would take time growing with the square of the number of series.
 */
class PlannedMeetings {
  private readonly byKey = new Map<string, Meeting[]>();
  private readonly order = new Map<Meeting, number>();

  private static keys(meeting: Meeting): string[] {
    return [`id ${meeting.id}`, `ics ${meeting.ics.toLowerCase()}`, ...(meeting.uid ? [`uid ${meeting.uid}`] : [])];
  }

  add(meeting: Meeting): void {
    this.order.set(meeting, this.order.size);
    for (const key of PlannedMeetings.keys(meeting)) {
      const list = this.byKey.get(key);
      // Two are enough to find one that is not the file being replaced.
      if (!list) this.byKey.set(key, [meeting]);
      else if (list.length < 2) list.push(meeting);
    }
  }

  /** What the loader would say of `meeting` beside the others (all but `except`), if anything. */
  clash(meeting: Meeting, except?: Meeting): DataError | undefined {
    const others = new Set(PlannedMeetings.keys(meeting).flatMap((key) => this.byKey.get(key) ?? []).filter((other) => other !== except));
    if (others.size === 0) return undefined;
    const sorted = [...others].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    return validateMeetingSet([...sorted, meeting]).find((problem) => problem.file === meeting.sourceFile);
  }
}

/** Turns calendar exports into meeting files. Pure: the caller reads the inputs and writes `files`. */
export function planImport(inputs: CalendarInput[], options: ImportOptions): ImportPlan {
  const plan: ImportPlan = {files: [], refused: [], notices: []};
  const existingFiles = options.existing.filter((file): file is ValidMeetingFile => file.meeting !== undefined);
  const takenNames = new Set(options.existing.map((file) => idFromFileName(file.name).toLowerCase()));
  for (const {meeting} of existingFiles) takenNames.add(meeting.id).add(meeting.ics.toLowerCase());
  takenNames.add(ALL_MEETINGS_CALENDAR_NAME);
  const index = new PlannedMeetings();
  for (const {meeting} of existingFiles) index.add(meeting);
  const existingByUid = new Map<string, ValidMeetingFile>();
  for (const file of existingFiles) if (file.meeting.uid !== undefined && !existingByUid.has(file.meeting.uid)) existingByUid.set(file.meeting.uid, file);
  const plannedUids = new Set<string>();
  /** The next number to try after each base id: a thousand series of one title must not try 1, 2, 3… each. */
  const nextNumber = new Map<string, number>();

  const freeId = (title: string): string => {
    const base = meetingIdFromTitle(title);
    let id = base;
    for (let n = nextNumber.get(base) ?? 2; takenNames.has(id); n += 1) {
      id = `${base}-${n}`;
      nextNumber.set(base, n + 1);
    }
    takenNames.add(id);
    return id;
  };
  const state = {freeId, existingByUid, plannedUids, index};

  for (const input of inputs) {
    let calendar;
    try {
      calendar = parseCalendar(input.text);
    } catch (error) {
      plan.refused.push(unreadableFile(input.file, error));
      continue;
    }
    if (calendar.singles.length) plan.notices.push(`${input.file}: ${skippedSingles(calendar.singles)}`);
    for (const orphan of calendar.orphanOverrides) {
      const label = seriesLabel(orphan).replace(/^series/, 'event');
      if (orphan.rrules.length) {
        // A series of its own as much as an override: skipping it skips a series.
        plan.refused.push(
          `${input.file}: ${label}: has both RRULE ${JSON.stringify(orphan.rrules[0])} and RECURRENCE-ID ${JSON.stringify(orphan.recurrenceId!.text)}: it repeats, and overrides an occurrence of a series that is not in the file, which calendar apps read in different ways: nothing written for it`,
        );
      } else {
        plan.notices.push(`${input.file}: ${label}: overrides an occurrence (RECURRENCE-ID) of a series that is not in the file: skipped`);
      }
    }
    for (const event of calendar.unreadable) {
      plan.notices.push(`${input.file}: ${unreadableLabel(event)}: cannot be read (${event.message}); it has no RRULE, so it is no series to import: skipped`);
    }
    if (calendar.series.length === 0 && !calendar.orphanOverrides.some((event) => event.rrules.length)) {
      plan.notices.push(`${input.file}: has no recurring event (RRULE): nothing to import`);
    }

    for (const series of calendar.series) {
      const label = seriesLabel(series.master);
      const result = seriesToMeetings(series, {timezones: calendar.timezones, chosenZones: options.chosenZones});
      plan.notices.push(...result.notices.map((notice) => describe(input.file, label, notice)));
      if (result.problems.length) {
        plan.refused.push(...result.problems.map((problem) => `${describe(input.file, label, problem)}: nothing written for this series`));
        continue;
      }
      const files = planFiles(result.meetings, input.file, label, options, state);
      if ('refused' in files) {
        plan.refused.push(files.refused);
        continue;
      }
      for (const file of files.files) {
        plan.files.push(file.file);
        index.add(file.meeting);
        if (file.meeting.uid !== undefined) plannedUids.add(file.meeting.uid);
      }
    }
  }
  return plan;
}

/** What the user should know about a file merged with the calendar: each date left out, then what changed and what stayed. */
function mergeNotices(sourceFile: string, merged: MergedMeetingFile): string[] {
  const updated = merged.updated.length ? `updated ${merged.updated.join(', ')} from the calendar` : 'nothing to update from the calendar';
  const kept = merged.kept.length ? `; kept ${merged.kept.join(', ')}` : '';
  return [...merged.dropped.map((line) => `${sourceFile}: ${line}`), `${sourceFile}: ${updated}${kept}`];
}

function planFiles(
  meetings: MeetingFields[],
  source: string,
  label: string,
  options: ImportOptions,
  state: {freeId: (title: string) => string; existingByUid: Map<string, ValidMeetingFile>; plannedUids: Set<string>; index: PlannedMeetings},
): {files: Array<{file: PlannedFile; meeting: Meeting}>} | {refused: string} {
  const uid = meetings[0]?.uid;
  const previous = uid === undefined ? undefined : state.existingByUid.get(uid);
  if (previous && !options.force) {
    return {refused: `${source}: ${label}: was imported before as ${previous.meeting.sourceFile} (same UID): nothing written; use --force to merge it into that file`};
  }
  if (uid !== undefined && state.plannedUids.has(uid)) {
    return {refused: `${source}: ${label}: UID is also the UID of a series imported in this run: nothing written for this series`};
  }
  const files: Array<{file: PlannedFile; meeting: Meeting}> = [];
  for (const [index, fields] of meetings.entries()) {
    const replaced = index === 0 ? previous : undefined;
    const id = replaced ? replaced.meeting.id : state.freeId(fields.title);
    const name = replaced ? path.basename(replaced.meeting.sourceFile) : `${id}.yml`;
    const sourceFile = path.join(options.outDir, name);
    const merged = replaced && mergeMeetingFile(replaced, fields);
    const text = merged ? merged.text : meetingYaml(id, fields, `Imported from ${path.basename(source)} by docusaurus sig:import.`);
    try {
      const meeting = parseMeetingFile(sourceFile, text);
      // Only this file's problems: others the folder already has are the build's to report.
      const clash = state.index.clash(meeting, replaced?.meeting) ?? (files.length ? validateMeetingSet([...files.map((f) => f.meeting), meeting]).find((problem) => problem.file === sourceFile) : undefined);
      if (clash) throw clash;
      files.push({file: {name, text, replaces: replaced !== undefined, notices: merged ? mergeNotices(sourceFile, merged) : []}, meeting});
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      if (merged) {
        // Hand-written values the new schedule cannot hold: the user decides, nothing is lost silently.
        const lost = merged.kept.length ? ` (replacing it would lose what was written by hand: ${merged.kept.join(', ')})` : '';
        return {refused: `${source}: ${label}: merged with ${sourceFile}, the file would be rejected (${error.detail}): nothing written for this series${lost}`};
      }
      // Not expected: the conversion checks what the loader checks. Refusing keeps the site buildable.
      return {refused: `${source}: ${label}: the meeting file made from it would be rejected (${error.message}): nothing written for this series`};
    }
  }
  return {files};
}
