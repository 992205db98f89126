/**
 * The editor schemas (schemas/*.schema.json) against the plugin's validators, on every invalid
 * case of the validators' tests and every valid file we have: both must call the same files
 * valid. A schema cannot check everything (real dates, zone names, dates of a rule, times across
 * fields): those cases are listed below with the reason, and the list must be exact.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import {parseDocument} from 'yaml';
import {INVALID_EVENTS, SUMMIT_2022} from '../events/__tests__/cases';
import {parseEventFile, parseEventFrontMatter} from '../events/frontMatter';
import {BASE, INVALID_MEETINGS, MONTHLY} from '../meetings/__tests__/cases';
import {parseMeetingFile} from '../meetings/load';

const PACKAGE_DIR = path.resolve(__dirname, '../..');
const SITE_DIR = path.resolve(PACKAGE_DIR, '../..');
const ajv = new Ajv({allErrors: true});
const meetingSchema = ajv.compile(JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'schemas/meeting.schema.json'), 'utf8')));
const eventSchema = ajv.compile(JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'schemas/event.schema.json'), 'utf8')));

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

const meetingCases: Case[] = [
  ...INVALID_MEETINGS.map(([name, yaml]) => ({name, yaml})),
  {name: 'BASE', yaml: BASE},
  {name: 'MONTHLY', yaml: MONTHLY},
  ...filesIn(path.join(__dirname, '../meetings/__tests__/__fixtures__'), /\.ya?ml$/).map(([name, yaml]) => ({name, yaml})),
  ...filesIn(path.join(__dirname, '__fixtures__/site/meetings'), /\.ya?ml$/).map(([name, yaml]) => ({name, yaml})),
  ...filesIn(path.join(SITE_DIR, 'meetings'), /\.ya?ml$/).map(([name, yaml]) => ({name, yaml})),
].map(({name, yaml}) => ({name, valid: validatorAccepts(() => parseMeetingFile('meetings/sync.yml', yaml)), schema: schemaAccepts(meetingSchema, yaml)}));

const eventCases: Case[] = [
  ...INVALID_EVENTS.map(([name, frontMatter]) => ({name, frontMatter})),
  {name: 'SUMMIT_2022', frontMatter: SUMMIT_2022 as Record<string, unknown>},
  ...filesIn(path.join(SITE_DIR, 'events'), /\.mdx?$/).map(([name, text]) => ({name, frontMatter: parseEventFile(name, text).frontMatter})),
].map(({name, frontMatter}) => ({name, valid: validatorAccepts(() => parseEventFrontMatter('events/summit.md', frontMatter, 'summit')), schema: eventSchema(frontMatter)}));

describe.each([
  ['meeting files', meetingCases, MEETINGS_ONLY_THE_VALIDATOR_REFUSES],
  ['event front matter', eventCases, EVENTS_ONLY_THE_VALIDATOR_REFUSES],
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

describe('the schemas for editors', () => {
  test.each(['meeting', 'event'])('%s: draft-07, which VS Code\'s YAML extension supports, every property described, no unknown key allowed', (name) => {
    const schema = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, `schemas/${name}.schema.json`), 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // The objects of the data (the root, list items, nested mappings), not the subschemas of if/then.
    type ObjectSchema = {properties?: Record<string, ObjectSchema & {description?: string}>; items?: ObjectSchema; additionalProperties?: unknown};
    const objects: ObjectSchema[] = [];
    const walk = (node: ObjectSchema): void => {
      if (node.properties) {
        objects.push(node);
        Object.values(node.properties).forEach(walk);
      }
      if (node.items) walk(node.items);
    };
    walk(schema);
    expect(objects.length).toBeGreaterThanOrEqual(2);
    for (const object of objects) {
      expect(object.additionalProperties).toBe(false);
      for (const [key, property] of Object.entries(object.properties!)) expect([key, typeof property.description]).toEqual([key, 'string']);
    }
  });
});
