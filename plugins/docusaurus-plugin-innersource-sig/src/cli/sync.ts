/**
 * `docusaurus sig:sync`: fetches every calendar source, replaces the snapshots, and prints what
 * changed per series. Exit code: 0 when no series changed, 2 when one did (a scheduled job then
 * commits the snapshots and rebuilds), 1 when a source could not be read or is invalid (its
 * snapshot is kept; the others are still synced).
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import {LOCK_FILE_NAME} from '../calendar/lockFile';
import {DataError} from '../errors';
import {loadMeetingsContent, readMeetingFiles} from '../lifecycle/loadMeetings';
import {isOffline, readSnapshot, readSourceFiles, resolveSource, snapshotMeetings, snapshotPath, sourceSettings} from '../lifecycle/loadSources';
import {validateMeetingSet} from '../meetings/load';
import {describeChanges, type SeriesChange} from '../sources/changes';
import type {CalendarSource} from '../sources/sourceFile';
import type {Meeting, PluginOptions} from '../types';

export const SYNC_CHANGED_EXIT_CODE = 2;

/** The snapshot, none when it is damaged: a sync is what replaces a damaged one (resolveSource reports it if the calendar cannot be read). */
function readSnapshotIfSound(siteDir: string, meetingsDir: string, source: CalendarSource): ReturnType<typeof readSnapshot> {
  try {
    return readSnapshot(siteDir, meetingsDir, source);
  } catch (error) {
    if (error instanceof DataError) return undefined;
    throw error;
  }
}

function changeLines(changes: SeriesChange[]): string[] {
  return changes.flatMap(({id, title, change, details}) => [`  ${change} ${id} (${JSON.stringify(title)})`, ...details.map((line) => `    ${line}`)]);
}

export async function runSyncCommand(site: {siteDir: string}, options: PluginOptions, now = new Date()): Promise<number> {
  const {siteDir} = site;
  const meetingsDir = path.resolve(siteDir, options.meetingsPath);
  const files = readSourceFiles({siteDir, meetingsDir});
  for (const problem of files.problems) logger.error(problem.message);
  if (files.sources.length === 0 && files.problems.length === 0) {
    logger.info(`sig:sync: no calendar source in ${options.meetingsPath}/ (a source is a <name>.source.yml file).`);
    return 0;
  }
  if (isOffline(process.env)) {
    logger.error('sig:sync needs the network, and SIG_OFFLINE is set.');
    return 1;
  }
  let failed = files.problems.length > 0;
  let changed = false;
  const build = sourceSettings(options, now);
  // Without a calendar or a snapshot, sync reports it and goes on with the other sources.
  const settings = {...build, offline: false, options: {...build.options, withoutSnapshot: 'error' as const}};
  const reports = await Promise.all(
    files.sources.map(async (source) => {
      const shown = path.relative(siteDir, snapshotPath(meetingsDir, source));
      try {
        const before = snapshotMeetings(source, readSnapshotIfSound(siteDir, meetingsDir, source));
        const result = await resolveSource({siteDir, meetingsDir, source, settings});
        if (!result.live) return {failed: true, meetings: before, lines: [`${source.sourceFile}: not synced; ${shown} is kept as it was.`]};
        const after = snapshotMeetings(source, result.snapshot);
        const changes = describeChanges(before, after, now, options.occurrenceHorizonDays);
        const head = `${source.sourceFile} (${result.snapshot!.host}): ${after.length} series`;
        return {changed: changes.length > 0, meetings: after, lines: changes.length > 0 ? [`${head}, changed:`, ...changeLines(changes)] : [`${head}, unchanged.`]};
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        return {failed: true, meetings: [] as Meeting[], lines: [error.message]};
      }
    }),
  );
  for (const report of reports) {
    failed ||= report.failed === true;
    changed ||= report.changed === true;
    for (const line of report.lines) console.log(line);
  }
  // The lock file, as a build would write it: a changed schedule's SEQUENCE goes up now, in the
  // commit that brings the snapshot, not in a deploy's build whose lock is thrown away.
  const meetingFiles = await readMeetingFiles({siteDir, meetingsDir});
  const meetings = [...meetingFiles.meetings, ...reports.flatMap((report) => report.meetings)];
  const problems = [...meetingFiles.problems, ...validateMeetingSet(meetings)];
  if (problems.length > 0) {
    for (const problem of problems) logger.error(problem.message);
    logger.error(`sig:sync: ${path.join(options.meetingsPath, LOCK_FILE_NAME)} is not updated while meeting data has problems (see above).`);
    failed = true;
  } else {
    await loadMeetingsContent({siteDir, meetingsDir, files: {meetings, problems: [], sourceFiles: []}, now});
  }
  if (failed) {
    logger.error('sig:sync: some sources could not be synced (see above); their snapshots are unchanged.');
    return 1;
  }
  if (changed) {
    logger.success(`sig:sync: schedules changed: commit ${options.meetingsPath}/ (the snapshots and ${LOCK_FILE_NAME}) and rebuild.`);
    return SYNC_CHANGED_EXIT_CODE;
  }
  logger.success('sig:sync: no schedule changed.');
  return 0;
}
