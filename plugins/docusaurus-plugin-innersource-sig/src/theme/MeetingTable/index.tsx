import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import CalendarFileLink from '@theme/CalendarFileLink';
import SigNotice from '@theme/SigNotice';
import type {MeetingClientData} from '../../types';
import {useNow, useSigData} from '../../client/pluginData';
import {meetingData} from '../../client/pageData';
import {
  cityOfZone,
  differentDay,
  formatDate,
  formatTime,
  formatTimeRange,
  readerSeesOtherTime,
  readerTimeZone,
  upcomingOccurrences,
  webcalUrl,
} from '../../client/meetingTimes';
import styles from './styles.module.css';

export interface Props {
  /** Id of one meeting series (its file name in meetings/, or its `id`). */
  meeting?: string;
  /** Several series side by side. */
  meetings?: string[] | string;
  /** Leave out descriptions, for cards. */
  compact?: boolean;
}

function requestedIds({meeting, meetings}: Props): string[] {
  const list = Array.isArray(meetings) ? meetings : typeof meetings === 'string' ? meetings.split(',') : [];
  const ids = [...(meeting ? [meeting] : []), ...list].map((id) => String(id).trim()).filter(Boolean);
  return [...new Set(ids)];
}

function Schedule({data}: {data: MeetingClientData}) {
  const words = translate({id: data.schedule.id, message: data.schedule.message}, data.schedule.values);
  return (
    <>
      {words}
      <br />
      <Translate
        id="sig.meetingTable.timeInZone"
        values={{start: data.startTime, end: data.endTime, zone: data.zoneLabel}}>
        {'{start}–{end} {zone} time'}
      </Translate>
    </>
  );
}

/**
 * The reader's own time, only after hydration: the static HTML cannot know the reader's zone.
 * Its line is reserved (empty) before that, so the table does not grow and shift the page.
 */
function ReaderTime({data, next}: {data: MeetingClientData; next?: [number, number, 0 | 1]}) {
  const isBrowser = useIsBrowser();
  const zone = isBrowser ? readerTimeZone() : data.timezone;
  if (!next || !readerSeesOtherTime(next[0], next[1], data.timezone, zone)) {
    return <span className={styles.readerTime} />;
  }
  return (
    <span className={styles.readerTime} data-reader-zone={zone}>
      <Translate
        id="sig.meetingTable.readerTime"
        values={{range: formatTimeRange(next[0], next[1], zone), zone: cityOfZone(zone)}}>
        {'{range} your time ({zone})'}
      </Translate>
    </span>
  );
}

function NextDates({data, now}: {data: MeetingClientData; now: Date}) {
  const isBrowser = useIsBrowser();
  const next = upcomingOccurrences(data.occurrences, now, 3);
  if (next.length === 0) {
    return <Translate id="sig.meetingTable.noUpcoming">No upcoming meetings scheduled.</Translate>;
  }
  const zone = isBrowser ? readerTimeZone() : data.timezone;
  return (
    <ol className={styles.dates}>
      {next.map(([start, end, moved]) => (
        <li key={start}>
          <time dateTime={new Date(start * 1000).toISOString()}>
            {formatDate(start, data.timezone)}, {formatTime(start, data.timezone)}
          </time>
          {moved === 1 && (
            <span className={clsx('badge badge--warning', styles.badge)}>
              <Translate id="sig.meetingTable.moved">moved</Translate>
            </span>
          )}
          {/* Reserved line, filled after hydration (see ReaderTime). */}
          <span className={styles.local}>
            {isBrowser && readerSeesOtherTime(start, end, data.timezone, zone) && (
              <>
                {differentDay(start, zone, data.timezone) ? `${formatDate(start, zone)}, ` : ''}
                {formatTimeRange(start, end, zone)}{' '}
                <Translate id="sig.meetingTable.yourTime">your time</Translate>
              </>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}

function SeriesTable({data, compact}: {data: MeetingClientData; compact?: boolean}) {
  const {siteConfig} = useDocusaurusContext();
  const now = useNow(useIsBrowser(), useSigData());
  const next = upcomingOccurrences(data.occurrences, now, 1)[0];
  return (
    <table className={styles.table} data-meeting={data.id}>
      <caption className={styles.caption}>{data.title}</caption>
      <tbody>
        {!compact && data.description && (
          <tr>
            <th scope="row"><Translate id="sig.meetingTable.about">About</Translate></th>
            <td>{data.description}</td>
          </tr>
        )}
        <tr>
          <th scope="row"><Translate id="sig.meetingTable.when">When</Translate></th>
          <td>
            <Schedule data={data} />
            <ReaderTime data={data} next={next} />
          </td>
        </tr>
        <tr>
          <th scope="row"><Translate id="sig.meetingTable.next">Next meetings</Translate></th>
          <td><NextDates data={data} now={now} /></td>
        </tr>
        {(data.join || data.agenda) && (
          <tr>
            <th scope="row"><Translate id="sig.meetingTable.links">Links</Translate></th>
            <td>
              <div className={styles.links}>
                {data.join && (
                  <Link to={data.join}><Translate id="sig.meetingTable.join">Join the call</Translate></Link>
                )}
                {data.agenda && (
                  <Link to={data.agenda}><Translate id="sig.meetingTable.agenda">Agenda</Translate></Link>
                )}
              </div>
            </td>
          </tr>
        )}
        <tr>
          <th scope="row"><Translate id="sig.meetingTable.calendar">Calendar</Translate></th>
          <td>
            <div className={styles.links}>
              <CalendarFileLink href={data.icsPath} className="button button--primary button--sm">
                <Translate id="sig.meetingTable.addToCalendar">Add to calendar</Translate>
              </CalendarFileLink>
              <a href={webcalUrl(siteConfig.url, siteConfig.baseUrl, data.icsPath)}>
                <Translate id="sig.meetingTable.subscribe">Subscribe</Translate>
              </a>
              <Link to={data.googleCalendarUrl}>Google Calendar</Link>
              <Link to={data.outlookUrl}>Outlook</Link>
            </div>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Schedule, next dates and calendar links of one or more meeting series. */
export default function MeetingTable(props: Props): ReactNode {
  const data = useSigData();
  const ids = requestedIds(props);
  if (ids.length === 0) {
    return (
      <SigNotice problem="missing-prop" value="meeting">
        <Translate id="sig.meetingTable.missingId">{'MeetingTable needs a meeting id, for example: <MeetingTable meeting="innersource-sig" />'}</Translate>
      </SigNotice>
    );
  }
  return (
    <div className={clsx(styles.grid, ids.length > 1 && styles.several)}>
      {ids.map((id) => {
        if (!data?.meetingIds.includes(id)) {
          return (
            <SigNotice key={id} problem="unknown-meeting" value={id}>
              <Translate id="sig.meetingTable.unknown" values={{id: <code>{id}</code>}}>
                {'No meeting series has the id {id}.'}
              </Translate>
            </SigNotice>
          );
        }
        const meeting = meetingData(id);
        if (!meeting) {
          return (
            <SigNotice key={id} problem="missing-data" value={`MeetingTable meeting "${id}"`}>
              <Translate id="sig.meetingTable.missingData" values={{id: <code>{id}</code>}}>
                {'The meeting series {id} is not part of this page. Write MeetingTable in an MDX page, or in a JS/TS file of the site.'}
              </Translate>
            </SigNotice>
          );
        }
        return <SeriesTable key={id} data={meeting} compact={props.compact} />;
      })}
    </div>
  );
}
