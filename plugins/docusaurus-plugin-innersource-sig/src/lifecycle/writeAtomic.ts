import path from 'node:path';
import {closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync} from 'node:fs';

/** The temporary file a write goes through: beside the target, so that the rename stays on one file system. */
function temporaryPath(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

/**
 * Writes a file so that it is, at every moment, either its old text or its new one: the text goes
 * to a temporary file, is flushed to disk, then renamed over the target. A build killed while
 * writing a lock file must not leave it empty or cut: the next build would take that as "no lock"
 * and restart every SEQUENCE at 0, which calendar apps holding a higher one ignore.
 */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = temporaryPath(file);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, {force: true});
    throw error;
  }
}

/** Removes the temporary files that a killed write of `file` left beside it (by any process). */
export function removeLeftoverTemporaries(file: string): void {
  const dir = path.dirname(file);
  const leftover = new RegExp(`^${path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+\\.tmp$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (leftover.test(name)) rmSync(path.join(dir, name), {force: true});
}
