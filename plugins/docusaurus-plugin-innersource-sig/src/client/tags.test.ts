import {selectTaggedDocs} from './tags';
import {buildTagIndex, type SourceDoc} from '../tags/tagIndex';

const INNERSOURCE = {label: 'InnerSource', permalink: '/docs/tags/innersource'};
const PATTERNS = {label: 'Patterns', permalink: '/docs/tags/patterns'};
const GETTING_STARTED = {label: 'Getting Started', permalink: '/docs/tags/getting-started'};
const MENTORING = {label: 'Mentoring program', permalink: '/docs/tags/mentors'};

function doc(title: string, permalink: string, tags: SourceDoc['tags'], extra: Partial<SourceDoc> = {}): SourceDoc {
  return {title, permalink, tags, frontMatter: {}, ...extra};
}

const index = buildTagIndex([
  doc('Introduction', '/docs/Intro', [INNERSOURCE, GETTING_STARTED], {sidebarPosition: 1}),
  doc('Trusted Committer', '/docs/patterns/trusted-committer', [INNERSOURCE, PATTERNS]),
  doc('30 Day Warranty', '/docs/patterns/30-day-warranty', [INNERSOURCE, PATTERNS]),
  doc('Patterns overview', '/docs/patterns', [INNERSOURCE], {sidebarPosition: 2}),
  doc('Patterns of adoption', '/docs/guides/patternsish', [INNERSOURCE], {sidebarPosition: 3}),
  doc('Retired', '/docs/patterns/retired', [INNERSOURCE, PATTERNS], {unlisted: true}),
  doc('Draft', '/docs/draft', [INNERSOURCE], {draft: true}),
  doc('Mentors', '/docs/mentors', [MENTORING]),
]);

/** A tag's docs as its page-data module holds them. */
const docsOf = (key: string) => index.tags.find((t) => t.key === key)!.docs.map((i) => index.docs[i]!);

const titles = (docs: Array<{title: string}> | undefined) => docs?.map((d) => d.title);

describe('selectTaggedDocs', () => {
  test('lists the docs of a tag in sidebar-position-then-title order', () => {
    expect(titles(selectTaggedDocs(docsOf('innersource')))).toEqual([
      'Introduction',
      'Patterns overview',
      'Patterns of adoption',
      '30 Day Warranty',
      'Trusted Committer',
    ]);
  });

  test('unlisted docs and drafts are never listed', () => {
    const listed = titles(selectTaggedDocs(docsOf('patterns')));
    expect(listed).toEqual(['30 Day Warranty', 'Trusted Committer']);
  });

  test('leaves out the page it is rendered on, with or without a trailing slash', () => {
    expect(titles(selectTaggedDocs(docsOf('patterns'), {currentPath: '/docs/patterns/trusted-committer'}))).toEqual(['30 Day Warranty']);
    expect(titles(selectTaggedDocs(docsOf('patterns'), {currentPath: '/docs/patterns/trusted-committer/'}))).toEqual(['30 Day Warranty']);
    expect(titles(selectTaggedDocs(docsOf('innersource'), {currentPath: '/docs/patterns'}))).not.toContain('Patterns overview');
  });

  test('a page elsewhere excludes nothing', () => {
    expect(selectTaggedDocs(docsOf('patterns'), {currentPath: '/'})).toHaveLength(2);
  });

  test('filter keeps only docs under a path segment', () => {
    expect(titles(selectTaggedDocs(docsOf('innersource'), {filter: 'patterns'}))).toEqual([
      'Patterns overview',
      '30 Day Warranty',
      'Trusted Committer',
    ]);
  });

  test('filter matches whole segments, not parts of words, and ignores slashes and case', () => {
    const result = titles(selectTaggedDocs(docsOf('innersource'), {filter: '/Patterns/'}));
    expect(result).not.toContain('Patterns of adoption');
    expect(result).toContain('Trusted Committer');
    expect(selectTaggedDocs(docsOf('innersource'), {filter: 'nowhere'})).toEqual([]);
  });

  test('limit keeps the first docs in list order', () => {
    expect(titles(selectTaggedDocs(docsOf('innersource'), {limit: 2}))).toEqual(['Introduction', 'Patterns overview']);
    expect(selectTaggedDocs(docsOf('innersource'), {limit: 0})).toEqual([]);
    expect(selectTaggedDocs(docsOf('innersource'), {limit: 100})).toHaveLength(5);
  });

  test('limit applies after leaving out the current page', () => {
    expect(titles(selectTaggedDocs(docsOf('innersource'), {limit: 2, currentPath: '/docs/Intro'}))).toEqual([
      'Patterns overview',
      'Patterns of adoption',
    ]);
  });

  test('a tag with nothing left is an empty list', () => {
    expect(selectTaggedDocs(docsOf('mentors'), {currentPath: '/docs/mentors'})).toEqual([]);
  });

  test('returned docs carry only rendered fields', () => {
    for (const d of selectTaggedDocs(docsOf('innersource'))!) {
      expect(d).not.toHaveProperty('frontMatter');
      expect(d).not.toHaveProperty('tags');
    }
  });
});
