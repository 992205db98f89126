export {default, SEARCH_THEME_NAME, validateOptions} from './lib/search/index';
export type {SearchOptions} from './lib/search/index';
