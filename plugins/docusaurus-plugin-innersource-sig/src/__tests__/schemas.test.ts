/**
 * The editor schemas (schemas/*.schema.json) against the plugin's validators, on every invalid
 * case of the validators' tests and every valid file we have: both must call the same files
 * valid. A schema cannot check everything (real dates, zone names, dates of a rule, times across
 * fields, what a URL parser refuses): those cases are listed below with the reason, and the list
 * must be exact.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import {parseDocument} from 'yaml';
import {INVALID_EVENTS, SUMMIT_2022} from '../events/__tests__/cases';
import {parseEventFile, parseEventFrontMatter} from '../events/frontMatter';
import {BASE, INVALID_MEETINGS, MONTHLY} from '../meetings/__tests__/cases';
import {parseMeetingFile} from '../meetings/load';
import {parseSourceFile, SOURCE_FILE} from '../sources/sourceFile';

const PACKAGE_DIR = path.resolve(__dirname, '../..');
const SITE_DIR = path.resolve(PACKAGE_DIR, '../..');
// markdownDescription: what VS Code's YAML extension shows, when given, instead of description.
const ajv = new Ajv({allErrors: true, keywords: ['markdownDescription']});
const meetingSchema = ajv.compile(JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'schemas/meeting.schema.json'), 'utf8')));
const eventSchema = ajv.compile(JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'schemas/event.schema.json'), 'utf8')));
const sourceSchema = ajv.compile(JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'schemas/source.schema.json'), 'utf8')));

function filesIn(dir: string, pattern: RegExp): Array<[string, string]> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => [path.relative(SITE_DIR, path.join(dir, name)), fs.readFileSync(path.join(dir, name), 'utf8')]);
}

/** As an editor sees the file: YAML 1.2, a syntax error flagged by the YAML parser itself. */
function schemaAccepts(validate: typeof meetingSchema, yaml: string): boolean {
  const doc = parseDocument(yaml, {version: '1.2', schema: 'core'});
  return doc.errors.length === 0 && validate(doc.toJS());
}

function validatorAccepts(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}

interface Case {
  name: string;
  /** The plugin's validator accepts it. */
  valid: boolean;
  /** The schema accepts it. */
  schema: boolean;
}

const ZONE_DATABASE = 'needs the time zone database: the schema checks the form of a name (Area/City), not that the zone exists or is canonical';
const CALENDAR = 'needs a calendar: the schema checks days 01 to 31, not that the month has that day';
const DAYLIGHT_SAVING = "needs the zone's daylight-saving rules";
const RULE = 'needs the recurrence rule expanded from `start`';
const ACROSS_FIELDS = 'compares two fields or two list items, which JSON Schema cannot';
const URL_PARSER = 'needs a URL parser: the schema checks the scheme and that a host follows, not that the host is one';

/** Files the validator refuses and the schema accepts, by case name, with the reason. */
const MEETINGS_ONLY_THE_VALIDATOR_REFUSES: Record<string, string> = {
  'unknown zone': ZONE_DATABASE,
  'zone alias': ZONE_DATABASE,
  'start on 30 February': CALENDAR,
  'UNTIL on 31 April': CALENDAR,
  'cancelled impossible date': CALENDAR,
  'start skipped by daylight saving': DAYLIGHT_SAVING,
  'moving an occurrence whose time is skipped by daylight saving': DAYLIGHT_SAVING,
  'moved into a daylight-saving gap': DAYLIGHT_SAVING,
  'start not an occurrence of the rule': RULE,
  'UNTIL before start': RULE,
  'cancelled date not an occurrence': RULE,
  'cancelled one-off on another day': RULE,
  'cancelled after UNTIL': RULE,
  'moved date not an occurrence': RULE,
  'end before start': ACROSS_FIELDS,
  'moved twice': ACROSS_FIELDS,
  'moved and cancelled': ACROSS_FIELDS,
};

