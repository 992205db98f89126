import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {setPluginData, globalDataStore} from '@docusaurus/useGlobalData';
import {routerState} from '@docusaurus/router';
import BokTagList from '@theme/BokTagList';
import {buildTagIndex, type SourceDoc} from '../../tags/tagIndex';
import {clearPageData, registerTagDocs} from '../../client/pageData';
import type {DocsTagIndex} from '../../types';

const INNERSOURCE = {label: 'InnerSource', permalink: '/docs/tags/innersource'};
const PATTERNS = {label: 'Patterns', permalink: '/docs/tags/patterns'};
const LONELY = {label: 'Lonely', permalink: '/docs/tags/lonely'};

function doc(title: string, permalink: string, tags: SourceDoc['tags'], extra: Partial<SourceDoc> = {}): SourceDoc {
  return {title, permalink, tags, frontMatter: {}, ...extra};
}

const mainIndex = buildTagIndex([
  doc('Introduction', '/docs/Intro', [INNERSOURCE], {
    sidebarPosition: 1,
    description: 'What InnerSource is and why it matters.',
    frontMatter: {list_image: '/img/intro.png', list_image_alt: 'People sharing code'},
  }),
  doc('Trusted Committer', '/docs/patterns/trusted-committer', [INNERSOURCE, PATTERNS], {
    frontMatter: {list_image: '/img/tc.png'},
  }),
  doc('30 Day Warranty', '/docs/patterns/30-day-warranty', [INNERSOURCE, PATTERNS], {description: 'Warranty for contributions.'}),
  doc('Retired pattern', '/docs/patterns/retired', [INNERSOURCE, PATTERNS], {unlisted: true}),
  doc('Draft', '/docs/draft', [INNERSOURCE], {draft: true}),
  doc('Only one', '/docs/only-one', [LONELY]),
]);

const communityIndex = buildTagIndex([
  doc('Community Handbook', '/community/handbook', [{label: 'InnerSource', permalink: '/community/tags/innersource'}]),
]);

function linkTargets(): Array<string | null> {
  return screen.queryAllByRole('listitem').map((li) => within(li).getByRole('link').getAttribute('href'));
}

/** What the build does: tag names in global data, each tag's docs in a module the page imports. */
function provide(indexes: Record<string, DocsTagIndex>) {
  setPluginData('docusaurus-plugin-innersource-sig', 'default', {
    tags: Object.fromEntries(Object.entries(indexes).map(([id, index]) => [id, index.tags.map(({label, key}) => ({label, key}))])),
    meetingIds: [],
    meetingsFeedPath: '/ics/meetings.ics',
    builtAt: 0,
  });
  for (const [id, index] of Object.entries(indexes)) {
    for (const tag of index.tags) registerTagDocs(id, tag.key, tag.docs.map((i) => index.docs[i]!));
  }
}

beforeEach(() => {
  globalDataStore.data = {};
  clearPageData();
  provide({default: mainIndex, community: communityIndex});
  routerState.pathname = '/';
});

