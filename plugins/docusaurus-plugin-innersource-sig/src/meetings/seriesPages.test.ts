import type {Meeting, Minutes} from '../types';
import {MAX_PAST_MEETINGS, seriesPagesContent} from './seriesPages';

/** A series as the loader gives it; every fixture below is written for these tests. */
function series(fields: Partial<Meeting> & Pick<Meeting, 'id' | 'title' | 'timezone' | 'start'>): Meeting {
  return {durationMinutes: 60, cancelled: [], moved: [], ics: fields.id, sourceFile: `meetings/${fields.id}.yml`, ...fields};
}

// Second Tuesday of the month, 15:00 in London (2025: 14 Jan, 11 Feb, 11 Mar, 8 Apr, 13 May, 10 Jun);
// British Summer Time from 30 March. February's cancelled; April's moved to the 15th, 16:00, 90 minutes.
const SYNC = series({
  id: 'sync',
  title: 'Monthly sync',
  timezone: 'Europe/London',
  start: '2025-01-14T15:00',
  repeat: 'FREQ=MONTHLY;BYDAY=2TU',
  cancelled: ['2025-02-11'],
  moved: [{from: '2025-04-08', start: '2025-04-15T16:00', durationMinutes: 90}],
  notesSearch: 'https://github.com/org/repo/issues?q={date}',
  meetingLinks: {agenda: {'2025-03-11': 'https://github.com/org/repo/issues/311'}, notes: {}, recordings: {'2025-05-13': 'https://video.example.org/may'}},
  organizer: {name: 'InnerSource SIG', email: 'sig@example.org'},
});

const NOW = new Date('2025-06-01T00:00:00Z');
const PAGE = '/sig/meetings';
const seconds = (iso: string) => Date.parse(iso) / 1000;
const minutes = (date: string, fields: Partial<Minutes> = {}): Minutes => ({seriesId: 'sync', date, name: `sync/${date}.md`, ...fields});

function content(args: {meetings?: Meeting[]; minutes?: Minutes[]; now?: Date; locale?: string} = {}) {
  return seriesPagesContent({meetings: args.meetings ?? [SYNC], minutes: args.minutes ?? [], now: args.now ?? NOW, locale: args.locale ?? 'en-GB', meetingsPagePath: PAGE});
}

