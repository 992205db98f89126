/**
 * Event pages and minutes pages are MDX modules, as plugin-content-pages' pages are: the MDX
 * loader compiles their files, and their metadata comes from createData.
 */
import path from 'node:path';
import {createMDXLoaderRule} from '@docusaurus/mdx-loader';
import {addTrailingPathSeparator, aliasedSitePath, createAbsoluteFilePathMatcher, docuHash, GlobExcludeDefault} from '@docusaurus/utils';
import type {LoadContext} from '@docusaurus/types';
import rehypeTableWhitespace from '../markdown/rehypeTableWhitespace';

/** Where createData puts an MDX page's metadata (an event's, a minutes page's): the MDX loader's `metadataPath` must agree. */
export function metadataFileName(aliasedSource: string): string {
  return `${docuHash(aliasedSource)}.json`;
}

/**
 * Whether the site's MDX compiles once for both bundles: `future.faster` since Docusaurus 3.10,
 * `future.experimental_faster` before it.
 */
export function mdxCrossCompilerCache(future: LoadContext['siteConfig']['future']): boolean {
  const legacy = (future as {experimental_faster?: {mdxCrossCompilerCache?: boolean}}).experimental_faster;
  return (future.faster ?? legacy)?.mdxCrossCompilerCache ?? false;
}

/**
 * The MDX loader rule for event files, minutes files and their translations, as plugin-content-pages makes its own: the site's
 * markdown config (so .md is CommonMark with format 'detect'), and `metadata` from createData.
 * Raw HTML tables of .md pages lose the whitespace React cannot hydrate.
 */
export function createMDXPagesLoaderRule(context: LoadContext, pageDirs: string[], dataDir: string): ReturnType<typeof createMDXLoaderRule> {
  const {siteDir, siteConfig} = context;
  return createMDXLoaderRule({
    include: pageDirs.map(addTrailingPathSeparator),
    options: {
      useCrossCompilerCache: mdxCrossCompilerCache(siteConfig.future),
      admonitions: true,
      rehypePlugins: [rehypeTableWhitespace],
      staticDirs: siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir)),
      siteDir,
      isMDXPartial: createAbsoluteFilePathMatcher(GlobExcludeDefault, pageDirs),
      metadataPath: (mdxPath: string) => path.join(dataDir, metadataFileName(aliasedSitePath(mdxPath, siteDir))),
      // The page shows `title` as its h1: a leading "# Title" in the body would be a second one.
      removeContentTitle: true,
      markdownConfig: siteConfig.markdown,
    },
  });
}
