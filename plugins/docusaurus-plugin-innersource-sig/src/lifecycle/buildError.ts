import {inspect} from 'node:util';
import {DataError, DataErrors} from '../errors';
import {MESSAGE_PREFIX} from '../pluginName';

/**
 * A mistake in the site's content or data, which stops the build: the author's to fix, not ours,
 * so it prints as its message (one line per problem) and no stack trace. Docusaurus prints a
 * hook's error with util.inspect, as `docusaurus start` does when a reload fails.
 */
export class AuthorError extends Error {
  constructor(message: string) {
    super(message);
    // What test runners print, and util.inspect through the method below.
    this.stack = `${MESSAGE_PREFIX} ${message}`;
    hideBuildErrorTrace();
  }

  /** The stack, which is the message: util.inspect would put it in brackets, as one without a trace. */
  [inspect.custom](): string {
    return this.stack!;
  }
}

let hidingTraces = false;

/**
 * `docusaurus build` reports a failing hook's error as the cause of its own ("Unable to build
 * website for locale en."), whose stack trace, of Docusaurus' own functions, would come before
 * the author's message. That error is made as the rejection travels up, before the event loop
 * turns: until then, new errors get no trace. Only in a production build, which this error ends.
 */
function hideBuildErrorTrace(): void {
  if (process.env.NODE_ENV !== 'production' || hidingTraces) return;
  hidingTraces = true;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  setImmediate(() => {
    Error.stackTraceLimit = limit;
    hidingTraces = false;
  });
}

/** Rethrows anything but data problems; those as an AuthorError, with one line each. */
export function handleLoadError(error: unknown): never {
  if (error instanceof DataError || error instanceof DataErrors) throw new AuthorError(error.message);
  throw error;
}
