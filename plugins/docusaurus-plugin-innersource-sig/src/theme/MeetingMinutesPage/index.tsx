import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import type {MeetingMinutesMetadata} from '../../types';
import styles from './styles.module.css';

export interface Props {
  /** The minutes' markdown, compiled by the MDX loader; `metadata` is what the plugin created. */
  content: {metadata: MeetingMinutesMetadata; (): ReactNode};
}

/** /meetings/<id>/<date>: the minutes of one meeting, with its series, links and neighbours. */
export default function MeetingMinutesPage({content: MinutesContent}: Props): ReactNode {
  const minutes = MinutesContent.metadata;
  const {agenda, recording, notes} = minutes.links;
  return (
    <Layout title={minutes.title} description={minutes.description}>
      <main className="container margin-vert--lg">
        <article className={styles.minutes}>
          <nav aria-label={translate({id: 'sig.seriesPage.breadcrumbs', message: 'Breadcrumbs', description: "Accessible name of a series page's breadcrumb navigation"})}>
            <ul className="breadcrumbs">
              <li className="breadcrumbs__item">
                <Link className="breadcrumbs__link" to={minutes.seriesPath}>{minutes.seriesTitle}</Link>
              </li>
              <li className="breadcrumbs__item breadcrumbs__item--active">
                <span className="breadcrumbs__link" aria-current="page">{minutes.title}</span>
              </li>
            </ul>
          </nav>
          <header className={styles.header}>
            <h1 className={styles.title}>{minutes.title}</h1>
            <p className={styles.meta}>
              <time dateTime={new Date(minutes.start * 1000).toISOString()}>{minutes.label}</time>
              {minutes.movedFrom && (
                <span>
                  <Translate id="sig.seriesPage.movedFrom" description="Status of a past meeting that was moved; {date} is the day it was scheduled on, e.g. Tue, 14 Apr 2026" values={{date: minutes.movedFrom}}>
                    {'Moved from {date}'}
                  </Translate>
                </span>
              )}
            </p>
            {(agenda || recording || notes) && (
              <p className={styles.links}>
                {agenda && <Link to={agenda}><Translate id="sig.seriesPage.agenda" description="Link to the agenda of one past meeting">Agenda</Translate></Link>}
                {recording && <Link to={recording}><Translate id="sig.seriesPage.recording" description="Link to the recording of one past meeting">Recording</Translate></Link>}
                {notes && (
                  <Link to={notes}><Translate id="sig.minutesPage.moreNotes" description="On a minutes page: link to more notes of the same meeting kept elsewhere">More notes</Translate></Link>
                )}
              </p>
            )}
          </header>
          <div className="markdown">
            <MDXContent>
              <MinutesContent />
            </MDXContent>
          </div>
          {(minutes.previous || minutes.next) && (
            <nav
              className="pagination-nav margin-top--lg"
              aria-label={translate({id: 'sig.minutesPage.otherMinutes', message: 'Minutes of other meetings', description: "Accessible name of a minutes page's links to the previous and next minutes"})}>
              {minutes.previous && (
                <Link className="pagination-nav__link pagination-nav__link--prev" to={minutes.previous.permalink} rel="prev">
                  <div className="pagination-nav__sublabel">
                    <Translate id="sig.minutesPage.previous" description="Label of the link to the previous meeting's minutes">Previous meeting</Translate>
                  </div>
                  <div className="pagination-nav__label">{minutes.previous.label}</div>
                </Link>
              )}
              {minutes.next && (
                <Link className="pagination-nav__link pagination-nav__link--next" to={minutes.next.permalink} rel="next">
                  <div className="pagination-nav__sublabel">
                    <Translate id="sig.minutesPage.next" description="Label of the link to the next meeting's minutes">Next meeting</Translate>
                  </div>
                  <div className="pagination-nav__label">{minutes.next.label}</div>
                </Link>
              )}
            </nav>
          )}
        </article>
      </main>
    </Layout>
  );
}
