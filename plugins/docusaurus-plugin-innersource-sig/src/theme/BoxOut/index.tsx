import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate from '@docusaurus/Translate';
import CalendarFileLink from '@theme/CalendarFileLink';
import {useHeadingId} from '../../client/headingIds';
import {isCalendarFileHref} from '../../client/links';
import VisuallyHidden from '@theme/VisuallyHidden';
import styles from './styles.module.css';

export interface Props {
  /** Card heading. Without it the card renders without a heading (and the dev build warns). */
  title?: string;
  /** Image above the heading; decorative unless `imageAlt` is given. */
  image?: string;
  imageAlt?: string;
  /** Where the card's call to action goes: a site path (/docs/Intro) or a full URL. */
  link?: string;
  linkText?: string;
  /** Extra classes; `boxout1` … `boxout4` pick a colour of the SIG palette. */
  className?: string;
  /** Heading level of the title, 2 by default (cards sit under the page's h1). */
  headingLevel?: 2 | 3 | 4;
  children?: ReactNode;
}

function CardLink({link, linkText, title}: {link: string; linkText?: string; title?: string}) {
  const text = linkText?.trim() || <Translate id="sig.boxOut.defaultLinkText" description="Default text of a card's call to action">Find out more</Translate>;
  const body = (
    <>
      {text}
      {/* Several cards share "Find out more": name the card for screen-reader link lists. */}
      {title && <VisuallyHidden>: {title}</VisuallyHidden>}
    </>
  );
  if (isCalendarFileHref(link)) {
    return <CalendarFileLink href={link} className={clsx('button button--primary', styles.action)}>{body}</CalendarFileLink>;
  }
  return (
    <Link to={link} className={clsx('button button--primary', styles.action)}>
      {body}
    </Link>
  );
}

/** A content card for landing pages: image, heading, markdown body and a call to action. */
export default function BoxOut({title, image, imageAlt, link, linkText, className, headingLevel = 2, children}: Props): ReactNode {
  const trimmedTitle = typeof title === 'string' ? title.trim() : '';
  const headingId = useHeadingId(trimmedTitle || 'card');
  const imageUrl = useBaseUrl(image ?? '');
  if (!trimmedTitle && process.env.NODE_ENV !== 'production') {
    console.warn(`[BoxOut] A card has no "title" prop${link ? ` (its link is ${link})` : ''}: it renders without a heading.`);
  }
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <section className={clsx(styles.boxOut, className)} aria-labelledby={trimmedTitle ? headingId : undefined}>
      {/* Not lazy: cards open landing pages, where a lazy image delays the largest paint. */}
      {image && <img className={styles.image} src={imageUrl} alt={imageAlt ?? ''} decoding="async" />}
      {trimmedTitle && (
        <Heading id={headingId} className={styles.title}>
          {trimmedTitle}
        </Heading>
      )}
      <div className={styles.body}>{children}</div>
      {link && (
        <div className={styles.footer}>
          <CardLink link={link} linkText={linkText} title={trimmedTitle || undefined} />
        </div>
      )}
    </section>
  );
}
