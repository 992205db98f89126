import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import CalendarFileLink from '@theme/CalendarFileLink';
import MeetingLiveStatus from '@theme/MeetingLiveStatus';
import SigNotice from '@theme/SigNotice';
import type {MeetingClientData} from '../../types';
import {useNow, useSigData} from '../../client/pluginData';
import {meetingData} from '../../client/pageData';
import {useIntlLocale} from '../../client/locale';
import {CANCELLED, readerSeesOtherTime, readerTimeZone, upcomingDates, upcomingOccurrences, webcalUrl, type OccurrenceTuple} from '../../client/meetingTimes';
import {differentDay, formatDateTimeRange, formatTimeRange, zoneName} from '../../intl';
import {seriesPagePath} from '../../outputs';
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

/** The schedule in words (written by the build in the page's language) and its time in the meeting's zone. */
function Schedule({data, next}: {data: MeetingClientData; next?: OccurrenceTuple}) {
  return (
    <>
      {data.schedule ??
        (next ? (
          <Translate id="sig.meetingTable.otherSchedule" description="Schedule of a meeting whose rule the plugin cannot put into words; {date} is its next date" values={{date: next[3]}}>
            {'Repeats on a schedule of its own; next on {date}'}
          </Translate>
        ) : (
          <Translate id="sig.meetingTable.otherScheduleNoNext" description="Schedule of a meeting whose rule the plugin cannot put into words, with no upcoming date">
            Repeats on a schedule of its own
          </Translate>
        ))}
      <br />
      <Translate id="sig.meetingTable.timeInZone" description="Time of a meeting in its own zone, e.g. 15:00–16:00 (United Kingdom Time)" values={{time: data.time, zone: data.zoneName}}>
        {'{time} ({zone})'}
      </Translate>
    </>
  );
}

/**
 * The reader's own time, only after hydration: the static HTML cannot know the reader's zone.
 * Its line is reserved (empty) before that, so the table does not grow and shift the page.
 */
function ReaderTime({data, next}: {data: MeetingClientData; next?: OccurrenceTuple}) {
  const isBrowser = useIsBrowser();
  const locale = useIntlLocale();
  const zone = isBrowser ? readerTimeZone() : data.timezone;
  if (!next || !readerSeesOtherTime(next[0], next[1], data.timezone, zone)) {
    return <span className={styles.readerTime} />;
  }
  return (
    <span className={styles.readerTime} data-reader-zone={zone}>
      <Translate
        id="sig.meetingTable.readerTime"
        description="A meeting's time in the reader's zone, shown after the page loads, e.g. 07:00–08:00 your time (Los Angeles Time)"
        values={{range: formatTimeRange(next[0], next[1], zone, locale), zone: zoneName(zone, locale)}}>
        {'{range} your time ({zone})'}
      </Translate>
    </span>
  );
}

