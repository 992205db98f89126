import {loadFixture} from './__tests__/helpers';
import {meetingClientData} from './client-data';

const options = {now: new Date('2025-04-01T12:00:00Z'), horizonDays: 60, maxOccurrences: 10, icsPath: '/ics/finos-event-7.ics', icsUrl: 'https://sig.example.org/ics/finos-event-7.ics'};
const epoch = (iso: string) => Date.parse(iso) / 1000;

describe('meetingClientData', () => {
  it('combines schedule, times, links and the upcoming occurrences', () => {
    const data = meetingClientData(loadFixture('london.yml'), options);
    expect(data).toMatchObject({
      id: 'innersource-sig',
      title: 'Réunion mensuelle — InnerSource SIG 🚀 monthly call, with agenda; notes',
      timezone: 'Europe/London',
      schedule: {id: 'innersourceSig.meetings.schedule.monthlyWeekday', values: {ordinal: 'Second', weekday: 'Tuesday'}},
      startTime: '15:00',
      endTime: '16:00',
      zoneLabel: 'London',
      icsPath: '/ics/finos-event-7.ics',
      join: 'https://zoom.us/j/123456789?pwd=abc',
    });
    // 8 April moved to 15 April 16:00 BST for 90 minutes; 13 May 15:00 BST.
    expect(data.occurrences).toEqual([
      [epoch('2025-04-15T15:00:00Z'), epoch('2025-04-15T16:30:00Z'), 1],
      [epoch('2025-05-13T14:00:00Z'), epoch('2025-05-13T15:00:00Z'), 0],
    ]);
    expect(new URL(data.outlookUrl).searchParams.get('startdt')).toBe('2025-04-15T15:00:00Z');
    expect(new URL(data.googleCalendarUrl).searchParams.get('details')).toContain(options.icsUrl);
  });

  it('keeps an occurrence that started in the last day, and caps the list', () => {
    const data = meetingClientData(loadFixture('sydney.yml'), {...options, now: new Date('2024-07-04T00:00:00Z'), maxOccurrences: 3});
    // Thursday 4 July 09:30 AEST = 3 July 23:30 UTC, half an hour before `now`.
    expect(data.occurrences).toEqual([
      [epoch('2024-07-03T23:30:00Z'), epoch('2024-07-04T00:15:00Z'), 0],
      [epoch('2024-07-10T23:30:00Z'), epoch('2024-07-11T00:15:00Z'), 0],
      [epoch('2024-07-17T23:30:00Z'), epoch('2024-07-18T00:15:00Z'), 0],
    ]);
    expect(new URL(data.outlookUrl).searchParams.get('startdt')).toBe('2024-07-03T23:30:00Z');
  });

  it('is plain JSON (global data)', () => {
    const data = meetingClientData(loadFixture('new-york.yml'), options);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
