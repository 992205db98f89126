import en from '../languages/en';
import fr from '../languages/fr';
import {loadFixture} from './__tests__/helpers';
import {googleCalendarUrl, outlookUrl} from './links';
import {parseMeetingFile} from './load';

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('googleCalendarUrl', () => {
  it('adds the series in its own zone with the rule, links and feed', () => {
    const url = googleCalendarUrl(loadFixture('london.yml'), en.calendar, 'https://sig.example.org/ics/finos-event-7.ics');
    expect(url.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE&text=')).toBe(true);
    expect(params(url)).toEqual({
      action: 'TEMPLATE',
      text: 'Réunion mensuelle — InnerSource SIG 🚀 monthly call, with agenda; notes',
      dates: '20240213T150000/20240213T160000',
      ctz: 'Europe/London',
      recur: 'RRULE:FREQ=MONTHLY;BYDAY=2TU',
      details: [
        'Agenda and minutes are kept as GitHub issues.',
        'Everyone is welcome, newcomers included.',
        '',
        'Calendar feed with all cancellations and changes: https://sig.example.org/ics/finos-event-7.ics',
        '',
        'Join: https://zoom.us/j/123456789?pwd=abc',
        'Agenda: https://github.com/org/repo/issues?q=label%3Ameeting',
      ].join('\n'),
      location: 'https://zoom.us/j/123456789?pwd=abc',
    });
    expect(url).not.toContain('+');
  });

  it("writes its lines in the page's language", () => {
    const details = params(googleCalendarUrl(loadFixture('london.yml'), fr.calendar, 'https://sig.example.org/fr/ics/finos-event-7.ics')).details;
    expect(details).toContain('Calendrier à jour de toutes les annulations et modifications : https://sig.example.org/fr/ics/finos-event-7.ics');
    expect(details).toContain('Rejoindre : https://zoom.us/j/123456789?pwd=abc');
    expect(details).toContain('Ordre du jour : https://github.com/org/repo/issues?q=label%3Ameeting');
  });

  it('writes UNTIL in UTC, and leaves out what is not there', () => {
    const p = params(googleCalendarUrl(loadFixture('new-york.yml'), en.calendar));
    expect(p.recur).toBe('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20260101T045959Z');
    expect(p.details).toBe('Join: https://meet.example.org/office-hours');
    const once = params(googleCalendarUrl(parseMeetingFile('meetings/o.yml', 'title: "A & B #1"\ntimezone: Asia/Kolkata\nstart: 2024-11-05T09:00\nduration: 30\n'), en.calendar));
    expect(once).toEqual({action: 'TEMPLATE', text: 'A & B #1', dates: '20241105T090000/20241105T093000', ctz: 'Asia/Kolkata', details: ''});
  });
});

describe('outlookUrl', () => {
  const words = {text: en.calendar, schedule: 'Second Tuesday of every month, 15:00–16:00 (United Kingdom Time)'};

  it('adds one occurrence in UTC with the schedule in words in the body', () => {
    const url = outlookUrl(loadFixture('london.yml'), words);
    expect(url.startsWith('https://outlook.live.com/calendar/0/deeplink/compose?')).toBe(true);
    const p = params(url);
    expect(p).toMatchObject({
      rru: 'addevent',
      subject: 'Réunion mensuelle — InnerSource SIG 🚀 monthly call, with agenda; notes',
      startdt: '2024-02-13T15:00:00Z',
      enddt: '2024-02-13T16:00:00Z',
      location: 'https://zoom.us/j/123456789?pwd=abc',
    });
    expect(p.body).toContain('Second Tuesday of every month, 15:00–16:00 (United Kingdom Time)');
    expect(p.body).toContain('Join: https://zoom.us/j/123456789?pwd=abc');
    expect(p.body).toContain('Agenda: https://github.com/org/repo/issues?q=label%3Ameeting');
  });

  it('uses the occurrence given (e.g. the next one, in summer time)', () => {
    const occurrence = {start: new Date('2024-07-09T14:00:00Z'), end: new Date('2024-07-09T15:00:00Z'), localStart: '2024-07-09T15:00'};
    expect(params(outlookUrl(loadFixture('london.yml'), words, occurrence))).toMatchObject({startdt: '2024-07-09T14:00:00Z', enddt: '2024-07-09T15:00:00Z'});
  });
});
