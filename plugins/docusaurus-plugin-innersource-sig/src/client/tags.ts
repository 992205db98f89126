import type {TagSummary, TaggedDoc} from '../types';

// Shared by the build (index) and the browser (BokTagList): plain functions, no Node APIs.

export function normalizeTagName(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Finds a tag by label or by key, ignoring case and surrounding spaces. The build resolves the
 * names in pages the same way (pageData/imports.ts resolveTagName).
 */
export function findTag(tags: TagSummary[], name: string): TagSummary | undefined {
  const wanted = normalizeTagName(name);
  return (
    tags.find((t) => t.label === wanted) ??
    tags.find((t) => t.key === wanted) ??
    // "Getting Started" written for a tag whose key is getting-started
    tags.find((t) => t.key === wanted.replace(/\s+/g, '-'))
  );
}

/** Docs of a tag for one page: in list order, without the page itself, at most `limit`. */
export function selectTaggedDocs(
  tagDocs: TaggedDoc[],
  {currentPath, filter, limit}: {currentPath?: string; filter?: string; limit?: number} = {},
): TaggedDoc[] {
  const samePage = (permalink: string) =>
    currentPath !== undefined && permalink.replace(/\/$/, '') === currentPath.replace(/\/$/, '');
  const filterSegment = filter?.replace(/^\/+|\/+$/g, '').toLowerCase();
  const docs = tagDocs
    .filter((d) => !samePage(d.permalink))
    .filter((d) => !filterSegment || d.permalink.toLowerCase().split('/').includes(filterSegment) || d.permalink.toLowerCase().includes(`/${filterSegment}/`));
  return limit !== undefined && limit >= 0 ? docs.slice(0, limit) : docs;
}
