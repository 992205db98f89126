import React from 'react';
import {act, fireEvent, render, screen, waitFor} from '@testing-library/react';
import {routerState} from '@docusaurus/router';
import {codeTranslations} from '@docusaurus/Translate';
import {globalDataStore, setPluginData} from '@docusaurus/useGlobalData';
import SearchBar, {routePath} from './index';
import {loadPagefind, type Pagefind, type SearchResultData} from './pagefind';
import german from '../../../locales/de/plugin-innersource-sig.json';

jest.mock('./pagefind', () => ({loadPagefind: jest.fn()}));
const load = loadPagefind as jest.MockedFunction<typeof loadPagefind>;

/** A stand-in for the built site's Pagefind: pages whose title contains the query, in order. */
function fakePagefind(pages: SearchResultData[]): Pagefind {
  return {
    options: async () => undefined,
    init: async () => undefined,
    debouncedSearch: async (term: string) => ({
      results: pages
        .filter((page) => page.meta.title!.toLowerCase().includes(term.toLowerCase()))
        .map((page) => ({id: page.url, data: async () => page})),
    }),
  };
}

const PAGES: SearchResultData[] = [
  {url: '/sig/docs/trusted-committer', meta: {title: 'Trusted committer'}, excerpt: 'A <mark>trusted</mark> committer mentors'},
  {url: '/sig/meetings#apac', meta: {title: 'APAC call'}, excerpt: 'Every other Tuesday'},
];

const status = () => screen.getByRole('status').textContent;

/** The navbar button, found by its name's start (its name is "Search Ctrl K"). */
const searchButton = () => screen.getByRole('button', {name: /^Search\b/});

beforeEach(() => {
  codeTranslations.messages = {};
  load.mockReset();
  routerState.pushed = [];
  delete globalDataStore.data['docusaurus-plugin-innersource-sig-search'];
});

