import {loadFixture} from './__tests__/helpers';
import {describeSchedule, meetingTimes} from './describe';
import {parseMeetingFile} from './load';

// Each language's sentences are tested table by table in languages/*.test.ts; here, what
// decides whether a meeting gets a sentence, and in which language.

/** A meeting on Tuesday 13 February 2024, 15:00 London, with the given rule. */
function withRule(repeat?: string, start = '2024-02-13T15:00') {
  const rule = repeat ? `repeat: "${repeat}"\n` : '';
  return parseMeetingFile('meetings/m.yml', `title: M\ntimezone: Europe/London\nstart: ${start}\nduration: 60\n${rule}`);
}

describe('describeSchedule', () => {
  it('describes every fixture in English', () => {
    expect(['london.yml', 'new-york.yml', 'sydney.yml', 'kolkata.yml'].map((name) => describeSchedule(loadFixture(name), 'en-GB'))).toEqual([
      'Second Tuesday of every month',
      'Every other Wednesday, until 31 December 2025',
      'Every Thursday',
      'Last Thursday of every month, 18 times',
    ]);
  });

  it.each([
    ['FREQ=MONTHLY;BYDAY=TU,TH;BYSETPOS=1,-1', '2024-02-01T15:00'],
    ['FREQ=YEARLY;BYMONTH=2,8;BYDAY=2TU', '2024-02-13T15:00'],
    ['FREQ=YEARLY;BYWEEKNO=7', '2024-02-13T15:00'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', '2024-02-15T15:00'],
    ['FREQ=WEEKLY;BYDAY=TU;BYMONTH=2,3', '2024-02-13T15:00'],
  ])('has no sentence for %s, in any language', (rule, start) => {
    for (const locale of ['en-GB', 'fr', 'ja']) expect(describeSchedule(withRule(rule, start), locale)).toBeUndefined();
  });

  it.each([
    ['fr-CA', 'Le deuxième mardi de chaque mois'],
    ['pt', 'Na segunda terça-feira de cada mês'],
    ['pt-PT', 'Na segunda terça-feira de cada mês'],
    ['zh', '每月第二个星期二'],
    ['zh-CN', '每月第二个星期二'],
    ['de-AT', 'Am zweiten Dienstag jedes Monats'],
    ['en-US', 'Second Tuesday of every month'],
  ])('finds the language of %s', (locale, sentence) => {
    expect(describeSchedule(loadFixture('london.yml'), locale)).toBe(sentence);
  });

  it('has no sentence in a language without a module (the page shows a translatable generic one)', () => {
    expect(describeSchedule(loadFixture('london.yml'), 'nl')).toBeUndefined();
    // Traditional Chinese is not the Simplified module's script.
    expect(describeSchedule(loadFixture('london.yml'), 'zh-Hant')).toBeUndefined();
  });
});

describe('meetingTimes', () => {
  it('gives wall-clock start and end in the meeting zone', () => {
    expect(meetingTimes(loadFixture('london.yml'))).toEqual({startTime: '15:00', endTime: '16:00'});
    expect(meetingTimes(loadFixture('new-york.yml'))).toEqual({startTime: '11:00', endTime: '12:00'});
    expect(meetingTimes(withRule(undefined, '2024-02-13T23:30'))).toEqual({startTime: '23:30', endTime: '00:30'});
  });
});
