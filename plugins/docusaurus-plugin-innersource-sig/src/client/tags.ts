import type {DocsTagIndex, TaggedDoc} from '../types';

// Shared by the build (index) and the browser (BokTagList): plain functions, no Node APIs.

export function normalizeTagName(name: string): string {
  return name.trim().toLowerCase();
}

/** Finds a tag by label or by key, ignoring case and surrounding spaces. */
export function findTag(index: DocsTagIndex, name: string): DocsTagIndex['tags'][number] | undefined {
  const wanted = normalizeTagName(name);
  return (
    index.tags.find((t) => t.label === wanted) ??
    index.tags.find((t) => t.key === wanted) ??
    // "Getting Started" written for a tag whose key is getting-started
    index.tags.find((t) => t.key === wanted.replace(/\s+/g, '-'))
  );
}

/** Docs of a tag for one page: in list order, without the page itself, at most `limit`. */
export function selectTaggedDocs(
  index: DocsTagIndex,
  tagName: string,
  {currentPath, filter, limit}: {currentPath?: string; filter?: string; limit?: number} = {},
): TaggedDoc[] | undefined {
  const tag = findTag(index, tagName);
  if (!tag) return undefined;
  const samePage = (permalink: string) =>
    currentPath !== undefined && permalink.replace(/\/$/, '') === currentPath.replace(/\/$/, '');
  const filterSegment = filter?.replace(/^\/+|\/+$/g, '').toLowerCase();
  const docs = tag.docs
    .map((i) => index.docs[i]!)
    .filter((d) => !samePage(d.permalink))
    .filter((d) => !filterSegment || d.permalink.toLowerCase().split('/').includes(filterSegment) || d.permalink.toLowerCase().includes(`/${filterSegment}/`));
  return limit !== undefined && limit >= 0 ? docs.slice(0, limit) : docs;
}
