import {inspect} from 'node:util';
import {DataError, DataErrors} from '../errors';
import {AuthorError, handleLoadError} from './buildError';

/**
 * What the console shows when a hook fails with what `hook` throws, as `docusaurus build` reports
 * it: the error is the cause of Docusaurus' own, made where the rejection arrives
 * (commands/build/build.js), printed with util.inspect (bin/docusaurus.mjs).
 */
async function printedByBuild(hook: () => Promise<void>): Promise<string> {
  try {
    await Promise.all([hook()]);
  } catch (error) {
    return inspect(new Error('Unable to build website for locale en.', {cause: error}), {depth: Infinity});
  }
  throw new Error('the hook did not fail');
}

const zone = new DataError('meetings/a.yml', 'timezone', 'Europe/Londn', 'is not a known IANA time zone');
const date = new DataError('events/x.md', 'date', '2027-02-30', 'is not a real date');

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('data problems in a production build', () => {
  const nodeEnv = process.env.NODE_ENV;
  beforeEach(() => {
    process.env.NODE_ENV = 'production';
  });
  afterEach(async () => {
    process.env.NODE_ENV = nodeEnv;
    await nextTurn();
  });

  test('print one line per problem, naming file, field and value, and no stack trace', async () => {
    const exit = jest.spyOn(process, 'exit');
    const printed = await printedByBuild(async () => handleLoadError(new DataErrors([zone, date])));
    expect(printed).toBe(
      [
        '[Error: Unable to build website for locale en.] {',
        '  [cause]: [innersource-sig] 2 problems in data files:',
        '  meetings/a.yml: field "timezone" has value "Europe/Londn": is not a known IANA time zone',
        '  events/x.md: field "date" has value "2027-02-30": is not a real date',
        '}',
      ].join('\n'),
    );
    expect(exit).not.toHaveBeenCalled();
    exit.mockRestore();
  });

  test('leave stack traces as they were once the build has reported the error', async () => {
    const limit = Error.stackTraceLimit;
    await printedByBuild(async () => {
      throw new AuthorError('Content problems found by docusaurus-plugin-innersource-sig:\n- docs/a/index.html: BokTagList names tag "nope", which no doc has');
    });
    await nextTurn();
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('a bug').stack).toMatch(/\n\s+at /);
  });
});

describe('outside a production build', () => {
  test('an author error has no stack trace and prints as its message; other errors keep theirs', () => {
    const limit = Error.stackTraceLimit;
    const error = new AuthorError('meetings/calendar.lock.json: field "(file)" has value "": is empty');
    expect(error.message).toBe('meetings/calendar.lock.json: field "(file)" has value "": is empty');
    expect(error.stack).toBe('[innersource-sig] meetings/calendar.lock.json: field "(file)" has value "": is empty');
    expect(inspect(error)).toBe(error.stack);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  test('handleLoadError turns data problems into an author error and rethrows anything else as it is', () => {
    expect(() => handleLoadError(zone)).toThrow(AuthorError);
    expect(() => handleLoadError(zone)).toThrow(zone.message);
    const bug = new TypeError('x is undefined');
    expect(() => handleLoadError(bug)).toThrow(bug);
  });
});
