import path from 'node:path';
import fs from 'node:fs/promises';
import logger from '@docusaurus/logger';
import type {Meeting} from '../types';
import {
  nextLockEntry,
  parseLockFile,
  parseMeetingFile,
  renderMeetingsIcs,
  serializeLock,
  validateMeetingSet,
  type LockEntry,
} from '../meetings';

export interface MeetingsContent {
  meetings: Meeting[];
  /** Output path (e.g. ics/a.ics) → calendar text. */
  icsFiles: Map<string, string>;
  /** Absolute paths of the meeting files, for the bundler to watch. */
  sourceFiles: string[];
}

/** Keeps SEQUENCE and DTSTAMP stable between builds; committed with the meeting files. */
export const LOCK_FILE_NAME = 'calendar.lock.json';

const MEETING_FILE = /\.ya?ml$/;

/**
 * Reads and validates every meeting file, then renders all calendars in memory. Nothing is
 * written unless every file is valid (the lock file only changes when a schedule changes).
 */
export async function loadMeetingsContent(args: {
  siteDir: string;
  meetingsDir: string;
  calendarName: string;
  siteUrl: string;
  meetingsPageUrl: string;
  uidDomain: string;
  now: Date;
}): Promise<MeetingsContent> {
  const {siteDir, meetingsDir, now} = args;
  const names = await fs.readdir(meetingsDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const files = names.filter((name) => MEETING_FILE.test(name)).sort();
  const meetings: Meeting[] = [];
  for (const name of files) {
    const absolute = path.join(meetingsDir, name);
    const text = await fs.readFile(absolute, 'utf8');
    meetings.push(parseMeetingFile(path.relative(siteDir, absolute), text));
  }
  validateMeetingSet(meetings);

  const lockPath = path.join(meetingsDir, LOCK_FILE_NAME);
  const lockText = await fs.readFile(lockPath, 'utf8').catch(() => undefined);
  const previous = lockText === undefined ? {} : parseLockFile(path.relative(siteDir, lockPath), lockText);
  const lock: Record<string, LockEntry> = {};
  for (const meeting of meetings) lock[meeting.id] = nextLockEntry(meeting, previous[meeting.id], now);

  const icsFiles = new Map<string, string>();
  const calendarBase = {uidDomain: args.uidDomain, url: args.meetingsPageUrl, stamps: lock};
  for (const meeting of meetings) {
    icsFiles.set(`ics/${meeting.ics}.ics`, renderMeetingsIcs([meeting], {...calendarBase, calendarName: meeting.title, calendarDescription: meeting.description}));
  }
  if (meetings.length > 0) {
    icsFiles.set('ics/meetings.ics', renderMeetingsIcs(meetings, {...calendarBase, calendarName: args.calendarName}));
  }

  if (meetings.length > 0) {
    const lockTextNext = serializeLock(lock);
    if (lockTextNext !== lockText) {
      await fs.writeFile(lockPath, lockTextNext);
      logger.info`Updated name=${path.relative(siteDir, lockPath)} (a meeting schedule changed): commit it so calendar updates keep their order.`;
    }
  }
  return {meetings, icsFiles, sourceFiles: files.map((name) => path.join(meetingsDir, name))};
}
