/**
 * The tags BokTagList can list, read from the docs' front matter and tags.yml without loading
 * the docs plugin's content (which renders nothing but reads every doc's Git history, sidebars
 * and versions): the same tags as the build's index (tags/tagIndex.ts), from the same version.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import {DEFAULT_PARSE_FRONT_MATTER, Globby, normalizeTags, type TagsFile} from '@docusaurus/utils';
import {getTagsFile} from '@docusaurus/utils-validation';
import type {LoadContext} from '@docusaurus/types';
import {tagKey} from '../tags/tagIndex';
import type {TagSummary} from '../types';

/** The options of a docs plugin instance that say where its docs and tags are (normalized by Docusaurus). */
export interface DocsPluginOptions {
  id: string;
  path: string;
  include: string[];
  exclude: string[];
  tags?: string | false | null;
  lastVersion?: string;
  disableVersioning?: boolean;
}

/** Tags of the listed docs (not drafts, not unlisted), as the build's tag index names them. */
export function tagSummaries(frontMatters: Array<Record<string, unknown>>, tagsFile: TagsFile | null, source: string): TagSummary[] {
  const byKey = new Map<string, TagSummary>();
  for (const frontMatter of frontMatters) {
    if (frontMatter.draft === true || frontMatter.unlisted === true || !Array.isArray(frontMatter.tags)) continue;
    const tags = normalizeTags({
      options: {tags: undefined, onInlineTags: 'ignore'},
      source,
      frontMatterTags: frontMatter.tags,
      tagsBaseRoutePath: '/tags',
      tagsFile,
    });
    for (const tag of tags) {
      const key = tagKey(tag.permalink);
      if (!byKey.has(key)) byKey.set(key, {label: tag.label.trim().toLowerCase(), key});
    }
  }
  return [...byKey.values()];
}

/** The folder of the version the build indexes: `lastVersion`, else the newest of versions.json, else the current docs. */
async function lastVersionDir(siteDir: string, options: DocsPluginOptions): Promise<string> {
  const prefix = options.id === 'default' ? '' : `${options.id}_`;
  const versions = options.disableVersioning
    ? []
    : ((await fs.readFile(path.join(siteDir, `${prefix}versions.json`), 'utf8').then(JSON.parse, () => [])) as string[]);
  const name = options.lastVersion ?? versions.find((v) => v !== 'current') ?? 'current';
  return name === 'current' ? path.resolve(siteDir, options.path) : path.join(siteDir, `${prefix}versioned_docs`, `version-${name}`);
}

/** Reads the tags of one docs plugin instance. */
export async function readDocsTags(context: LoadContext, options: DocsPluginOptions): Promise<TagSummary[]> {
  const contentPath = await lastVersionDir(context.siteDir, options);
  const tagsFile = await getTagsFile({tags: options.tags, contentPaths: {contentPath, contentPathLocalized: contentPath}});
  const files = await Globby(options.include, {cwd: contentPath, ignore: options.exclude});
  const parse = context.siteConfig.markdown.parseFrontMatter;
  const frontMatters = await Promise.all(
    files.map(async (file) => {
      const filePath = path.join(contentPath, file);
      const fileContent = await fs.readFile(filePath, 'utf8');
      return (await parse({filePath, fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER})).frontMatter;
    }),
  );
  return tagSummaries(frontMatters, tagsFile, path.relative(context.siteDir, contentPath));
}
