import React, {useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useHistory} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import {loadPagefind, type Pagefind, type SearchResultData} from './pagefind';
import styles from './styles.module.css';

/** Results shown, each fetched with its page's whole text (Pagefind's fragment): see bench/PROFILE.md. */
const MAX_RESULTS = 5;

/** The search theme's name (SEARCH_THEME_NAME in src/search), under which its options reach the browser. */
const SEARCH_THEME_NAME = 'docusaurus-plugin-innersource-sig-search';

type SearchState =
  | {status: 'loading'}
  | {status: 'unavailable'}
  | {status: 'ready'}
  | {status: 'results'; query: string; total: number; results: SearchResultData[]};

function isShortcut(event: globalThis.KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/**
 * A result's path as the site writes its routes. Pagefind gives a page's path with a trailing
 * slash (/fr/docs/intro/); routes have none unless the site sets trailingSlash: true.
 */
export function routePath(url: string, {baseUrl, trailingSlash}: {baseUrl: string; trailingSlash?: boolean}): string {
  const [pathname = '', hash] = url.split('#');
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const path = trailingSlash || withSlash === baseUrl ? withSlash : withSlash.slice(0, -1);
  return hash === undefined ? path : `${path}#${hash}`;
}


function SearchIcon(): ReactNode {
  return (
    <svg className={styles.icon} viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.82l4.15 4.15-1.06 1.06-4.15-4.15A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" fill="currentColor" />
    </svg>
  );
}

function StatusText({state}: {state: SearchState}): ReactNode {
  switch (state.status) {
    case 'loading':
      return <Translate id="sig.search.loading" description="Shown in the search box while the search index loads">Loading search…</Translate>;
    case 'unavailable':
      return process.env.NODE_ENV === 'production' ? (
        <Translate id="sig.search.unavailable" description="Shown in the search box when the search index of a built site cannot be loaded">Search could not be loaded. Check your connection, then try again.</Translate>
      ) : (
        <Translate id="sig.search.unavailableDev" description="Shown in the search box under docusaurus start, where there is no search index">Search works on a built site: run npm run build, then npm run serve.</Translate>
      );
    case 'ready':
      return <Translate id="sig.search.hint" description="Shown in the search box before anything is typed">Type to search docs, meetings and events. Enter opens the first result; the arrow keys move through the results.</Translate>;
    case 'results':
      if (state.total === 0) {
        return <Translate id="sig.search.noResults" description="Shown when a search finds nothing; {query} is what the reader typed" values={{query: state.query}}>{'No results for “{query}”'}</Translate>;
      }
      return state.total === 1 ? (
        <Translate id="sig.search.oneResult" description="Shown when a search finds one page; {query} is what the reader typed" values={{query: state.query}}>{'1 result for “{query}”'}</Translate>
      ) : (
        <Translate id="sig.search.results" description="Shown when a search finds several pages; {count} is how many, {query} what the reader typed" values={{count: state.total, query: state.query}}>{'{count} results for “{query}”'}</Translate>
      );
  }
}

function SearchDialog({onClose}: {onClose: () => void}): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const pagefindRef = useRef<Pagefind | undefined>(undefined);
  const latestQuery = useRef('');
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({status: 'loading'});
  const history = useHistory();
  const pagefindUrl = useBaseUrl('/pagefind/pagefind.js');
  const {siteConfig} = useDocusaurusContext();
  const statusId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    // A modal dialog keeps focus inside and closes on Escape; jsdom has no showModal.
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    inputRef.current?.focus();
    let cancelled = false;
    loadPagefind(pagefindUrl).then(
      (pagefind) => {
        if (cancelled) return;
        pagefindRef.current = pagefind;
        setState({status: 'ready'});
        // Text typed while the index loaded.
        if (latestQuery.current) void runSearch(latestQuery.current);
      },
      () => !cancelled && setState({status: 'unavailable'}),
    );
    return () => {
      cancelled = true;
    };
    // runSearch only reads refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pagefindUrl]);

  const runSearch = useCallback(async (term: string) => {
    const pagefind = pagefindRef.current;
    if (!pagefind) return;
    if (!term.trim()) {
      setState({status: 'ready'});
      return;
    }
    const search = await pagefind.debouncedSearch(term, {}, 120);
    if (!search || latestQuery.current !== term) return;
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (latestQuery.current !== term) return;
    setState({status: 'results', query: term.trim(), total: search.results.length, results});
  }, []);

  const close = useCallback(() => {
    const dialog = dialogRef.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    // Now, not on the dialog's close event, a task later: a Ctrl+K pressed in between found the
    // box still open (nothing to do), and then saw it close.
    onClose();
  }, [onClose]);

  // Plain links, routed on click: @docusaurus/Link would prefetch the code of every result shown,
  // again at each keystroke, downloading pages the reader never opens.
  const openResult = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    close();
    history.push(path);
  };

  const resultLinks = () => Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-search-result]') ?? []);

  // Arrow keys move between the input and the results; Tab works as everywhere else.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Escape in a search field would only clear it; here it closes, as dialogs do.
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    if (links.length === 0) return;
    event.preventDefault();
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
    if (next < 0) inputRef.current?.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  };

  const results = state.status === 'results' ? state.results : [];
  return (
    // A click on the backdrop is a click on the dialog element itself.
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-label={translate({id: 'sig.search.dialog', message: 'Search this site', description: 'Accessible name of the search dialog'})}
      onClose={onClose}
      onClick={(event) => event.target === dialogRef.current && close()}
      onKeyDown={onKeyDown}>
      <form
        role="search"
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          const first = results[0];
          if (!first) return;
          close();
          history.push(routePath(first.url, siteConfig));
        }}>
        <SearchIcon />
        <input
          ref={inputRef}
          type="search"
          className={styles.input}
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={statusId}
          aria-label={translate({id: 'sig.search.label', message: 'Search', description: 'Accessible name of the search field and the navbar search button'})}
          placeholder={translate({id: 'sig.search.placeholder', message: 'Search docs, meetings and events', description: 'Placeholder of the search field'})}
          onChange={(event) => {
            const term = event.target.value;
            setQuery(term);
            latestQuery.current = term;
            void runSearch(term);
          }}
        />
        <button type="button" className={styles.close} onClick={close}>
          <Translate id="sig.search.close" description="Button that closes the search dialog">Close</Translate>
        </button>
      </form>
      <p id={statusId} className={styles.status} role="status">
        <StatusText state={state} />
      </p>
      {results.length > 0 && (
        <ol ref={listRef} className={styles.results}>
          {results.map((result) => {
            const path = routePath(result.url, siteConfig);
            return (
              <li key={result.url}>
                <a href={path} className={styles.result} data-search-result="" onClick={(event) => openResult(event, path)}>
                  <span className={styles.resultTitle}>{result.meta.title ?? result.url}</span>
                  {/* Pagefind escapes the page text; the only markup is <mark> around matches. */}
                  <span className={styles.excerpt} dangerouslySetInnerHTML={{__html: result.excerpt}} />
                </a>
              </li>
            );
          })}
        </ol>
      )}
    </dialog>
  );
}

