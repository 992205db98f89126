import type {DocsTagIndex, TaggedDoc} from '../types';


/** The subset of a docs plugin doc (LoadedContent) that tag lists need. */
export interface SourceDoc {
  title: string;
  permalink: string;
  description?: string;
  unlisted?: boolean;
  draft?: boolean;
  sidebarPosition?: number;
  frontMatter: Record<string, unknown>;
  tags: Array<{label: string; permalink: string}>;
}

/** A docs tag's key: the last segment of its permalink (the key used in tags.yml). */
export function tagKey(tagPermalink: string): string {
  const segments = tagPermalink.replace(/\/+$/, '').split('/');
  return decodeURIComponent(segments[segments.length - 1] ?? '').toLowerCase();
}

const DESCRIPTION_LIMIT = 180;

/** A list shows a summary: long descriptions (often a whole first paragraph) are cut at a word. */
export function shortDescription(text: string): string {
  if (text.length <= DESCRIPTION_LIMIT) return text;
  const cut = text.slice(0, DESCRIPTION_LIMIT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LIMIT / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

// One collator for all comparisons: `localeCompare` with a locale builds one per call, which
// dominated sorting thousands of docs.
const titleOrder = new Intl.Collator('en', {sensitivity: 'base'});

/** Sorted by sidebar position (docs without one last), then title. */
export function compareDocs(a: TaggedDoc, b: TaggedDoc): number {
  const pa = a.position ?? Number.POSITIVE_INFINITY;
  const pb = b.position ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return titleOrder.compare(a.title, b.title);
}

function stringField(frontMatter: Record<string, unknown>, name: string): string | undefined {
  const value = frontMatter[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Unlisted or draft. The docs plugin sets `unlisted`/`draft` only in production builds (in
 * development it shows such docs with a banner), so the front matter is read too: otherwise
 * `docusaurus start` would list docs that the production site leaves out.
 */
function isHidden(d: SourceDoc): boolean {
  return Boolean(d.unlisted || d.draft || d.frontMatter.unlisted === true || d.frontMatter.draft === true);
}

/**
 * Builds the compact index each tag's page-data module is made from: only the fields BokTagList renders,
 * each doc once, tags pointing at doc indexes. Unlisted docs and drafts are left out.
 */
export function buildTagIndex(docs: SourceDoc[]): DocsTagIndex {
  const listed = docs.filter((d) => !isHidden(d) && d.tags.length > 0);
  const taggedDocs: TaggedDoc[] = listed.map((d) => {
    const image = stringField(d.frontMatter, 'list_image');
    const doc: TaggedDoc = {title: d.title, permalink: d.permalink};
    if (d.description) doc.description = shortDescription(d.description);
    if (image) {
      doc.image = image;
      // Alt text: explicit list_image_alt, else the title (the image illustrates the doc).
      doc.imageAlt = stringField(d.frontMatter, 'list_image_alt') ?? d.title;
    }
    if (typeof d.sidebarPosition === 'number') doc.position = d.sidebarPosition;
    return doc;
  });
  const order = taggedDocs.map((_, i) => i).sort((a, b) => compareDocs(taggedDocs[a]!, taggedDocs[b]!));
  const sortedDocs = order.map((i) => taggedDocs[i]!);
  const newIndexOf = new Map(order.map((oldIndex, newIndex) => [oldIndex, newIndex]));

  const tags = new Map<string, {label: string; key: string; docs: number[]}>();
  listed.forEach((d, oldIndex) => {
    for (const tag of d.tags) {
      const key = tagKey(tag.permalink);
      let entry = tags.get(key);
      if (!entry) {
        entry = {label: tag.label.trim().toLowerCase(), key, docs: []};
        tags.set(key, entry);
      }
      const docIndex = newIndexOf.get(oldIndex)!;
      // A doc naming the same tag twice (tags: [a, a]) is still listed once.
      if (!entry.docs.includes(docIndex)) entry.docs.push(docIndex);
    }
  });
  for (const entry of tags.values()) entry.docs.sort((a, b) => a - b);
  return {
    tags: [...tags.values()].sort((a, b) => a.key.localeCompare(b.key)),
    docs: sortedDocs,
  };
}
