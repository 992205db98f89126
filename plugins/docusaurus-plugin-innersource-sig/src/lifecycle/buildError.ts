import logger from '@docusaurus/logger';
import {DataError, DataErrors} from '../errors';

/**
 * Data and content mistakes are the author's, not ours: they get their message, never a stack
 * trace. Docusaurus prints a failing hook's error wrapped in its own ("Unable to build website",
 * with stack), so a production build prints ours and stops here instead. In `docusaurus start`
 * (and in tests) the error is thrown, without stack, and the dev server shows it and keeps running.
 */
export function stopOnAuthorError(message: string): never {
  if (process.env.NODE_ENV === 'production') {
    logger.error(`[innersource-sig] ${message}`);
    process.exit(1);
  }
  const error = new Error(message);
  error.stack = `[innersource-sig] ${message}`;
  throw error;
}

/** Rethrows anything but data problems; those stop the build with one line each. */
export function handleLoadError(error: unknown): never {
  if (error instanceof DataError || error instanceof DataErrors) stopOnAuthorError(error.message);
  throw error;
}
