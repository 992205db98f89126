/**
 * `docusaurus-plugin-innersource-sig/search`: offline full-text search, as a theme a site adds
 * with one line (`themes: ['docusaurus-plugin-innersource-sig/search']`). It provides
 * `@theme/SearchBar` (the navbar's search box) and, after each locale's build, writes that
 * locale's Pagefind index into `<outDir>/pagefind/`. Separate from the plugin so that a site
 * keeping Algolia or another search is not given a second search box.
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import {Joi} from '@docusaurus/utils-validation';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {PLUGIN_NAME} from '../pluginName';
import type {PluginContent} from '../types';
import {defaultCodeTranslations} from '../translations/codeTranslations';
import {meetingSearchRecords, type SearchRecord} from './records';
import {searchableRoutes} from './pages';
import {SEARCH_INDEX_DIR, writeSearchIndex} from './writeIndex';

export const SEARCH_THEME_NAME = 'docusaurus-plugin-innersource-sig-search';

/** `themes: [['docusaurus-plugin-innersource-sig/search', {compact: true}]]` */
export interface SearchOptions {
  /** The navbar button as an icon only (its name stays for screen readers), for crowded navbars. */
  compact?: boolean;
}

/** What the theme's SearchBar reads with usePluginData(SEARCH_THEME_NAME). */
export interface SearchGlobalData {
  compact: boolean;
}

const SearchOptionsSchema = Joi.object<Required<SearchOptions>>({
  compact: Joi.boolean().default(false),
});

export function validateOptions({validate, options}: OptionValidationContext<SearchOptions | undefined, Required<SearchOptions>>): Required<SearchOptions> {
  return validate(SearchOptionsSchema, options ?? {});
}

/**
 * The loader of `<baseUrl>pagefind/pagefind.js`, and the one the server bundle gets instead. The
 * loader's `import(url)`, marked `webpackIgnore`, reaches the bundler as written in the client
 * bundle. For the server bundle, Docusaurus' Babel preset (webpack without `future.faster`) turns
 * every `import()` into `require()` (babel-plugin-dynamic-import-node), dropping the comment, and
 * webpack warns "Critical dependency: the request of a dependency is an expression". Rendering on
 * the server never loads the index: the server bundle gets a loader without that import.
 */
const PAGEFIND_LOADER = path.resolve(__dirname, '../search-theme/SearchBar/pagefind');
const SERVER_PAGEFIND_LOADER = path.resolve(__dirname, '../search-theme/SearchBar/pagefind.server');

/** The package of Pagefind's binary for this machine, named as Pagefind looks it up. */
const PAGEFIND_BINARY_PACKAGE = `@pagefind/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;

export default function themeInnerSourceSigSearch(context: LoadContext, options: Partial<SearchOptions> = {}): Plugin<void> {
  const {i18n, baseUrl} = context;
  const language = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  let records: SearchRecord[] = [];
  let eventsPagePaths: string[] = [];

  return {
    name: SEARCH_THEME_NAME,

    // Absolute: the package root's search.js re-exports this module from another folder.
    getThemePath() {
      return path.resolve(__dirname, '../search-theme');
    },
    getTypeScriptThemePath() {
      return path.resolve(__dirname, '../../src/search-theme');
    },

    getDefaultCodeTranslationMessages() {
      return defaultCodeTranslations(i18n.currentLocale, 'search');
    },

    async contentLoaded({actions}) {
      const data: SearchGlobalData = {compact: options.compact ?? false};
      actions.setGlobalData(data);
    },

    configureWebpack(_config, isServer) {
      // An absolute alias applies to the loader's own path (a relative import resolved), not to a swizzled copy.
      return isServer ? {resolve: {alias: {[PAGEFIND_LOADER]: SERVER_PAGEFIND_LOADER}}} : {};
    },

    allContentLoaded({allContent}) {
      // Every instance of the plugin that has a meetings page (none: no meeting records).
      const instances = Object.values(allContent[PLUGIN_NAME] ?? {}) as PluginContent[];
      records = instances.flatMap((content) =>
        content.meetingsPagePath ? meetingSearchRecords(content.meetings.meetings, content.meetingsPagePath, content.locale, content.seriesPages) : [],
      );
      eventsPagePaths = instances.flatMap((content) => content.eventsPagePath ?? []);
    },

    async postBuild({outDir, routes}) {
      try {
        const routePaths = searchableRoutes(routes, baseUrl, eventsPagePaths);
        const result = await writeSearchIndex({outDir, baseUrl, routePaths, language, records});
        logger.info`Search index: ${result.pages} pages and ${result.records} meeting records in ${result.ms} ms (${path.relative(context.siteDir, path.join(outDir, SEARCH_INDEX_DIR)) || outDir})`;
      } catch (error) {
        // Not the author's mistake, and most often a Pagefind binary missing: which package holds it,
        // and Pagefind's own error (the cause) for anything else.
        throw new Error(
          `docusaurus-plugin-innersource-sig/search could not write the search index of locale "${i18n.currentLocale}". Check that the "pagefind" package and its binary for this platform (${PAGEFIND_BINARY_PACKAGE}) are installed.`,
          {cause: error},
        );
      }
    },
  };
}
