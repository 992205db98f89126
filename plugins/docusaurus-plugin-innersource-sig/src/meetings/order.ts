import type {MeetingClientData} from '../types';

/** Status of an occurrence tuple that does not take place (see MeetingClientData.occurrences). */
const CANCELLED = 2;

/**
 * Series in the order a reader looks for them: the next meeting first, series with none (ended,
 * or beyond the horizon) last; ties by title. `now` is the build's time, as the static page's.
 */
export function byNextMeeting(meetings: MeetingClientData[], now: Date, locale: string): MeetingClientData[] {
  const nowSeconds = now.getTime() / 1000;
  const next = (meeting: MeetingClientData) => meeting.occurrences.find(([, end, status]) => status !== CANCELLED && end > nowSeconds)?.[0] ?? Infinity;
  const collator = new Intl.Collator(locale);
  return [...meetings].sort((a, b) => next(a) - next(b) || collator.compare(a.title, b.title));
}
