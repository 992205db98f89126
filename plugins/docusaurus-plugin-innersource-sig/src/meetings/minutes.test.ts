import {DataError} from '../errors';
import type {Fields} from '../data-files/fieldChecker';
import {parseMeetingFile} from './load';
import {minutesProblems, type MinutesFile} from './minutes';

// Written for this test: a monthly call on the second Tuesday (2025: 14 Jan, 11 Feb, 11 Mar,
// 8 Apr, 13 May, …), February's cancelled, April's moved from the 8th to the 15th.
const SYNC = parseMeetingFile(
  'meetings/sync.yml',
  [
    'title: Monthly sync',
    'timezone: Europe/London',
    'start: 2025-01-14T15:00',
    'duration: 60',
    'repeat: FREQ=MONTHLY;BYDAY=2TU',
    'cancelled: [2025-02-11]',
    'moved:',
    '  - from: 2025-04-08',
    '    start: 2025-04-15T16:00',
    '',
  ].join('\n'),
);
// Written for this test: a one-off meeting in another series.
const KICKOFF = parseMeetingFile('meetings/kickoff.yml', 'title: Kick-off\ntimezone: Asia/Kolkata\nstart: 2025-01-15T09:00\nduration: 30\n');
const MEETINGS = [SYNC, KICKOFF];

/** A minutes file as the loader hands it over: name relative to the meetings folder. */
const file = (name: string, frontMatter: Fields = {}): MinutesFile => ({name, file: `meetings/${name}`, frontMatter});

/** The only problem of checking `files`, checked to be a DataError. */
function onlyProblem(files: MinutesFile[]): DataError {
  const {problems} = minutesProblems(files, MEETINGS);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toBeInstanceOf(DataError);
  return problems[0]!;
}

