/**
 * Test helpers: fixtures, and expansion of .ics text by parsers we did not write (ical.js, the
 * parser in Thunderbird; node-ical). Nothing here calls the code under test except loadFixture.
 */
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import type {Meeting} from '../../types';
import {parseMeetingFile} from '../load';

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8');
}

export function loadFixture(name: string): Meeting {
  return parseMeetingFile(`meetings/${name}`, fixtureText(name));
}

export interface ParsedOccurrence {
  uid: string;
  summary: string;
  start: Date;
  end: Date;
}

/** Wall clock YYYY-MM-DDTHH:mm of `date` in `zone`, computed by ICU through Intl. */
export function intlWallClock(date: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

function byStart(a: ParsedOccurrence, b: ParsedOccurrence): number {
  return a.start.getTime() - b.start.getTime();
}

/** Occurrences starting in [from, to) per ical.js, which reads the VTIMEZONE blocks in the file. */
export function expandWithIcalJs(ics: string, from: Date, to: Date): ParsedOccurrence[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const vevents = root.getAllSubcomponents('vevent');
  const masters = vevents.filter((v) => !v.hasProperty('recurrence-id')).map((v) => new ICAL.Event(v));
  for (const exception of vevents.filter((v) => v.hasProperty('recurrence-id'))) {
    const uid = exception.getFirstPropertyValue('uid');
    masters.find((m) => m.uid === uid)?.relateException(exception);
  }
  const result: ParsedOccurrence[] = [];
  for (const event of masters) {
    if (!event.isRecurring()) {
      result.push({uid: event.uid, summary: event.summary, start: event.startDate.toJSDate(), end: event.endDate.toJSDate()});
      continue;
    }
    const iterator = event.iterator();
    // Iterate a month past `to`: a moved occurrence may land earlier than its scheduled time.
    const stop = to.getTime() + 31 * 86_400_000;
    for (let next = iterator.next(); next && next.toJSDate().getTime() < stop; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      result.push({uid: event.uid, summary: details.item.summary, start: details.startDate.toJSDate(), end: details.endDate.toJSDate()});
    }
  }
  return result.filter((o) => o.start >= from && o.start < to).sort(byStart);
}

/** Occurrences starting in [from, to) per node-ical's expandRecurringEvent. */
export function expandWithNodeIcal(ics: string, from: Date, to: Date): ParsedOccurrence[] {
  const parsed = nodeIcal.sync.parseICS(ics);
  const result: ParsedOccurrence[] = [];
  for (const component of Object.values(parsed)) {
    if (!component || component.type !== 'VEVENT') continue;
    for (const instance of nodeIcal.expandRecurringEvent(component, {from, to})) {
      const summary = typeof instance.summary === 'string' ? instance.summary : String(instance.summary?.val);
      result.push({uid: component.uid, summary, start: new Date(instance.start.getTime()), end: new Date(instance.end.getTime())});
    }
  }
  return result.filter((o) => o.start >= from && o.start < to).sort(byStart);
}

/** Content lines of .ics text, unfolded (RFC 5545 3.1). */
export function unfoldedLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}
