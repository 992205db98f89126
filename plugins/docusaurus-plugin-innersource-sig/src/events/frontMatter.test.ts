import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {DataError} from '../errors';
import type {SigEvent} from '../types';
import {INVALID_EVENTS, SUMMIT_2022} from './__tests__/cases';
import {eventFrontMatterProblems, parseEventFile, parseEventFrontMatter, validateEventSet} from './frontMatter';

const FILE = 'events/summit.md';

function parse(frontMatter: Record<string, unknown>, fileSlug = 'summit'): SigEvent {
  return parseEventFrontMatter(FILE, frontMatter, fileSlug);
}

/** Front matter as the site reads it: Docusaurus' default parser (YAML 1.1 through gray-matter). */
async function frontMatterOf(yaml: string): Promise<Record<string, unknown>> {
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: FILE, fileContent: `---\n${yaml}---\n\nBody.\n`});
  return frontMatter;
}

/** The DataError thrown for `frontMatter`. */
function dataError(frontMatter: Record<string, unknown>): DataError {
  try {
    parse(frontMatter);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('no error thrown');
}

describe('parseEventFrontMatter', () => {
  it('reads every field', () => {
    const event = parse({
      title: ' InnerSource Summit 2027 ',
      date: '2027-05-12',
      end: '2027-05-13',
      timezone: 'America/New_York',
      sessions: [
        {title: 'Day 1', start: '2027-05-12T10:00', end: '2027-05-12T13:30'},
        {title: 'Day 2 (from London)', start: '2027-05-13 15:00', end: '2027-05-13T18:30', timezone: 'Europe/London'},
      ],
      description: 'Two afternoons.\nFree.',
      location: 'Online',
      image: '/img/what.svg',
      imageAlt: 'A shared repository',
      registration: 'https://tickets.example.org/summit?x=1;y=2',
      recording: 'https://video.example.org/summit',
      tags: ['summit', 'online'],
      publishDate: '2027-01-10',
      draft: false,
      slug: 'summit-2027',
    });
    expect(event).toEqual<SigEvent>({
      slug: 'summit-2027',
      title: 'InnerSource Summit 2027',
      description: 'Two afternoons.\nFree.',
      date: '2027-05-12',
      end: '2027-05-13',
      timezone: 'America/New_York',
      sessions: [
        {title: 'Day 1', start: '2027-05-12T10:00', end: '2027-05-12T13:30', timezone: 'America/New_York'},
        {title: 'Day 2 (from London)', start: '2027-05-13T15:00', end: '2027-05-13T18:30', timezone: 'Europe/London'},
      ],
      image: '/img/what.svg',
      imageAlt: 'A shared repository',
      location: 'Online',
      registration: 'https://tickets.example.org/summit?x=1;y=2',
      recording: 'https://video.example.org/summit',
      redirect: undefined,
      tags: ['summit', 'online'],
      // Midnight in New York (EST, UTC-5) on 10 January.
      publishAt: '2027-01-10T05:00:00.000Z',
      draft: false,
      sourceFile: FILE,
    });
  });

  it('defaults: one day, UTC, slug from the file name, no sessions, not a draft', () => {
    expect(parse({title: 'Call', date: '2026-03-17'}, 'community-call')).toMatchObject({
      slug: 'community-call',
      date: '2026-03-17',
      end: '2026-03-17',
      timezone: 'Etc/UTC',
      sessions: [],
      tags: [],
      draft: false,
      publishAt: undefined,
    });
  });

  it('accepts "UTC" and "Etc/UTC" as the UTC zone', () => {
    expect(parse({...SUMMIT_2022, timezone: 'UTC'}).sessions[0]!.timezone).toBe('Etc/UTC');
    expect(parse({...SUMMIT_2022, timezone: 'Etc/UTC'}).timezone).toBe('Etc/UTC');
  });

  it('reads dates that YAML turned into Date objects as the days written, whatever the machine zone', async () => {
    const frontMatter = await frontMatterOf(
      'title: Summit\ndate: 2022-11-16\nend: 2022-11-17\npublishDate: 2022-09-01\nimage: /img/x.svg\n' +
        'sessions:\n  - title: Part 1\n    start: 2022-11-16T15:00\n    end: 2022-11-16T18:30\n',
    );
    expect(frontMatter.date).toBeInstanceOf(Date);
    const event = parse(frontMatter);
    expect(event.date).toBe('2022-11-16');
    expect(event.end).toBe('2022-11-17');
    expect(event.publishAt).toBe('2022-09-01T00:00:00.000Z');
    expect(event.sessions[0]).toEqual({title: 'Part 1', start: '2022-11-16T15:00', end: '2022-11-16T18:30', timezone: 'Etc/UTC'});
  });

  it.each([
    ['a day: midnight in the event zone', '2027-09-01', '2027-08-31T22:00:00.000Z'],
    ['a local time in the event zone', '2027-09-01T09:00', '2027-09-01T07:00:00.000Z'],
    ['a timestamp with offset', '2027-09-01T09:00:00+01:00', '2027-09-01T08:00:00.000Z'],
    ['a UTC timestamp', '2027-09-01T09:00:00Z', '2027-09-01T09:00:00.000Z'],
    ['a YAML timestamp (Date)', new Date('2027-09-01T09:30:00Z'), '2027-09-01T09:30:00.000Z'],
    ['a YAML day (Date at midnight UTC)', new Date('2027-09-01T00:00:00Z'), '2027-08-31T22:00:00.000Z'],
  ])('publishDate as %s', (_name, publishDate, expected) => {
    expect(parse({title: 'Summit', date: '2027-11-16', timezone: 'Europe/Berlin', publishDate}).publishAt).toBe(expected);
  });

  it('lets a session end at midnight of the last day', () => {
    const event = parse({
      title: 'Late',
      date: '2027-05-12',
      end: '2027-05-12',
      timezone: 'Europe/London',
      sessions: [{title: 'Evening', start: '2027-05-12T21:00', end: '2027-05-13T00:00'}],
    });
    expect(event.sessions).toHaveLength(1);
    expect(event.end).toBe('2027-05-12');
  });

  it('without `end`, the last session sets the last day, in the event zone', () => {
    // The seed summit page as first written: no `end`, a session on the second day.
    const {end: _end, ...withoutEnd} = SUMMIT_2022;
    expect(parse(withoutEnd).end).toBe('2022-11-17');
    // 23:30 in New York on the 12th is the 13th in London, the event's zone; midnight ends the 12th.
    const late = parse({
      title: 'Late',
      date: '2027-05-12',
      timezone: 'Europe/London',
      sessions: [
        {title: 'Evening', start: '2027-05-12T21:00', end: '2027-05-13T00:00'},
        {title: 'Americas', start: '2027-05-12T23:30', end: '2027-05-13T00:30', timezone: 'America/New_York'},
      ],
    });
    expect(late.end).toBe('2027-05-13');
    expect(parse({title: 'One day', date: '2027-05-12', timezone: 'Europe/London', sessions: [late.sessions[0]]}).end).toBe('2027-05-12');
    expect(parse({title: 'No sessions', date: '2027-05-12'}).end).toBe('2027-05-12');
  });
});

describe('every problem is a DataError naming file, field and value', () => {
  const cases = INVALID_EVENTS;

  it.each(cases)('%s', (_name, frontMatter, field, value) => {
    const error = dataError(frontMatter);
    expect(error.file).toBe(FILE);
    expect(error.field).toBe(field);
    expect(error.value).toEqual(value);
    expect(error.message).toContain(`${FILE}: field "${field}"`);
    if (typeof value === 'string') expect(error.message).toContain(JSON.stringify(value));
    expect(error.message).not.toContain('\n');
  });

  it('a file name without letters or digits needs a slug', () => {
    expect(() => parseEventFrontMatter('events/!!.md', {title: 'X', date: '2022-11-16'}, '')).toThrow(/events\/!!\.md: field "slug"/);
  });

  it('the alias message names the canonical zone', () => {
    expect(dataError({title: 'X', date: '2022-11-16', timezone: 'US/Eastern'}).message).toContain('America/New_York');
  });
});

describe('validateEventSet', () => {
  it('rejects two files with one slug, naming both', () => {
    const a = parseEventFrontMatter('events/a.md', {title: 'A', date: '2022-11-16', slug: 'summit'}, 'a');
    const b = parseEventFrontMatter('events/b.md', {title: 'B', date: '2022-11-16'}, 'summit');
    const problems = validateEventSet([a, b]);
    expect(problems.every((p) => p instanceof DataError)).toBe(true);
    expect(problems.map((p) => p.message)).toEqual(['events/b.md: field "slug" has value "summit": is also the slug of events/a.md']);
  });

  it('accepts distinct slugs', () => {
    const a = parseEventFrontMatter('events/a.md', {title: 'A', date: '2022-11-16'}, 'a');
    const b = parseEventFrontMatter('events/b.md', {title: 'B', date: '2022-11-16'}, 'b');
    expect(validateEventSet([a, b])).toEqual([]);
  });
});

describe('parseEventFile', () => {
  const HUGO = `---
title: "InnerSource Summit 2022"
date: 2022-11-16
end: 2022-11-17
publishDate: 2022-09-01T09:00:00
draft: false
sessions:
  - title: Part 1
    start: 2022-11-16T15:00
    end: 2022-11-16T18:30
---

<!-- from Hugo -->

<table class="schedule"><tr><td>15:00</td></tr></table>
`;

  it('keeps dates and times as written (YAML 1.2), and returns the content after the front matter', () => {
    const {frontMatter, content} = parseEventFile(FILE, HUGO);
    expect(frontMatter).toEqual({
      title: 'InnerSource Summit 2022',
      date: '2022-11-16',
      end: '2022-11-17',
      publishDate: '2022-09-01T09:00:00',
      draft: false,
      sessions: [{title: 'Part 1', start: '2022-11-16T15:00', end: '2022-11-16T18:30'}],
    });
    expect(content.startsWith('<!-- from Hugo -->')).toBe(true);
    expect(parse(frontMatter).publishAt).toBe('2022-09-01T09:00:00.000Z');
  });

  it('so an impossible date is reported, where YAML 1.1 would roll it over to 2 March', async () => {
    expect((await frontMatterOf('title: X\ndate: 2027-02-30\n')).date).toEqual(new Date('2027-03-02T00:00:00Z'));
    const {frontMatter} = parseEventFile(FILE, '---\ntitle: X\ndate: 2027-02-30\n---\n');
    expect(() => parse(frontMatter)).toThrow('events/summit.md: field "date" has value "2027-02-30": is not a real date');
  });

  it('accepts CRLF, a byte-order mark, empty front matter and none', () => {
    expect(parseEventFile(FILE, '\uFEFF---\r\ntitle: X\r\n---\r\nBody').frontMatter).toEqual({title: 'X'});
    expect(parseEventFile(FILE, '---\n---\nBody')).toEqual({frontMatter: {}, content: 'Body'});
    expect(parseEventFile(FILE, 'Body only')).toEqual({frontMatter: {}, content: 'Body only'});
  });

  it('reports a YAML syntax error with the file line, and a front matter that is not a mapping', () => {
    expect(() => parseEventFile(FILE, '---\ntitle: X\ntags: [a, b\n---\n')).toThrow(/^events\/summit\.md: field "\(front matter\)" .*YAML syntax error at line \d+/);
    expect(() => parseEventFile(FILE, '---\n- a\n- b\n---\n')).toThrow(DataError);
  });
});

describe('eventFrontMatterProblems', () => {
  test('names every problem of the front matter at once', () => {
    const {event, problems} = eventFrontMatterProblems(
      'events/summit.md',
      {title: 'Summit', date: '2027-02-30', timezone: 'Pacific Time', registration: 'not a url', room: 12},
      'summit',
    );
    expect(event).toBeUndefined();
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^events\/summit\.md: field "room" .*is not a known field/),
      expect.stringMatching(/^events\/summit\.md: field "date" has value "2027-02-30": is not a real date/),
      expect.stringMatching(/^events\/summit\.md: field "timezone" has value "Pacific Time": .*"America\/Los_Angeles"/),
      expect.stringMatching(/^events\/summit\.md: field "registration" has value "not a url": must be an http/),
    ]);
  });
});
