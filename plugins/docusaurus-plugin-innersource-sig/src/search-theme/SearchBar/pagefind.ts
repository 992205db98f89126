/**
 * The site's Pagefind bundle (`<baseUrl>pagefind/pagefind.js`, written by the build), loaded on
 * first use. It is not part of the bundle: it exists only after a build, and each locale has its own.
 */

/** What Pagefind returns for one result (`result.data()`). */
export interface SearchResultData {
  url: string;
  /** Text around the match, HTML-escaped by Pagefind, with <mark> around the matched words. */
  excerpt: string;
  meta: {title?: string};
}

export interface Pagefind {
  options(options: {excerptLength?: number}): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a later call superseded this one. */
  debouncedSearch(term: string, options?: object, timeoutMs?: number): Promise<{results: Array<{id: string; data(): Promise<SearchResultData>}>} | null>;
}

const loading = new Map<string, Promise<Pagefind>>();

export function loadPagefind(url: string): Promise<Pagefind> {
  let pagefind = loading.get(url);
  if (!pagefind) {
    pagefind = (import(/* webpackIgnore: true */ url) as Promise<Pagefind>).then(async (module) => {
      await module.options({excerptLength: 24});
      await module.init();
      return module;
    });
    // A failed load (dev server, network) is tried again the next time the box opens.
    pagefind.catch(() => loading.delete(url));
    loading.set(url, pagefind);
  }
  return pagefind;
}
