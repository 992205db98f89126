import path from 'node:path';
import {Globby, GlobExcludeDefault} from '@docusaurus/utils';
import {DataError} from '../errors';
import {parseEventFile} from '../events';
import {MINUTES_FILES, minutesFrontMatterProblems, minutesProblems, type MinutesFile} from '../meetings/minutes';
import type {Meeting, MinutesContent} from '../types';
import {MAX_EVENT_FILE_BYTES} from './loadEvents';
import {readText, readTextIfPresent} from './readText';
import {relativeToSite} from '../sitePaths';

/** The minutes files' names and front matter, each read problem a DataError. */
function readMinutesFiles(siteDir: string, meetingsDir: string): {files: MinutesFile[]; problems: DataError[]} {
  // Dot folders (.snapshots) and `_` partials are not minutes.
  const names = Globby.sync(MINUTES_FILES, {cwd: meetingsDir, ignore: GlobExcludeDefault}).sort();
  const files: MinutesFile[] = [];
  const problems: DataError[] = [];
  for (const name of names) {
    const file = relativeToSite(siteDir, path.join(meetingsDir, name));
    try {
      const text = readText(path.join(meetingsDir, name), {maxBytes: MAX_EVENT_FILE_BYTES, file, what: 'a minutes file'});
      files.push({name, file, frontMatter: parseEventFile(file, text).frontMatter});
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(error);
    }
  }
  return {files, problems};
}

/**
 * Every minutes file of `meetings/<id>/<date>.md(x)`, checked against the (valid) meetings, with
 * its translation into the page's language from `localizedDir` where one exists. Nothing is written.
 */
export function loadMinutes(args: {siteDir: string; meetingsDir: string; localizedDir?: string; meetings: Meeting[]}): {content: MinutesContent; problems: DataError[]} {
  const {siteDir, meetingsDir, localizedDir} = args;
  const read = readMinutesFiles(siteDir, meetingsDir);
  const checked = minutesProblems(read.files, args.meetings);
  const problems = [...read.problems, ...checked.problems];
  const content: MinutesContent = {minutes: [], sources: {}, sourceFiles: read.files.map((file) => path.join(meetingsDir, file.name))};
  for (const entry of checked.minutes) {
    const translated = localizedDir && path.join(localizedDir, entry.name);
    const file = translated && relativeToSite(siteDir, translated);
    try {
      const text = translated ? readTextIfPresent(translated, {maxBytes: MAX_EVENT_FILE_BYTES, file: file!, what: 'a minutes file'}) : undefined;
      if (text === undefined) {
        content.minutes.push(entry);
        content.sources[entry.name] = path.join(meetingsDir, entry.name);
        continue;
      }
      const own = minutesFrontMatterProblems(file!, parseEventFile(file!, text).frontMatter);
      problems.push(...own.problems);
      content.minutes.push({...entry, ...own.fields});
      content.sources[entry.name] = translated!;
      content.sourceFiles.push(translated!);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(error);
    }
  }
  return {content, problems};
}