function NextDates({data, now}: {data: MeetingClientData; now: Date}) {
  const isBrowser = useIsBrowser();
  const locale = useIntlLocale();
  const next = upcomingDates(data.occurrences, now, 3);
  if (next.length === 0) {
    return <Translate id="sig.meetingTable.noUpcoming" description="Instead of a meeting's next dates, when none is scheduled">No upcoming meetings scheduled.</Translate>;
  }
  const zone = isBrowser ? readerTimeZone() : data.timezone;
  return (
    <ol className={styles.dates}>
      {next.map(([start, end, status, label]) => {
        const time = <time dateTime={new Date(start * 1000).toISOString()}>{label}</time>;
        if (status === CANCELLED) {
          // Struck out for the eye; the badge's word for screen readers, which rarely announce <del>.
          return (
            <li key={`${start}-cancelled`}>
              <del className={styles.cancelled}>{time}</del>
              <span className={clsx('badge', styles.badge, styles.cancelledBadge)}>
                <Translate id="sig.meetingTable.cancelled" description="Badge of an upcoming meeting date that was cancelled (the date is shown struck out)">cancelled</Translate>
              </span>
              {/* The same height as the other dates, whose reader time fills this line. */}
              <span className={styles.local} />
            </li>
          );
        }
        return (
          <li key={start}>
            {time}
            {status === 1 && (
              <span className={clsx('badge', styles.badge, styles.movedBadge)}>
                <Translate id="sig.meetingTable.moved" description="Badge of a meeting date that was moved to another day or time">moved</Translate>
              </span>
            )}
            {/* Reserved line, filled after hydration (see ReaderTime). */}
            <span className={styles.local}>
              {isBrowser && readerSeesOtherTime(start, end, data.timezone, zone) && (
                <Translate
                  id="sig.meetingTable.yourTime"
                  description="A meeting date in the reader's zone, shown after the page loads, e.g. Wed, 10 Dec 2026, 00:00–01:00 your time"
                  values={{time: differentDay(start, zone, data.timezone) ? formatDateTimeRange(start, end, zone, locale) : formatTimeRange(start, end, zone, locale)}}>
                  {'{time} your time'}
                </Translate>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Where a series fed by a remote calendar comes from, and a warning when it could not be read for too long. */
function SourceFreshness({source}: {source: NonNullable<MeetingClientData['source']>}) {
  const date = <time dateTime={source.fetchedAt}>{source.asOf}</time>;
  return (
    <>
      <p className={styles.source}>
        <Translate
          id="sig.meetingTable.sourceFreshness"
          description="Under the table of a meeting series read from a remote calendar; {host} is the calendar's host, e.g. calendar.example.org, {date} the day it was read, e.g. 3 Dec 2026"
          values={{host: source.host, date}}>
          {'Schedule from {host}, as of {date}'}
        </Translate>
      </p>
      {source.stale && (
        <div className={clsx('alert alert--warning', styles.stale)} role="note">
          <Translate
            id="sig.meetingTable.sourceStale"
            description="Warning under the table of a meeting series whose remote calendar the site could not read for too long; {host} is the calendar's host, {date} the last day it was read"
            values={{host: source.host, date}}>
            {'This schedule may be out of date: the calendar at {host} could not be read since {date}.'}
          </Translate>
        </div>
      )}
    </>
  );
}

/**
 * The series' title, a link to its page (past meetings and minutes) where the site has series
 * pages; plain text on that page itself.
 */
function Caption({data}: {data: MeetingClientData}) {
  const meetingsPage = useSigData()?.meetingsPagePath;
  const seriesPage = meetingsPage && seriesPagePath(meetingsPage, data.id);
  const seriesUrl = useBaseUrl(seriesPage ?? '/');
  const here = useLocation().pathname.replace(/\/$/, '') === seriesUrl.replace(/\/$/, '');
  return <caption className={styles.caption}>{seriesPage && !here ? <Link to={seriesPage}>{data.title}</Link> : data.title}</caption>;
}

function SeriesTable({data, compact}: {data: MeetingClientData; compact?: boolean}) {
  const {siteConfig} = useDocusaurusContext();
  const now = useNow(useIsBrowser(), useSigData());
  // A cancelled date is never the next meeting.
  const next = upcomingOccurrences(data.occurrences, now, 1)[0];
  return (
    <table className={styles.table} data-meeting={data.id}>
      <Caption data={data} />
      <tbody>
        {!compact && data.description && (
          <tr>
            <th scope="row"><Translate id="sig.meetingTable.about" description="Row heading of a meeting's description">About</Translate></th>
            <td>{data.description}</td>
          </tr>
        )}
        <tr>
          <th scope="row"><Translate id="sig.meetingTable.when" description="Row heading of a meeting's schedule">When</Translate></th>
          <td>
            <Schedule data={data} next={next} />
            <ReaderTime data={data} next={next} />
            <MeetingLiveStatus occurrences={data.occurrences} join={data.join} title={data.title} />
          </td>
        </tr>
        <tr>
          <th scope="row"><Translate id="sig.meetingTable.next" description="Row heading of a meeting's next dates">Next meetings</Translate></th>
          <td><NextDates data={data} now={now} /></td>
        </tr>
        {(data.join || data.agenda || data.notes || data.recordings) && (
          <tr>
            <th scope="row"><Translate id="sig.meetingTable.links" description="Row heading of a meeting's call, agenda, minutes and recordings links">Links</Translate></th>
            <td>
              <div className={styles.links}>
                {data.join && (
                  <Link to={data.join}><Translate id="sig.meetingTable.join" description="Link to a meeting's video call">Join the call</Translate></Link>
                )}
                {data.agenda && (
                  <Link to={data.agenda}><Translate id="sig.meetingTable.agenda" description="Link to a meeting's agenda">Agenda</Translate></Link>
                )}
                {data.notes && (
                  <Link to={data.notes}><Translate id="sig.meetingTable.notes" description="Link to the minutes of a meeting series' past meetings">Minutes</Translate></Link>
                )}
                {data.recordings && (
                  <Link to={data.recordings}><Translate id="sig.meetingTable.recordings" description="Link to the recordings of a meeting series' past meetings">Recordings</Translate></Link>
                )}
              </div>
            </td>
          </tr>
        )}
        <tr>
          <th scope="row"><Translate id="sig.meetingTable.calendar" description="Row heading of a meeting's calendar links">Calendar</Translate></th>
          <td>
            <div className={styles.links}>
              <CalendarFileLink href={data.icsPath} className="button button--primary button--sm">
                <Translate id="sig.meetingTable.addToCalendar" description="Button that downloads a meeting's .ics file">Add to calendar</Translate>
              </CalendarFileLink>
              <a href={webcalUrl(siteConfig.url, siteConfig.baseUrl, data.icsPath)}>
                <Translate id="sig.meetingTable.subscribe" description="Link that subscribes a calendar app to a meeting's .ics feed (webcal://)">Subscribe</Translate>
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
        <Translate id="sig.meetingTable.missingId" description="Notice shown where an author wrote MeetingTable without a meeting id">{'MeetingTable needs a meeting id, for example: <MeetingTable meeting="innersource-sig" />'}</Translate>
      </SigNotice>
    );
  }
  // data-pagefind-ignore: the site search has one result per series, linking to /meetings, rather
  // than every page that shows its table.
  return (
    <div className={clsx(styles.grid, ids.length > 1 && styles.several)} data-pagefind-ignore="">
      {ids.map((id) => {
        if (!data?.meetingIds.includes(id)) {
          return (
            <SigNotice key={id} problem="unknown-meeting" value={id}>
              <Translate id="sig.meetingTable.unknown" description="Notice shown where an author named a meeting series that does not exist; {id} is the name" values={{id: <code>{id}</code>}}>
                {'No meeting series has the id {id}.'}
              </Translate>
            </SigNotice>
          );
        }
        const meeting = meetingData(id);
        if (!meeting) {
          return (
            <SigNotice key={id} problem="missing-data" value={`MeetingTable meeting "${id}"`}>
              <Translate id="sig.meetingTable.missingData" description="Notice shown where a MeetingTable is used in a page whose data the build did not prepare; {id} is the series" values={{id: <code>{id}</code>}}>
                {'The meeting series {id} is not part of this page. Write MeetingTable in an MDX page, or in a JS/TS file of the site.'}
              </Translate>
            </SigNotice>
          );
        }
        // One grid cell per series: the line under a table stays with it.
        return (
          <div key={id}>
            <SeriesTable data={meeting} compact={props.compact} />
            {meeting.source && <SourceFreshness source={meeting.source} />}
          </div>
        );
      })}
    </div>
  );
}
