/**
 * `docusaurus sig:import <file.ics>… [--out <dir>] [--force] [--zone <TZID=Area/City>]…`: reads
 * the calendars and the meeting files already there, lets import/ plan, writes, and tells.
 * Paths written go to stdout, one a line (scripts can use them); everything else to stderr. The
 * exit code is 1 when any series or file was refused, even if others were written. Only regular
 * files directly inside the output folder are written, never through a symbolic link.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import {planImport, type CalendarInput, type ExistingMeetingFile} from '../import/importCalendars';
import {decodeCalendarBytes} from '../import/parseCalendar';
import {parseMeetingFile} from '../meetings/load';
import {MAX_MEETING_FILE_BYTES, MEETING_FILE} from '../lifecycle/loadMeetings';
import {formatSize} from '../lifecycle/readText';

/**
 * The most a calendar file may hold: Outlook's export of a whole calendar over years is a few MB,
 * and every series in it is converted and checked (a 20 MB file is some 50,000 events).
 */
export const MAX_CALENDAR_FILE_BYTES = 20 * 1024 * 1024;

export interface ImportCommandOptions {
  out?: string;
  force?: boolean;
  zone?: string[];
}


/** A path as the user would type it from here: relative inside the current folder, absolute outside. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** --zone values, "TZID=Area/City" (a TZID may itself hold "=", the zone cannot). */
function chosenZones(values: string[]): Record<string, string> | {problem: string} {
  const zones: Record<string, string> = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    if (at <= 0 || at === value.length - 1) return {problem: `--zone "${value}" is not TZID=Area/City, e.g. --zone "(UTC-05:00) Eastern Time (US & Canada)=America/New_York"`};
    zones[value.slice(0, at)] = value.slice(at + 1);
  }
  return zones;
}

async function readExisting(outDir: string, siteDir: string): Promise<ExistingMeetingFile[]> {
  const names = await fs.readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return Promise.all(
    names
      .filter((name) => MEETING_FILE.test(name))
      .map(async (name) => {
        const absolute = path.join(outDir, name);
        try {
          // The build refuses a larger file: it is no meeting to merge into.
          if ((await fs.stat(absolute)).size > MAX_MEETING_FILE_BYTES) return {name};
          const text = await fs.readFile(absolute, 'utf8');
          return {name, text, meeting: parseMeetingFile(path.relative(siteDir, absolute), text)};
        } catch {
          // An invalid file still takes its name; the build reports what is wrong with it.
          return {name};
        }
      }),
  );
}

/** Why `dir` cannot be the output folder, if it cannot (a missing folder is created). */
async function notAFolder(dir: string): Promise<string | undefined> {
  try {
    return (await fs.stat(dir)).isDirectory() ? undefined : 'is a file, not a folder';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return code === 'ENOTDIR' ? 'is inside a file, not a folder' : `cannot be read (${code ?? (error as Error).message})`;
  }
}

/**
 * Replaces a regular file all at once: the text goes to a temporary file beside it, renamed over
 * it. A rename replaces the folder entry and never follows a link, and lstat just before it turns
 * down anything but a regular file. Returns why the file was not written, if it was not.
 */
async function replaceRegularFile(target: string, text: string): Promise<string | undefined> {
  const temporary = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temporary, text, {flag: 'wx'});
  let renamed = false;
  try {
    const stat = await fs.lstat(target);
    if (stat.isSymbolicLink()) return 'is a symbolic link';
    if (!stat.isFile()) return 'is not a regular file';
    await fs.chmod(temporary, stat.mode & 0o777);
    await fs.rename(temporary, target);
    renamed = true;
    return undefined;
  } finally {
    if (!renamed) await fs.rm(temporary, {force: true});
  }
}

/** `docusaurus sig:import`: writes the meeting files and returns the exit code (1 when a calendar or a file was refused). */
export async function runImportCommand(files: string[], options: ImportCommandOptions, site: {siteDir: string; meetingsPath: string}): Promise<number> {
  const zones = chosenZones(options.zone ?? []);
  if ('problem' in zones) {
    logger.error(zones.problem);
    return 1;
  }
  const outDir = options.out ? path.resolve(options.out) : path.resolve(site.siteDir, site.meetingsPath);
  const outProblem = await notAFolder(outDir);
  if (outProblem) {
    logger.error(`${options.out ? `--out ${options.out}` : shown(outDir)} ${outProblem}`);
    return 1;
  }
  const inputs: CalendarInput[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    try {
      const size = (await fs.stat(file)).size;
      if (size > MAX_CALENDAR_FILE_BYTES) {
        unreadable.push(`${file}: is ${formatSize(size)}, and sig:import reads calendar files of up to ${formatSize(MAX_CALENDAR_FILE_BYTES)}: export a shorter period, or only the calendar that holds the series`);
        continue;
      }
      const decoded = decodeCalendarBytes(await fs.readFile(file));
      if ('problem' in decoded) unreadable.push(`${file}: ${decoded.problem}`);
      else inputs.push({file, text: decoded.text});
    } catch (error) {
      unreadable.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  const existing = await readExisting(outDir, site.siteDir);
  const plan = planImport(inputs, {outDir: path.relative(site.siteDir, outDir) || '.', existing, force: options.force === true, chosenZones: zones});

  // On stderr like the rest, so that stdout holds only the paths written.
  const tell = (notice: string) => console.error(`${logger.bold(logger.cyan('[INFO]'))} ${notice}`);
  plan.notices.forEach(tell);
  if (plan.files.length) await fs.mkdir(outDir, {recursive: true});
  const refused = [...unreadable, ...plan.refused];
  for (const file of plan.files) {
    const target = path.join(outDir, file.name);
    // Names are slugs or names of files listed in the folder: a cheap check that this stays so.
    if (path.dirname(target) !== outDir) {
      refused.push(`${JSON.stringify(file.name)}: not written (not a file name inside ${shown(outDir)})`);
      continue;
    }
    try {
      // 'wx' fails rather than overwrite, or write through a link, a file that appeared since the folder was read.
      const notWritten = file.replaces ? await replaceRegularFile(target, file.text) : await fs.writeFile(target, file.text, {flag: 'wx'});
      if (notWritten) {
        refused.push(`${shown(target)}: ${notWritten}: not written (sig:import only writes regular files inside ${shown(outDir)})`);
        continue;
      }
      console.log(shown(target));
      file.notices.forEach(tell);
    } catch (error) {
      refused.push(`${shown(target)}: not written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  for (const line of refused) logger.error(line);
  if (!plan.files.length && !refused.length) logger.warn('sig:import wrote nothing: the calendars hold no recurring series.');
  return refused.length ? 1 : 0;
}
