import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import CalendarFileLink from '@theme/CalendarFileLink';
import EventStatusBadge from '@theme/EventStatusBadge';
import EventFeedLinks from '@theme/EventFeedLinks';
import type {EventPageMetadata, EventSessionData} from '../../types';
import {useNow, useSigData} from '../../client/pluginData';
import {isPastEvent} from '../../client/events';
import {useIntlLocale} from '../../client/locale';
import {readerTimeZone} from '../../client/meetingTimes';
import {formatDateTimeRange, zoneName} from '../../intl';
import styles from './styles.module.css';

export interface Props {
  /** The event's markdown, compiled by the MDX loader; `metadata` is what the plugin created. */
  content: {metadata: EventPageMetadata; (): ReactNode};
}

function EventImage({src, alt}: {src: string; alt?: string}) {
  const absolute = useBaseUrl(src, {absolute: true});
  return (
    <>
      <Head>
        <meta property="og:image" content={absolute} />
        <meta name="twitter:image" content={absolute} />
      </Head>
      <img className={styles.image} src={useBaseUrl(src)} alt={alt ?? ''} />
    </>
  );
}

/**
 * Each session in the event's zone (written by the build); after hydration also in the reader's,
 * which the static HTML cannot know.
 */
function Sessions({event}: {event: EventPageMetadata}) {
  const locale = useIntlLocale();
  const reader = useIsBrowser() ? readerTimeZone() : undefined;
  const showReader = reader !== undefined && reader !== event.timezone;
  // The zone's name says it all: "Central European Time", "heure : Allemagne".
  const eventTime = event.zoneName;
  const readerTime =
    reader &&
    translate(
      {id: 'sig.eventPage.readerTime', message: 'Your time ({zone})', description: "Column heading of an event's session times in the reader's zone, shown after the page loads"},
      {zone: zoneName(reader, locale)},
    );
  const readerWhen = (session: EventSessionData) => reader && formatDateTimeRange(session.startsAt, session.endsAt, reader, locale);
  return (
    <table className={styles.sessions}>
      <caption className={styles.caption}>
        <Translate id="sig.eventPage.sessions" description="Caption of an event's table of sessions">Sessions</Translate>
      </caption>
      <thead>
        <tr>
          <th scope="col"><Translate id="sig.eventPage.session" description="Column heading of an event's session names">Session</Translate></th>
          <th scope="col">{eventTime}</th>
          {showReader && <th scope="col" data-reader-zone={reader}>{readerTime}</th>}
        </tr>
      </thead>
      <tbody>
        {event.sessions.map((session) => (
          <tr key={`${session.startsAt}-${session.title}`}>
            <th scope="row">{session.title}</th>
            {/* data-label: the column name, shown in the cell on phones, where the header row is hidden. */}
            <td data-label={eventTime}>
              <time dateTime={new Date(session.startsAt * 1000).toISOString()}>{session.when}</time>
            </td>
            {showReader && (
              <td data-label={readerTime}>{readerWhen(session)}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /events/<slug>: the event's details, sessions, calls to action and its markdown. */
export default function EventPage({content: EventContent}: Props): ReactNode {
  const event = EventContent.metadata;
  const now = useNow(useIsBrowser(), useSigData());
  const isPast = isPastEvent(event, now);
  return (
    <Layout title={event.title} description={event.description}>
      <EventFeedLinks />
      <main className="container margin-vert--lg">
        <article className={styles.event}>
          <header className={styles.header}>
            {event.image && <EventImage src={event.image} alt={event.imageAlt} />}
            <h1 className={styles.title}>{event.title}</h1>
            <p className={styles.meta}>
              <time dateTime={event.date}>{event.days}</time>
              {event.location && <span className={styles.location}>{event.location}</span>}
              {isPast && (
                <span className="badge badge--secondary">
                  <Translate id="sig.eventPage.past" description="Badge of an event that is over">Past event</Translate>
                </span>
              )}
              {event.status && <EventStatusBadge status={event.status} />}
            </p>
            {event.tags.length > 0 && (
              <ul className={styles.tags} aria-label={translate({id: 'sig.eventPage.tags', message: 'Tags', description: "Accessible name of an event's list of tags"})}>
                {event.tags.map((tag) => (
                  <li key={tag} className={clsx('badge', styles.tag)}>{tag}</li>
                ))}
              </ul>
            )}
            <div className={styles.actions}>
              {!isPast && event.registration && (
                <Link className="button button--primary" to={event.registration}>
                  <Translate id="sig.eventPage.register" description="Button of an upcoming event that links to its registration">Register</Translate>
                </Link>
              )}
              {isPast && event.recording && (
                <Link className="button button--primary" to={event.recording}>
                  <Translate id="sig.eventPage.recording" description="Button of a past event that links to its recording">Watch the recording</Translate>
                </Link>
              )}
              <CalendarFileLink href={event.icsPath} className={clsx('button', 'button--secondary')}>
                <Translate id="sig.eventPage.addToCalendar" description="Button that downloads an event's .ics file">Add to calendar</Translate>
              </CalendarFileLink>
            </div>
          </header>
          {event.sessions.length > 0 && <Sessions event={event} />}
          <div className={clsx('markdown', styles.body)}>
            <MDXContent>
              <EventContent />
            </MDXContent>
          </div>
        </article>
      </main>
    </Layout>
  );
}