describe('SearchBar', () => {
  it('opens with Ctrl+K and loads the index from the base URL', async () => {
    load.mockResolvedValue(fakePagefind(PAGES));
    render(<SearchBar />);
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(window, {key: 'k', ctrlKey: true});
    expect(await screen.findByRole('dialog', {name: 'Search this site'})).toBeInTheDocument();
    expect(load).toHaveBeenCalledWith('/sig/pagefind/pagefind.js');
    expect(screen.getByRole('searchbox', {name: 'Search'})).toHaveFocus();
    await waitFor(() => expect(status()).toMatch(/^Type to search/));
  });

  it('lists the results with links below the base URL, and Enter opens the first', async () => {
    load.mockResolvedValue(fakePagefind(PAGES));
    render(<SearchBar />);
    fireEvent.click(searchButton());
    const input = await screen.findByRole('searchbox');
    await waitFor(() => expect(status()).toMatch(/^Type/));
    fireEvent.change(input, {target: {value: 'trusted'}});
    await waitFor(() => expect(status()).toBe('1 result for “trusted”'));
    const link = screen.getByRole('link', {name: /Trusted committer/});
    expect(link).toHaveAttribute('href', '/sig/docs/trusted-committer');
    expect(link.querySelector('mark')).toHaveTextContent('trusted');
    fireEvent.submit(input.closest('form')!);
    expect(routerState.pushed).toEqual(['/sig/docs/trusted-committer']);
  });

  it('routes a click on a result in the page, and leaves a Ctrl+click to the browser (new tab)', async () => {
    load.mockResolvedValue(fakePagefind(PAGES));
    render(<SearchBar />);
    fireEvent.click(searchButton());
    const input = await screen.findByRole('searchbox');
    await waitFor(() => expect(status()).toMatch(/^Type/));
    fireEvent.change(input, {target: {value: 'call'}});
    const link = await screen.findByRole('link', {name: /APAC call/});
    expect(fireEvent.click(link, {ctrlKey: true})).toBe(true);
    expect(routerState.pushed).toEqual([]);
    expect(fireEvent.click(link)).toBe(false);
    expect(routerState.pushed).toEqual(['/sig/meetings#apac']);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('says so when nothing matches', async () => {
    load.mockResolvedValue(fakePagefind(PAGES));
    render(<SearchBar />);
    fireEvent.click(searchButton());
    const input = await screen.findByRole('searchbox');
    await waitFor(() => expect(status()).toMatch(/^Type/));
    fireEvent.change(input, {target: {value: 'zebra'}});
    await waitFor(() => expect(status()).toBe('No results for “zebra”'));
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('under docusaurus start, where there is no index, says that search works on a built site', async () => {
    load.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    render(<SearchBar />);
    fireEvent.click(searchButton());
    await waitFor(() => expect(status()).toBe('Search works on a built site: run npm run build, then npm run serve.'));
    // Typing does not throw either.
    await act(async () => {
      fireEvent.change(screen.getByRole('searchbox'), {target: {value: 'anything'}});
    });
    expect(status()).toMatch(/built site/);
  });

  it('shows its name and shortcut on the button; with the theme\'s compact option, an icon with the name as a tooltip', async () => {
    const {unmount} = render(<SearchBar />);
    const full = screen.getByRole('button', {name: 'Search Ctrl K'});
    expect(full).toHaveTextContent('Search Ctrl K');
    expect(full.querySelector('kbd')).toHaveTextContent('Ctrl K');
    expect(full).not.toHaveAttribute('title');
    expect(full).not.toHaveAttribute('aria-label');
    unmount();

    load.mockResolvedValue(fakePagefind(PAGES));
    setPluginData('docusaurus-plugin-innersource-sig-search', 'default', {compact: true});
    render(<SearchBar />);
    const compact = screen.getByRole('button', {name: 'Search'});
    expect(compact).toHaveTextContent('');
    expect(compact).toHaveAttribute('title', 'Search (Ctrl K)');
    expect(compact).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K');
    fireEvent.click(compact);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  // WCAG 2.5.3 (label in name), axe's label-content-name-mismatch: a speech input user says what
  // they see. The button's accessible name is its text, so it holds all of it, in every language.
  it.each([
    ['en', {}, 'Search', 'Ctrl K', false],
    ['de', german, german['sig.search.label'], 'Ctrl K', false],
    ['en on a Mac', {}, 'Search', '⌘ K', true],
    ['de on a Mac', german, german['sig.search.label'], '⌘ K', true],
  ] as const)('in %s, the button\'s accessible name contains its visible text', (_, messages, word, shortcut, mac) => {
    codeTranslations.messages = {...messages};
    const platform = jest.spyOn(navigator, 'platform', 'get').mockReturnValue(mac ? 'MacIntel' : 'Win32');
    try {
      render(<SearchBar />);
      const button = screen.getByRole('button', {name: new RegExp(`^${word}\\b`)});
      const visible = (button.textContent ?? '').replace(/\s+/g, ' ').trim();
      expect(visible).toBe(`${word} ${shortcut}`);
      // The accessible name, as testing-library computes it (accname), is exactly that text.
      expect(screen.getByRole('button', {name: visible})).toBe(button);
      expect(button.querySelector('kbd')).toHaveTextContent(shortcut);
    } finally {
      platform.mockRestore();
    }
  });

  it('closes on Escape', async () => {
    load.mockResolvedValue(fakePagefind(PAGES));
    render(<SearchBar />);
    fireEvent.click(searchButton());
    const dialog = await screen.findByRole('dialog');
    fireEvent.keyDown(dialog, {key: 'Escape'});
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('routePath', () => {
  it.each([
    ['/fr/docs/intro/', {baseUrl: '/fr/'}, '/fr/docs/intro'],
    ['/fr/docs/intro/', {baseUrl: '/fr/', trailingSlash: false}, '/fr/docs/intro'],
    ['/portal/docs/intro/', {baseUrl: '/portal/', trailingSlash: true}, '/portal/docs/intro/'],
    ['/portal/', {baseUrl: '/portal/'}, '/portal/'],
    ['/portal/meetings#call', {baseUrl: '/portal/'}, '/portal/meetings#call'],
    ['/portal/meetings#call', {baseUrl: '/portal/', trailingSlash: true}, '/portal/meetings/#call'],
  ])('%s with %j is the route %s', (url, site, expected) => {
    expect(routePath(url, site)).toBe(expected);
  });
});
