import {DataError} from '../errors';
import type {Meeting} from '../types';
import {fixtureText, loadFixture} from './__tests__/helpers';
import {parseMeetingFile, validateMeetingSet} from './load';

const BASE = 'title: Weekly sync\ntimezone: Europe/London\nstart: 2024-02-13T15:00\nduration: 60\n';
const MONTHLY = `${BASE}repeat: FREQ=MONTHLY;BYDAY=2TU\n`;

/** The DataError thrown for `text`, checked to name the file, the field and the value. */
function dataError(text: string, file = 'meetings/sync.yml'): DataError {
  try {
    parseMeetingFile(file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('no error thrown');
}

describe('parseMeetingFile', () => {
  it('reads every field of the documented format', () => {
    expect(loadFixture('london.yml')).toEqual<Meeting>({
      id: 'innersource-sig',
      title: 'Réunion mensuelle — InnerSource SIG 🚀 monthly call, with agenda; notes',
      description: 'Agenda and minutes are kept as GitHub issues.\nEveryone is welcome, newcomers included.',
      timezone: 'Europe/London',
      start: '2024-02-13T15:00',
      durationMinutes: 60,
      repeat: 'FREQ=MONTHLY;BYDAY=2TU',
      cancelled: ['2024-08-13', '2024-12-10'],
      moved: [{from: '2025-04-08', start: '2025-04-15T16:00', durationMinutes: 90}],
      join: 'https://zoom.us/j/123456789?pwd=abc',
      agenda: 'https://github.com/org/repo/issues?q=label%3Ameeting',
      organizer: {name: 'InnerSource SIG', email: 'innersource@example.org'},
      ics: 'finos-event-7',
      sourceFile: 'meetings/london.yml',
    });
  });

  it('defaults id and ics to the file name, takes `end` as a same-day wall clock, and moved durations from the series', () => {
    const meeting = loadFixture('new-york.yml');
    expect(meeting).toMatchObject({id: 'new-york', ics: 'new-york', start: '2024-01-10T11:00', durationMinutes: 60});
    expect(meeting.moved).toEqual([{from: '2024-10-30', start: '2024-10-31T15:00', durationMinutes: 60}]);
  });

  it('keeps unquoted dates and times as written (no YAML timestamp conversion)', () => {
    const meeting = parseMeetingFile('meetings/sync.yml', `${MONTHLY}cancelled: [2024-03-12]\nend: 16:30\n`.replace('duration: 60\n', ''));
    expect(meeting.start).toBe('2024-02-13T15:00');
    expect(meeting.cancelled).toEqual(['2024-03-12']);
    expect(meeting.durationMinutes).toBe(90);
  });

  it('accepts a space between date and time, lower-case rules and an RRULE: prefix', () => {
    const meeting = parseMeetingFile('meetings/sync.yml', `${BASE.replace('T15:00', ' 15:00')}repeat: "RRULE:freq=monthly;byday=2tu"\n`);
    expect(meeting.start).toBe('2024-02-13T15:00');
    expect(meeting.repeat).toBe('FREQ=MONTHLY;BYDAY=2TU');
  });

  it('accepts zone names that are only canonical in tzdata or only in ICU', () => {
    for (const zone of ['Asia/Kolkata', 'Asia/Calcutta', 'Europe/Kyiv', 'Europe/Amsterdam', 'Etc/UTC']) {
      expect(parseMeetingFile('meetings/sync.yml', BASE.replace('Europe/London', zone)).timezone).toBe(zone);
    }
  });

  it('accepts "UTC" as Etc/UTC, as event pages do', () => {
    expect(parseMeetingFile('meetings/sync.yml', BASE.replace('Europe/London', 'UTC')).timezone).toBe('Etc/UTC');
  });

  it('loads every fixture', () => {
    for (const name of ['london.yml', 'new-york.yml', 'sydney.yml', 'kolkata.yml']) expect(() => parseMeetingFile(name, fixtureText(name))).not.toThrow();
  });
});

describe('validation errors name the file, the field and the value', () => {
  const cases: Array<[string, string, string, string | undefined]> = [
    // [what, YAML, field, value shown (undefined: the field is missing)]
    ['YAML syntax error, with its line', `${BASE}cancelled: [2024-08-13\nrepeat: x\n`, '(file)', 'repeat: x'],
    ['duplicate key', `${BASE}title: Again\n`, '(file)', 'title: Again'],
    ['empty file', '', '(file)', ''],
    ['not a mapping', '- a\n- b\n', '(file)', '["a","b"]'],
    ['unknown key', `${BASE}colour: red\n`, 'colour', 'red'],
    ['invalid id', `id: Inner_Source\n${BASE}`, 'id', 'Inner_Source'],
    ['missing title', BASE.replace('title: Weekly sync\n', ''), 'title', undefined],
    ['title not text', BASE.replace('Weekly sync', '42'), 'title', '42'],
    ['unknown zone', BASE.replace('Europe/London', 'Mars/Olympus'), 'timezone', 'Mars/Olympus'],
    ['zone alias', BASE.replace('Europe/London', 'US/Eastern'), 'timezone', 'US/Eastern'],
    ['zone abbreviation', BASE.replace('Europe/London', 'GMT'), 'timezone', 'GMT'],
    ['zone in wrong case', BASE.replace('Europe/London', 'europe/london'), 'timezone', 'europe/london'],
    ['missing start', BASE.replace('start: 2024-02-13T15:00\n', ''), 'start', undefined],
    ['start with an offset', BASE.replace('T15:00', 'T15:00+01:00'), 'start', '2024-02-13T15:00+01:00'],
    ['start on 30 February', BASE.replace('2024-02-13', '2024-02-30'), 'start', '2024-02-30T15:00'],
    ['start at 25:00', BASE.replace('T15:00', 'T25:00'), 'start', '2024-02-13T25:00'],
    ['start skipped by daylight saving', BASE.replace('2024-02-13T15:00', '2024-03-31T01:30'), 'start', '2024-03-31T01:30'],
    ['duration and end', `${BASE}end: "16:00"\n`, 'end', '16:00'],
    ['neither duration nor end', BASE.replace('duration: 60\n', ''), 'duration', undefined],
    ['zero duration', BASE.replace('duration: 60', 'duration: 0'), 'duration', '0'],
    ['duration as text', BASE.replace('duration: 60', 'duration: "60"'), 'duration', '60'],
    ['fractional duration', BASE.replace('duration: 60', 'duration: 90.5'), 'duration', '90.5'],
    ['end before start', BASE.replace('duration: 60', 'end: "14:00"'), 'end', '14:00'],
    ['end at 24:30', BASE.replace('duration: 60', 'end: "24:30"'), 'end', '24:30'],
    ['DTSTART in the rule', `${BASE}repeat: DTSTART=20240213T150000;FREQ=WEEKLY\n`, 'repeat', 'DTSTART=20240213T150000;FREQ=WEEKLY'],
    ['hourly', `${BASE}repeat: FREQ=HOURLY\n`, 'repeat', 'FREQ=HOURLY'],
    ['minutely', `${BASE}repeat: FREQ=MINUTELY\n`, 'repeat', 'FREQ=MINUTELY'],
    ['secondly', `${BASE}repeat: FREQ=SECONDLY\n`, 'repeat', 'FREQ=SECONDLY'],
    ['unknown frequency', `${BASE}repeat: FREQ=FORTNIGHTLY\n`, 'repeat', 'FREQ=FORTNIGHTLY'],
    ['no FREQ', `${BASE}repeat: BYDAY=TU\n`, 'repeat', 'BYDAY=TU'],
    ['part without value', `${BASE}repeat: FREQ=WEEKLY;BYDAY\n`, 'repeat', 'FREQ=WEEKLY;BYDAY'],
    ['unknown part', `${BASE}repeat: FREQ=WEEKLY;FOO=1\n`, 'repeat', 'FREQ=WEEKLY;FOO=1'],
    ['part twice', `${BASE}repeat: FREQ=WEEKLY;FREQ=DAILY\n`, 'repeat', 'FREQ=WEEKLY;FREQ=DAILY'],
    ['bad weekday', `${BASE}repeat: FREQ=WEEKLY;BYDAY=XX\n`, 'repeat', 'FREQ=WEEKLY;BYDAY=XX'],
    ['numbered weekday in a weekly rule', `${BASE}repeat: FREQ=WEEKLY;BYDAY=2TU\n`, 'repeat', 'FREQ=WEEKLY;BYDAY=2TU'],
    ['sixth Tuesday', `${BASE}repeat: FREQ=MONTHLY;BYDAY=6TU\n`, 'repeat', 'FREQ=MONTHLY;BYDAY=6TU'],
    ['COUNT and UNTIL', `${BASE}repeat: FREQ=WEEKLY;COUNT=3;UNTIL=20241231\n`, 'repeat', 'FREQ=WEEKLY;COUNT=3;UNTIL=20241231'],
    ['UNTIL as an ISO date', `${BASE}repeat: FREQ=WEEKLY;UNTIL=2024-12-31\n`, 'repeat', 'FREQ=WEEKLY;UNTIL=2024-12-31'],
    ['UNTIL on 31 April', `${BASE}repeat: FREQ=WEEKLY;UNTIL=20240431\n`, 'repeat', 'FREQ=WEEKLY;UNTIL=20240431'],
    ['INTERVAL=0', `${BASE}repeat: FREQ=WEEKLY;INTERVAL=0\n`, 'repeat', 'FREQ=WEEKLY;INTERVAL=0'],
    ['BYHOUR', `${BASE}repeat: FREQ=DAILY;BYHOUR=10\n`, 'repeat', 'FREQ=DAILY;BYHOUR=10'],
    ['BYMONTH=13', `${BASE}repeat: FREQ=YEARLY;BYMONTH=13\n`, 'repeat', 'FREQ=YEARLY;BYMONTH=13'],
    ['start not an occurrence of the rule', MONTHLY.replace('2024-02-13', '2024-02-14'), 'start', '2024-02-14T15:00'],
    ['UNTIL before start', `${BASE}repeat: FREQ=WEEKLY;UNTIL=20240101\n`, 'start', '2024-02-13T15:00'],
    ['cancelled not a list', `${MONTHLY}cancelled: 2024-03-12\n`, 'cancelled', '2024-03-12'],
    ['cancelled date not an occurrence', `${MONTHLY}cancelled: [2024-03-12, 2024-04-10]\n`, 'cancelled[1]', '2024-04-10'],
    ['cancelled impossible date', `${MONTHLY}cancelled: [2024-02-30]\n`, 'cancelled[0]', '2024-02-30'],
    ['cancelled twice', `${MONTHLY}cancelled: [2024-03-12, 2024-03-12]\n`, 'cancelled[1]', '2024-03-12'],
    ['cancelled one-off on another day', `${BASE}cancelled: [2024-02-14]\n`, 'cancelled[0]', '2024-02-14'],
    ['cancelled after UNTIL', `${MONTHLY.replace('2TU', '2TU;UNTIL=20240501')}cancelled: [2024-05-14]\n`, 'cancelled[0]', '2024-05-14'],
    ['moved date not an occurrence', `${MONTHLY}moved:\n  - from: 2024-03-13\n    start: 2024-03-14T15:00\n`, 'moved[0].from', '2024-03-13'],
    ['moved to an impossible time', `${MONTHLY}moved:\n  - from: 2024-03-12\n    start: 2024-03-12T24:00\n`, 'moved[0].start', '2024-03-12T24:00'],
    ['moved without start', `${MONTHLY}moved:\n  - from: 2024-03-12\n`, 'moved[0].start', undefined],
    ['moved with unknown key', `${MONTHLY}moved:\n  - from: 2024-03-12\n    start: 2024-03-13T15:00\n    end: "16:00"\n`, 'moved[0].end', '16:00'],
    ['moved with bad duration', `${MONTHLY}moved:\n  - from: 2024-03-12\n    start: 2024-03-13T15:00\n    duration: -5\n`, 'moved[0].duration', '-5'],
    ['moved twice', `${MONTHLY}moved:\n  - {from: 2024-03-12, start: 2024-03-13T15:00}\n  - {from: 2024-03-12, start: 2024-03-14T15:00}\n`, 'moved[1].from', '2024-03-12'],
    ['moved and cancelled', `${MONTHLY}cancelled: [2024-03-12]\nmoved:\n  - {from: 2024-03-12, start: 2024-03-13T15:00}\n`, 'moved[0].from', '2024-03-12'],
    ['moved one-off', `${BASE}moved:\n  - {from: 2024-02-13, start: 2024-02-14T15:00}\n`, 'moved', '[{"from":"2024-02-13","start":"2024-02-14T15:00"}]'],
    [
      'moving an occurrence whose time is skipped by daylight saving',
      'title: Night\ntimezone: Europe/London\nstart: 2024-03-24T01:30\nduration: 30\nrepeat: FREQ=WEEKLY\nmoved:\n  - {from: 2024-03-31, start: 2024-03-31T03:00}\n',
      'moved[0].from',
      '2024-03-31',
    ],
    ['moved into a daylight-saving gap', `${MONTHLY}moved:\n  - {from: 2024-03-12, start: 2024-03-31T01:15}\n`, 'moved[0].start', '2024-03-31T01:15'],
    ['join not a URL', `${BASE}join: zoom meeting 123\n`, 'join', 'zoom meeting 123'],
    ['join not http(s)', `${BASE}join: ftp://example.org/x\n`, 'join', 'ftp://example.org/x'],
    ['agenda not a URL', `${BASE}agenda: see the wiki\n`, 'agenda', 'see the wiki'],
    ['organizer without email', `${BASE}organizer: {name: SIG}\n`, 'organizer.email', undefined],
    ['organizer with bad email', `${BASE}organizer: {name: SIG, email: sig-at-example.org}\n`, 'organizer.email', 'sig-at-example.org'],
    ['organizer with unknown key', `${BASE}organizer: {name: SIG, email: a@example.org, phone: 123}\n`, 'organizer.phone', '123'],
    ['organizer name with a quote', `${BASE}organizer: {name: 'The "SIG"', email: a@example.org}\n`, 'organizer.name', 'The "SIG"'],
    ['ics reserved', `${BASE}ics: meetings\n`, 'ics', 'meetings'],
    ['ics reserved in another case', `${BASE}ics: Meetings\n`, 'ics', 'Meetings'],
    ['ics with extension', `${BASE}ics: sync.ics\n`, 'ics', 'sync.ics'],
    ['ics with a slash', `${BASE}ics: a/b\n`, 'ics', 'a/b'],
    ['id "meetings" as default ics name', `id: meetings\n${BASE}`, 'id', 'meetings'],
  ];

  it.each(cases)('%s', (_what, text, field, value) => {
    const error = dataError(text);
    expect(error.file).toBe('meetings/sync.yml');
    expect(error.field).toBe(field);
    expect(error.message.startsWith('meetings/sync.yml: ')).toBe(true);
    expect(error.message).toContain(`field "${field}"`);
    expect(error.message).toContain(value === undefined ? 'is missing' : `has value ${JSON.stringify(value)}`);
    expect(error.message).not.toContain('\n');
  });

  it('points at the line of a YAML syntax error', () => {
    expect(dataError(`${BASE}cancelled: [2024-08-13\nrepeat: x\n`).message).toMatch(/line \d/);
  });

  it('suggests the canonical name for a zone alias', () => {
    expect(dataError(BASE.replace('Europe/London', 'US/Eastern')).message).toContain('America/New_York');
  });

  it('names the occurrences near a wrong cancelled date', () => {
    expect(dataError(`${MONTHLY}cancelled: [2024-04-10]\n`).message).toContain('nearest: 2024-04-09, 2024-05-14');
  });

  it('takes the id from the file name, and says so when the file name is not a valid id', () => {
    const error = dataError(BASE, 'meetings/Weekly Sync.yaml');
    expect(error.message).toContain('field "id" has value "Weekly Sync"');
    expect(parseMeetingFile('meetings/weekly-sync.yaml', BASE).id).toBe('weekly-sync');
  });
});

describe('validateMeetingSet', () => {
  const meeting = (file: string, extra = '') => parseMeetingFile(file, `${BASE}${extra}`);

  it('accepts distinct ids and .ics names', () => {
    expect(validateMeetingSet([meeting('meetings/a.yml'), meeting('meetings/b.yml')])).toEqual([]);
  });

  it('reports a duplicate id, naming both files', () => {
    const [error, ...others] = validateMeetingSet([meeting('meetings/a.yml', 'id: sync\n'), meeting('meetings/b.yml', 'id: sync\n')]);
    expect(others).toEqual([]);
    expect(error).toBeInstanceOf(DataError);
    expect(error?.message).toContain('meetings/b.yml: field "id" has value "sync"');
    expect(error?.message).toContain('meetings/a.yml');
  });

  it('reports a duplicate .ics name, ignoring case, naming both files', () => {
    expect(validateMeetingSet([meeting('meetings/a.yml', 'ics: Legacy\n'), meeting('meetings/legacy.yml')]).map((e) => e.message)).toEqual([
      'meetings/legacy.yml: field "ics" has value "legacy": is also the .ics name of meetings/a.yml',
    ]);
  });

  it('reports every file that repeats an earlier one, each against the first', () => {
    const files = ['a', 'b', 'c'].map((name) => meeting(`meetings/${name}.yml`, 'id: sync\n'));
    expect(validateMeetingSet(files).map((e) => e.message)).toEqual([
      expect.stringMatching(/^meetings\/b\.yml: field "id".*meetings\/a\.yml$/),
      expect.stringMatching(/^meetings\/c\.yml: field "id".*meetings\/a\.yml$/),
    ]);
  });
});