describe('minutesProblems', () => {
  test('valid files become minutes of their series and day, with title and description from the front matter', () => {
    const {minutes, problems} = minutesProblems(
      [file('sync/2025-03-11.mdx'), file('sync/2025-01-14.md', {title: 'New year call', description: 'Plans for 2025.\nAnd more.'}), file('kickoff/2025-01-15.md')],
      MEETINGS,
    );
    expect(problems).toEqual([]);
    // Sorted by file name, which within a series is the date order.
    expect(minutes).toEqual([
      {seriesId: 'kickoff', date: '2025-01-15', name: 'kickoff/2025-01-15.md'},
      {seriesId: 'sync', date: '2025-01-14', name: 'sync/2025-01-14.md', title: 'New year call', description: 'Plans for 2025.\nAnd more.'},
      {seriesId: 'sync', date: '2025-03-11', name: 'sync/2025-03-11.mdx'},
    ]);
  });

  test('a moved meeting has its minutes under the day it is held', () => {
    const {minutes, problems} = minutesProblems([file('sync/2025-04-15.md')], MEETINGS);
    expect(problems).toEqual([]);
    expect(minutes).toEqual([{seriesId: 'sync', date: '2025-04-15', name: 'sync/2025-04-15.md'}]);
  });

  test('a folder that is not a series id is a problem listing the known ids', () => {
    const error = onlyProblem([file('weekly/2025-01-14.md')]);
    expect(error.file).toBe('meetings/weekly/2025-01-14.md');
    expect(error.field).toBe('series');
    expect(error.value).toBe('weekly');
    expect(error.message).toContain('known: sync, kickoff');
    expect(minutesProblems([file('weekly/2025-01-14.md')], []).problems[0]!.message).toContain('known: none');
  });

  test.each(['sync/january.md', 'sync/2025-1-14.md', 'sync/14-01-2025.mdx', 'sync/2025-01-14-notes.md'])('%s, not named after a day, is a problem', (name) => {
    const error = onlyProblem([file(name)]);
    expect(error.file).toBe(`meetings/${name}`);
    expect(error.field).toBe('date');
    expect(error.value).toBe(name.slice('sync/'.length));
    expect(error.message).toContain('YYYY-MM-DD.md');
  });

  test('a cancelled meeting cannot have minutes', () => {
    const error = onlyProblem([file('sync/2025-02-11.md')]);
    expect(error).toMatchObject({file: 'meetings/sync/2025-02-11.md', field: 'date', value: '2025-02-11'});
    expect(error.message).toContain('cancelled');
    expect(error.message).toContain('meetings/sync.yml');
  });

  test('minutes named after the day a meeting was moved away from are told to use the day it is held', () => {
    const error = onlyProblem([file('sync/2025-04-08.md')]);
    expect(error).toMatchObject({file: 'meetings/sync/2025-04-08.md', field: 'date', value: '2025-04-08'});
    expect(error.message).toContain('rename the file to 2025-04-15');
  });

  test.each([
    ['the day after a meeting', 'sync/2025-01-15.md'],
    ['a Tuesday that is not the second', 'sync/2025-01-21.md'],
    ['before the series began', 'sync/2024-12-10.md'],
    ["another series' day", 'kickoff/2025-01-14.md'],
  ])('a day the series does not meet is a problem: %s', (_what, name) => {
    const error = onlyProblem([file(name)]);
    expect(error).toMatchObject({file: `meetings/${name}`, field: 'date', value: name.split('/')[1]!.slice(0, 10)});
    expect(error.message).toContain('is not a day on which');
  });

  test('a file named after a date that does not exist is a problem, not a crash', () => {
    const error = onlyProblem([file('sync/2025-01-14.md'), file('sync/2025-02-30.md')]);
    expect(error).toMatchObject({file: 'meetings/sync/2025-02-30.md', field: 'date', value: '2025-02-30'});
    expect(error.message).toContain('is not a real date');
  });

  test('a date more than 100 years after the series began is a problem', () => {
    const error = onlyProblem([file('sync/2126-01-13.md')]);
    expect(error).toMatchObject({field: 'date', value: '2126-01-13'});
    expect(error.message).toContain('100 years');
  });

  test('two files for one meeting (.md and .mdx) are a problem on the second, naming the first; the first is kept', () => {
    const {minutes, problems} = minutesProblems([file('sync/2025-01-14.md', {title: 'Markdown'}), file('sync/2025-01-14.mdx', {title: 'MDX'})], MEETINGS);
    expect(minutes).toEqual([{seriesId: 'sync', date: '2025-01-14', name: 'sync/2025-01-14.md', title: 'Markdown'}]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'meetings/sync/2025-01-14.mdx', field: 'date', value: '2025-01-14'});
    expect(problems[0]!.message).toContain('sync/2025-01-14.md too');
  });

  test('the same day in two series is not a duplicate', () => {
    const daily = parseMeetingFile('meetings/daily.yml', 'title: Daily\ntimezone: Asia/Kolkata\nstart: 2025-01-01T09:00\nduration: 15\nrepeat: FREQ=DAILY\n');
    const {minutes, problems} = minutesProblems([file('daily/2025-01-14.md'), file('sync/2025-01-14.md')], [SYNC, daily]);
    expect(problems).toEqual([]);
    expect(minutes.map((entry) => entry.seriesId)).toEqual(['daily', 'sync']);
  });

  test('front matter may only hold title and description, as text', () => {
    const {minutes, problems} = minutesProblems(
      [file('sync/2025-01-14.md', {title: 'Call', author: 'Ada', tags: ['x']}), file('sync/2025-03-11.md', {title: 42}), file('sync/2025-05-13.md', {description: 'ok'})],
      MEETINGS,
    );
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['meetings/sync/2025-01-14.md', 'author'],
      ['meetings/sync/2025-01-14.md', 'tags'],
      ['meetings/sync/2025-03-11.md', 'title'],
    ]);
    expect(problems[0]!.message).toContain('is not a known field (known: title, description)');
    // Files with a problem are left out; the others are kept.
    expect(minutes).toEqual([{seriesId: 'sync', date: '2025-05-13', name: 'sync/2025-05-13.md', description: 'ok'}]);
  });

  test('every problem of every file is reported at once', () => {
    const {minutes, problems} = minutesProblems(
      [file('nope/2025-01-14.md'), file('sync/notes.md'), file('sync/2025-02-11.md'), file('sync/2025-04-08.md'), file('sync/2025-01-15.md'), file('sync/2025-03-11.md', {colour: 'red'}), file('sync/2025-05-13.md')],
      MEETINGS,
    );
    expect(problems.map((problem) => problem.file).sort()).toEqual([
      'meetings/nope/2025-01-14.md',
      'meetings/sync/2025-01-15.md',
      'meetings/sync/2025-02-11.md',
      'meetings/sync/2025-03-11.md',
      'meetings/sync/2025-04-08.md',
      'meetings/sync/notes.md',
    ]);
    expect(minutes.map((entry) => entry.name)).toEqual(['sync/2025-05-13.md']);
  });
});