const EVENTS_ONLY_THE_VALIDATOR_REFUSES: Record<string, string> = {
  'unknown zone': ZONE_DATABASE,
  'zone alias': ZONE_DATABASE,
  'session unknown zone': ZONE_DATABASE,
  'impossible date': CALENDAR,
  'session in a daylight-saving gap': DAYLIGHT_SAVING,
  'end before date': ACROSS_FIELDS,
  'session end before start': ACROSS_FIELDS,
  'session of more than a day': ACROSS_FIELDS,
  'session outside the days': ACROSS_FIELDS,
  'session outside the days in the event zone': ACROSS_FIELDS,
  'session before the first day, without end': ACROSS_FIELDS,
  'sessions out of order': ACROSS_FIELDS,
  // uniqueItems compares case-sensitively; the validator ignores case.
  'tag listed twice': ACROSS_FIELDS,
};

/** Calendar source files (`<name>.source.yml`) the validator refuses, each for one reason. */
const SOURCE = 'url: https://calendar.example.org/sig.ics\n';
const INVALID_SOURCES: Array<[name: string, yaml: string]> = [
  ['empty file', ''],
  ['YAML syntax error', 'url: [https://calendar.example.org/sig.ics\n'],
  ['a list, not a mapping', '- url: https://calendar.example.org/sig.ics\n'],
  ['url missing', 'id: office-hours\n'],
  ['url empty', 'url: ""\n'],
  ['url a number', 'url: 42\n'],
  ['url a list', 'url:\n  - https://calendar.example.org/sig.ics\n'],
  ['url on two lines', 'url: |\n  https://calendar.example.org/a.ics\n  https://calendar.example.org/b.ics\n'],
  ['url without scheme', 'url: calendar.example.org/private-s3cr3t/basic.ics\n'],
  ['url ftp', 'url: ftp://files.example.org/sig.ics\n'],
  ['url of another scheme', 'url: "s3cr3t:calendar"\n'],
  ['url with a space in its host', 'url: https://calendar example.org/sig.ics\n'],
  ['unknown field', `${SOURCE}URL: https://calendar.example.org/other.ics\n`],
  ['include empty', `${SOURCE}include: []\n`],
  ['include not a list', `${SOURCE}include: office hours\n`],
  ['include item text', `${SOURCE}include:\n  - office hours\n`],
  ['include item with uid and summary', `${SOURCE}include:\n  - {uid: a@example.org, summary: Office hours}\n`],
  ['include item of another key', `${SOURCE}include:\n  - title: Office hours\n`],
  ['include item empty', `${SOURCE}include:\n  - {}\n`],
  ['include summary empty', `${SOURCE}include:\n  - summary: " "\n`],
  ['include uid a number', `${SOURCE}include:\n  - uid: 42\n`],
  ['include uid on two lines', `${SOURCE}include:\n  - uid: "a@example.org\\nb@example.org"\n`],
  ['id with capitals', `${SOURCE}id: Office-Hours\n`],
  ['id with an underscore', `${SOURCE}id: office_hours\n`],
  ['id empty', `${SOURCE}id: ""\n`],
  ['ics with .ics', `${SOURCE}ics: office-hours.ics\n`],
  ['idPrefix with a space', `${SOURCE}idPrefix: sig chairs-\n`],
  ['idPrefix a number', `${SOURCE}idPrefix: 7\n`],
  ['join without scheme', `${SOURCE}join: meet.google.com/abc-defg-hij\n`],
  ['agenda mailto', `${SOURCE}agenda: mailto:chairs@example.org\n`],
  ['notes relative', `${SOURCE}notes: /docs/minutes\n`],
  ['recordings webcal', `${SOURCE}recordings: webcal://calendar.example.org/sig.ics\n`],
  ['description blank', `${SOURCE}description: "   "\n`],
  ['description a list', `${SOURCE}description: [a, b]\n`],
  ['zones a list', `${SOURCE}zones: [Europe/London]\n`],
  ['zones value a number', `${SOURCE}zones:\n  Eastern: 5\n`],
  ['zones value an abbreviation', `${SOURCE}zones:\n  Eastern: EST\n`],
  ['zones unknown zone', `${SOURCE}zones:\n  Eastern: America/Springfield\n`],
  ['zones alias', `${SOURCE}zones:\n  Eastern: US/Eastern\n`],
  ['series a list', `${SOURCE}series: [a@example.org]\n`],
  ['series settings text', `${SOURCE}series:\n  a@example.org: office-hours\n`],
  ['series settings empty', `${SOURCE}series:\n  a@example.org:\n`],
  ['series unknown field', `${SOURCE}series:\n  a@example.org: {title: Office hours}\n`],
  ['series id with capitals', `${SOURCE}series:\n  a@example.org: {id: Office}\n`],
  ['series ics with a dot', `${SOURCE}series:\n  a@example.org: {ics: office.hours}\n`],
  ['series join not a URL', `${SOURCE}series:\n  a@example.org: {join: zoom}\n`],
  ['series description empty', `${SOURCE}series:\n  a@example.org: {description: ""}\n`],
  ['staleAfterDays zero', `${SOURCE}staleAfterDays: 0\n`],
  ['staleAfterDays negative', `${SOURCE}staleAfterDays: -3\n`],
  ['staleAfterDays a fraction', `${SOURCE}staleAfterDays: 1.5\n`],
  ['staleAfterDays text', `${SOURCE}staleAfterDays: "7"\n`],
];

