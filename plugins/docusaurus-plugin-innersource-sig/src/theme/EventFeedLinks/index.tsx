import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import {useEventFeedUrls} from '../../client/pluginData';

/** `<link rel="alternate">` to the events feeds, so browsers and feed readers find them from an events page. */
export default function EventFeedLinks(): ReactNode {
  const feeds = useEventFeedUrls();
  if (!feeds) return null;
  const title = translate({id: 'sig.eventsPage.title', message: 'Events', description: 'Title of the events page'});
  return (
    <Head>
      <link rel="alternate" type="application/rss+xml" href={feeds.rss} title={`${title} (RSS)`} />
      <link rel="alternate" type="application/atom+xml" href={feeds.atom} title={`${title} (Atom)`} />
      <link rel="alternate" type="application/feed+json" href={feeds.json} title={`${title} (JSON Feed)`} />
    </Head>
  );
}
