/**
 * `./pagefind` in the server bundle (see the search theme's configureWebpack): pages are rendered
 * without the search index, which only the browser loads, when the box opens.
 */
import type {Pagefind} from './pagefind';

export type {Pagefind, SearchResultData} from './pagefind';

export function loadPagefind(url: string): Promise<Pagefind> {
  return Promise.reject(new Error(`The search index (${url}) loads in the browser only`));
}
