// Browser-side time handling for meeting tables: the build precomputes occurrences and their
// labels; here we only pick the upcoming ones and compare the reader's clock with the meeting's.
import {differentDay, formatTimeRange} from '../intl';

export type OccurrenceTuple = [startSeconds: number, endSeconds: number, moved: 0 | 1, label: string];

/** The next `count` occurrences not yet over at `now` (a meeting in progress still shows). */
export function upcomingOccurrences(occurrences: OccurrenceTuple[], now: Date, count = 3): OccurrenceTuple[] {
  const nowSeconds = now.getTime() / 1000;
  return occurrences.filter(([, end]) => end > nowSeconds).slice(0, count);
}

/** The reader's IANA zone as the browser reports it. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** webcal:// URL of a site path, for calendar apps that subscribe to a feed. */
export function webcalUrl(siteUrl: string, baseUrl: string, sitePath: string): string {
  const host = siteUrl.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return `webcal://${host}${baseUrl}${sitePath.replace(/^\//, '')}`;
}

/** Any fixed locale: only the clock times are compared. */
const CLOCK = 'en-GB';

/** Whether the reader's clock shows something else than the meeting's for this occurrence. */
export function readerSeesOtherTime(start: number, end: number, meetingZone: string, readerZone: string): boolean {
  return (
    readerZone !== meetingZone &&
    (formatTimeRange(start, end, readerZone, CLOCK) !== formatTimeRange(start, end, meetingZone, CLOCK) ||
      differentDay(start, readerZone, meetingZone))
  );
}
