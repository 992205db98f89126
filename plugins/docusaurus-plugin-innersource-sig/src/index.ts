import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {normalizeUrl} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PluginContent, PluginOptions} from './types';
import {EmitFilesPlugin, type GeneratedFiles} from './bundler/emitFilesPlugin';
import {registerCommands} from './cli';
import {AuthorError, handleLoadError} from './lifecycle/buildError';
import {collectTagIndexes} from './lifecycle/collectDocs';
import {buildGlobalData} from './lifecycle/globalData';
import {contentFolders, loadPluginContent, localeSettings} from './lifecycle/loadContent';
import {createMDXPagesLoaderRule} from './lifecycle/mdxPages';
import {buildPageRoutes, PAGE_DATA_INDEX, reportAddedPages} from './lifecycle/pageRoutes';
import {oversizedOutputs, renderContent, type RenderedContent} from './lifecycle/renderFiles';
import {reportContentProblems} from './check/reportContentProblems';
import {SNAPSHOTS_DIR} from './sources/snapshot';
import type {PageDataLoaderOptions} from './pageData/modules';
import {scanSiteSources, type SiteScan} from './pageData/sources';
import {sourceMayShowProblems} from './pageData/usages';
import {recordTiming} from './timings';
import {PLUGIN_NAME} from './pluginName';
import {defaultCodeTranslations} from './translations/codeTranslations';
import {contentTranslationFiles, translateContent} from './translations/contentTranslations';

export {validateOptions, DEFAULT_OPTIONS} from './options';
export type * from './types';

export {PLUGIN_NAME};

/** The build's output folder: another locale than the default builds into a subfolder of it (build/fr). */
function outputRoot({outDir, baseUrl, i18n}: LoadContext): string {
  const defaultBaseUrl = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl;
  if (!defaultBaseUrl || !baseUrl.startsWith(defaultBaseUrl)) return outDir;
  const depth = baseUrl.slice(defaultBaseUrl.length).split('/').filter(Boolean).length;
  return path.resolve(outDir, ...Array<string>(depth).fill('..'));
}

/** What the plugin's hooks hand on to later ones, and keep across dev-server reloads. */
interface HookState {
  /**
   * The calendars, feeds and page data of the last content rendered: in `docusaurus start`, a
   * change to any other plugin's content runs allContentLoaded again, with this plugin's content unchanged.
   */
  rendered?: RenderedContent & {content: PluginContent};
  /** Updated on every content (re)load; the bundler plugin reads it when it emits. */
  generated: GeneratedFiles;
  /**
   * A production build's read of the site, once the content is loaded: the page-data loader gets
   * only the files that name a component (`docusaurus start` gives it every file, as any edit may
   * add one), and the content checks learn which built pages can hold a problem.
   */
  siteScan?: SiteScan;
  /** Which pages and files the plugin adds is said once per process, not per locale or dev-server reload. */
  pagesReported: boolean;
}

