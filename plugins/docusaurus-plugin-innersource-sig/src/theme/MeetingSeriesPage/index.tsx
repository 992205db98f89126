import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import MeetingTable from '@theme/MeetingTable';
import type {MeetingClientData, MeetingSeriesPageData, PastMeetingData} from '../../types';
import {useSigData} from '../../client/pluginData';
import styles from './styles.module.css';

export interface Props {
  /** The series' schedule, links and upcoming dates (its page-data module, which MeetingTable reads too). */
  meeting: MeetingClientData;
  /** Its past meetings and organiser. */
  series: MeetingSeriesPageData;
}

/** How many past meetings show at once; the rest are one disclosure away. */
export const LATEST_PAST_MEETINGS = 12;

function Status({meeting}: {meeting: PastMeetingData}) {
  if (meeting.status === 'cancelled') {
    return (
      <span className={clsx('badge', styles.cancelledBadge)}>
        <Translate id="sig.seriesPage.cancelled" description="Status of a past meeting that was cancelled">Cancelled</Translate>
      </span>
    );
  }
  if (meeting.status === 'moved') {
    return (
      <Translate id="sig.seriesPage.movedFrom" description="Status of a past meeting that was moved; {date} is the day it was scheduled on, e.g. Tue, 14 Apr 2026" values={{date: meeting.movedFrom}}>
        {'Moved from {date}'}
      </Translate>
    );
  }
  return <Translate id="sig.seriesPage.held" description="Status of a past meeting that took place as scheduled">Held</Translate>;
}

function MeetingLinks({meeting}: {meeting: PastMeetingData}) {
  const {minutes, notes, agenda, recording} = meeting.links;
  const items = [
    minutes && (
      <Link key="minutes" to={minutes}><Translate id="sig.seriesPage.minutes" description="Link to the minutes of one past meeting">Minutes</Translate></Link>
    ),
    !minutes && notes && (
      <Link key="notes" to={notes}><Translate id="sig.seriesPage.notes" description="Link to the minutes of one past meeting, kept outside the site (a GitHub issue, a document)">Minutes</Translate></Link>
    ),
    agenda && (
      <Link key="agenda" to={agenda}><Translate id="sig.seriesPage.agenda" description="Link to the agenda of one past meeting">Agenda</Translate></Link>
    ),
    recording && (
      <Link key="recording" to={recording}><Translate id="sig.seriesPage.recording" description="Link to the recording of one past meeting">Recording</Translate></Link>
    ),
  ].filter(Boolean);
  if (items.length === 0) return null;
  return <span className={styles.links}>{items}</span>;
}

function PastMeetingsTable({meetings, caption}: {meetings: PastMeetingData[]; caption: ReactNode}) {
  return (
    <table className={styles.past}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col"><Translate id="sig.seriesPage.date" description="Column heading of the past meetings' dates and times">Date</Translate></th>
          <th scope="col"><Translate id="sig.seriesPage.status" description="Column heading of what became of each past meeting (held, moved, cancelled)">Status</Translate></th>
          <th scope="col"><Translate id="sig.seriesPage.links" description="Column heading of each past meeting's minutes, agenda and recording links">Minutes and recordings</Translate></th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => {
          const time = <time dateTime={new Date(meeting.start * 1000).toISOString()}>{meeting.label}</time>;
          return (
            <tr key={`${meeting.date}-${meeting.status}`} data-status={meeting.status}>
              {/* Struck out for the eye; the status column says it in words. */}
              <th scope="row">{meeting.status === 'cancelled' ? <del>{time}</del> : time}</th>
              <td><Status meeting={meeting} /></td>
              <td><MeetingLinks meeting={meeting} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function PastMeetings({past}: {past: PastMeetingData[]}) {
  const latest = past.slice(0, LATEST_PAST_MEETINGS);
  const earlier = past.slice(LATEST_PAST_MEETINGS);
  return (
    <section aria-labelledby="past-meetings">
      <Heading as="h2" id="past-meetings">
        <Translate id="sig.seriesPage.pastHeading" description="Heading of a meeting series' past meetings">Past meetings</Translate>
      </Heading>
      {past.length === 0 ? (
        <p><Translate id="sig.seriesPage.noPast" description="Shown instead of the past meetings of a series that has not met yet">This series has not met yet.</Translate></p>
      ) : (
        <PastMeetingsTable
          meetings={latest}
          caption={<Translate id="sig.seriesPage.latestCaption" description="Caption of the table of a series' latest past meetings, newest first">Latest meetings, newest first</Translate>}
        />
      )}
      {earlier.length > 0 && (
        // A disclosure works without JavaScript and keeps one route per series.
        <details className={styles.earlier}>
          <summary>
            <Translate id="sig.seriesPage.earlier" description="Summary of the disclosure holding a series' older past meetings; {count} is how many" values={{count: earlier.length}}>
              {'Earlier meetings ({count})'}
            </Translate>
          </summary>
          <PastMeetingsTable
            meetings={earlier}
            caption={<Translate id="sig.seriesPage.earlierCaption" description="Caption of the table of a series' older past meetings, newest first">Earlier meetings, newest first</Translate>}
          />
        </details>
      )}
    </section>
  );
}

/** /meetings/<id>: a series' schedule, next dates, calendar links and its past meetings with their minutes. */
export default function MeetingSeriesPage({meeting, series}: Props): ReactNode {
  const meetingsPage = useSigData()?.meetingsPagePath;
  return (
    <Layout title={meeting.title} description={meeting.description}>
      <main className={clsx('container margin-vert--lg', styles.page)}>
        {meetingsPage && (
          <nav aria-label={translate({id: 'sig.seriesPage.breadcrumbs', message: 'Breadcrumbs', description: "Accessible name of a series page's breadcrumb navigation"})}>
            <ul className="breadcrumbs">
              <li className="breadcrumbs__item">
                <Link className="breadcrumbs__link" to={meetingsPage}>
                  <Translate id="sig.meetingsPage.title" description="Title of the meetings page">Meetings</Translate>
                </Link>
              </li>
              <li className="breadcrumbs__item breadcrumbs__item--active">
                <span className="breadcrumbs__link" aria-current="page">{meeting.title}</span>
              </li>
            </ul>
          </nav>
        )}
        <Heading as="h1">{meeting.title}</Heading>
        {/* The table holds the "Live now" / "Starts in N minutes" line, under the times. */}
        <MeetingTable meeting={meeting.id} />
        {series.organizer && (
          <p>
            <Translate
              id="sig.seriesPage.organizer"
              description="Who organises a meeting series; {name} is a link to write to them"
              values={{name: <a href={`mailto:${series.organizer.email}`}>{series.organizer.name}</a>}}>
              {'Organised by {name}'}
            </Translate>
          </p>
        )}
        <PastMeetings past={series.past} />
      </main>
    </Layout>
  );
}
