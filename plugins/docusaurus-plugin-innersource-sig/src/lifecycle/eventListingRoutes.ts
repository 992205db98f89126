import {docuHash, normalizeUrl} from '@docusaurus/utils';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import {eventTags} from '../events';
import type {EventListing, EventSummary} from '../types';

/**
 * The events listing pages, each a real route (in the sitemap, working without JavaScript):
 * /events, /events/upcoming, /events/past, /events/tags and /events/tags/<tag>. Each gets the
 * events module (the cards) and a small module saying what it lists. Returns how many pages it added.
 */
export async function addEventListingRoutes(args: {
  events: EventSummary[];
  /** The events route with baseUrl. */
  eventsBasePath: string;
  /** The events route without baseUrl, as the plugin option gives it. */
  eventsRoute: string;
  /** The page-data module of all event cards. */
  eventsModule: string;
  locale: string;
  actions: Pick<PluginContentLoadedActions, 'addRoute' | 'createData'>;
}): Promise<number> {
  const {eventsBasePath, eventsModule, actions} = args;
  const tags = eventTags(args.events, args.locale);
  const pages: Array<[string, Omit<EventListing, 'tags' | 'route'>]> = [
    [eventsBasePath, {}],
    [normalizeUrl([eventsBasePath, 'upcoming']), {when: 'upcoming'}],
    [normalizeUrl([eventsBasePath, 'past']), {when: 'past'}],
    [normalizeUrl([eventsBasePath, 'tags']), {tagIndex: true}],
    ...tags.map((tag): [string, Omit<EventListing, 'tags' | 'route'>] => [normalizeUrl([eventsBasePath, 'tags', tag.key]), {tag}]),
  ];
  const route = normalizeUrl([args.eventsRoute]).replace(/\/$/, '') || '/';
  for (const [path, listing] of pages) {
    const listingModule = await actions.createData(`events-listing-${docuHash(path)}.json`, JSON.stringify({...listing, tags, route}));
    actions.addRoute({path, component: '@theme/EventsPage', exact: true, modules: {events: eventsModule, listing: listingModule}});
  }
  return pages.length;
}
