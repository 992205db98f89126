import type {EventSummary, EventTag} from '../types';
import {slugify} from '../slug';

/**
 * The tags of the events, each with the key of its page (/events/tags/<key>) and how many events
 * have it, sorted by label. Tags differing only in case are one tag, shown as first written;
 * two tags with the same slug ("C++" and "C") get distinct keys.
 */
export function eventTags(events: Array<Pick<EventSummary, 'tags'>>, locale: string): EventTag[] {
  const byLabel = new Map<string, EventTag>();
  for (const event of events) {
    for (const label of event.tags) {
      const tag = byLabel.get(label.toLowerCase());
      if (tag) tag.count += 1;
      else byLabel.set(label.toLowerCase(), {label, key: '', count: 1});
    }
  }
  const tags = [...byLabel.values()].sort((a, b) => a.label.localeCompare(b.label, locale) || (a.label < b.label ? -1 : 1));
  const taken = new Set<string>();
  for (const tag of tags) {
    // "Community call" → community-call: letters of any script are kept, so every tag has a page.
    const base = slugify(tag.label) || 'tag';
    let key = base;
    for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
    taken.add(key);
    tag.key = key;
  }
  return tags;
}
