/**
 * Meeting files that name dates out of reach, or too many, and YAML that expands without end
 * (issue 21, sections 4 and 6). Every file here was written by us for this test. Work is bounded
 * by counting the days the rule walks (see __tests__/ruleWork.ts), never by the clock.
 */
import {floatingDate, floatingToWallClock, isInDaylightSavingGap} from '../calendar/zones';
import {DataError} from '../errors';
import {parseEventFile} from '../events/frontMatter';
import {countRuleDays, type WorkCounter} from './__tests__/ruleWork';
import {parseMeetingFile} from './load';

const DAILY = 'title: Daily standup\ntimezone: Europe/London\nstart: 2025-01-06T09:00\nduration: 15\nrepeat: FREQ=DAILY\n';

function problem(text: string, file = 'meetings/standup.yml'): DataError {
  try {
    parseMeetingFile(file, text);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

let days: WorkCounter;
beforeEach(() => {
  // A daily rule walked once from 2025 over a century, and a little more: 9999-12-27 alone is 2.9 million days.
  days = countRuleDays(40_000);
});
afterEach(() => days.restore());

describe('dates out of reach (issue 21, section 4)', () => {
  it('refuses cancelled dates in the year 9999, naming file, field and value, without walking the rule to them', () => {
    const far = Array.from({length: 12}, (_, i) => `9999-12-${String(i + 17)}`);
    const error = problem(`${DAILY}cancelled: [2025-01-07, ${far.join(', ')}]\n`);
    expect(error.message).toBe('meetings/standup.yml: field "cancelled[1]" has value "9999-12-17": is in the year 9999: meeting dates lie in the years 1900 to 2200');
  });

  it.each([
    ['cancelled', 'cancelled: [2125-01-07]', 'cancelled[0]', '2125-01-07'],
    ['moved.from', 'moved: [{from: 9999-12-27, start: 2025-01-08T10:00}]', 'moved[0].from', '9999-12-27'],
    ['moved.start', 'moved: [{from: 2025-01-07, start: 2200-01-08T10:00}]', 'moved[0].start', '2200-01-08T10:00'],
  ])('refuses %s more than 100 years after start', (_field, line, field, value) => {
    const error = problem(`${DAILY}${line}\n`);
    expect(error).toMatchObject({file: 'meetings/standup.yml', field, value});
    expect(error.problem).toMatch(/^is (more than 100 years after the series' start \(2025-01-06\): its dates go up to 2125-01-06|in the year 9999: meeting dates lie in the years 1900 to 2200)$/);
  });

  it('refuses an UNTIL more than 100 years after start', () => {
    const error = problem(DAILY.replace('FREQ=DAILY', 'FREQ=DAILY;UNTIL=99991231'));
    expect(error.message).toBe('meetings/standup.yml: field "repeat" has value "FREQ=DAILY;UNTIL=99991231": ends (UNTIL) more than 100 years after `start`: end it by 2125-01-06, or leave UNTIL out');
  });

  it.each(['0050-01-06T09:00', '1850-01-07T09:00', '2201-01-06T09:00'])('refuses start %s with the year, not "the clocks skip it"', (start) => {
    const error = problem(DAILY.replace('2025-01-06T09:00', start));
    expect(error.message).toBe(`meetings/standup.yml: field "start" has value "${start}": is in the year ${start.slice(0, 4)}: meeting dates lie in the years 1900 to 2200`);
  });

  it('accepts dates up to 100 years ahead, looking them all up in one walk of the rule', () => {
    const meeting = parseMeetingFile('meetings/standup.yml', `${DAILY}cancelled: [2025-01-07, 2060-06-01, 2124-12-30]\nmoved: [{from: 2125-01-06, start: 2125-01-06T10:00}]\n`);
    expect(meeting.cancelled).toEqual(['2025-01-07', '2060-06-01', '2124-12-30']);
    expect(days.count()).toBeLessThan(36_600 + 10);
  });

  it('refuses a list of more than 1,000 cancelled dates', () => {
    const dates = Array.from({length: 1001}, (_, i) => floatingToWallClock(new Date(floatingDate('2025-01-07T00:00').getTime() + i * 86_400_000)).slice(0, 10));
    const error = problem(`${DAILY}cancelled: [${dates.join(', ')}]\n`);
    expect(error).toMatchObject({field: 'cancelled', problem: 'lists 1001 dates: a meeting file lists at most 1000'});
  });
});

describe('years 0001-0099 (issue 21, section 6)', () => {
  it('are read as such, not as 1900-1999', () => {
    expect(floatingDate('0050-03-01T10:00').getUTCFullYear()).toBe(50);
    expect(floatingToWallClock(floatingDate('0050-03-01T10:00'))).toBe('0050-03-01T10:00');
    expect(floatingToWallClock(floatingDate('0000-02-29T10:00'))).toBe('0000-02-29T10:00');
    expect(isInDaylightSavingGap('0050-03-01T10:00', 'Europe/London')).toBe(false);
  });
});

describe('YAML aliases that expand without end ("billion laughs", issue 21, section 6)', () => {
  const BOMB = [
    'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  ].join('\n');

  it('is a data error naming the meeting file', () => {
    const error = problem(`${DAILY}${BOMB}\n`);
    expect(error.message).toBe('meetings/standup.yml: field "(file)" has value "": uses YAML aliases (*name) that expand to more data than a data file can hold: write the values out instead');
  });

  it("is a data error naming the event file, in an event's front matter", () => {
    let error: unknown;
    try {
      parseEventFile('events/summit.md', `---\ntitle: Summit\ndate: 2027-09-15\n${BOMB}\n---\nText.\n`);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe('events/summit.md: field "(front matter)" has value "": uses YAML aliases (*name) that expand to more data than a data file can hold: write the values out instead');
  });
});