const VALID_SOURCES: Array<[name: string, yaml: string]> = [
  ['url only', SOURCE],
  ['webcal url', 'url: webcal://calendar.example.org/sig.ics\n'],
  ['url from the environment', 'url: ${SIG_CALENDAR_URL}\n'],
  ['url with a token from the environment', 'url: "https://calendar.example.org/ical/${SIG_CALENDAR_TOKEN}/basic.ics"\n'],
  ['url with surrounding spaces', 'url: "  https://calendar.example.org/sig.ics  "\n'],
  [
    'every field',
    `url: https://calendar.example.org/sig.ics?token=abc
include:
  - uid: a@example.org
  - summary: InnerSource SIG*
id: office-hours
ics: sig-office-hours
idPrefix: chairs-
join: https://meet.example.org/abc
description: |
  Bring a question.
  Two lines.
agenda: https://docs.example.org/agenda
notes: https://docs.example.org/minutes
recordings: https://video.example.org/sig
zones:
  "(UTC-05:00) Eastern Time (US & Canada)": America/New_York
  W. Europe Standard Time: UTC
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
staleAfterDays: 1
`,
  ],
];

/** Source files the validator refuses and the schema accepts, by case name, with the reason. */
const SOURCES_ONLY_THE_VALIDATOR_REFUSES: Record<string, string> = {
  'url with a space in its host': URL_PARSER,
  'zones unknown zone': ZONE_DATABASE,
  'zones alias': ZONE_DATABASE,
};

/** The data files of a meetings folder: calendar sources are not meeting files. */
const MEETING_FILE = /^(?!.*\.source\.ya?ml$).*\.ya?ml$/;

const meetingCases: Case[] = [
  ...INVALID_MEETINGS.map(([name, yaml]) => ({name, yaml})),
  {name: 'BASE', yaml: BASE},
  {name: 'MONTHLY', yaml: MONTHLY},
  ...filesIn(path.join(__dirname, '../meetings/__tests__/__fixtures__'), /\.ya?ml$/).map(([name, yaml]) => ({name, yaml})),
  ...filesIn(path.join(__dirname, '__fixtures__/site/meetings'), MEETING_FILE).map(([name, yaml]) => ({name, yaml})),
  ...filesIn(path.join(SITE_DIR, 'meetings'), MEETING_FILE).map(([name, yaml]) => ({name, yaml})),
].map(({name, yaml}) => ({name, valid: validatorAccepts(() => parseMeetingFile('meetings/sync.yml', yaml)), schema: schemaAccepts(meetingSchema, yaml)}));

/** The demo site's sources are valid cases (read in place, so that a change to them is checked too). */
const siteSources = filesIn(path.join(SITE_DIR, 'meetings'), SOURCE_FILE);

