import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import VisuallyHidden from '@theme/VisuallyHidden';
import type {OccurrenceTuple} from '../../client/meetingTimes';
import {liveStatus, msUntilChange, type LiveStatus} from '../../client/liveStatus';
import {useIntlLocale} from '../../client/locale';
import styles from './styles.module.css';

export interface Props {
  /** The series' precomputed occurrences (its MeetingClientData's). */
  occurrences: OccurrenceTuple[];
  /** The series' call: "join" links to it while a meeting is live. */
  join?: string;
  /** The series' title, said before the announcement: screen readers read it out of context. */
  title?: string;
}

/** The clock is read again at least this often, so that a woken laptop or a changed clock catches up. */
const TICK_MS = 30_000;
/**
 * How long an announcement stays in the live region before it is emptied, so that reading the
 * page later does not meet the line twice (as react-aria's live announcer does).
 */
const ANNOUNCEMENT_MS = 7_000;

/**
 * The status at the reader's clock, only after hydration (undefined before). It renders again
 * when what it shows changes (a minute less, the start, the end) and when the tab comes back.
 */
function useLiveStatus(occurrences: OccurrenceTuple[]): LiveStatus | undefined {
  const isBrowser = useIsBrowser();
  const [now, setNow] = useState<number>();
  useEffect(() => {
    if (!isBrowser) return undefined;
    const update = () => setNow(Date.now());
    update();
    // Timers of hidden tabs are slowed down or stopped.
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') update();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => document.removeEventListener('visibilitychange', onVisibilityChange);
  }, [isBrowser]);
  useEffect(() => {
    if (now === undefined) return undefined;
    const current = new Date();
    const delay = Math.min(TICK_MS, msUntilChange(liveStatus(occurrences, current), current) ?? TICK_MS);
    const timer = window.setTimeout(() => setNow(Date.now()), delay);
    return () => window.clearTimeout(timer);
  }, [now, occurrences]);
  return now === undefined ? undefined : liveStatus(occurrences, new Date(now));
}

function Line({status, join}: {status: LiveStatus; join?: string}) {
  const locale = useIntlLocale();
  if (status.kind === 'soon') {
    // The browser's own words for the time left: plural forms and grammatical case included
    // ("через 1 минуту", "через 5 минут"), which a message per plural form would not give.
    const countdown = new Intl.RelativeTimeFormat(locale, {numeric: 'always'}).format(status.minutes, 'minute');
    return (
      <Translate
        id="sig.liveStatus.soon"
        description="Shown under a meeting's schedule within the hour before it starts; {countdown} is the time left in the browser's words, e.g. in 5 minutes (fr: dans 5 minutes, ru: через 5 минут, ja: 5 分後)"
        values={{countdown}}>
        {'Starts {countdown}'}
      </Translate>
    );
  }
  if (!join) {
    return <Translate id="sig.liveStatus.liveNoJoin" description="Shown under a meeting's schedule while one of its meetings takes place, when it has no call link">Live now</Translate>;
  }
  return (
    <Translate
      id="sig.liveStatus.live"
      description="Shown under a meeting's schedule while one of its meetings takes place; {join} is a link to its call (sig.liveStatus.join)"
      values={{
        join: (
          <Link to={join}>
            <Translate id="sig.liveStatus.join" description="Link text in sig.liveStatus.live, to the call of the meeting taking place">join</Translate>
          </Link>
        ),
      }}>
      {'Live now — {join}'}
    </Translate>
  );
}

/**
 * What screen readers are told: the line's text when its state changes (it starts soon, it is
 * live, the next one is live), not every minute of the countdown; emptied after a while.
 */
function useAnnouncement(status: LiveStatus | undefined, line: React.RefObject<HTMLElement | null>, title?: string): string {
  const [announcement, setAnnouncement] = useState('');
  const state = status && `${status.kind}:${status.start}`;
  useEffect(() => {
    if (!state) {
      setAnnouncement('');
      return undefined;
    }
    const text = line.current?.textContent ?? '';
    setAnnouncement(
      title
        ? translate({id: 'sig.liveStatus.titled', message: '{title}: {status}', description: "What screen readers announce when a meeting starts soon or is live: {title} is the series, {status} the line shown, e.g. InnerSource SIG call: Live now — join"}, {title, status: text})
        : text,
    );
    const timer = window.setTimeout(() => setAnnouncement(''), ANNOUNCEMENT_MS);
    return () => window.clearTimeout(timer);
    // Keyed on the state, not the text: the minutes going down are not announced.
  }, [state, title]);
  return announcement;
}

/**
 * "Live now — join" during a meeting of the series, "Starts in 5 minutes" within the hour before,
 * after hydration only (the static HTML is built ahead of time and cannot know). Its line is
 * reserved (empty) before that and when neither applies, so that nothing moves when it fills.
 */
export default function MeetingLiveStatus({occurrences, join, title}: Props): ReactNode {
  const status = useLiveStatus(occurrences);
  const line = useRef<HTMLSpanElement>(null);
  const announcement = useAnnouncement(status, line, title);
  return (
    <span className={styles.line} data-live-status={status?.kind ?? ''}>
      <span ref={line} className={clsx(status?.kind === 'live' && styles.live)}>
        {status && <Line status={status} join={join} />}
      </span>
      {/* In the static HTML already: screen readers announce changes only of a region they know. */}
      <span role="status" aria-live="polite" aria-atomic="true">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </span>
    </span>
  );
}
