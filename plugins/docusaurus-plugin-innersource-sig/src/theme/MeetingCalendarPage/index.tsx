import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import MeetingCalendar from '@theme/MeetingCalendar';
import type {CalendarMonth} from '../../meetings/monthView';

export interface Props {
  /** The month this page shows, from the route's module. */
  month: CalendarMonth;
}

/** /meetings/calendar and /meetings/calendar/<YYYY-MM>: a month of every meeting and event. */
export default function MeetingCalendarPage({month}: Props): ReactNode {
  // The month is in the document title, which screen readers announce when a month link is followed.
  const documentTitle = translate({id: 'sig.meetingCalendar.documentTitle', message: 'Meetings and events in {month}', description: 'Title of a month page of the month view (browser tab, search results); {month} is e.g. March 2026'}, {month: month.title});
  return (
    <Layout title={documentTitle} description={translate({id: 'sig.meetingCalendar.description', message: 'Every meeting and event of {month}, day by day.', description: 'Meta description of a month page of the month view; {month} is e.g. March 2026'}, {month: month.title})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{translate({id: 'sig.meetingCalendar.pageTitle', message: 'Calendar of meetings and events', description: 'Main heading of the month view pages'})}</Heading>
        <MeetingCalendar month={month} headingLevel={2} />
      </main>
    </Layout>
  );
}
