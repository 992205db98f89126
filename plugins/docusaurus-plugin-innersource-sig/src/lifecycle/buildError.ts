import {DataError} from '../errors';

/**
 * Docusaurus prints a failing hook's error with util.inspect (stack included). Data mistakes
 * are the author's, not ours: give them one line, no stack, no extra properties.
 */
export function asBuildError(error: unknown): unknown {
  if (!(error instanceof DataError)) return error;
  const clean = new Error(error.message);
  clean.stack = `[innersource-sig] ${error.message}`;
  return clean;
}