describe('series pages', () => {
  test('list the past meetings newest first, cancelled and moved ones included, with their time in the series\' zone', () => {
    const {series: pages} = content();
    expect(pages.map((page) => [page.id, page.path])).toEqual([['sync', '/sig/meetings/sync']]);
    const {data} = pages[0]!;
    expect(data.id).toBe('sync');
    expect(data.organizer).toEqual({name: 'InnerSource SIG', email: 'sig@example.org'});
    expect(data.past.map((meeting) => [meeting.date, meeting.status])).toEqual([
      ['2025-05-13', 'held'],
      ['2025-04-15', 'moved'],
      ['2025-03-11', 'held'],
      ['2025-02-11', 'cancelled'],
      ['2025-01-14', 'held'],
    ]);
    expect(data.past[0]).toEqual({
      date: '2025-05-13',
      status: 'held',
      start: seconds('2025-05-13T14:00:00Z'),
      end: seconds('2025-05-13T15:00:00Z'),
      label: 'Tue, 13 May 2025, 15:00',
      links: {notes: 'https://github.com/org/repo/issues?q=2025-05-13', recording: 'https://video.example.org/may'},
    });
    expect(data.past[1]).toEqual({
      date: '2025-04-15',
      status: 'moved',
      start: seconds('2025-04-15T15:00:00Z'),
      end: seconds('2025-04-15T16:30:00Z'),
      label: 'Tue, 15 Apr 2025, 16:00',
      movedFrom: 'Tue, 8 Apr 2025',
      links: {notes: 'https://github.com/org/repo/issues?q=2025-04-15'},
    });
    expect(data.past[3]!.links).toEqual({});
  });

  test('a meeting under way is not past yet; once it has ended it is', () => {
    const first = (now: string) => content({now: new Date(now)}).series[0]!.data.past[0]!.date;
    expect(first('2025-05-13T14:30:00Z')).toBe('2025-04-15');
    expect(first('2025-05-13T15:00:00Z')).toBe('2025-05-13');
    expect(content({now: new Date('2025-01-14T14:59:00Z')}).series[0]!.data.past).toEqual([]);
  });

  test('are written in the page\'s language', () => {
    const past = content({locale: 'fr'}).series[0]!.data.past;
    expect(past[0]!.label).toBe('mar. 13 mai 2025, 15:00');
    expect(past[1]!.movedFrom).toBe('mar. 8 avr. 2025');
  });

  test('link each meeting that has minutes to its minutes page, instead of the notes search', () => {
    const past = content({minutes: [minutes('2025-03-11')]}).series[0]!.data.past;
    expect(past.find((meeting) => meeting.date === '2025-03-11')!.links).toEqual({minutes: '/sig/meetings/sync/2025-03-11', agenda: 'https://github.com/org/repo/issues/311'});
    expect(past.find((meeting) => meeting.date === '2025-01-14')!.links).toEqual({notes: 'https://github.com/org/repo/issues?q=2025-01-14'});
  });

  test(`list at most ${MAX_PAST_MEETINGS} meetings, the latest, for a daily series begun years ago`, () => {
    const daily = series({id: 'standup', title: 'Stand-up', timezone: 'Etc/UTC', start: '2020-01-01T09:00', durationMinutes: 15, repeat: 'FREQ=DAILY'});
    const past = content({meetings: [daily]}).series[0]!.data.past;
    expect(MAX_PAST_MEETINGS).toBe(1000);
    expect(past).toHaveLength(1000);
    expect(past[0]!.date).toBe('2025-05-31');
    // The 1,000th latest: 999 days before the latest.
    expect(past[999]!.date).toBe(new Date(Date.UTC(2025, 4, 31) - 999 * 86_400_000).toISOString().slice(0, 10));
    // Fewer than the cap: all of them.
    const young = {...daily, start: '2025-05-01T09:00'};
    expect(content({meetings: [young]}).series[0]!.data.past).toHaveLength(31);
  });

  test('one page per series, in the order given, each with its own meetings', () => {
    const once = series({id: 'kickoff', title: 'Kick-off', timezone: 'Asia/Kolkata', start: '2025-01-15T09:00', durationMinutes: 30});
    const {series: pages, minutesPages} = content({meetings: [once, SYNC], minutes: [minutes('2025-01-14')]});
    expect(pages.map((page) => [page.id, page.path, page.data.past.length])).toEqual([
      ['kickoff', '/sig/meetings/kickoff', 1],
      ['sync', '/sig/meetings/sync', 5],
    ]);
    expect(pages[0]!.data).not.toHaveProperty('organizer');
    expect(pages[0]!.data.past[0]!.links).toEqual({});
    expect(minutesPages.map((page) => page.metadata.seriesId)).toEqual(['sync']);
  });
});

