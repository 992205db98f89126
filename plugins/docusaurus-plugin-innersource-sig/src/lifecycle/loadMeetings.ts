import path from 'node:path';
import {readdirSync} from 'node:fs';
import {LOCK_FILE_NAME} from '../calendar/lockFile';
import {DataError} from '../errors';
import type {LockEntry, Meeting, MeetingsContent} from '../types';
import {readText, readTextIfPresent} from './readText';
import {syncLockFile} from './syncLockFile';
import {nextLockEntry, parseLockFile, previousLockEntry, serializeLock, validateMeetingSet} from '../meetings';
import {meetingFileProblems} from '../meetings/load';

// Calendar source files (<name>.source.yml) sit beside the meeting files; they are not meetings.
export const MEETING_FILE = /^(?!.*\.source\.ya?ml$).*\.ya?ml$/;

/**
 * The most a meeting file may hold: a series with the most dates a file may list (1,000 cancelled
 * and 1,000 moved, about 60 KB) and a long description fits four times over. A larger file is
 * generated, not kept by people, and the build's time and memory and its calendar grow with it.
 */
export const MAX_MEETING_FILE_BYTES = 256 * 1024;

export interface MeetingFiles {
  /** The valid meetings, in file order. */
  meetings: Meeting[];
  /** Every problem of every invalid file, then the clashes between valid files. */
  problems: DataError[];
  /** Absolute paths of the meeting files, for the bundler to watch. */
  sourceFiles: string[];
}

function readDirIfPresent(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Reads and validates every meeting file, writing nothing: all files' problems are reported together. */
export async function readMeetingFiles(args: {siteDir: string; meetingsDir: string}): Promise<MeetingFiles> {
  const {siteDir, meetingsDir} = args;
  const names = readDirIfPresent(meetingsDir);
  const files = names.filter((name) => MEETING_FILE.test(name)).sort();
  const meetings: Meeting[] = [];
  const problems: DataError[] = [];
  for (const name of files) {
    const absolute = path.join(meetingsDir, name);
    const file = path.relative(siteDir, absolute);
    try {
      const text = readText(absolute, {maxBytes: MAX_MEETING_FILE_BYTES, file, what: 'a meeting file'});
      // Every problem of the file, not just the first: one round of fixes.
      const read = meetingFileProblems(file, text);
      if (read.meeting) meetings.push(read.meeting);
      problems.push(...read.problems);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(error);
    }
  }
  problems.push(...validateMeetingSet(meetings));
  return {meetings, problems, sourceFiles: files.map((name) => path.join(meetingsDir, name))};
}

/**
 * Brings the lock file up to date for meetings that are all valid (it only changes when a
 * schedule changes). Entries of series that are gone stay: a series moved out of the folder and
 * back continues its SEQUENCE. The calendars are rendered later, once the meetings are translated.
 */
export async function loadMeetingsContent(args: {siteDir: string; meetingsDir: string; files: MeetingFiles; now: Date}): Promise<MeetingsContent> {
  const {siteDir, meetingsDir, now} = args;
  const {meetings, sourceFiles} = args.files;
  const lockPath = path.join(meetingsDir, LOCK_FILE_NAME);
  const lockText = readTextIfPresent(lockPath);
  const previous = lockText === undefined ? {} : parseLockFile(path.relative(siteDir, lockPath), lockText);
  const lock: Record<string, LockEntry> = {...previous};
  for (const meeting of meetings) lock[meeting.id] = nextLockEntry(meeting, previousLockEntry(previous, meeting), now);

  if (meetings.length > 0) syncLockFile({siteDir, lockPath, previousText: lockText, nextText: serializeLock(lock), why: 'a meeting schedule changed'});
  const stamps = Object.fromEntries(meetings.map((meeting) => [meeting.id, lock[meeting.id]!]));
  return {meetings, stamps, sourceFiles};
}
