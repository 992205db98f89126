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
  const title = translate({id: 'sig.eventsPage.title', message: 'Events'});
  return (
    <Layout title={title} description={translate({id: 'sig.eventsPage.description', message: 'Summits, community calls and other events of the SIG.'})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <section>
          <Heading as="h2" id="upcoming">{translate({id: 'sig.eventsPage.upcoming', message: 'Upcoming events'})}</Heading>
          <EventList upcoming />
        </section>
        <section>
          <Heading as="h2" id="past">{translate({id: 'sig.eventsPage.past', message: 'Past events'})}</Heading>
          <EventList past />
        </section>
      </main>
    </Layout>
  );
}
