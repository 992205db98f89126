/**
 * Whether a calendar's VTIMEZONE may be handed to ical.js. ical.js works out a zone's offset by
 * expanding every STANDARD and DAYLIGHT rule from its DTSTART up to the year asked (plus five),
 * without any bound: a 12-line file whose rule said FREQ=SECONDLY kept it expanding until it ran
 * out of memory. So before ical.js expands a VTIMEZONE, its rules are expanded here the
 * same way, counted, and stopped early:
 * - a rule must be FREQ=YEARLY. Zones change their offsets once or twice a year, and every
 *   exporter writes YEARLY rules; ical.js' iterator can loop without end on some other rules
 *   (FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30), so they are not expanded at all;
 * - the rules and RDATEs together give at most 10,000 offset changes up to that year (a zone with
 *   rules from 1601, as Outlook writes them, gives about 900 up to 2200).
 */
import ICAL from 'ical.js';

const MAX_CHANGES = 10_000;

/** VTIMEZONEs that cannot be used at all (ical.js could not read them), with the reason. */
const unusable = new WeakMap<ICAL.Timezone, string>();
/** The latest year each VTIMEZONE was found safe to expand to. */
const safeUntil = new WeakMap<ICAL.Timezone, number>();

/** Marks a VTIMEZONE that cannot be used, e.g. one ical.js could not read. */
export function markUnusable(zone: ICAL.Timezone, reason: string): void {
  unusable.set(zone, reason);
}

/** The year ical.js expands a zone to when asked about `year`: see Timezone#_ensureCoverage. */
function expansionYear(year: number): number {
  return Math.max(year, new Date().getUTCFullYear() + 1) + ICAL.Timezone.EXTRA_COVERAGE;
}

function ruleProblem(component: ICAL.Component, untilYear: number, counted: {changes: number}): string | undefined {
  counted.changes += component.getAllProperties('rdate').length;
  const property = component.getFirstProperty('rrule');
  const dtstart = component.getFirstPropertyValue('dtstart');
  // ical.js skips a STANDARD or DAYLIGHT without DTSTART, and expands only the first RRULE.
  if (!property || !(dtstart instanceof ICAL.Time)) return undefined;
  const rule = property.getFirstValue();
  if (!(rule instanceof ICAL.Recur)) return undefined;
  const name = component.name.toUpperCase();
  if (rule.freq !== 'YEARLY') {
    return `repeats its ${name} offset change with FREQ=${rule.freq}: time zones change their offsets once or twice a year, with FREQ=YEARLY rules`;
  }
  const iterator = rule.iterator(dtstart.clone());
  for (let next = iterator.next(); next && next.year <= untilYear; next = iterator.next()) {
    counted.changes += 1;
    if (counted.changes > MAX_CHANGES) return `changes its offset more than ${MAX_CHANGES.toLocaleString('en-US')} times up to ${untilYear}, which no time zone does`;
  }
  return undefined;
}

/**
 * Why ical.js must not compute offsets of `zone` for dates up to `year`, if it must not. Cheap
 * once checked: the answer for a year is kept.
 */
export function vtimezoneProblem(zone: ICAL.Timezone, year: number): string | undefined {
  const reason = unusable.get(zone);
  if (reason !== undefined) return reason;
  const untilYear = expansionYear(year);
  if ((safeUntil.get(zone) ?? -Infinity) >= untilYear) return undefined;
  const counted = {changes: 0};
  try {
    for (const component of zone.component?.getAllSubcomponents() ?? []) {
      const problem = ruleProblem(component, untilYear, counted);
      if (problem) {
        unusable.set(zone, problem);
        return problem;
      }
      if (counted.changes > MAX_CHANGES) {
        unusable.set(zone, `has more than ${MAX_CHANGES.toLocaleString('en-US')} offset changes (RDATE), which no time zone has`);
        return unusable.get(zone);
      }
    }
  } catch (error) {
    const problem = `cannot be read: ${(error as Error).message.split('\n')[0]}`;
    unusable.set(zone, problem);
    return problem;
  }
  safeUntil.set(zone, untilYear);
  return undefined;
}
