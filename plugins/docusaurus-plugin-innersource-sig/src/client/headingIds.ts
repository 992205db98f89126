import {createContext, useContext, useId} from 'react';
import {slugify} from '../slug';

/** A readable anchor id from a title: "What is it?" → "what-is-it". */
function headingSlug(title: string): string {
  return slugify(title) || 'section';
}

/**
 * Hands out unique ids for one rendered page. Keyed by React's useId so that a component
 * rendering twice (StrictMode, re-renders) keeps its id, and server and browser agree.
 */
export class HeadingIdRegistry {
  private readonly byOwner = new Map<string, string>();
  private readonly taken = new Set<string>();

  claim(owner: string, title: string): string {
    const existing = this.byOwner.get(owner);
    if (existing) return existing;
    const base = headingSlug(title);
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}-${n}`;
    this.taken.add(id);
    this.byOwner.set(owner, id);
    return id;
  }
}

export const HeadingIdContext = createContext<HeadingIdRegistry | null>(null);

/** A stable id for a card heading, unique on the page when inside MDX content. */
export function useHeadingId(title: string): string {
  const owner = useId();
  const registry = useContext(HeadingIdContext);
  return registry ? registry.claim(owner, title) : headingSlug(title);
}
