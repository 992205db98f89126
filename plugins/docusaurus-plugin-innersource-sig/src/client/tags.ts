import type {TaggedDoc} from '../types';

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
