import {buildTagIndex, compareDocs, shortDescription, tagKey, type SourceDoc} from './tagIndex';
import type {DocsTagIndex, TaggedDoc} from '../types';

const INNERSOURCE = {label: 'InnerSource', permalink: '/docs/tags/innersource'};
const PATTERNS = {label: 'Patterns', permalink: '/docs/tags/patterns'};
const GETTING_STARTED = {label: 'Getting Started', permalink: '/docs/tags/getting-started'};

function doc(partial: Partial<SourceDoc> & {title: string; permalink: string}): SourceDoc {
  return {frontMatter: {}, tags: [], ...partial};
}

const DOCS: SourceDoc[] = [
  doc({
    title: 'Trusted Committer',
    permalink: '/docs/patterns/trusted-committer',
    description: 'A role that keeps a shared codebase healthy.',
    frontMatter: {list_image: '/img/tc.png', internal_notes: 'do not publish this'},
    tags: [INNERSOURCE, PATTERNS],
  }),
  doc({
    title: 'Introduction',
    permalink: '/docs/Intro',
    description: 'What InnerSource is.',
    sidebarPosition: 1,
    frontMatter: {list_image: '/img/intro.png', list_image_alt: 'People sharing code'},
    tags: [INNERSOURCE, GETTING_STARTED],
  }),
  doc({title: '30 Day Warranty', permalink: '/docs/patterns/30-day-warranty', tags: [INNERSOURCE, PATTERNS]}),
  doc({title: 'Retired Pattern', permalink: '/docs/patterns/retired-pattern', unlisted: true, tags: [INNERSOURCE, PATTERNS]}),
  doc({title: 'Work in progress', permalink: '/docs/wip', draft: true, tags: [INNERSOURCE]}),
  doc({title: 'Untagged', permalink: '/docs/untagged', sidebarPosition: 0}),
  doc({title: 'Adoption', permalink: '/docs/adoption', sidebarPosition: 2, tags: [INNERSOURCE]}),
  doc({title: 'about the SIG', permalink: '/docs/about', sidebarPosition: 1, tags: [INNERSOURCE]}),
];

function titlesOf(index: DocsTagIndex, key: string): string[] {
  const tag = index.tags.find((t) => t.key === key);
  if (!tag) throw new Error(`no tag ${key}`);
  return tag.docs.map((i) => index.docs[i]!.title);
}

describe('tagKey', () => {
  test('is the last permalink segment, lower case', () => {
    expect(tagKey('/docs/tags/InnerSource')).toBe('innersource');
    expect(tagKey('/sig/docs/tags/getting-started')).toBe('getting-started');
  });

  test('ignores a trailing slash', () => {
    expect(tagKey('/docs/tags/patterns/')).toBe('patterns');
  });

  test('decodes percent-encoded characters', () => {
    expect(tagKey('/docs/tags/c%2B%2B')).toBe('c++');
  });
});

describe('compareDocs', () => {
  const d = (title: string, position?: number): TaggedDoc => ({title, permalink: `/docs/${title}`, ...(position === undefined ? {} : {position})});

  test('orders by sidebar position first', () => {
    expect(compareDocs(d('Zebra', 1), d('Aardvark', 2))).toBeLessThan(0);
    expect(compareDocs(d('Aardvark', 2), d('Zebra', 1))).toBeGreaterThan(0);
  });

  test('puts docs without a position after docs with one', () => {
    expect(compareDocs(d('Zebra', 99), d('Aardvark'))).toBeLessThan(0);
    expect(compareDocs(d('Aardvark'), d('Zebra', 99))).toBeGreaterThan(0);
  });

  test('breaks ties by title, ignoring case', () => {
    expect(compareDocs(d('apple', 1), d('Banana', 1))).toBeLessThan(0);
    expect(compareDocs(d('banana'), d('Apple'))).toBeGreaterThan(0);
    expect(compareDocs(d('Same'), d('same'))).toBe(0);
  });

  test('sorts a list as readers see it', () => {
    const sorted = [d('Zulu'), d('beta', 2), d('Alpha'), d('alpha two', 1), d('Omega', 1)].sort(compareDocs);
    expect(sorted.map((x) => x.title)).toEqual(['alpha two', 'Omega', 'beta', 'Alpha', 'Zulu']);
  });
});

