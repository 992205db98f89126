/**
 * How far the dates of a meeting series may reach, and how many a file may list. Every date a
 * meeting file names is checked against the series' rule, and a rule is expanded occurrence by
 * occurrence from `start`: `cancelled: [9999-12-27]` on a daily series was 2.9 million
 * occurrences per check. Within these bounds a check is at most 36,525 occurrences.
 *
 * - `start` lies in the years 1900 to 2200. Before 1900 most places kept local mean time, whose
 *   offsets (e.g. -00:01:15 in London) are not whole minutes, and JavaScript's Date reads years
 *   0–99 as 1900–1999; no meeting has been or will be planned outside this span.
 * - Every other date (`cancelled`, `moved`, UNTIL) is at most 100 years after `start`.
 * - `cancelled` and `moved` list at most 1,000 dates each: a weekly series cancelled every
 *   other week for 38 years; more is a generated file, not a schedule people keep.
 */

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;
export const YEARS_AFTER_START = 100;
export const MAX_LISTED_DATES = 1000;

/** Why the year of `date` (YYYY-MM-DD…) is refused, if it is. */
export function yearProblem(date: string): string | undefined {
  const year = Number(date.slice(0, 4));
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return undefined;
  return `is in the year ${date.slice(0, 4)}: meeting dates lie in the years ${FIRST_YEAR} to ${LAST_YEAR}`;
}

/** The last date (YYYY-MM-DD) a series starting at `start` may name: 100 years later. */
export function lastDate(start: string): string {
  return `${String(Number(start.slice(0, 4)) + YEARS_AFTER_START).padStart(4, '0')}${start.slice(4, 10)}`;
}

/** Why `date` (YYYY-MM-DD…) is out of reach of a series starting at `start`, if it is. */
export function horizonProblem(date: string, start: string): string | undefined {
  const year = yearProblem(date);
  if (year) return year;
  const last = lastDate(start);
  if (date.slice(0, 10) <= last) return undefined;
  return `is more than ${YEARS_AFTER_START} years after the series' start (${start.slice(0, 10)}): its dates go up to ${last}`;
}

