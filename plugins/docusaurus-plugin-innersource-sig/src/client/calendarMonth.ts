// Browser-side placing of the month view's items: the build put each on its day in its own zone;
// after hydration timed items move to the reader's day of their start.
import type {CalendarItem, CalendarMonth} from '../meetings/monthView';
import {groupedByDay} from '../meetings/calendarDays';
import {formatter} from '../intl';

/** YYYY-MM-DD of an instant (epoch seconds) in a zone; from the parts, as no locale promises that order. */
export function dayIn(seconds: number, timeZone: string): string {
  const parts = formatter('en-US', timeZone, {year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(seconds * 1000);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * The month's items by day (YYYY-MM-DD): as the build placed them without `readerZone`; with it,
 * each timed item on the reader's day of its start (items the reader's day puts in another month
 * leave, the neighbours' that it brings in join), an event's whole days where the event has them.
 */
export function itemsByDay(month: CalendarMonth, readerZone?: string): Map<string, CalendarItem[]> {
  const own = month.weeks.flat().flatMap((day) => day?.items ?? []);
  const dayOf = (item: CalendarItem) => (readerZone && !item.eventDay ? dayIn(item.start, readerZone) : item.date);
  const candidates = readerZone ? [...own, ...month.nearby] : own;
  return groupedByDay(candidates.filter((item) => dayOf(item).startsWith(month.month)), dayOf);
}
