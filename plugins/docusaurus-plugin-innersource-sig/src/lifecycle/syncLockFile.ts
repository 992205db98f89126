import path from 'node:path';
import logger from '@docusaurus/logger';
import {removeLeftoverTemporaries, writeFileAtomic} from './writeAtomic';

/**
 * Brings a lock file (the meetings', the events') to its new text: written atomically, and only
 * when it changed, so that an unchanged site leaves the work tree clean. `why` ends the log line.
 */
export function syncLockFile(args: {siteDir: string; lockPath: string; previousText: string | undefined; nextText: string; why: string}): void {
  const {siteDir, lockPath, previousText, nextText, why} = args;
  removeLeftoverTemporaries(lockPath);
  if (nextText === previousText) return;
  writeFileAtomic(lockPath, nextText);
  logger.info`Updated name=${path.relative(siteDir, lockPath)} (${why}): commit it so calendar updates keep their order.`;
}
