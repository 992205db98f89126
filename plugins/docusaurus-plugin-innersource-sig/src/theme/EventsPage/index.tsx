import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import EventList from '@theme/EventList';

/**
 * /events: upcoming events, soonest first, then past ones, latest first. The route's `events`
 * module (loaded with the page) is what hands the events to EventList.
 */
export default function EventsPage(): ReactNode {
  const title = translate({id: 'sig.eventsPage.title', message: 'Events', description: 'Title of the events page'});
  return (
    <Layout title={title} description={translate({id: 'sig.eventsPage.description', message: 'Summits, community calls and other events of the SIG.', description: 'Meta description of the events page'})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <section>
          <Heading as="h2" id="upcoming">{translate({id: 'sig.eventsPage.upcoming', message: 'Upcoming events', description: 'Heading of the upcoming events on the events page'})}</Heading>
          <EventList upcoming />
        </section>
        <section>
          <Heading as="h2" id="past">{translate({id: 'sig.eventsPage.past', message: 'Past events', description: 'Heading of the past events on the events page'})}</Heading>
          <EventList past />
        </section>
      </main>
    </Layout>
  );
}
