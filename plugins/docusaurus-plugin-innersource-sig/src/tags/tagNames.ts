import type {TagSummary} from '../types';

// How a page names a docs tag, for the build (page-data imports, sig:check) and the browser
// (BokTagList) alike, so that the data a page gets is the data its list shows. Plain functions:
// the theme imports them.

/** What a page may call each tag, its label or its key (both lower case) → its key. */
export function tagNames(tags: readonly TagSummary[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const {label, key} of tags) {
    names[label] = key;
    names[key] = key;
  }
  return names;
}

/** The key of the tag `name` is: its label or key in any case and spacing, or its label with spaces for the key's dashes. */
export function resolveTagName(names: Record<string, string>, name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  // Not Object.hasOwn, which browsers have only since 2022 (Safari 15.4).
  const byName = (n: string) => (Object.prototype.hasOwnProperty.call(names, n) ? names[n] : undefined);
  return byName(wanted) ?? byName(wanted.replace(/\s+/g, '-'));
}
