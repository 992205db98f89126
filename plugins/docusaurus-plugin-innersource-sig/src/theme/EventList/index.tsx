import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import EventCard from '@theme/EventCard';
import SigNotice from '@theme/SigNotice';
import {useNow, useSigData} from '../../client/pluginData';
import {selectEvents} from '../../client/events';
import {eventSummaries} from '../../client/pageData';
import styles from './styles.module.css';

export interface Props {
  /** Only events not over yet, soonest first. */
  upcoming?: boolean;
  /** Only events that are over, latest first. Neither or both: upcoming, then past. */
  past?: boolean;
  /** At most this many events. */
  limit?: number;
  /** Only events with this tag (case-insensitive). */
  tag?: string;
  /** Heading level of the card titles, 3 by default. */
  headingLevel?: 2 | 3 | 4;
}

function Empty({upcoming, past}: Props) {
  if (upcoming && !past) return <Translate id="sig.eventList.noUpcoming" description="Shown by a list of upcoming events when there is none">No upcoming events are announced yet.</Translate>;
  if (past && !upcoming) return <Translate id="sig.eventList.noPast" description="Shown by a list of past events when there is none">No past events.</Translate>;
  return <Translate id="sig.eventList.none" description="Shown by a list of events when there is none">No events.</Translate>;
}

/**
 * Event cards. What is upcoming is decided at build time for the static HTML (and while the page
 * hydrates, so both agree), then again at the reader's clock.
 */
export default function EventList(props: Props): ReactNode {
  const data = useSigData();
  const now = useNow(useIsBrowser(), data);
  const events = eventSummaries();
  if (!events) {
    return (
      <SigNotice problem="missing-data" value="EventList">
        <Translate id="sig.eventList.missingData" description="Notice shown where an EventList is used in a page whose data the build did not prepare">The events are not part of this page. Write EventList in an MDX page, or in a JS/TS file of the site.</Translate>
      </SigNotice>
    );
  }
  const selected = selectEvents(events, props, now);
  if (selected.length === 0) {
    return (
      <p className={styles.empty}>
        <Empty {...props} />
      </p>
    );
  }
  // data-pagefind-ignore: the site search finds an event on its own page, not on every list of it.
  return (
    <ul className={styles.list} data-pagefind-ignore="">
      {selected.map(({event, isPast}) => (
        <li key={event.slug} className={styles.item}>
          <EventCard event={event} isPast={isPast} headingLevel={props.headingLevel} />
        </li>
      ))}
    </ul>
  );
}