export default async function pluginInnerSourceSig(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<PluginContent>> {
  const {siteDir, siteConfig, baseUrl, generatedFilesDir, i18n} = context;
  const locale = localeSettings(context, options.id);
  const folders = contentFolders(siteDir, options, locale.localizedDir);
  const {meetingsDir, eventsDir, localizedEventsDir, localizedMeetingsDir} = folders;
  // The routes as the theme links to them (Link adds baseUrl), and as the pages are routed.
  const meetingsRoute = options.meetingsRoute && normalizeUrl([options.meetingsRoute]);
  const eventsRoute = options.eventsRoute && normalizeUrl([options.eventsRoute]);
  const meetingsPagePath = options.meetingsRoute && normalizeUrl([baseUrl, options.meetingsRoute]);
  const eventsPagePath = options.eventsRoute && normalizeUrl([baseUrl, options.eventsRoute]);
  const dataDir = path.join(generatedFilesDir, PLUGIN_NAME, options.id);
  const mdxPageDirs = [eventsDir, localizedEventsDir, meetingsDir, localizedMeetingsDir].filter((dir): dir is string => Boolean(dir));
  const mdxPagesRule = await createMDXPagesLoaderRule(context, mdxPageDirs, dataDir);
  const pageDataLoaderOptions: PageDataLoaderOptions = {
    indexPath: path.join(dataDir, PAGE_DATA_INDEX),
    markdownFormat: siteConfig.markdown.format,
  };
  const pluginPackageDir = path.resolve(__dirname, '..');
  // MDX and JS sources of the site, but not the generated files or this package's own theme.
  const pageDataRule = {
    test: /\.(?:mdx?|[jt]sx?)$/i,
    enforce: 'pre' as const,
    exclude: [/[\\/]node_modules[\\/]/, generatedFilesDir, pluginPackageDir],
    use: [{loader: require.resolve('./bundler/pageDataLoader'), options: pageDataLoaderOptions}],
  };
  const state: HookState = {generated: {files: new Map(), sources: []}, pagesReported: false};
  const renderSettings = {url: siteConfig.url.replace(/\/$/, ''), baseUrl, eventsRoute, uidDomain: locale.uidDomain, horizonDays: options.occurrenceHorizonDays};

  /** The content rendered (again only if it changed), its files checked and handed to the bundler plugin. */
  function render(content: PluginContent): RenderedContent {
    if (state.rendered?.content !== content) state.rendered = {content, ...renderContent(content, renderSettings)};
    const oversized = oversizedOutputs(state.rendered.files);
    if (oversized.length > 0) throw new AuthorError(oversized.join('\n'));
    state.generated = {files: state.rendered.files, sources: [...content.meetings.sourceFiles, ...content.minutes.sourceFiles, ...content.events.sourceFiles]};
    return state.rendered;
  }

  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return '../lib/theme';
    },
    getTypeScriptThemePath() {
      return '../src/theme';
    },
    getPathsToWatch() {
      const events = [eventsDir, ...(localizedEventsDir ? [localizedEventsDir] : [])].map((dir) => `${dir}/**/*.{md,mdx}`);
      const minutes = [meetingsDir, ...(localizedMeetingsDir ? [localizedMeetingsDir] : [])].map((dir) => `${dir}/*/*.{md,mdx}`);
      return [`${meetingsDir}/*.{yml,yaml}`, `${meetingsDir}/${SNAPSHOTS_DIR}/*.ics`, ...events, ...minutes];
    },

    extendCli(cli) {
      registerCommands(cli, context, options);
    },

    getDefaultCodeTranslationMessages() {
      return defaultCodeTranslations(i18n.currentLocale, 'plugin');
    },

    async loadContent() {
      try {
        return await loadPluginContent({context, options, folders, locale: locale.intl, meetingsPagePath, eventsPagePath});
      } catch (error) {
        handleLoadError(error);
      }
    },

    getTranslationFiles({content}) {
      return contentTranslationFiles({...content, meetings: content.meetings.meetings});
    },

    translateContent({content, translationFiles}) {
      try {
        const translated = translateContent({...content, meetings: content.meetings.meetings}, translationFiles, path.relative(siteDir, locale.localizedDir ?? ''));
        return {...content, ...translated, meetings: {...content.meetings, meetings: translated.meetings}};
      } catch (error) {
        handleLoadError(error);
      }
    },

    async allContentLoaded({allContent, actions}) {
      const content = allContent[PLUGIN_NAME]?.[options.id] as PluginContent;
      const rendered = render(content);
      const tagIndexes = collectTagIndexes(allContent, options.docsPluginIds);
      const pages = buildPageRoutes({content, rendered, tagIndexes, eventsRoute, siteDir, dataDir});
      // Here rather than in contentLoaded, which runs beside the other plugins' loading: there the
      // event pages' data files waited behind the docs plugin's file operations, one per doc.
      await Promise.all([...pages.dataFiles].map(([name, data]) => actions.createData(name, data)));
      pages.routes.forEach((route) => actions.addRoute(route));
      actions.setGlobalData(buildGlobalData({content, tagIndexes, meetings: rendered.meetings, meetingsRoute, eventsRoute}));
      if (process.env.NODE_ENV === 'production') state.siteScan = await scanSiteSources(siteDir, [outputRoot(context), generatedFilesDir, pluginPackageDir], meetingsDir);
      if (!state.pagesReported && i18n.currentLocale === i18n.defaultLocale) {
        state.pagesReported = true;
        reportAddedPages(content, pages.counts, rendered.files);
      }
    },

    configureWebpack(_config, isServer) {
      // Both compilers render event pages; generated files belong to the client build's output (the build folder), once.
      const include = state.siteScan?.componentSources ?? [siteDir];
      const module = {rules: include.length > 0 ? [mdxPagesRule, {...pageDataRule, include}] : [mdxPagesRule]};
      if (isServer) return {module};
      return {module, plugins: [new EmitFilesPlugin(() => state.generated)]};
    },

    async postBuild({outDir, routes}) {
      const started = performance.now();
      const pages = state.siteScan && {routes, sources: state.siteScan.problemSources, configMayShowProblems: sourceMayShowProblems(JSON.stringify(siteConfig))};
      await reportContentProblems({outDir, siteUrl: siteConfig.url, baseUrl, level: options.onContentProblems, pages});
      recordTiming('postBuild', started);
    },
  };
}