describe('minutes pages', () => {
  const written = [
    minutes('2025-04-15'),
    minutes('2025-01-14', {name: 'sync/2025-01-14.mdx'}),
    minutes('2025-03-11', {title: 'Spring planning', description: 'What we plan for the spring.'}),
  ];

  test('one per minutes file, in date order, each linking to the previous and next', () => {
    const {minutesPages} = content({minutes: written});
    expect(minutesPages.map((page) => [page.name, page.metadata.permalink, page.metadata.previous?.permalink, page.metadata.next?.permalink])).toEqual([
      ['sync/2025-01-14.mdx', '/sig/meetings/sync/2025-01-14', undefined, '/sig/meetings/sync/2025-03-11'],
      ['sync/2025-03-11.md', '/sig/meetings/sync/2025-03-11', '/sig/meetings/sync/2025-01-14', '/sig/meetings/sync/2025-04-15'],
      ['sync/2025-04-15.md', '/sig/meetings/sync/2025-04-15', '/sig/meetings/sync/2025-03-11', undefined],
    ]);
    expect(minutesPages[0]!.metadata).not.toHaveProperty('previous');
    expect(minutesPages[2]!.metadata).not.toHaveProperty('next');
  });

  test("hold the meeting's time, series and links, but not a link to themselves; their own title wins", () => {
    const page = content({minutes: written}).minutesPages[1]!;
    expect(page.metadata).toEqual({
      title: 'Spring planning',
      description: 'What we plan for the spring.',
      permalink: '/sig/meetings/sync/2025-03-11',
      seriesId: 'sync',
      seriesTitle: 'Monthly sync',
      seriesPath: '/sig/meetings/sync',
      date: '2025-03-11',
      start: seconds('2025-03-11T15:00:00Z'),
      end: seconds('2025-03-11T16:00:00Z'),
      label: 'Tue, 11 Mar 2025, 15:00 (United Kingdom Time)',
      timezone: 'Europe/London',
      links: {agenda: 'https://github.com/org/repo/issues/311'},
      previous: {permalink: '/sig/meetings/sync/2025-01-14', label: '14 January 2025'},
      next: {permalink: '/sig/meetings/sync/2025-04-15', label: '15 April 2025'},
    });
  });

  test('without a title of their own, are titled "<series>, <day>" in the page\'s language', () => {
    const titles = (locale: string) => content({minutes: written, locale}).minutesPages.map((page) => page.metadata.title);
    expect(titles('en-GB')).toEqual(['Monthly sync, 14 January 2025', 'Spring planning', 'Monthly sync, 15 April 2025']);
    expect(titles('fr')).toEqual(['Monthly sync, 14 janvier 2025', 'Spring planning', 'Monthly sync, 15 avril 2025']);
    expect(content({minutes: written, locale: 'fr'}).minutesPages[1]!.metadata.next!.label).toBe('15 avril 2025');
  });

  test("of a moved meeting, say the day it was moved from and give its new time", () => {
    const {metadata} = content({minutes: written}).minutesPages[2]!;
    expect(metadata.movedFrom).toBe('Tue, 8 Apr 2025');
    expect([metadata.start, metadata.end, metadata.label]).toEqual([seconds('2025-04-15T15:00:00Z'), seconds('2025-04-15T16:30:00Z'), 'Tue, 15 Apr 2025, 16:00 (United Kingdom Time)']);
    expect(content({minutes: written, locale: 'fr'}).minutesPages[2]!.metadata.movedFrom).toBe('mar. 8 avr. 2025');
    expect(content({minutes: written}).minutesPages[0]!.metadata).not.toHaveProperty('movedFrom');
  });

  test('may be written ahead of their meeting, which the series page does not list as past yet', () => {
    const {series: pages, minutesPages} = content({minutes: [minutes('2025-01-14'), minutes('2025-03-11')], now: new Date('2025-03-01T00:00:00Z')});
    expect(minutesPages.map((page) => [page.metadata.date, page.metadata.start])).toEqual([
      ['2025-01-14', seconds('2025-01-14T15:00:00Z')],
      ['2025-03-11', seconds('2025-03-11T15:00:00Z')],
    ]);
    expect(pages[0]!.data.past.map((meeting) => meeting.date)).toEqual(['2025-02-11', '2025-01-14']);
  });

  test('of a zone ahead of UTC are found on their local day', () => {
    // Tuesdays 08:00 in Sydney: the day before in UTC.
    const sydney = series({id: 'apac', title: 'APAC call', timezone: 'Australia/Sydney', start: '2025-01-07T08:00', repeat: 'FREQ=WEEKLY;BYDAY=TU'});
    const {minutesPages} = content({meetings: [sydney], minutes: [{seriesId: 'apac', date: '2025-01-14', name: 'apac/2025-01-14.md'}]});
    expect(minutesPages[0]!.metadata).toMatchObject({date: '2025-01-14', start: seconds('2025-01-13T21:00:00Z'), label: 'Tue, 14 Jan 2025, 08:00 (Sydney Time)', title: 'APAC call, 14 January 2025'});
  });
});
