export {default, SEARCH_THEME_NAME} from './lib/search/index';