/**
 * The navbar's search box: a button (or Ctrl/Cmd+K) opens a dialog that searches the site's
 * Pagefind index in the reader's browser, with no service and no key. With the theme's `compact`
 * option, the button is an icon only (its name for screen readers, and as a tooltip), for
 * crowded navbars. Where it sits is the navbar's: a `{type: 'search'}` item, else the right end.
 *
 * The full button takes its accessible name from its text ("Search Ctrl K", "Search ⌘ K" on a
 * Mac), so the name holds what a sighted reader sees (WCAG 2.5.3, label in name: speech input
 * users say what they see). Below 997 px the word stays in the name, visually hidden, and the
 * shortcut goes.
 */
export default function SearchBar(): ReactNode {
  const [open, setOpen] = useState(false);
  const [mac, setMac] = useState(false);
  const compact = (usePluginData(SEARCH_THEME_NAME) as {compact?: boolean} | undefined)?.compact ?? false;

  useEffect(() => {
    setMac(/Mac|iPhone|iPad/.test(navigator.platform));
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const label = translate({id: 'sig.search.label', message: 'Search', description: 'Accessible name of the search field and the navbar search button'});
  const shortcut = mac ? '⌘ K' : 'Ctrl K';
  return (
    <>
      <button
        type="button"
        className={clsx(styles.trigger, compact && styles.compact)}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        aria-label={compact ? label : undefined}
        title={compact ? `${label} (${shortcut})` : undefined}
        onClick={() => setOpen(true)}>
        <SearchIcon />
        {!compact && (
          <>
            <span className={styles.triggerLabel}>{label}</span>
            {/* The space separates the two in the accessible name; the flex gap, on screen. */}{' '}
            <kbd className={styles.shortcut}>{shortcut}</kbd>
          </>
        )}
      </button>
      {open && <SearchDialog onClose={() => setOpen(false)} />}
    </>
  );
}
