/**
 * The README's cookbook (meeting prose → meeting files): each `# recipe:` block is loaded as a
 * meeting file, its calendar rendered, and the dates a calendar app expands from it (ical.js)
 * checked against what the sentence it stands for means. The README is the fixture, so the
 * recipes cannot drift from what the plugin does.
 */
import fs from 'node:fs';
import path from 'node:path';
import en from '../languages/en';
import {renderMeetingsIcs} from '../meetings/ics';
import {parseMeetingFile} from '../meetings/load';
import {meetingOccurrences} from '../meetings/occurrences';
import {expandWithIcalJs} from '../meetings/__tests__/helpers';
import type {Meeting} from '../types';

const README = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const section = README.slice(README.indexOf('## Cookbook'), README.indexOf('\n## ', README.indexOf('## Cookbook') + 1));
const recipes = Object.fromEntries(
  [...section.matchAll(/```yaml\n# recipe: ([a-z-]+)\n([\s\S]*?)```/g)].map(([, name, yaml]) => [name!, yaml!]),
);

function load(name: string): Meeting {
  const yaml = recipes[name];
  if (yaml === undefined) throw new Error(`the README's cookbook has no recipe "${name}"`);
  return parseMeetingFile(`meetings/${name}.yml`, yaml);
}

/** Starts (UTC, ISO without milliseconds) as a calendar app expands the recipe's .ics between two dates. */
function calendarStarts(meeting: Meeting, from: string, to: string): string[] {
  const ics = renderMeetingsIcs([meeting], {
    calendarName: 'Cookbook',
    url: 'https://sig.example.org/ics/meetings.ics',
    uidDomain: 'sig.example.org',
    stamps: {[meeting.id]: {fingerprint: '', sequence: 0, stamp: '2027-01-01T00:00:00.000Z'}},
    text: en.calendar,
  });
  const plugin = meetingOccurrences(meeting, new Date(from), new Date(to)).map((o) => o.start.toISOString());
  const app = expandWithIcalJs(ics, new Date(from), new Date(to)).map((o) => o.start.toISOString());
  // The plugin's own tables and a calendar app agree on every date.
  expect(app).toEqual(plugin);
  return app.map((iso) => iso.replace(/:00\.000Z$/, 'Z'));
}

describe('the README cookbook', () => {
  test('has every recipe this test checks, and nothing else', () => {
    expect(Object.keys(recipes).sort()).toEqual([
      'alternating-americas',
      'alternating-apac-emea',
      'every-other-thursday-pacific',
      'first-monday-eastern',
      'moved-for-a-conference',
      'no-stated-length',
      'thursdays-new-york',
      'thursdays-utc',
      'wednesdays-except-holidays',
    ]);
  });

  test('"every first Monday, 10:30am U.S. Eastern": 15:30 UTC in winter, 14:30 UTC once New York is on daylight time', () => {
    expect(calendarStarts(load('first-monday-eastern'), '2027-01-01', '2027-05-01')).toEqual(['2027-01-04T15:30Z', '2027-02-01T15:30Z', '2027-03-01T15:30Z', '2027-04-05T14:30Z']);
  });

  test('"every other Thursday at 1pm Pacific": two weeks apart, at 13:00 in Los Angeles on both sides of 14 March 2027', () => {
    expect(calendarStarts(load('every-other-thursday-pacific'), '2027-02-25', '2027-04-10')).toEqual(['2027-03-04T21:00Z', '2027-03-18T20:00Z', '2027-04-01T20:00Z']);
  });

  test('two regional sessions alternate every two weeks, one series each', () => {
    const both = [...calendarStarts(load('alternating-apac-emea'), '2027-01-01', '2027-03-20'), ...calendarStarts(load('alternating-americas'), '2027-01-01', '2027-03-20')].sort();
    expect(both).toEqual(['2027-01-05T08:00Z', '2027-01-19T17:00Z', '2027-02-02T08:00Z', '2027-02-16T17:00Z', '2027-03-02T08:00Z', '2027-03-16T17:00Z']);
  });

  test('"every Wednesday except holidays": the cancelled dates are gone, the weeks around them stay', () => {
    expect(calendarStarts(load('wednesdays-except-holidays'), '2027-12-14', '2028-01-07')).toEqual(['2027-12-15T15:00Z', '2028-01-05T15:00Z']);
  });

  test("a meeting moved for a conference: May's second Tuesday becomes the third, the other months stay", () => {
    expect(calendarStarts(load('moved-for-a-conference'), '2027-04-01', '2027-07-01')).toEqual(['2027-04-13T14:00Z', '2027-05-18T14:00Z', '2027-06-08T14:00Z']);
  });

  test('"10:00 EST (15:00 UTC)": following New York gives 14:00 UTC in July, staying at 15:00 UTC gives 11:00 in New York; EST itself is refused, naming New York', () => {
    expect(calendarStarts(load('thursdays-new-york'), '2027-07-01', '2027-07-09')).toEqual(['2027-07-01T14:00Z', '2027-07-08T14:00Z']);
    expect(calendarStarts(load('thursdays-utc'), '2027-07-01', '2027-07-09')).toEqual(['2027-07-01T15:00Z', '2027-07-08T15:00Z']);
    expect(() => parseMeetingFile('meetings/x.yml', recipes['thursdays-new-york']!.replace('America/New_York', 'EST'))).toThrow(
      /field "timezone" has value "EST": .*use "America\/New_York"/,
    );
  });

  test('a meeting with no stated length: the recipe gives an end; without one the message says what to write', () => {
    expect(calendarStarts(load('no-stated-length'), '2027-01-10', '2027-01-12')).toEqual(['2027-01-11T15:00Z']);
    expect(load('no-stated-length').durationMinutes).toBe(60);
    expect(() => parseMeetingFile('meetings/x.yml', recipes['no-stated-length']!.replace('end: "17:00"\n', ''))).toThrow(/field "duration" is missing: is required \(minutes\), or give `end: "HH:mm"`/);
  });
});
