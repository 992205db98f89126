import {loadFixture} from './__tests__/helpers';
import {describeSchedule, describeTime, formatMessage} from './describe';
import {parseMeetingFile} from './load';

/** A meeting on Tuesday 13 February 2024, 15:00 London, with the given rule. */
function withRule(repeat?: string, start = '2024-02-13T15:00', zone = 'Europe/London') {
  const rule = repeat ? `repeat: "${repeat}"\n` : '';
  return parseMeetingFile('meetings/m.yml', `title: M\ntimezone: ${zone}\nstart: ${start}\nduration: 60\n${rule}`);
}

describe('describeSchedule', () => {
  it.each([
    ['FREQ=MONTHLY;BYDAY=2TU', 'innersourceSig.meetings.schedule.monthlyWeekday', 'Second Tuesday of every month'],
    ['FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2', 'innersourceSig.meetings.schedule.monthlyWeekday', 'Second Tuesday of every month'],
    ['FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', 'innersourceSig.meetings.schedule.monthlyWeekday.everyOther', 'Second Tuesday of every other month'],
    ['FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU', 'innersourceSig.meetings.schedule.monthlyWeekday.interval', 'Second Tuesday of every 3 months'],
    ['FREQ=MONTHLY;BYDAY=-1TU', 'innersourceSig.meetings.schedule.monthlyWeekday', 'Last Tuesday of every month'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'innersourceSig.meetings.schedule.weekly.everyOther', 'Every other Tuesday'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'innersourceSig.meetings.schedule.weekdays', 'Every weekday'],
    ['FREQ=WEEKLY;BYDAY=FR,TU,TH,WE,MO', 'innersourceSig.meetings.schedule.weekdays', 'Every weekday'],
    ['FREQ=WEEKLY;BYDAY=TU', 'innersourceSig.meetings.schedule.weekly', 'Every Tuesday'],
    ['FREQ=WEEKLY', 'innersourceSig.meetings.schedule.weekly', 'Every Tuesday'],
    ['FREQ=WEEKLY;BYDAY=TU,TH', 'innersourceSig.meetings.schedule.weeklyOnDays', 'Every week on Tuesday and Thursday'],
    ['FREQ=WEEKLY;INTERVAL=3;BYDAY=TH,TU,MO', 'innersourceSig.meetings.schedule.weeklyOnDays.interval', 'Every 3 weeks on Monday, Tuesday and Thursday'],
    ['FREQ=WEEKLY;INTERVAL=3', 'innersourceSig.meetings.schedule.weeklyOnDays.interval', 'Every 3 weeks on Tuesday'],
    ['FREQ=DAILY', 'innersourceSig.meetings.schedule.daily', 'Every day'],
    ['FREQ=DAILY;INTERVAL=2', 'innersourceSig.meetings.schedule.daily.everyOther', 'Every other day'],
    ['FREQ=DAILY;INTERVAL=10', 'innersourceSig.meetings.schedule.daily.interval', 'Every 10 days'],
    ['FREQ=MONTHLY', 'innersourceSig.meetings.schedule.monthlyDay', 'On day 13 of every month'],
    ['FREQ=YEARLY', 'innersourceSig.meetings.schedule.yearly', 'Every year on 13 February'],
    ['FREQ=WEEKLY;BYDAY=TU;COUNT=6', 'innersourceSig.meetings.schedule.weekly.count', 'Every Tuesday, 6 times'],
    ['FREQ=WEEKLY;BYDAY=TU;UNTIL=20241210', 'innersourceSig.meetings.schedule.weekly.until', 'Every Tuesday, until 10 December 2024'],
    // The last day in London, though UNTIL is written in UTC.
    ['FREQ=WEEKLY;BYDAY=TU;UNTIL=20240701T230000Z', 'innersourceSig.meetings.schedule.weekly.until', 'Every Tuesday, until 2 July 2024'],
    ['FREQ=MONTHLY;BYDAY=TU,TH;BYSETPOS=1,-1', 'innersourceSig.meetings.schedule.rule', 'Repeats: FREQ=MONTHLY;BYDAY=TU,TH;BYSETPOS=1,-1'],
    ['FREQ=YEARLY;BYMONTH=2,8;BYDAY=2TU', 'innersourceSig.meetings.schedule.rule', 'Repeats: FREQ=YEARLY;BYMONTH=2,8;BYDAY=2TU'],
  ])('%s → %s: "%s"', (rule, id, text) => {
    // The first occurrence must follow the rule: pick it per rule.
    const start = {'FREQ=MONTHLY;BYDAY=-1TU': '2024-02-27T15:00', 'FREQ=MONTHLY;BYDAY=TU,TH;BYSETPOS=1,-1': '2024-02-01T15:00'}[rule];
    const message = describeSchedule(withRule(rule, start));
    expect(message.id).toBe(id);
    expect(formatMessage(message)).toBe(text);
  });

  it('says when the last day of the month, and when a one-off takes place', () => {
    expect(formatMessage(describeSchedule(withRule('FREQ=MONTHLY;BYMONTHDAY=-1', '2024-01-31T15:00')))).toBe('On the last day of every month');
    expect(describeSchedule(withRule())).toEqual({
      id: 'innersourceSig.meetings.schedule.once',
      message: 'Once, on {date}',
      values: {date: 'Tuesday 13 February 2024'},
    });
  });

  it('keeps the words in values, so translators get one sentence per id', () => {
    expect(describeSchedule(loadFixture('london.yml'))).toEqual({
      id: 'innersourceSig.meetings.schedule.monthlyWeekday',
      message: '{ordinal} {weekday} of every month',
      values: {ordinal: 'Second', weekday: 'Tuesday'},
    });
  });

  it('describes every fixture', () => {
    expect(['london.yml', 'new-york.yml', 'sydney.yml', 'kolkata.yml'].map((name) => formatMessage(describeSchedule(loadFixture(name))))).toEqual([
      'Second Tuesday of every month',
      'Every other Wednesday, until 31 December 2025',
      'Every Thursday',
      'Last Thursday of every month, 18 times',
    ]);
  });
});

describe('describeTime', () => {
  it('gives wall-clock start and end and the zone city', () => {
    expect(describeTime(loadFixture('london.yml'))).toEqual({startTime: '15:00', endTime: '16:00', zoneLabel: 'London'});
    expect(describeTime(loadFixture('new-york.yml'))).toEqual({startTime: '11:00', endTime: '12:00', zoneLabel: 'New York'});
    expect(describeTime(withRule(undefined, '2024-02-13T23:30'))).toEqual({startTime: '23:30', endTime: '00:30', zoneLabel: 'London'});
  });
});
