/**
 * `docusaurus sig:import <file.ics>… [--out <dir>] [--force] [--zone <TZID=Area/City>]…`: reads
 * the calendars and the meeting files already there, lets import/ plan, writes, and tells.
 * Paths written go to stdout, one a line (scripts can use them); everything else to stderr. The
 * exit code is 1 when any series or file was refused, even if others were written.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import {planImport, type CalendarInput, type ExistingMeetingFile} from '../import/importCalendars';
import {parseMeetingFile} from '../meetings/load';

export interface ImportCommandOptions {
  out?: string;
  force?: boolean;
  zone?: string[];
}

const MEETING_FILE = /\.ya?ml$/;

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
          return {name, meeting: parseMeetingFile(path.relative(siteDir, absolute), await fs.readFile(absolute, 'utf8'))};
        } catch {
          // An invalid file still takes its name; the build reports what is wrong with it.
          return {name};
        }
      }),
  );
}

export async function importCommand(files: string[], options: ImportCommandOptions, site: {siteDir: string; meetingsPath: string}): Promise<void> {
  const zones = chosenZones(options.zone ?? []);
  if ('problem' in zones) {
    logger.error(zones.problem);
    process.exitCode = 1;
    return;
  }
  const outDir = options.out ? path.resolve(options.out) : path.resolve(site.siteDir, site.meetingsPath);
  const inputs: CalendarInput[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    try {
      inputs.push({file, text: await fs.readFile(file, 'utf8')});
    } catch (error) {
      unreadable.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  const existing = await readExisting(outDir, site.siteDir);
  const plan = planImport(inputs, {outDir: path.relative(site.siteDir, outDir) || '.', existing, force: options.force === true, chosenZones: zones});

  // On stderr like the rest, so that stdout holds only the paths written.
  for (const notice of plan.notices) console.error(`${logger.bold(logger.cyan('[INFO]'))} ${notice}`);
  if (plan.files.length) await fs.mkdir(outDir, {recursive: true});
  const refused = [...unreadable, ...plan.refused];
  for (const file of plan.files) {
    const target = path.join(outDir, file.name);
    try {
      // 'wx' fails rather than overwrite a file that appeared since the folder was read.
      await fs.writeFile(target, file.text, {flag: file.replaces ? 'w' : 'wx'});
      console.log(shown(target));
    } catch (error) {
      refused.push(`${shown(target)}: not written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  for (const line of refused) logger.error(line);
  if (refused.length) process.exitCode = 1;
  if (!plan.files.length && !refused.length) logger.warn('sig:import wrote nothing: the calendars hold no recurring series.');
}