const sourceCases: Case[] = [...INVALID_SOURCES, ...VALID_SOURCES, ...siteSources].map(([name, yaml]) => ({
  name,
  valid: validatorAccepts(() => parseSourceFile('meetings/office-hours.source.yml', yaml)),
  schema: schemaAccepts(sourceSchema, yaml),
}));

const eventCases: Case[] = [
  ...INVALID_EVENTS.map(([name, frontMatter]) => ({name, frontMatter})),
  {name: 'SUMMIT_2022', frontMatter: SUMMIT_2022 as Record<string, unknown>},
  ...filesIn(path.join(SITE_DIR, 'events'), /\.mdx?$/).map(([name, text]) => ({name, frontMatter: parseEventFile(name, text).frontMatter})),
].map(({name, frontMatter}) => ({name, valid: validatorAccepts(() => parseEventFrontMatter('events/summit.md', frontMatter, 'summit')), schema: eventSchema(frontMatter)}));

describe.each([
  ['meeting files', meetingCases, MEETINGS_ONLY_THE_VALIDATOR_REFUSES],
  ['event front matter', eventCases, EVENTS_ONLY_THE_VALIDATOR_REFUSES],
  ['calendar source files', sourceCases, SOURCES_ONLY_THE_VALIDATOR_REFUSES],
] as const)('the %s schema and validator', (_kind, cases, onlyTheValidatorRefuses) => {
  test('the corpus has valid and invalid cases, each name once', () => {
    expect(cases.filter((c) => c.valid).length).toBeGreaterThan(2);
    expect(cases.filter((c) => !c.valid).length).toBeGreaterThan(20);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  test.each(cases.map((c) => [c.name, c] as const))('agree on %s, or the case is listed with its reason', (name, {valid, schema}) => {
    const listed = Object.hasOwn(onlyTheValidatorRefuses, name);
    // A listed case must really be one the schema lets through: the list stays exact.
    expect({name, valid, schema}).toEqual({name, valid, schema: listed ? true : valid});
    if (listed) expect(valid).toBe(false);
  });

  test('every listed case is in the corpus', () => {
    expect(Object.keys(onlyTheValidatorRefuses).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  });
});

describe('the calendar source corpus', () => {
  test('has the demo site\'s source files, which are valid, and no source file among the meeting cases', () => {
    expect(siteSources.map(([name]) => name)).toContain(path.join('meetings', 'office-hours.source.yml'));
    for (const [name] of siteSources) expect(sourceCases.find((c) => c.name === name)).toEqual({name, valid: true, schema: true});
    expect(meetingCases.filter((c) => SOURCE_FILE.test(c.name))).toEqual([]);
  });

  test('the invalid cases are invalid and the valid ones valid, per the validator', () => {
    const valid = new Set([...VALID_SOURCES, ...siteSources].map(([name]) => name));
    expect(sourceCases.filter((c) => c.valid !== valid.has(c.name)).map((c) => c.name)).toEqual([]);
  });
});

describe('the schemas for editors', () => {
  test.each(['meeting', 'event', 'source'])('%s: draft-07, which VS Code\'s YAML extension supports, every property described, no unknown key allowed', (name) => {
    const schema = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, `schemas/${name}.schema.json`), 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // The objects of the data (the root, list items, nested mappings), not the subschemas of if/then.
    type ObjectSchema = {properties?: Record<string, ObjectSchema & {description?: string}>; items?: ObjectSchema; additionalProperties?: unknown | ObjectSchema};
    const objects: ObjectSchema[] = [];
    const walk = (node: ObjectSchema): void => {
      if (node.properties) {
        objects.push(node);
        Object.values(node.properties).forEach(walk);
      }
      if (node.items) walk(node.items);
      // A mapping of names to objects (a source's `series`, by UID).
      if (typeof node.additionalProperties === 'object' && node.additionalProperties !== null) walk(node.additionalProperties as ObjectSchema);
    };
    walk(schema);
    expect(objects.length).toBeGreaterThanOrEqual(2);
    for (const object of objects) {
      expect(object.additionalProperties).toBe(false);
      for (const [key, property] of Object.entries(object.properties!)) expect([key, typeof property.description]).toEqual([key, 'string']);
    }
  });
});
