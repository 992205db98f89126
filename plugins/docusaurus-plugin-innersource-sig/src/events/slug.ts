import {EVENT_LISTING_SEGMENTS} from '../outputs';
import {slugify} from '../slug';

/** Slugs name an event's page (/events/<slug>) and its calendar file (/ics/events/<slug>.ics). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Pages of the events listing (/events/upcoming, /events/past, /events/tags/…): no event may take their path. */
export const RESERVED_SLUGS = EVENT_LISTING_SEGMENTS;

/**
 * The default slug of an event file (path relative to the events folder): its name, or its
 * folder's name for `<folder>/index.md`, slugified. Empty when nothing usable is left.
 */
export function slugFromPath(relativePath: string): string {
  const parts = relativePath.split(/[\\/]/);
  const name = parts.pop()!.replace(/\.mdx?$/i, '');
  return slugify(name === 'index' && parts.length > 0 ? parts.pop()! : name, {ascii: true});
}