describe('BokTagList', () => {
  test('lists the tagged docs, sorted, as router links', () => {
    render(<BokTagList tag="InnerSource" />);
    expect(linkTargets()).toEqual(['/docs/Intro', '/docs/patterns/30-day-warranty', '/docs/patterns/trusted-committer']);
    const intro = screen.getByRole('link', {name: 'Introduction'});
    expect(intro).toHaveAttribute('data-router-link', 'true');
  });

  test('leaves out unlisted docs and drafts', () => {
    render(<BokTagList tag="innersource" />);
    expect(screen.queryByText('Retired pattern')).not.toBeInTheDocument();
    expect(screen.queryByText('Draft')).not.toBeInTheDocument();
  });

  test('shows descriptions under the titles', () => {
    render(<BokTagList tag="innersource" />);
    const item = screen.getByRole('link', {name: 'Introduction'}).closest('li')!;
    expect(item).toHaveTextContent('What InnerSource is and why it matters.');
    const warranty = screen.getByRole('link', {name: '30 Day Warranty'}).closest('li')!;
    expect(warranty).toHaveTextContent('Warranty for contributions.');
  });

  test('shows list_image with its alt text (or the title), under the base url', () => {
    render(<BokTagList tag="innersource" />);
    expect(screen.getByRole('img', {name: 'People sharing code'})).toHaveAttribute('src', '/sig/img/intro.png');
    expect(screen.getByRole('img', {name: 'Trusted Committer'})).toHaveAttribute('src', '/sig/img/tc.png');
    // The doc without an image has none.
    const warranty = screen.getByRole('link', {name: '30 Day Warranty'}).closest('li')!;
    expect(warranty.querySelector('img')).toBeNull();
  });

  test('finds the tag by key or label in any case', () => {
    const {unmount} = render(<BokTagList tag="  PATTERNS " />);
    expect(linkTargets()).toEqual(['/docs/patterns/30-day-warranty', '/docs/patterns/trusted-committer']);
    unmount();
    render(<BokTagList tag="patterns" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  test('leaves out the page it is on', () => {
    routerState.pathname = '/docs/patterns/trusted-committer/';
    render(<BokTagList tag="patterns" />);
    expect(linkTargets()).toEqual(['/docs/patterns/30-day-warranty']);
  });

  test('a tag whose only doc is this page shows an "empty" message, not a problem notice', () => {
    routerState.pathname = '/docs/only-one';
    const {container} = render(<BokTagList tag="Lonely" />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(container).toHaveTextContent('No other documents here yet.');
    expect(container.querySelector('[data-sig-problem]')).toBeNull();
  });

  test('filter keeps docs under a path segment', () => {
    render(<BokTagList tag="innersource" filter="patterns" />);
    expect(linkTargets()).toEqual(['/docs/patterns/30-day-warranty', '/docs/patterns/trusted-committer']);
  });

  test('limit given as a string from MDX ("2")', () => {
    render(<BokTagList tag="innersource" limit="2" />);
    expect(linkTargets()).toEqual(['/docs/Intro', '/docs/patterns/30-day-warranty']);
  });

  test('limit given as a number', () => {
    render(<BokTagList tag="innersource" limit={1} />);
    expect(linkTargets()).toEqual(['/docs/Intro']);
  });

  test('a limit that is not a number lists everything', () => {
    render(<BokTagList tag="innersource" limit="many" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  test('an unknown tag shows a visible notice the build can find', () => {
    const {container} = render(<BokTagList tag="Inner Sauce" />);
    const notice = container.querySelector('[data-sig-problem]')!;
    expect(notice).toHaveAttribute('data-sig-problem', 'unknown-tag');
    expect(notice).toHaveAttribute('data-sig-value', 'Inner Sauce');
    expect(notice).toBeVisible();
    expect(notice).toHaveTextContent('No document has the tag Inner Sauce.');
    expect(within(notice as HTMLElement).getByText('Inner Sauce').tagName).toBe('CODE');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  test('a known tag whose list the page did not import: a notice naming it, not an empty list', () => {
    clearPageData();
    const {container} = render(<BokTagList tag="Patterns" />);
    const notice = container.querySelector('[data-sig-problem]')!;
    expect(notice).toHaveAttribute('data-sig-problem', 'missing-data');
    expect(notice).toHaveAttribute('data-sig-value', 'BokTagList tag "Patterns"');
    expect(notice).toHaveTextContent('The list of documents tagged Patterns is not part of this page.');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  test('no tag prop: a notice saying what is missing', () => {
    const {container} = render(<BokTagList />);
    const notice = container.querySelector('[data-sig-problem]')!;
    expect(notice).toHaveAttribute('data-sig-problem', 'missing-prop');
    expect(notice).toHaveAttribute('data-sig-value', 'tag');
    expect(notice).toHaveTextContent('<BokTagList tag="InnerSource" />');
  });

  test('a blank tag is treated as missing', () => {
    const {container} = render(<BokTagList tag="   " />);
    expect(container.querySelector('[data-sig-problem]')).toHaveAttribute('data-sig-problem', 'missing-prop');
  });

  test('docsPluginId lists from another docs instance', () => {
    render(<BokTagList tag="InnerSource" docsPluginId="community" />);
    expect(linkTargets()).toEqual(['/community/handbook']);
  });

  test('an unknown docsPluginId shows the unknown-tag notice instead of crashing', () => {
    const {container} = render(<BokTagList tag="InnerSource" docsPluginId="nope" />);
    expect(container.querySelector('[data-sig-problem="unknown-tag"]')).toBeInTheDocument();
  });

  test('without plugin data (plugin not installed) it does not crash', () => {
    globalDataStore.data = {};
    const {container} = render(<BokTagList tag="InnerSource" />);
    expect(container.querySelector('[data-sig-problem="unknown-tag"]')).toBeInTheDocument();
  });
});
