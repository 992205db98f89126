/**
 * Grouping of the month view's items by day, shared by the build (the static page) and the
 * browser (the reader's days): no Node or Docusaurus import, like intl/.
 */
/** What orders items within a day: a month view's CalendarItem. */
interface TimedItem {
  /** Epoch seconds. */
  start: number;
  title: string;
}

/** Sooner first; at the same time, by title. */
export const byStart = (a: TimedItem, b: TimedItem): number => a.start - b.start || a.title.localeCompare(b.title);

/** Items by day (YYYY-MM-DD), each day's in order of their start. */
export function groupedByDay<Item extends TimedItem>(items: Iterable<Item>, dayOf: (item: Item) => string): Map<string, Item[]> {
  const days = new Map<string, Item[]>();
  for (const item of items) {
    const day = dayOf(item);
    const list = days.get(day);
    if (list) list.push(item);
    else days.set(day, [item]);
  }
  for (const list of days.values()) list.sort(byStart);
  return days;
}
