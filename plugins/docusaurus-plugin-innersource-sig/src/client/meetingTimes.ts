// Browser-side time handling for meeting tables: the build precomputes occurrences and their
// labels; here we only pick the upcoming ones and compare the reader's clock with the meeting's.
import {differentDay, formatTimeRange} from '../intl';

/** Status 0: as scheduled; 1: moved to this time; 2: cancelled (at its scheduled time). */
export type OccurrenceTuple = [startSeconds: number, endSeconds: number, status: 0 | 1 | 2, label: string];

export const CANCELLED = 2;

/** Not yet over at `now`: a meeting in progress still shows. */
const notOver = (now: Date) => ([, end]: OccurrenceTuple) => end > now.getTime() / 1000;

/** The next `count` occurrences that take place, not yet over at `now`. */
export function upcomingOccurrences(occurrences: OccurrenceTuple[], now: Date, count = 3): OccurrenceTuple[] {
  return occurrences.filter((o) => o[2] !== CANCELLED).filter(notOver(now)).slice(0, count);
}

/**
 * The next dates to list: the next `count` occurrences that take place and the cancelled ones
 * before the last of them (all the remaining cancelled ones when fewer than `count` are left, as
 * when the series ends), so that readers learn of a cancellation instead of missing a date.
 */
export function upcomingDates(occurrences: OccurrenceTuple[], now: Date, count = 3): OccurrenceTuple[] {
  const dates: OccurrenceTuple[] = [];
  let held = 0;
  for (const occurrence of occurrences.filter(notOver(now))) {
    if (held === count) break;
    dates.push(occurrence);
    if (occurrence[2] !== CANCELLED) held += 1;
  }
  return dates;
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
