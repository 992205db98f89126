import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import CalendarFileLink from '@theme/CalendarFileLink';
import EventFeedLinks from '@theme/EventFeedLinks';
import EventList from '@theme/EventList';
import type {EventListing} from '../../types';
import {useEventFeedUrls, useSigData} from '../../client/pluginData';
import {webcalUrl} from '../../client/meetingTimes';
import {eventListingPath} from '../../outputs';
import styles from './styles.module.css';

export interface Props {
  /** What this page lists, from the route's `listing` module. The `events` module hands the cards to EventList. */
  listing?: EventListing;
}

function pageTitle(listing: EventListing): string {
  if (listing.tag) {
    return translate({id: 'sig.eventsPage.tagTitle', message: 'Events tagged “{tag}”', description: 'Title of the page of events with one tag; {tag} is the tag'}, {tag: listing.tag.label});
  }
  if (listing.tagIndex) return translate({id: 'sig.eventsPage.tagsTitle', message: 'Event tags', description: 'Title of the page listing the tags of events'});
  if (listing.when === 'upcoming') return translate({id: 'sig.eventsPage.upcoming', message: 'Upcoming events', description: 'Heading of the upcoming events on the events page'});
  if (listing.when === 'past') return translate({id: 'sig.eventsPage.past', message: 'Past events', description: 'Heading of the past events on the events page'});
  return translate({id: 'sig.eventsPage.title', message: 'Events', description: 'Title of the events page'});
}

/** A link of the filter bar; the current page's is marked for screen readers and styles. */
function FilterLink({to, children}: {to: string; children: ReactNode}) {
  const current = useLocation().pathname.replace(/\/$/, '') === useBaseUrl(to).replace(/\/$/, '');
  return (
    <Link to={to} className={clsx(styles.filter, current && styles.current)} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Plain links to the listing pages: they filter without JavaScript. */
function Filters({listing, base}: {listing: EventListing; base: string}) {
  return (
    <nav className={styles.filters} aria-label={translate({id: 'sig.eventsPage.filters', message: 'Filter events', description: 'Accessible name of the links that filter the events pages'})}>
      <ul className={styles.filterList}>
        <li><FilterLink to={base}><Translate id="sig.eventsPage.all" description="Link to the page of all events">All events</Translate></FilterLink></li>
        <li><FilterLink to={eventListingPath(base, {when: 'upcoming'})}><Translate id="sig.eventsPage.upcomingLink" description="Link to the page of upcoming events only">Upcoming</Translate></FilterLink></li>
        <li><FilterLink to={eventListingPath(base, {when: 'past'})}><Translate id="sig.eventsPage.pastLink" description="Link to the page of past events only">Past</Translate></FilterLink></li>
      </ul>
      {listing.tags.length > 0 && (
        <ul className={styles.filterList} aria-label={translate({id: 'sig.eventsPage.tags', message: 'Tags', description: 'Accessible name of the list of event tags on the events pages'})}>
          {listing.tags.map((tag) => (
            <li key={tag.key}>
              <FilterLink to={eventListingPath(base, {tag})}>
                {tag.label} <span className={styles.count}>({tag.count})</span>
              </FilterLink>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

/** Subscribe to, or download, the calendar of all events; the feeds for feed readers. */
function Follow() {
  const {siteConfig} = useDocusaurusContext();
  const calendar = useSigData()?.eventFeeds?.calendar;
  const feeds = useEventFeedUrls();
  if (!calendar || !feeds) return null;
  return (
    <div className={styles.follow}>
      <a className="button button--primary button--sm" href={webcalUrl(siteConfig.url, siteConfig.baseUrl, calendar)}>
        <Translate id="sig.eventsPage.subscribe" description="Link that subscribes a calendar app to the calendar of all events (webcal://)">Subscribe</Translate>
      </a>
      <CalendarFileLink href={calendar} className="button button--secondary button--sm">
        <Translate id="sig.eventsPage.addToCalendar" description="Button that downloads the calendar of all events as one .ics file">Add to calendar</Translate>
      </CalendarFileLink>
      <span className={styles.feeds}>
        <Translate id="sig.eventsPage.feeds" description="Label before the links to the events feeds (RSS, Atom, JSON Feed)">Feeds:</Translate>{' '}
        {/* Plain anchors: feeds are files, not pages of the site's router. */}
        <a href={feeds.rss} type="application/rss+xml">RSS</a> · <a href={feeds.atom} type="application/atom+xml">Atom</a> · <a href={feeds.json} type="application/feed+json">JSON Feed</a>
      </span>
    </div>
  );
}

function TagIndex({listing, base}: {listing: EventListing; base: string}) {
  if (listing.tags.length === 0) return <p><Translate id="sig.eventsPage.noTags" description="Shown on the event tags page when no event has a tag">No event has a tag yet.</Translate></p>;
  return (
    <ul className={styles.tagIndex}>
      {listing.tags.map((tag) => (
        <li key={tag.key}>
          <Link to={eventListingPath(base, {tag})}>{tag.label}</Link> ({tag.count})
        </li>
      ))}
    </ul>
  );
}

/**
 * /events and its filtered pages: upcoming events, soonest first, then past ones, latest first
 * (or only one of them, or one tag's). What is upcoming is decided at build time for the static
 * HTML, then at the reader's clock.
 */
export default function EventsPage({listing = {route: '/events', tags: []}}: Props): ReactNode {
  const title = pageTitle(listing);
  const base = listing.route;
  const tag = listing.tag?.label;
  return (
    <Layout title={title} description={translate({id: 'sig.eventsPage.description', message: 'Summits, community calls and other events of the SIG.', description: 'Meta description of the events page'})}>
      <EventFeedLinks />
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <Follow />
        <Filters listing={listing} base={base} />
        {listing.tagIndex ? (
          <TagIndex listing={listing} base={base} />
        ) : listing.when ? (
          <EventList upcoming={listing.when === 'upcoming'} past={listing.when === 'past'} tag={tag} />
        ) : (
          <>
            <section>
              <Heading as="h2" id="upcoming">{translate({id: 'sig.eventsPage.upcoming', message: 'Upcoming events', description: 'Heading of the upcoming events on the events page'})}</Heading>
              <EventList upcoming tag={tag} />
            </section>
            <section>
              <Heading as="h2" id="past">{translate({id: 'sig.eventsPage.past', message: 'Past events', description: 'Heading of the past events on the events page'})}</Heading>
              <EventList past tag={tag} />
            </section>
          </>
        )}
      </main>
    </Layout>
  );
}
