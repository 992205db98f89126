/**
 * The schedules every language module is tested on (written for these tests): each rule shape
 * the plugin puts into words, with the weekdays and numbers where languages change their words
 * (gender of the weekday, plural forms, "the 1st"). Each language's test lists its sentence for
 * every case, in this order, so a new case fails every language until it is written.
 */
import {describeSchedule} from '../../meetings/describe';
import {parseMeetingFile} from '../../meetings/load';

export interface ScheduleCase {
  name: string;
  repeat?: string;
  /** First occurrence, wall clock in Europe/London. */
  start: string;
}

export const SCHEDULE_CASES: ScheduleCase[] = [
  {name: 'weekly', repeat: 'FREQ=WEEKLY;BYDAY=TU', start: '2024-02-13T15:00'},
  {name: 'weekly, from the start day', repeat: 'FREQ=WEEKLY', start: '2024-02-18T15:00'},
  {name: 'every other week', repeat: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', start: '2024-02-14T15:00'},
  {name: 'every 3 weeks', repeat: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU', start: '2024-02-13T15:00'},
  {name: 'every 5 weeks', repeat: 'FREQ=WEEKLY;INTERVAL=5;BYDAY=FR', start: '2024-02-16T15:00'},
  {name: 'several weekdays', repeat: 'FREQ=WEEKLY;BYDAY=TH,MO', start: '2024-02-12T15:00'},
  {name: 'several weekdays, every other week', repeat: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR', start: '2024-02-12T15:00'},
  {name: 'every weekday', repeat: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: '2024-02-12T15:00'},
  {name: 'second Tuesday of the month', repeat: 'FREQ=MONTHLY;BYDAY=2TU', start: '2024-02-13T15:00'},
  {name: 'second Tuesday, with BYSETPOS', repeat: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2', start: '2024-02-13T15:00'},
  {name: 'first Wednesday of the month', repeat: 'FREQ=MONTHLY;BYDAY=1WE', start: '2024-02-07T15:00'},
  {name: 'third Sunday of the month', repeat: 'FREQ=MONTHLY;BYDAY=3SU', start: '2024-02-18T15:00'},
  {name: 'fourth Saturday of the month', repeat: 'FREQ=MONTHLY;BYDAY=4SA', start: '2024-02-24T15:00'},
  {name: 'last Thursday of the month', repeat: 'FREQ=MONTHLY;BYDAY=-1TH', start: '2024-02-29T15:00'},
  {name: 'last Friday of the month', repeat: 'FREQ=MONTHLY;BYDAY=-1FR', start: '2024-02-23T15:00'},
  {name: 'second to last Monday of the month', repeat: 'FREQ=MONTHLY;BYDAY=-2MO', start: '2024-02-19T15:00'},
  {name: 'second Tuesday, every other month', repeat: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', start: '2024-02-13T15:00'},
  {name: 'second Tuesday, every 3 months', repeat: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU', start: '2024-02-13T15:00'},
  {name: 'day of the month', repeat: 'FREQ=MONTHLY;BYMONTHDAY=13', start: '2024-02-13T15:00'},
  {name: 'first day of the month', repeat: 'FREQ=MONTHLY', start: '2024-03-01T15:00'},
  {name: 'last day of the month', repeat: 'FREQ=MONTHLY;BYMONTHDAY=-1', start: '2024-02-29T15:00'},
  {name: 'day of every other month', repeat: 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=13', start: '2024-02-13T15:00'},
  {name: 'yearly', repeat: 'FREQ=YEARLY', start: '2024-02-13T15:00'},
  {name: 'yearly on the first of a month', repeat: 'FREQ=YEARLY', start: '2024-03-01T15:00'},
  {name: 'every other year', repeat: 'FREQ=YEARLY;INTERVAL=2', start: '2024-02-13T15:00'},
  {name: 'daily', repeat: 'FREQ=DAILY', start: '2024-02-13T15:00'},
  {name: 'every other day', repeat: 'FREQ=DAILY;INTERVAL=2', start: '2024-02-13T15:00'},
  {name: 'every 3 days', repeat: 'FREQ=DAILY;INTERVAL=3', start: '2024-02-13T15:00'},
  {name: 'every 21 days', repeat: 'FREQ=DAILY;INTERVAL=21', start: '2024-02-13T15:00'},
  {name: 'COUNT', repeat: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', start: '2024-02-13T15:00'},
  {name: 'COUNT of 3', repeat: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3', start: '2024-02-13T15:00'},
  {name: 'UNTIL', repeat: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20241210', start: '2024-02-13T15:00'},
  // The last day in London, though UNTIL is written in UTC.
  {name: 'UNTIL in UTC', repeat: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20240701T230000Z', start: '2024-02-13T15:00'},
  {name: 'UNTIL the first of a month', repeat: 'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20250101', start: '2024-02-13T15:00'},
  {name: 'once', start: '2024-02-13T15:00'},
  {name: 'once, on the first of a month', start: '2024-03-01T15:00'},
];

/** The sentence of each case in a locale, as MeetingTable shows it. */
export function sentencesIn(locale: string): Array<[string, string | undefined]> {
  return SCHEDULE_CASES.map(({name, repeat, start}) => {
    const rule = repeat ? `repeat: "${repeat}"\n` : '';
    const meeting = parseMeetingFile('meetings/m.yml', `title: M\ntimezone: Europe/London\nstart: ${start}\nduration: 60\n${rule}`);
    return [name, describeSchedule(meeting, locale)];
  });
}

/** Runs the table of one language: `expected` has a sentence per case, in SCHEDULE_CASES order. */
export function scheduleTable(locale: string, expected: string[]): void {
  test('has a sentence for every case', () => {
    expect(expected).toHaveLength(SCHEDULE_CASES.length);
  });
  const actual = sentencesIn(locale);
  test.each(SCHEDULE_CASES.map((c, index) => [c.name, c.repeat ?? '(once)', expected[index], actual[index]![1]]))(
    '%s (%s): %s',
    (_name, _rule, want, got) => {
      expect(got).toBe(want);
    },
  );
}
