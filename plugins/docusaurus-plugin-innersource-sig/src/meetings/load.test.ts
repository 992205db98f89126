import {DataError} from '../errors';
import type {Meeting} from '../types';
import {BASE, INVALID_MEETINGS, MONTHLY} from './__tests__/cases';
import {fixtureText, loadFixture} from './__tests__/helpers';
import {meetingFileProblems, parseMeetingFile, validateMeetingSet} from './load';


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
  const cases = INVALID_MEETINGS;

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

  it('checks cancelled and moved dates years apart as it checks them one by one', () => {
    const meeting = parseMeetingFile('meetings/sync.yml', `${MONTHLY}cancelled: [2024-03-12, 2031-06-10]\nmoved: [{from: 2029-01-09, start: 2029-01-10T15:00}]\n`);
    expect(meeting.cancelled).toEqual(['2024-03-12', '2031-06-10']);
    expect(meeting.moved.map((m) => m.from)).toEqual(['2029-01-09']);
    expect(dataError(`${MONTHLY}cancelled: [2024-03-12, 2031-06-11]\n`).message).toContain('cancelled[1]');
    expect(dataError(`${MONTHLY}cancelled: [2024-03-12, 2024-06-12]\n`).message).toContain('nearest: 2024-06-11, 2024-07-09');
  });

  it('takes the id from the file name, and says so when the file name is not a valid id', () => {
    const error = dataError(BASE, 'meetings/Weekly Sync.yaml');
    expect(error.message).toContain('field "id" has value "Weekly Sync"');
    expect(parseMeetingFile('meetings/weekly-sync.yaml', BASE).id).toBe('weekly-sync');
  });
});

describe('uid', () => {
  it('is kept as written, and left out when not given', () => {
    expect(parseMeetingFile('meetings/sync.yml', `${BASE}uid: "040000008200E00074C5B7101A82E008@outlook"\n`).uid).toBe('040000008200E00074C5B7101A82E008@outlook');
    expect(parseMeetingFile('meetings/sync.yml', BASE)).not.toHaveProperty('uid');
  });

  it.each([
    ['uid: two words\n', 'may only contain printable ASCII'],
    ['uid: 12345\n', 'must be text: quote it'],
    ['uid: ""\n', 'must be non-empty text'],
  ])('rejects %j', (extra, problem) => {
    const error = dataError(`${BASE}${extra}`);
    expect(error.field).toBe('uid');
    expect(error.message).toContain(problem);
  });
});

describe('validateMeetingSet', () => {
  const meeting = (file: string, extra = '') => parseMeetingFile(file, `${BASE}${extra}`);

  it('rejects two files with the same uid, naming both', () => {
    const uid = 'uid: 38m812jicsrer5gorh3mlp7qhc@google.com\n';
    expect(validateMeetingSet([meeting('meetings/a.yml', uid), meeting('meetings/b.yml', uid)]).map((e) => e.message)).toEqual([
      'meetings/b.yml: field "uid" has value "38m812jicsrer5gorh3mlp7qhc@google.com": is also the uid of meetings/a.yml',
    ]);
  });

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

describe('meetingFileProblems', () => {
  test('names every problem of a file at once, not only the first', () => {
    const {meeting, problems} = meetingFileProblems(
      'meetings/call.yml',
      'title: Community call\ntimezone: Eastern Time\nstart: 2027-01-04 10:30am\nrepeat: FREQ=MONTHLY;BYDAY=1MO\nroom: 12\n',
    );
    expect(meeting).toBeUndefined();
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^meetings\/call\.yml: field "room" has value "12": is not a known field/),
      expect.stringMatching(/^meetings\/call\.yml: field "timezone" has value "Eastern Time": .*"America\/New_York"/),
      expect.stringMatching(/^meetings\/call\.yml: field "start" has value "2027-01-04 10:30am": must be a local date and time/),
    ]);
  });

  test('a valid file has no problem, and parseMeetingFile throws the first of an invalid one', () => {
    const text = 'title: Call\ntimezone: Europe/London\nstart: 2027-01-05T10:00\nduration: 30\n';
    expect(meetingFileProblems('meetings/call.yml', text)).toEqual({meeting: parseMeetingFile('meetings/call.yml', text), problems: []});
    expect(() => parseMeetingFile('meetings/call.yml', 'title: Call\ntimezone: Mars/Base\nstart: later\n')).toThrow(/field "timezone" has value "Mars\/Base"/);
  });
});

