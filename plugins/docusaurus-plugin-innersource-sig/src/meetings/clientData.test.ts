import en from '../languages/en';
import fr from '../languages/fr';
import ja from '../languages/ja';
import {loadFixture} from './__tests__/helpers';
import {meetingClientData} from './clientData';

const options = {
  now: new Date('2025-04-01T12:00:00Z'),
  horizonDays: 60,
  maxOccurrences: 10,
  icsPath: '/ics/finos-event-7.ics',
  icsUrl: 'https://sig.example.org/ics/finos-event-7.ics',
  locale: 'en-GB',
  calendarText: en.calendar,
};
const epoch = (iso: string) => Date.parse(iso) / 1000;

describe('meetingClientData', () => {
  it('combines schedule, times, links and the upcoming occurrences', () => {
    const data = meetingClientData(loadFixture('london.yml'), options);
    expect(data).toMatchObject({
      id: 'innersource-sig',
      title: 'Réunion mensuelle — InnerSource SIG 🚀 monthly call, with agenda; notes',
      timezone: 'Europe/London',
      schedule: 'Second Tuesday of every month',
      time: '15:00–16:00',
      zoneName: 'United Kingdom Time',
      icsPath: '/ics/finos-event-7.ics',
      join: 'https://zoom.us/j/123456789?pwd=abc',
    });
    // 8 April moved to 15 April 16:00 BST for 90 minutes; 13 May 15:00 BST.
    expect(data.occurrences).toEqual([
      [epoch('2025-04-15T15:00:00Z'), epoch('2025-04-15T16:30:00Z'), 1, 'Tue, 15 Apr 2025, 16:00'],
      [epoch('2025-05-13T14:00:00Z'), epoch('2025-05-13T15:00:00Z'), 0, 'Tue, 13 May 2025, 15:00'],
    ]);
    expect(new URL(data.outlookUrl).searchParams.get('startdt')).toBe('2025-04-15T15:00:00Z');
    expect(new URL(data.outlookUrl).searchParams.get('body')).toContain('Second Tuesday of every month, 15:00–16:00 (United Kingdom Time)');
    expect(new URL(data.googleCalendarUrl).searchParams.get('details')).toContain(options.icsUrl);
  });

  it("writes every text in the page's language: schedule, time, zone, dates and calendar links", () => {
    const data = meetingClientData(loadFixture('london.yml'), {...options, locale: 'fr', calendarText: fr.calendar});
    expect(data).toMatchObject({schedule: 'Le deuxième mardi de chaque mois', time: '15:00–16:00', zoneName: 'heure : Royaume-Uni'});
    expect(data.occurrences.map((o) => o[3])).toEqual(['mar. 15 avr. 2025, 16:00', 'mar. 13 mai 2025, 15:00']);
    expect(new URL(data.outlookUrl).searchParams.get('body')).toContain('Le deuxième mardi de chaque mois, 15:00–16:00 (heure : Royaume-Uni)');
    expect(new URL(data.googleCalendarUrl).searchParams.get('details')).toContain('Ordre du jour : https://github.com/org/repo/issues');
    const japanese = meetingClientData(loadFixture('london.yml'), {...options, locale: 'ja', calendarText: ja.calendar});
    expect(japanese).toMatchObject({schedule: '毎月第2火曜日', time: '15:00～16:00', zoneName: 'イギリス時間'});
    expect(japanese.occurrences[0]![3]).toBe('2025年4月15日(火) 16:00');
  });

  it('has no schedule sentence for a rule no sentence fits, or a language without a module', () => {
    expect(meetingClientData(loadFixture('london.yml'), {...options, locale: 'nl'}).schedule).toBeUndefined();
  });

  it('a meeting ending after midnight there', () => {
    const late = {...loadFixture('london.yml'), start: '2024-02-13T23:30', durationMinutes: 60};
    expect(meetingClientData(late, options).time).toBe('23:30–00:30 (+1)');
  });

  it('keeps an occurrence that started in the last day, and caps the list', () => {
    const data = meetingClientData(loadFixture('sydney.yml'), {...options, now: new Date('2024-07-04T00:00:00Z'), maxOccurrences: 3});
    // Thursday 4 July 09:30 AEST = 3 July 23:30 UTC, half an hour before `now`.
    expect(data.occurrences.map(([start, end, status]) => [start, end, status])).toEqual([
      [epoch('2024-07-03T23:30:00Z'), epoch('2024-07-04T00:15:00Z'), 0],
      [epoch('2024-07-10T23:30:00Z'), epoch('2024-07-11T00:15:00Z'), 0],
      [epoch('2024-07-17T23:30:00Z'), epoch('2024-07-18T00:15:00Z'), 0],
    ]);
    // Labels in the meeting's zone: Thursday morning in Sydney.
    expect(data.occurrences[0]![3]).toBe('Thu, 4 Jul 2024, 09:30');
    expect(new URL(data.outlookUrl).searchParams.get('startdt')).toBe('2024-07-03T23:30:00Z');
  });

  it('lists a cancelled date at its scheduled time, marked 2; the next meeting (Outlook link) is the following one', () => {
    // 13 August 2024 is cancelled.
    const data = meetingClientData(loadFixture('london.yml'), {...options, now: new Date('2024-08-01T00:00:00Z')});
    expect(data.occurrences).toEqual([
      [epoch('2024-08-13T14:00:00Z'), epoch('2024-08-13T15:00:00Z'), 2, 'Tue, 13 Aug 2024, 15:00'],
      [epoch('2024-09-10T14:00:00Z'), epoch('2024-09-10T15:00:00Z'), 0, 'Tue, 10 Sept 2024, 15:00'],
    ]);
    expect(new URL(data.outlookUrl).searchParams.get('startdt')).toBe('2024-09-10T14:00:00Z');
  });

  it('caps the meetings that take place, and adds the cancelled dates only before the last of them', () => {
    // Weekly on Thursday 09:30 Sydney (22:30 UTC the day before); 26 December 2024 is cancelled.
    const sydney = loadFixture('sydney.yml');
    const at = (maxOccurrences: number) => meetingClientData(sydney, {...options, now: new Date('2024-12-18T00:00:00Z'), maxOccurrences}).occurrences.map(([start, , status]) => [start, status]);
    expect(at(2)).toEqual([
      [epoch('2024-12-18T22:30:00Z'), 0],
      [epoch('2024-12-25T22:30:00Z'), 2],
      [epoch('2025-01-01T22:30:00Z'), 0],
    ]);
    expect(at(1)).toEqual([[epoch('2024-12-18T22:30:00Z'), 0]]);
  });

  it('says where a series read from a remote calendar comes from, with the day it was read in the page language (UTC)', () => {
    // 23:30 UTC is already the next day in much of the world: the date must not follow the build's zone.
    const source = {host: 'calendar.google.com', fetchedAt: '2026-12-03T23:30:00Z', stale: true};
    const meeting = {...loadFixture('london.yml'), source};
    expect(meetingClientData(meeting, options).source).toEqual({host: 'calendar.google.com', asOf: '3 Dec 2026', fetchedAt: '2026-12-03T23:30:00Z', stale: true});
    expect(meetingClientData(meeting, {...options, locale: 'fr', calendarText: fr.calendar}).source?.asOf).toBe('3 déc. 2026');
    expect(meetingClientData(meeting, {...options, locale: 'ja', calendarText: ja.calendar}).source?.asOf).toBe('2026年12月3日');
    expect(meetingClientData({...meeting, source: {...source, stale: false}}, options).source?.stale).toBe(false);
    expect(meetingClientData(loadFixture('london.yml'), options)).not.toHaveProperty('source');
  });

  it('is plain JSON (page data)', () => {
    const data = meetingClientData(loadFixture('new-york.yml'), options);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
