import fs from 'node:fs';
import {performance} from 'node:perf_hooks';
import {recordTiming} from '../timings';
import {appendImports, isComponentSource, pageDataImports} from '../pageData/imports';
import {findComponentUsages, mayUseDataComponents} from '../pageData/usages';
import type {PageDataIndex, PageDataLoaderOptions} from '../pageData/modules';

// Minimal structural type: the same loader runs under webpack and Rspack.
interface LoaderContext {
  resourcePath: string;
  getOptions(): PageDataLoaderOptions;
  addDependency(file: string): void;
}

/**
 * A pre-loader on the site's MDX and JS sources: a page using BokTagList, MeetingTable or
 * EventList gets imports of the generated modules holding their data, so the bundler puts that
 * data in the page's own chunk (loaded before the page renders) instead of every page's.
 */
function pageDataLoader(this: LoaderContext, source: string): string {
  const started = performance.now();
  try {
    return withPageDataImports(this, source);
  } finally {
    recordTiming('pageDataLoader', started);
  }
}

function withPageDataImports(loader: LoaderContext, source: string): string {
  if (!mayUseDataComponents(source)) return source;
  const {indexPath, markdownFormat} = loader.getOptions();
  if (!isComponentSource(loader.resourcePath, source, markdownFormat)) return source;
  // Rebuild (and invalidate cached output) when tags or meetings change.
  loader.addDependency(indexPath);
  const index = JSON.parse(fs.readFileSync(indexPath, 'utf8')) as PageDataIndex;
  return appendImports(source, pageDataImports(findComponentUsages(source), index));
}

export = pageDataLoader;