test('a description longer than 5,000 characters is refused: each moved occurrence repeats it in the calendar file', () => {
  const text = `title: Call\ntimezone: Europe/London\nstart: 2027-01-05T10:00\nduration: 30\ndescription: ${'x'.repeat(5001)}\n`;
  expect(() => parseMeetingFile('meetings/call.yml', text)).toThrow(/field "description" .*is 5001 characters long: at most 5000/);
  expect(parseMeetingFile('meetings/call.yml', text.replace('x'.repeat(5001), 'x'.repeat(5000))).description).toHaveLength(5000);
});

test('a title longer than 300 characters is refused', () => {
  const text = `title: ${'T'.repeat(301)}\ntimezone: Europe/London\nstart: 2027-01-05T10:00\nduration: 30\n`;
  expect(() => parseMeetingFile('meetings/call.yml', text)).toThrow(/field "title" .*is 301 characters long: at most 300/);
});

describe('links of single meetings (agenda, notes, recordings as date → URL), notesSearch and reserved ids', () => {
  // Written for these tests: the monthly call of MONTHLY (second Tuesday, 15:00 London; 2025:
  // 14 Jan, 11 Feb, 11 Mar, 8 Apr, 13 May), March's cancelled, April's moved to the 15th.
  const SERIES = `${MONTHLY}cancelled: [2025-03-11]\nmoved:\n  - from: 2025-04-08\n    start: 2025-04-15T16:00\n`;
  const FILE = 'meetings/sync.yml';

  test('maps of dates to URLs become the links of those meetings, a moved one under its new day', () => {
    const meeting = parseMeetingFile(
      FILE,
      `${SERIES}notes:\n  2025-01-14: https://github.com/org/repo/issues/1\n  2025-02-11: https://github.com/org/repo/issues/2\nagenda:\n  2025-04-15: https://github.com/org/repo/issues/3\nrecordings:\n  2025-01-14: https://video.example.org/jan\n`,
    );
    expect(meeting.meetingLinks).toEqual({
      notes: {'2025-01-14': 'https://github.com/org/repo/issues/1', '2025-02-11': 'https://github.com/org/repo/issues/2'},
      agenda: {'2025-04-15': 'https://github.com/org/repo/issues/3'},
      recordings: {'2025-01-14': 'https://video.example.org/jan'},
    });
    // A map is no link for the whole series.
    expect([meeting.notes, meeting.agenda, meeting.recordings]).toEqual([undefined, undefined, undefined]);
  });

  test('a URL is still one link for the whole series, beside a map in another field', () => {
    const meeting = parseMeetingFile(FILE, `${SERIES}notes: https://github.com/org/repo/wiki/Minutes\nagenda:\n  2025-01-14: https://github.com/org/repo/issues/3\n`);
    expect(meeting.notes).toBe('https://github.com/org/repo/wiki/Minutes');
    expect(meeting.meetingLinks).toEqual({agenda: {'2025-01-14': 'https://github.com/org/repo/issues/3'}, notes: {}, recordings: {}});
    expect(parseMeetingFile(FILE, `${SERIES}notes: https://github.com/org/repo/wiki/Minutes\n`)).not.toHaveProperty('meetingLinks');
  });

  test.each([
    ['a cancelled meeting', 'notes:\n  2025-03-11: https://example.org/n\n', 'notes.2025-03-11', '2025-03-11', 'cancelled'],
    ['the day a meeting was moved away from', 'agenda:\n  2025-04-08: https://example.org/a\n', 'agenda.2025-04-08', '2025-04-08', 'was moved to 2025-04-15'],
    ['a day without a meeting', 'recordings:\n  2025-01-15: https://example.org/r\n', 'recordings.2025-01-15', '2025-01-15', 'nearest: 2025-01-14, 2025-02-11'],
    ['a value that is not a URL', 'notes:\n  2025-01-14: see the wiki\n', 'notes.2025-01-14', 'see the wiki', 'http:// or https:// URL'],
    ['a value that is not an http URL', 'notes:\n  2025-01-14: ftp://example.org/notes\n', 'notes.2025-01-14', 'ftp://example.org/notes', 'http:// or https:// URL'],
    ['a key that is not a date', 'notes:\n  January: https://example.org/n\n', 'notes.January', 'January', 'must be a date like'],
    ['a key that is not a real date', 'notes:\n  2025-02-30: https://example.org/n\n', 'notes.2025-02-30', '2025-02-30', 'is not a real date'],
    ['a key more than 100 years after the start', 'notes:\n  2130-01-08: https://example.org/n\n', 'notes.2130-01-08', '2130-01-08', '100 years'],
    ['notesSearch without {date}', 'notesSearch: https://github.com/org/repo/issues?q=label%3Aminutes\n', 'notesSearch', 'https://github.com/org/repo/issues?q=label%3Aminutes', 'must contain {date}'],
    ['notesSearch not a URL', 'notesSearch: minutes {date}\n', 'notesSearch', 'minutes {date}', 'http:// or https:// URL'],
  ])('%s is a problem naming the file, the field and the value', (_what, extra, field, value, problem) => {
    const error = dataError(`${SERIES}${extra}`);
    expect(error.file).toBe(FILE);
    expect(error.field).toBe(field);
    expect(error.value).toBe(value);
    expect(error.message.startsWith(`${FILE}: field "${field}" has value ${JSON.stringify(value)}: `)).toBe(true);
    expect(error.message).toContain(problem);
  });

  test('every problem of the maps is reported at once, and the file gives no meeting', () => {
    const {meeting, problems} = meetingFileProblems(
      FILE,
      `${SERIES}notes:\n  2025-03-11: https://example.org/n\n  2025-01-14: not a link\n  2025-02-11: https://example.org/ok\nagenda:\n  2025-04-08: https://example.org/a\nrecordings:\n  someday: https://example.org/r\n`,
    );
    expect(meeting).toBeUndefined();
    expect(problems.every((problem) => problem instanceof DataError && problem.file === FILE)).toBe(true);
    expect(problems.map((problem) => problem.field).sort()).toEqual(['agenda.2025-04-08', 'notes.2025-01-14', 'notes.2025-03-11', 'recordings.someday']);
  });

  test('a map lists at most 1,000 dates', () => {
    // A daily series, so that every key is a day it meets.
    const daily = `${BASE}repeat: FREQ=DAILY\n`;
    const days = (count: number) => Array.from({length: count}, (_, i) => new Date(Date.UTC(2024, 1, 13) + i * 86_400_000).toISOString().slice(0, 10));
    const map = (count: number) => `notes:\n${days(count).map((day) => `  ${day}: https://example.org/notes/${day}\n`).join('')}`;
    expect(Object.keys(parseMeetingFile(FILE, `${daily}${map(1000)}`).meetingLinks!.notes)).toHaveLength(1000);
    const error = dataError(`${daily}${map(1001)}`);
    expect(error.file).toBe(FILE);
    expect(error.field).toBe('notes');
    expect(error.message).toContain('lists 1001 dates');
    expect(error.message).toContain('has value "{\\"2024-02-13\\":');
  });

  test('notesSearch with {date} is kept as written', () => {
    const search = 'https://github.com/org/repo/issues?q=label%3Aminutes+{date}';
    expect(parseMeetingFile(FILE, `${SERIES}notesSearch: ${search}\n`).notesSearch).toBe(search);
    expect(parseMeetingFile(FILE, SERIES)).not.toHaveProperty('notesSearch');
  });

  test('the id "calendar" is reserved for the month view of all meetings, written or taken from the file name', () => {
    const written = dataError(`id: calendar\n${BASE}`);
    expect([written.file, written.field, written.value]).toEqual([FILE, 'id', 'calendar']);
    expect(written.message).toContain('reserved');
    const fromName = dataError(BASE, 'meetings/calendar.yml');
    expect([fromName.file, fromName.field, fromName.value]).toEqual(['meetings/calendar.yml', 'id', 'calendar']);
    expect(fromName.message).toContain('reserved');
    expect(fromName.message).toContain('add `id:`');
    // Only the id names a page: the file may keep its name with another id.
    expect(parseMeetingFile('meetings/calendar.yml', `id: community-calendar\n${BASE}`).id).toBe('community-calendar');
  });
});
