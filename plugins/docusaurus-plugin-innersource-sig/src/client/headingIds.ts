import {createContext, useContext, useId} from 'react';
import {HeadingIdRegistry, slugify} from './slug';

export const HeadingIdContext = createContext<HeadingIdRegistry | null>(null);

/** A stable id for a card heading, unique on the page when inside MDX content. */
export function useHeadingId(title: string): string {
  const owner = useId();
  const registry = useContext(HeadingIdContext);
  return registry ? registry.claim(owner, title) : slugify(title);
}
