import type {AllContent} from '@docusaurus/types';
import type {DocsTagIndex} from '../types';
import {buildTagIndex, type SourceDoc} from '../tags/tagIndex';

/** The name of Docusaurus' docs plugin: its key in allContent and its plugins' `name`. */
export const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

interface DocsPluginContent {
  loadedVersions: Array<{isLast: boolean; docs: SourceDoc[]}>;
}

/**
 * One tag index per docs plugin instance, from the current version (the one marked last):
 * lists point readers at the docs they are meant to read, not at archived versions.
 */
export function collectTagIndexes(allContent: AllContent, onlyIds?: string[]): Record<string, DocsTagIndex> {
  const instances = (allContent[DOCS_PLUGIN] ?? {}) as Record<string, DocsPluginContent | undefined>;
  const indexes: Record<string, DocsTagIndex> = {};
  for (const [pluginId, content] of Object.entries(instances)) {
    if (!content || (onlyIds && !onlyIds.includes(pluginId))) continue;
    const current = content.loadedVersions.find((v) => v.isLast) ?? content.loadedVersions[0];
    indexes[pluginId] = buildTagIndex(current?.docs ?? []);
  }
  return indexes;
}