describe('buildTagIndex', () => {
  const index = buildTagIndex(DOCS);

  test('has one entry per tag, with lower-case label and key', () => {
    expect(index.tags.map((t) => [t.key, t.label])).toEqual([
      ['getting-started', 'getting started'],
      ['innersource', 'innersource'],
      ['patterns', 'patterns'],
    ]);
  });

  test('lists the docs of a tag sorted by sidebar position, then title', () => {
    expect(titlesOf(index, 'innersource')).toEqual([
      'about the SIG',
      'Introduction',
      'Adoption',
      '30 Day Warranty',
      'Trusted Committer',
    ]);
    expect(titlesOf(index, 'patterns')).toEqual(['30 Day Warranty', 'Trusted Committer']);
    expect(titlesOf(index, 'getting-started')).toEqual(['Introduction']);
  });

  test('leaves out unlisted docs, drafts and docs without tags', () => {
    const titles = index.docs.map((d) => d.title);
    expect(titles).not.toContain('Retired Pattern');
    expect(titles).not.toContain('Work in progress');
    expect(titles).not.toContain('Untagged');
    expect(index.docs).toHaveLength(5);
  });

  test('leaves out docs marked unlisted or draft in front matter (the docs plugin flags them only in production)', () => {
    const built = buildTagIndex([
      doc({title: 'Shown', permalink: '/shown', tags: [INNERSOURCE]}),
      doc({title: 'Hidden', permalink: '/hidden', frontMatter: {unlisted: true}, tags: [INNERSOURCE]}),
      doc({title: 'WIP', permalink: '/wip', frontMatter: {draft: true}, tags: [INNERSOURCE]}),
      doc({title: 'Not hidden', permalink: '/not-hidden', frontMatter: {unlisted: false, draft: false}, tags: [INNERSOURCE]}),
    ]);
    expect(titlesOf(built, 'innersource')).toEqual(['Not hidden', 'Shown']);
  });

  test('ships only the fields the list renders (no front matter)', () => {
    const allowed = new Set(['title', 'permalink', 'description', 'image', 'imageAlt', 'position']);
    for (const d of index.docs) {
      for (const field of Object.keys(d)) expect(allowed.has(field)).toBe(true);
    }
    const json = JSON.stringify(index);
    expect(json).not.toContain('do not publish this');
    expect(json).not.toContain('frontMatter');
    expect(json).not.toContain('list_image');
  });

  test('keeps description, image, alt text and position', () => {
    const intro = index.docs.find((d) => d.title === 'Introduction');
    expect(intro).toEqual({
      title: 'Introduction',
      permalink: '/docs/Intro',
      description: 'What InnerSource is.',
      image: '/img/intro.png',
      imageAlt: 'People sharing code',
      position: 1,
    });
  });

  test("uses the doc's title as the image's alt text when list_image_alt is missing", () => {
    const tc = index.docs.find((d) => d.title === 'Trusted Committer');
    expect(tc?.image).toBe('/img/tc.png');
    expect(tc?.imageAlt).toBe('Trusted Committer');
  });

  test('docs without an image have no alt text either', () => {
    const warranty = index.docs.find((d) => d.title === '30 Day Warranty');
    expect(warranty).toEqual({title: '30 Day Warranty', permalink: '/docs/patterns/30-day-warranty'});
  });

  test('ignores blank or non-string list_image values', () => {
    const built = buildTagIndex([
      doc({title: 'A', permalink: '/a', frontMatter: {list_image: '   '}, tags: [INNERSOURCE]}),
      doc({title: 'B', permalink: '/b', frontMatter: {list_image: 42}, tags: [INNERSOURCE]}),
    ]);
    expect(built.docs.every((d) => d.image === undefined && d.imageAlt === undefined)).toBe(true);
  });

  test('a tag used with different label case in different docs is one tag', () => {
    const built = buildTagIndex([
      doc({title: 'A', permalink: '/a', tags: [{label: 'InnerSource', permalink: '/docs/tags/innersource'}]}),
      doc({title: 'B', permalink: '/b', tags: [{label: 'innersource', permalink: '/docs/tags/innersource'}]}),
    ]);
    expect(built.tags).toHaveLength(1);
    expect(titlesOf(built, 'innersource')).toEqual(['A', 'B']);
  });

  test('a doc naming the same tag twice is listed once', () => {
    const built = buildTagIndex([
      doc({title: 'A', permalink: '/a', tags: [PATTERNS, PATTERNS]}),
      doc({title: 'B', permalink: '/b', tags: [PATTERNS]}),
    ]);
    expect(titlesOf(built, 'patterns')).toEqual(['A', 'B']);
  });

  test('every doc index points at an existing doc', () => {
    for (const tag of index.tags) {
      for (const i of tag.docs) expect(index.docs[i]).toBeDefined();
    }
  });

  test('no docs → an empty index', () => {
    expect(buildTagIndex([])).toEqual({tags: [], docs: []});
  });
});

describe('shortDescription', () => {
  test('keeps a short description as written', () => {
    expect(shortDescription('Start here.')).toBe('Start here.');
  });

  test('cuts a long one at a word boundary with an ellipsis', () => {
    const long = `${'Trusted committers mentor guest contributors '.repeat(8)}end`;
    const short = shortDescription(long);
    expect(short.length).toBeLessThanOrEqual(181);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short.slice(0, -1)).toMatch(/[a-z]$/);
    expect(long.charAt(short.length - 1)).toBe(' ');
  });
});
