import {createRequire} from 'node:module';
import path from 'node:path';
import {Globby} from '@docusaurus/utils';
import logger from '@docusaurus/logger';
import type {LoadContext} from '@docusaurus/types';
import type {PluginOptions} from '../types';
import {checkSite} from '../check/checkSite';
import type {DocsPluginOptions} from '../check/docsTags';
import {DOCS_PLUGIN} from '../lifecycle/collectDocs';

interface InitializedPlugin {
  name: string;
  options: {id: string; path?: unknown};
}

/**
 * The site's plugins with their options as Docusaurus normalizes them, whichever preset or config
 * form declares them. Docusaurus initializes the plugins for any CLI command, but does not hand
 * them to `extendCli`, so the action runs that initialization again (plugin constructors only:
 * no content is loaded). It is @docusaurus/core's internal API, taken from the site's own copy.
 */
async function sitePlugins(context: LoadContext): Promise<InitializedPlugin[]> {
  const siteRequire = createRequire(context.siteConfigPath);
  const {initPlugins} = siteRequire('@docusaurus/core/lib/server/plugins/init') as {initPlugins: (c: LoadContext) => Promise<InitializedPlugin[]>};
  return initPlugins(context);
}

/**
 * Where the site's pages are: each content plugin's folder (docs, blog, pages: their `path`
 * option), versioned docs, translations and src/ (React pages and components). Not the whole
 * site folder, whose scripts and tests may write components in strings.
 */
async function pageDirs(siteDir: string, plugins: InitializedPlugin[]): Promise<string[]> {
  const contentPaths = plugins.flatMap((plugin) => (typeof plugin.options.path === 'string' ? [path.resolve(siteDir, plugin.options.path)] : []));
  const versioned = await Globby('*versioned_docs', {cwd: siteDir, onlyDirectories: true, absolute: true});
  const dirs = [...new Set([...contentPaths, ...versioned.map((dir) => path.resolve(dir)), path.join(siteDir, 'src'), path.join(siteDir, 'i18n')])];
  // A folder inside another is read with it.
  return dirs.filter((dir) => !dirs.some((other) => other !== dir && dir.startsWith(`${other}${path.sep}`)));
}

/** Prints every problem, one line each, and returns the exit code: 1 if there is any. */
export async function runCheckCommand(context: LoadContext, options: PluginOptions): Promise<number> {
  const started = Date.now();
  const plugins = await sitePlugins(context);
  const {problems, counts} = await checkSite({
    context,
    options,
    docsPlugins: plugins.filter((plugin) => plugin.name === DOCS_PLUGIN).map((plugin) => plugin.options as DocsPluginOptions),
    pageDirs: await pageDirs(context.siteDir, plugins),
    now: new Date(),
  });
  const checked = `${counts.meetings} meeting files, ${counts.events} event files and ${counts.pages} pages with components or calendar links`;
  for (const problem of problems) console.log(problem);
  if (problems.length > 0) {
    logger.error`sig:check found number=${problems.length} problem${problems.length === 1 ? '' : 's'} in ${checked}.`;
    return 1;
  }
  logger.success`sig:check: no problems in ${checked} (${Date.now() - started} ms).`;
  return 0;
}
