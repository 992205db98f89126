import {DataError} from '../errors';
import {parseSourceFile, SOURCE_FILE, summaryMatcher, type CalendarSource} from './sourceFile';

const FILE = 'meetings/office-hours.source.yml';
const URL = 'url: https://calendar.example.org/sig.ics\n';

function parse(yaml: string, file = FILE): CalendarSource {
  return parseSourceFile(file, yaml);
}

function problem(yaml: string, file = FILE): DataError {
  try {
    parse(yaml, file);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('SOURCE_FILE', () => {
  it.each([
    ['office-hours.source.yml', true],
    ['office-hours.source.yaml', true],
    ['office-hours.yml', false],
    ['source.yml', false],
    ['office-hours.source.yml.bak', false],
  ])('%s → %s', (name, expected) => {
    expect(SOURCE_FILE.test(name)).toBe(expected);
  });
});

describe('parseSourceFile', () => {
  it('reads a source of one URL: its name from the file name, no default filled in', () => {
    expect(parse(URL)).toEqual({name: 'office-hours', sourceFile: FILE, url: 'https://calendar.example.org/sig.ics', zones: {}, series: {}});
  });

  it.each([
    ['meetings/office-hours.source.yaml', 'office-hours'],
    ['site/meetings/chairs-2.source.yml', 'chairs-2'],
    ['meetings\\chairs.source.yml', 'chairs'],
    ['chairs.source.yml', 'chairs'],
  ])('names the source of %s %s', (file, name) => {
    expect(parse(URL, file)).toMatchObject({name, sourceFile: file});
  });

  it.each([
    ['https', 'https://calendar.example.org/sig.ics'],
    ['http', 'http://127.0.0.1:8080/sig.ics'],
    ['webcal', 'webcal://calendar.example.org/sig.ics'],
    ['a secret in the query', 'https://calendar.example.org/sig.ics?token=s3cr3t'],
    ['a whole address from the environment', '${SIG_CALENDAR_URL}'],
    ['a token from the environment', 'https://calendar.example.org/ical/${SIG_TOKEN}/basic.ics'],
    ['two variables', '${SIG_HOST}/${SIG_PATH}'],
  ])('keeps a URL (%s) as written, references unexpanded', (_kind, url) => {
    const previous = process.env.SIG_CALENDAR_URL;
    process.env.SIG_CALENDAR_URL = 'https://calendar.example.org/from-env.ics';
    try {
      expect(parse(`url: "  ${url}  "\n`).url).toBe(url);
    } finally {
      if (previous === undefined) delete process.env.SIG_CALENDAR_URL;
      else process.env.SIG_CALENDAR_URL = previous;
    }
  });

  it('reads every field, trimmed, in the shapes the rest of the plugin uses', () => {
    const source = parse(`url: \${SIG_CALENDAR_URL}
include:
  - uid: " a@example.org "
  - summary: InnerSource SIG*
  - uid: b@example.org
id: " office-hours "
ics: sig-office-hours
idPrefix: chairs-
join: https://meet.example.org/abc
description: |
  Bring a question.
  No slides.
agenda: https://docs.example.org/agenda
notes: https://docs.example.org/minutes
recordings: https://video.example.org/sig
zones:
  "(UTC-05:00) Eastern Time (US & Canada)": America/New_York
  Coordinated Universal Time: UTC
series:
  a@example.org:
    id: office-hours
    ics: office-hours-feed
    join: http://meet.example.org/other
    description: Another one.
    agenda: https://docs.example.org/agenda-2
    notes: https://docs.example.org/minutes-2
    recordings: https://video.example.org/sig-2
  b@example.org: {}
staleAfterDays: 3
`);
    expect(source).toEqual({
      name: 'office-hours',
      sourceFile: FILE,
      url: '${SIG_CALENDAR_URL}',
      include: {uids: ['a@example.org', 'b@example.org'], summaries: ['InnerSource SIG*']},
      id: 'office-hours',
      ics: 'sig-office-hours',
      idPrefix: 'chairs-',
      join: 'https://meet.example.org/abc',
      description: 'Bring a question.\nNo slides.',
      agenda: 'https://docs.example.org/agenda',
      notes: 'https://docs.example.org/minutes',
      recordings: 'https://video.example.org/sig',
      // "UTC", as people write it, is the zone the plugin calls Etc/UTC (as in meeting files).
      zones: {'(UTC-05:00) Eastern Time (US & Canada)': 'America/New_York', 'Coordinated Universal Time': 'Etc/UTC'},
      series: {
        'a@example.org': {
          id: 'office-hours',
          ics: 'office-hours-feed',
          join: 'http://meet.example.org/other',
          description: 'Another one.',
          agenda: 'https://docs.example.org/agenda-2',
          notes: 'https://docs.example.org/minutes-2',
          recordings: 'https://video.example.org/sig-2',
        },
        'b@example.org': {},
      },
      staleAfterDays: 3,
    });
  });

  it('reads include by summary alone, and by UID alone', () => {
    expect(parse(`${URL}include:\n  - summary: Office hours\n`).include).toEqual({uids: [], summaries: ['Office hours']});
    expect(parse(`${URL}include:\n  - uid: a@example.org\n`).include).toEqual({uids: ['a@example.org'], summaries: []});
  });

  it('reads a series UID that YAML reads as a number as text', () => {
    expect(parse(`${URL}series:\n  12345: {id: twelve}\n`).series).toEqual({12345: {id: 'twelve'}});
  });

  it('reads the demo site source as the build does', () => {
    const text = `url: \${SIG_CALENDAR_URL}
include:
  - summary: InnerSource SIG office hours*
series:
  office-hours-3f9c2a@example.org:
    id: office-hours
description: Bring a question about starting or running an InnerSource program; no agenda, no slides.
notes: https://github.com/example-foundation/innersource-sig/wiki/Office-hours
`;
    expect(parse(text)).toMatchObject({
      include: {uids: [], summaries: ['InnerSource SIG office hours*']},
      series: {'office-hours-3f9c2a@example.org': {id: 'office-hours'}},
    });
  });

  describe('refuses, naming the file, the field and the value', () => {
    it.each<[string, string, string, unknown]>([
      ['an empty file', '', '(file)', ''],
      ['a YAML syntax error', 'url: [https://calendar.example.org/sig.ics\n', '(file)', ''],
      ['a list', '- url: https://calendar.example.org/sig.ics\n', '(file)', '(not shown)'],
      ['no url', 'id: office-hours\n', 'url', undefined],
      ['an unknown field', `${URL}title: Office hours\n`, 'title', '(not shown)'],
      ['include empty', `${URL}include: []\n`, 'include', []],
      ['include not a list', `${URL}include: office hours\n`, 'include', 'office hours'],
      ['an include item of text', `${URL}include:\n  - office hours\n`, 'include[0]', 'office hours'],
      ['an include item with both keys', `${URL}include:\n  - uid: a@example.org\n  - {uid: b@example.org, summary: x}\n`, 'include[1]', {uid: 'b@example.org', summary: 'x'}],
      ['an include item of another key', `${URL}include:\n  - title: x\n`, 'include[0]', {title: 'x'}],
      ['an empty summary', `${URL}include:\n  - summary: " "\n`, 'include[0].summary', ' '],
      ['a UID that is a number', `${URL}include:\n  - uid: 42\n`, 'include[0].uid', 42],
      ['an id with capitals', `${URL}id: Office-Hours\n`, 'id', 'Office-Hours'],
      ['an empty id', `${URL}id: ""\n`, 'id', ''],
      ['an ics name with .ics', `${URL}ics: office-hours.ics\n`, 'ics', 'office-hours.ics'],
      ['an idPrefix with a space', `${URL}idPrefix: sig chairs-\n`, 'idPrefix', 'sig chairs-'],
      ['an idPrefix that is a number', `${URL}idPrefix: 7\n`, 'idPrefix', 7],
      ['a join link without scheme', `${URL}join: meet.example.org/abc\n`, 'join', 'meet.example.org/abc'],
      ['an agenda mailto link', `${URL}agenda: mailto:chairs@example.org\n`, 'agenda', 'mailto:chairs@example.org'],
      ['a relative notes link', `${URL}notes: /docs/minutes\n`, 'notes', '/docs/minutes'],
      ['a webcal recordings link', `${URL}recordings: webcal://example.org/x\n`, 'recordings', 'webcal://example.org/x'],
      ['a blank description', `${URL}description: "  "\n`, 'description', '  '],
      ['zones as a list', `${URL}zones: [Europe/London]\n`, 'zones', ['Europe/London']],
      ['a zone abbreviation', `${URL}zones:\n  Eastern Standard Time: EST\n`, 'zones.Eastern Standard Time', 'EST'],
      ['a zone alias', `${URL}zones:\n  Eastern: US/Eastern\n`, 'zones.Eastern', 'US/Eastern'],
      ['series as a list', `${URL}series: [a@example.org]\n`, 'series', ['a@example.org']],
      ['series settings as text', `${URL}series:\n  a@example.org: office-hours\n`, 'series.a@example.org', 'office-hours'],
      ['series settings left empty', `${URL}series:\n  a@example.org:\n`, 'series.a@example.org', null],
      ['an unknown series field', `${URL}series:\n  a@example.org: {title: x}\n`, 'series.a@example.org.title', '(not shown)'],
      ['a series id with capitals', `${URL}series:\n  a@example.org: {id: Office}\n`, 'series.a@example.org.id', 'Office'],
      ['a series ics name with a dot', `${URL}series:\n  a@example.org: {ics: a.b}\n`, 'series.a@example.org.ics', 'a.b'],
      ['a series join link that is not a URL', `${URL}series:\n  a@example.org: {join: zoom}\n`, 'series.a@example.org.join', 'zoom'],
      ['a series notes link that is not a URL', `${URL}series:\n  a@example.org: {notes: wiki}\n`, 'series.a@example.org.notes', 'wiki'],
      ['staleAfterDays 0', `${URL}staleAfterDays: 0\n`, 'staleAfterDays', 0],
      ['staleAfterDays 1.5', `${URL}staleAfterDays: 1.5\n`, 'staleAfterDays', 1.5],
      ['staleAfterDays as text', `${URL}staleAfterDays: "7"\n`, 'staleAfterDays', '7'],
    ])('%s', (_name, yaml, field, value) => {
      const error = problem(yaml);
      expect({file: error.file, field: error.field, value: error.value}).toEqual({file: FILE, field, value});
      expect(error.message.startsWith(`${FILE}: field "${field}" `)).toBe(true);
      // One line: the build prints it as it is.
      expect(error.message).not.toMatch(/\n/);
    });

    it('a file name that cannot be a source name', () => {
      const error = problem(URL, 'meetings/Office Hours.source.yml');
      expect({file: error.file, field: error.field, value: error.value}).toEqual({file: 'meetings/Office Hours.source.yml', field: '(file)', value: 'Office Hours'});
      expect(error.problem).toMatch(/rename the file/);
    });
  });

  describe('never shows the value of a url that is not one (it may be a secret address mistyped)', () => {
    it.each([
      ['without scheme', 'url: calendar.example.org/ical/s3cr3t/basic.ics\n', /is not a URL/],
      ['of a scheme made of a token', 'url: "s3cr3t:calendar.example.org/basic.ics"\n', /must be an http:\/\/, https:\/\/ or webcal:\/\/ URL$/],
      ['of a host taken for a scheme', 'url: "s3cr3t.example.org:443/basic.ics"\n', /must be an http:\/\/, https:\/\/ or webcal:\/\/ URL$/],
      ['with spaces', 'url: https://calendar example.org/s3cr3t.ics\n', /is not a URL/],
      ['empty', 'url: ""\n', /must be one line of text/],
      ['a number', 'url: 53382733\n', /must be one line of text/],
      ['in a list', 'url:\n  - https://calendar.example.org/s3cr3t.ics\n', /must be one line of text/],
      ['on two lines', 'url: |\n  https://calendar.example.org/s3cr3t.ics\n  https://calendar.example.org/other.ics\n', /must be one line of text/],
    ])('%s', (_kind, yaml, reason) => {
      const error = problem(yaml);
      expect({field: error.field, value: error.value}).toEqual({field: 'url', value: '(not shown)'});
      expect(error.problem).toMatch(reason);
      expect(error.message).not.toMatch(/s3cr3t|53382733|calendar\.example/);
    });

    it('names a well-known scheme that is not fetched', () => {
      const error = problem('url: ftp://files.example.org/s3cr3t.ics\n');
      expect(error.message).toBe(`${FILE}: field "url" has value "(not shown)": must be an http://, https:// or webcal:// URL, not ftp:`);
    });

    it.each([
      ['a url given twice', 'url: https://calendar.example.org/a.ics\nurl: https://calendar.example.org/s3cr3t.ics\n', /line 2: Map keys must be unique/],
      ['a bad indent after the url', 'url: https://calendar.example.org/s3cr3t.ics\n  id: x\n', /YAML syntax error at line 1/],
      ['a list holding the url', '- url: https://calendar.example.org/s3cr3t.ics\n', /must be a mapping/],
    ])('nor the line of a YAML error: %s', (_kind, yaml, reason) => {
      const error = problem(yaml);
      expect({field: error.field, value: error.value}).toEqual({field: '(file)', value: '(not shown)'});
      expect(error.problem).toMatch(reason);
      expect(error.message).not.toMatch(/s3cr3t/);
    });

    it('nor the value of a mistyped url key', () => {
      const error = problem('URL: https://calendar.example.org/ical/s3cr3t/basic.ics\n');
      expect({field: error.field, value: error.value}).toEqual({field: 'URL', value: '(not shown)'});
      expect(error.message).not.toMatch(/s3cr3t/);
      expect(error.problem).toMatch(/known: url, include/);
    });
  });
});

describe('summaryMatcher', () => {
  it.each<[string, string, boolean]>([
    ['Office hours', 'Office hours', true],
    ['office HOURS', 'Office hours', true],
    ['Office hours', 'Office hours (APAC)', false],
    ['Office hours*', 'Office hours (APAC)', true],
    ['*hours', 'SIG office hours', true],
    ['*hours', 'SIG office hours, again', false],
    ['SIG * sync', 'SIG weekly sync', true],
    ['SIG * sync', 'SIG sync', false],
    // Regular expression characters are text.
    ['Sync (APAC)?', 'Sync (APAC)?', true],
    ['Sync (APAC)?', 'Sync APAC', false],
    ['a.c', 'abc', false],
    ['$100 [draft]', '$100 [draft]', true],
  ])('%s matches %s: %s', (pattern, title, expected) => {
    expect(summaryMatcher(pattern).test(title)).toBe(expected);
  });
});
