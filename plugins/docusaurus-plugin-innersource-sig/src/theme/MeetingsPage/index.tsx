import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import CalendarFileLink from '@theme/CalendarFileLink';
import MeetingTable from '@theme/MeetingTable';
import type {MeetingClientData} from '../../types';
import {useSigData} from '../../client/pluginData';
import {webcalUrl} from '../../client/meetingTimes';
import {ALL_MEETINGS_ICS_PATH} from '../../outputs';

export interface Props {
  /** Every series, from the route's module (which also hands them to MeetingTable). */
  meetings: MeetingClientData[];
}

/** /meetings: every series with its table, and the feed to subscribe to all of them. */
export default function MeetingsPage({meetings}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const data = useSigData();
  const feed = data?.meetingsFeedPath ?? ALL_MEETINGS_ICS_PATH;
  const title = translate({id: 'sig.meetingsPage.title', message: 'Meetings', description: 'Title of the meetings page'});
  return (
    <Layout title={title} description={translate({id: 'sig.meetingsPage.description', message: 'Recurring calls of the SIG, with calendar files to add or subscribe to.', description: 'Meta description of the meetings page'})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        {meetings.length === 0 ? (
          <p><Translate id="sig.meetingsPage.none" description="Shown on the meetings page when the site has no meeting series">No meetings are scheduled.</Translate></p>
        ) : (
          <>
            <p>
              <Translate
                id="sig.meetingsPage.subscribeAll"
                description="Sentence of the meetings page with its two calendar links"
                values={{
                  subscribe: (
                    <a href={webcalUrl(siteConfig.url, siteConfig.baseUrl, feed)}>
                      <Translate id="sig.meetingsPage.subscribeLink" description="Link of the meetings page that subscribes a calendar app to all meetings; {subscribe} in sig.meetingsPage.subscribeAll">subscribe to all meetings</Translate>
                    </a>
                  ),
                  download: (
                    <CalendarFileLink href={feed}>
                      <Translate id="sig.meetingsPage.downloadLink" description="Link of the meetings page that downloads all meetings as one .ics file; {download} in sig.meetingsPage.subscribeAll">download them as one file</Translate>
                    </CalendarFileLink>
                  ),
                }}>
                {'Your calendar stays up to date when you {subscribe}; or {download}.'}
              </Translate>
            </p>
            {data?.meetingCalendarPath && (
              <p>
                <Link to={data.meetingCalendarPath}>
                  <Translate id="sig.meetingsPage.monthView" description="Link of the meetings page to the month view of every meeting and event">Month view</Translate>
                </Link>
              </p>
            )}
            {meetings.map(({id}) => (
              // The id is the series' anchor, which search results and links can point to.
              <section key={id} id={id} className="margin-bottom--lg">
                <MeetingTable meeting={id} />
              </section>
            ))}
          </>
        )}
      </main>
    </Layout>
  );
}
