import {DataError} from '../errors';
import {INVALID_EVENT_TEXT, SUMMIT_2022} from '../events/__tests__/cases';
import {parseEventFrontMatter} from '../events/frontMatter';
import {translateEvent} from '../events/translation';
import {BASE, INVALID_MEETING_TEXT} from '../meetings/__tests__/cases';
import {parseMeetingFile} from '../meetings/load';
import {FieldChecker, MAX_NAME_LENGTH} from './fieldChecker';

function thrown(parse: () => unknown): DataError {
  try {
    parse();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('no DataError');
}

const check = new FieldChecker('meetings/sync.yml');

describe('FieldChecker.text: characters that feeds and calendars cannot hold', () => {
  test.each([
    ['a C0 control', 'Ring\u0007', 'U+0007, a control character that calendars and feeds cannot hold'],
    ['NUL', 'a\u0000b', 'U+0000, a control character'],
    ['a vertical tab', 'a\u000bb', 'U+000B, a control character'],
    ['DEL', 'a\u007fb', 'U+007F, a control character'],
    ['a lone high surrogate', 'a\ud83db', 'U+D83D, half of a UTF-16 surrogate pair without its other half'],
    ['a lone low surrogate', 'a\ude00b', 'U+DE00, half of a UTF-16 surrogate pair without its other half'],
    ['a high surrogate at the end', 'a\ud83d', 'U+D83D, half of a UTF-16 surrogate pair'],
    ['U+FFFE', 'a\ufffeb', 'U+FFFE, a noncharacter that calendars and feeds cannot hold'],
    ['U+FFFF', 'a\uffffb', 'U+FFFF, a noncharacter'],
  ])('%s is a DataError naming file, field and code point, one-line or multi-line', (_what, value, problem) => {
    for (const multiLine of [false, true]) {
      const error = thrown(() => check.text('title', value, {multiLine}));
      expect(error).toMatchObject({file: 'meetings/sync.yml', field: 'title', value});
      expect(error.message).toContain(`meetings/sync.yml: field "title" has value ${JSON.stringify(value)}: contains ${problem}`);
      expect(error.message).not.toContain('\n');
    }
  });

  test('the message for a BEL in a title reads as documented', () => {
    expect(thrown(() => check.text('title', 'Weekly\u0007 sync')).message).toBe(
      'meetings/sync.yml: field "title" has value "Weekly\\u0007 sync": contains U+0007, a control character that calendars and feeds cannot hold',
    );
  });

  test('TAB is text; LF and CR only where several lines are allowed', () => {
    expect(check.text('title', 'a\tb')).toBe('a\tb');
    expect(check.text('description', 'a\r\nb\nc\rd\te', {multiLine: true})).toBe('a\r\nb\nc\rd\te');
    expect(thrown(() => check.text('title', 'a\nb')).problem).toBe('must fit on one line');
  });

  test('NEL, U+2028 and U+2029 become a space on one line, a line feed in multi-line text', () => {
    expect(check.text('title', 'Weekly\u2028sync\u2029call\u0085now')).toBe('Weekly sync call now');
    expect(check.text('description', 'One\u2028two\u2029three\u0085four', {multiLine: true})).toBe('One\ntwo\nthree\nfour');
    // Trimmed after: nothing but separators is empty.
    expect(check.text('title', '\u0085 Weekly sync \u2028')).toBe('Weekly sync');
    expect(thrown(() => check.text('title', '\u0085\u2028')).problem).toBe('must be non-empty text');
  });

  test('characters outside the BMP, written as surrogate pairs, are text', () => {
    expect(check.text('title', 'Launch 🚀 𝄞')).toBe('Launch 🚀 𝄞');
  });
});

describe('FieldChecker.nameLength', () => {
  test(`at most ${MAX_NAME_LENGTH} characters`, () => {
    expect(check.nameLength('ics', 'x', 'a'.repeat(MAX_NAME_LENGTH), 'a file')).toBe('a'.repeat(MAX_NAME_LENGTH));
    expect(thrown(() => check.nameLength('ics', 'x', 'a'.repeat(MAX_NAME_LENGTH + 1), 'a file')).problem).toBe(`is ${MAX_NAME_LENGTH + 1} characters long: at most ${MAX_NAME_LENGTH}, as it names a file`);
  });
});

describe('meeting files: the build and sig:check share parseMeetingFile', () => {
  test.each(INVALID_MEETING_TEXT)('%s', (_what, yaml, field, value) => {
    const error = thrown(() => parseMeetingFile('meetings/sync.yml', yaml));
    expect(error).toMatchObject({file: 'meetings/sync.yml', field, value});
    expect(error.message.startsWith(`meetings/sync.yml: field "${field}" has value `)).toBe(true);
    expect(error.problem).toMatch(/^contains U\+[0-9A-F]{4}, |^is \d+ characters long: at most 100, /);
    expect(error.message).not.toContain('\n');
  });

  test('the surrogate that crashed the calendar links is a DataError before anything is built', () => {
    expect(thrown(() => parseMeetingFile('meetings/sync.yml', BASE.replace('Weekly sync', '"Sync \\ud800"'))).message).toBe(
      'meetings/sync.yml: field "title" has value "Sync \\ud800": contains U+D800, half of a UTF-16 surrogate pair without its other half (a broken character) that calendars and feeds cannot hold',
    );
  });

  test('the limit of names: 100 characters pass; an id from a long file name is refused', () => {
    const name = 'n'.repeat(100);
    expect(parseMeetingFile('meetings/sync.yml', `${BASE}ics: ${name}\n`).ics).toBe(name);
    expect(parseMeetingFile('meetings/sync.yml', `id: ${name}\n${BASE}`).id).toBe(name);
    const error = thrown(() => parseMeetingFile(`meetings/${'m'.repeat(120)}.yml`, BASE));
    expect(error).toMatchObject({field: 'id', value: 'm'.repeat(120)});
    expect(error.problem).toMatch(/^is 120 characters long: at most 100, .*rename the file or add `id:`/);
  });

  test('line separators are normalised, tabs kept', () => {
    const meeting = parseMeetingFile('meetings/sync.yml', `${BASE.replace('Weekly sync', '"Weekly\\Lsync\\tcall"')}description: "One\\Ntwo\\Pthree"\n`);
    expect(meeting.title).toBe('Weekly sync\tcall');
    expect(meeting.description).toBe('One\ntwo\nthree');
  });
});

describe('event front matter: the build and sig:check share parseEventFrontMatter', () => {
  test.each(INVALID_EVENT_TEXT)('%s', (_what, frontMatter, field, value) => {
    const error = thrown(() => parseEventFrontMatter('events/summit.md', frontMatter, 'summit'));
    expect(error).toMatchObject({file: 'events/summit.md', field, value});
    expect(error.message.startsWith(`events/summit.md: field "${field}" has value `)).toBe(true);
    expect(error.problem).toMatch(/^contains U\+[0-9A-F]{4}, |^is \d+ characters long: at most 100, /);
    expect(error.message).not.toContain('\n');
  });

  test('a slug from a long file name is refused; 100 characters pass', () => {
    expect(parseEventFrontMatter('events/x.md', {title: 'X', date: '2022-11-16'}, 's'.repeat(100)).slug).toBe('s'.repeat(100));
    const error = thrown(() => parseEventFrontMatter('events/x.md', {title: 'X', date: '2022-11-16'}, 's'.repeat(101)));
    expect(error).toMatchObject({field: 'slug', value: 's'.repeat(101)});
    expect(error.problem).toMatch(/rename the file or add `slug:`/);
  });

  test('a translation is checked as the original', () => {
    const event = parseEventFrontMatter('events/summit.md', SUMMIT_2022, 'summit');
    const error = thrown(() => translateEvent(event, SUMMIT_2022, {title: 'Sommet \ud800'}, 'i18n/fr/events/summit.md'));
    expect(error).toMatchObject({file: 'i18n/fr/events/summit.md', field: 'title'});
    expect(error.problem).toMatch(/^contains U\+D800/);
    expect(translateEvent(event, SUMMIT_2022, {title: 'Sommet\u2028InnerSource'}, 'i18n/fr/events/summit.md').event.title).toBe('Sommet InnerSource');
  });
});
