import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate from '@docusaurus/Translate';
import EventStatusBadge from '@theme/EventStatusBadge';
import type {EventSummary} from '../../types';
import VisuallyHidden from '@theme/VisuallyHidden';
import styles from './styles.module.css';

export interface Props {
  event: EventSummary;
  /** Decided by the list at its "now": the card shows a recording instead of registration. */
  isPast: boolean;
  /** Heading level of the title, 3 by default (cards sit under a section heading). */
  headingLevel?: 2 | 3 | 4;
}

function CardImage({src, alt}: {src: string; alt?: string}) {
  // Decorative without imageAlt: the title next to it names the event.
  return <img className={styles.image} src={useBaseUrl(src)} alt={alt ?? ''} loading="lazy" />;
}

/** The one call to action that fits the event now. */
function Action({event, isPast}: Props) {
  const [to, label] = event.redirect
    ? [event.redirect, <Translate id="sig.eventCard.website" description="Button of an event card that links to the event's own website">Event website</Translate>]
    : !isPast && event.registration
      ? [event.registration, <Translate id="sig.eventCard.register" description="Button of an upcoming event's card that links to its registration">Register</Translate>]
      : isPast && event.recording
        ? [event.recording, <Translate id="sig.eventCard.recording" description="Button of a past event's card that links to its recording">Watch the recording</Translate>]
        : event.permalink
          ? [event.permalink, <Translate id="sig.eventCard.readMore" description="Button of an event card that opens the event's page">Read more</Translate>]
          : [undefined, undefined];
  if (!to) return null;
  return (
    <Link className={clsx('button button--sm', isPast ? 'button--secondary' : 'button--primary')} to={to}>
      {label}
      {/* Several cards share the same words: name the event for screen-reader link lists. */}
      <VisuallyHidden>: {event.title}</VisuallyHidden>
    </Link>
  );
}

/** One event in a list: image, title, days, place and the call to action. */
export default function EventCard({event, isPast, headingLevel = 3}: Props): ReactNode {
  const Heading = `h${headingLevel}` as const;
  const titleLink = event.permalink ?? event.redirect;
  return (
    <article className={clsx('card', styles.card, isPast && styles.past)} data-event={event.slug}>
      {event.image && <CardImage src={event.image} alt={event.imageAlt} />}
      <div className={clsx('card__body', styles.body)}>
        <Heading className={styles.title}>
          {titleLink ? <Link to={titleLink}>{event.title}</Link> : event.title}
        </Heading>
        <p className={styles.meta}>
          <time dateTime={event.date}>{event.days}</time>
          {event.location && <span className={styles.location}>{event.location}</span>}
          {event.status && <EventStatusBadge status={event.status} />}
        </p>
        {event.description && <p className={styles.description}>{event.description}</p>}
      </div>
      <div className="card__footer">
        <Action event={event} isPast={isPast} />
      </div>
    </article>
  );
}
