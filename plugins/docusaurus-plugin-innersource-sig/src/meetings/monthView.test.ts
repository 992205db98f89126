import type {EventSummary} from '../types';
import {parseMeetingFile} from './load';
import {buildMonthViews, firstDayOfWeek, MONTHS_AHEAD, MONTHS_BACK, type CalendarItem, type CalendarMonth} from './monthView';

const at = (iso: string) => Date.parse(iso) / 1000;
const NOW = new Date('2026-03-15T12:00:00Z');
const MEETINGS_PAGE = '/sig/meetings';

// Second Tuesday of the month, 15:00 London: March's cancelled, April's moved to Wednesday 16:30.
const LONDON = parseMeetingFile(
  'meetings/sig-call.yml',
  [
    'title: SIG call',
    'timezone: Europe/London',
    'start: 2025-01-14T15:00',
    'duration: 60',
    'repeat: FREQ=MONTHLY;BYDAY=2TU',
    'cancelled: [2026-03-10]',
    'moved:',
    '  - from: 2026-04-14',
    '    start: 2026-04-15T16:30',
    '    duration: 60',
  ].join('\n'),
);
// Weekly on Tuesdays, 15:00 London: the clocks go forward on Sunday 29 March 2026.
const LONDON_WEEKLY = parseMeetingFile('meetings/weekly.yml', 'title: Weekly sync\ntimezone: Europe/London\nstart: 2026-01-06T15:00\nduration: 30\nrepeat: FREQ=WEEKLY;BYDAY=TU\n');
// Wednesdays, 10:00 Sydney: the clocks go back on Sunday 5 April 2026 (AEDT +11 → AEST +10).
const SYDNEY = parseMeetingFile('meetings/apac.yml', 'title: APAC call\ntimezone: Australia/Sydney\nstart: 2026-01-07T10:00\nduration: 60\nrepeat: FREQ=WEEKLY;BYDAY=WE\n');

function event(fields: Partial<EventSummary> & Pick<EventSummary, 'slug' | 'date' | 'end' | 'startsAt' | 'endsAt' | 'timezone'>): EventSummary {
  return {title: fields.slug, days: '', tags: [], ...fields};
}

// Two whole days in Berlin, across the end of March (midnight to midnight, CEST from the 29th).
const SUMMIT = event({slug: 'summit', title: 'InnerSource Summit', date: '2026-03-31', end: '2026-04-01', timezone: 'Europe/Berlin', startsAt: at('2026-03-30T22:00:00Z'), endsAt: at('2026-03-31T22:00:00Z') + 86_400, permalink: '/sig/events/summit'});
// One afternoon with sessions, on another site.
const WORKSHOP = event({slug: 'workshop', title: 'Workshop', date: '2026-03-19', end: '2026-03-19', timezone: 'America/New_York', startsAt: at('2026-03-19T17:00:00Z'), endsAt: at('2026-03-19T20:30:00Z'), redirect: 'https://workshop.example.org'});

const build = (args: Partial<Parameters<typeof buildMonthViews>[0]> = {}) =>
  buildMonthViews({meetings: [LONDON, LONDON_WEEKLY, SYDNEY], events: [SUMMIT, WORKSHOP], now: NOW, locale: 'en-GB', meetingsPagePath: MEETINGS_PAGE, ...args});

const views = build();
const month = (key: string, from = views) => from.months.find((m) => m.month === key)!;
const day = (m: CalendarMonth, date: string) => m.weeks.flat().find((d) => d?.date === date)!;
const titles = (m: CalendarMonth, date: string) => day(m, date).items.map((item) => item.title);
const itemsOf = (m: CalendarMonth, id: string) => m.weeks.flat().flatMap((d) => d?.items ?? []).filter((item) => item.id === id);

describe('buildMonthViews', () => {
  describe('months', () => {
    test('from three months before the build month to twelve after, the current one in between', () => {
      expect(views.months.map((m) => m.month)).toEqual([
        '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08',
        '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03',
      ]);
      expect(views.months).toHaveLength(MONTHS_BACK + 1 + MONTHS_AHEAD);
      expect(views.current.month).toBe('2026-03');
      expect(views.current.title).toBe('March 2026');
    });

    test('the current month is the build time\'s in UTC, whatever the zones of the series', () => {
      // Already 1 April in Sydney and Tokyo.
      expect(build({now: new Date('2026-03-31T23:30:00Z')}).current.month).toBe('2026-03');
    });

    test('each month links to its neighbours\' pages, and the range\'s ends to nothing beyond', () => {
      expect(views.current.path).toBe('/sig/meetings/calendar/2026-03');
      expect(views.current.previous).toEqual({month: '2026-02', title: 'February 2026', path: '/sig/meetings/calendar/2026-02'});
      expect(views.current.next).toEqual({month: '2026-04', title: 'April 2026', path: '/sig/meetings/calendar/2026-04'});
      expect(views.months[0]!.previous).toBeUndefined();
      expect(views.months[0]!.next?.month).toBe('2026-01');
      expect(views.months.at(-1)!.next).toBeUndefined();
      expect(views.months.at(-1)!.previous?.month).toBe('2027-02');
    });

    test('without month pages, months link nowhere', () => {
      const alone = build({meetingsPagePath: undefined}).current;
      expect(alone.path).toBeUndefined();
      expect(alone.previous).toBeUndefined();
      expect(alone.next).toBeUndefined();
    });

    test('a year end: December to January', () => {
      const december = build({now: new Date('2026-12-31T23:59:00Z')});
      expect(december.current.month).toBe('2026-12');
      expect(december.current.next?.title).toBe('January 2027');
      expect(december.months[0]!.month).toBe('2026-09');
      expect(december.months.at(-1)!.month).toBe('2027-12');
    });

    test('every day of the month once, in weeks of seven', () => {
      for (const m of views.months) {
        for (const week of m.weeks) expect(week).toHaveLength(7);
        const days = m.weeks.flat().filter((d) => d !== null).map((d) => d!.date);
        expect(days[0]).toBe(`${m.month}-01`);
        expect(new Set(days).size).toBe(days.length);
        expect(days.every((d) => d.startsWith(m.month))).toBe(true);
      }
      expect(month('2026-02').weeks.flat().filter(Boolean)).toHaveLength(28);
      expect(day(views.current, '2026-03-03')).toMatchObject({number: '3', label: 'Tuesday, 3 March 2026'});
    });
  });

  describe('week start', () => {
    test("Monday where the page's language starts weeks on Monday (en-GB, fr, de)", () => {
      expect(views.current.weekdays.map((w) => w.short)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
      expect(views.current.weekdays[0]!.long).toBe('Monday');
      // 1 March 2026 is a Sunday: six days of the first week are February's.
      expect(views.current.weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
      expect(views.current.weeks[0]![6]!.date).toBe('2026-03-01');
      expect(views.current.weeks).toHaveLength(6);
      expect(firstDayOfWeek('fr')).toBe(1);
      expect(firstDayOfWeek('de')).toBe(1);
    });

    test('Sunday in en-US and Japanese, with the weekday names of the language', () => {
      const us = build({locale: 'en-US'}).current;
      expect(us.weekdays.map((w) => w.long)).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
      expect(us.weeks[0]![0]!.date).toBe('2026-03-01');
      expect(us.weeks).toHaveLength(5);
      const ja = build({locale: 'ja'}).current;
      expect(ja.weekdays[0]).toEqual({short: '日', long: '日曜日'});
      expect(ja.title).toBe('2026年3月');
    });

    test('Monday when the runtime does not know the week of the language', () => {
      const {Locale} = Intl;
      // An engine without Intl.Locale weekInfo (before Chrome 99, Firefox today).
      class LocaleWithoutWeeks extends Locale {
        get weekInfo() {
          return undefined;
        }
      }
      Object.defineProperty(LocaleWithoutWeeks.prototype, 'getWeekInfo', {value: undefined});
      Intl.Locale = LocaleWithoutWeeks as typeof Intl.Locale;
      try {
        expect(firstDayOfWeek('en-US')).toBe(1);
      } finally {
        Intl.Locale = Locale;
      }
    });

    test('names and titles stand alone: capitalised where the language writes them in lower case', () => {
      const fr = build({locale: 'fr'}).current;
      expect(fr.title).toBe('Mars 2026');
      expect(fr.weekdays[0]!.long).toBe('Lundi');
      expect(day(fr, '2026-03-03').label).toBe('Mardi 3 mars 2026');
    });
  });

  describe('meetings', () => {
    test('each on its day in its series\' zone, with its time there, across the spring change in London', () => {
      const weekly = itemsOf(views.current, 'weekly');
      expect(weekly.map((item) => item.date)).toEqual(['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31']);
      // Always 15:00 on London's clocks: 15:00 UTC in GMT, 14:00 UTC after the 29th.
      expect(weekly.map((item) => item.time)).toEqual(Array(5).fill('15:00–15:30'));
      expect(weekly[0]!.start).toBe(at('2026-03-03T15:00:00Z'));
      expect(weekly[4]!.start).toBe(at('2026-03-31T14:00:00Z'));
      expect(weekly[4]!.end - weekly[4]!.start).toBe(30 * 60);
      expect(weekly[0]).toMatchObject({kind: 'meeting', title: 'Weekly sync', timezone: 'Europe/London', status: 'held', icsPath: '/ics/weekly.ics'});
      expect(views.current.zoneNames['Europe/London']).toBe('United Kingdom Time');
    });

    test('across the autumn change in Sydney: 10:00 there before and after, on Sydney\'s day', () => {
      const apac = itemsOf(month('2026-04'), 'apac');
      expect(apac.map((item) => item.date)).toEqual(['2026-04-01', '2026-04-08', '2026-04-15', '2026-04-22', '2026-04-29']);
      expect(new Set(apac.map((item) => item.time))).toEqual(new Set(['10:00–11:00']));
      // AEDT (+11) on 1 April: 23:00 UTC the day before; AEST (+10) from the 5th.
      expect(apac[0]!.start).toBe(at('2026-03-31T23:00:00Z'));
      expect(apac[1]!.start).toBe(at('2026-04-08T00:00:00Z'));
    });

    test('a meeting on another day in UTC is in its own day\'s month, and among the next months\' nearby items for readers elsewhere', () => {
      const firstOfApril = itemsOf(month('2026-04'), 'apac')[0]!;
      expect(itemsOf(views.current, 'apac').map((item) => item.date)).not.toContain('2026-04-01');
      expect(views.current.nearby).toContainEqual(firstOfApril);
      // A reader in UTC−12 to UTC+14 can never see a 15:00 London meeting of mid-month in another month.
      expect(views.current.nearby.every((item) => item.start < at('2026-03-03T00:00:00Z') || item.start > at('2026-03-30T00:00:00Z'))).toBe(true);
      expect(views.current.nearby.some((item: CalendarItem) => item.eventDay)).toBe(false);
    });

    test('cancelled on its scheduled day and time; moved on its new day, saying which day it left', () => {
      const [march] = itemsOf(views.current, 'sig-call');
      expect(march).toMatchObject({date: '2026-03-10', status: 'cancelled', time: '15:00–16:00', start: at('2026-03-10T15:00:00Z')});
      const april = itemsOf(month('2026-04'), 'sig-call');
      expect(april).toHaveLength(1);
      expect(april[0]).toMatchObject({date: '2026-04-15', status: 'moved', time: '16:30–17:30', movedFrom: 'Tuesday, 14 April 2026'});
      expect(titles(month('2026-04'), '2026-04-14')).not.toContain('SIG call');
      expect(itemsOf(month('2026-05'), 'sig-call')[0]).toMatchObject({date: '2026-05-12', status: 'held'});
    });

    test('items of a day in order of their start', () => {
      // 10 March: the weekly sync at 15:00 and the cancelled SIG call at 15:00, then by title.
      expect(titles(views.current, '2026-03-10')).toEqual(['SIG call', 'Weekly sync']);
      expect(titles(views.current, '2026-03-11')).toEqual(['APAC call']);
    });

    test('no meeting outside the range, and none before a series begins', () => {
      expect(itemsOf(views.months[0]!, 'weekly')).toEqual([]);
      expect(itemsOf(views.months[0]!, 'sig-call').map((item) => item.date)).toEqual(['2025-12-09']);
      expect(itemsOf(views.months.at(-1)!, 'sig-call').map((item) => item.date)).toEqual(['2027-03-09']);
    });
  });

  describe('events', () => {
    test('an event of whole days is on each of its days, across a month\'s end, with which day it is', () => {
      expect(itemsOf(views.current, 'summit')).toEqual([
        expect.objectContaining({date: '2026-03-31', eventDay: {n: 1, count: 2}, href: '/sig/events/summit', kind: 'event', title: 'InnerSource Summit', status: 'held'}),
      ]);
      expect(itemsOf(month('2026-04'), 'summit')).toEqual([expect.objectContaining({date: '2026-04-01', eventDay: {n: 2, count: 2}})]);
      expect(itemsOf(views.current, 'summit')[0]!.time).toBeUndefined();
    });

    test('a one-day event with sessions is one timed item in its zone; an event without a page links to its website', () => {
      expect(itemsOf(views.current, 'workshop')).toEqual([
        expect.objectContaining({date: '2026-03-19', time: '13:00–16:30', href: 'https://workshop.example.org', timezone: 'America/New_York'}),
      ]);
      expect(itemsOf(views.current, 'workshop')[0]!.eventDay).toBeUndefined();
    });

    test('one whole day: one item, and no link when the event has neither page nor website', () => {
      const meetup = event({slug: 'meetup', date: '2026-03-20', end: '2026-03-20', timezone: 'Europe/Paris', startsAt: at('2026-03-19T23:00:00Z'), endsAt: at('2026-03-20T23:00:00Z')});
      const [item, ...rest] = itemsOf(build({events: [meetup]}).current, 'meetup');
      expect(rest).toEqual([]);
      expect(item).toMatchObject({date: '2026-03-20', eventDay: {n: 1, count: 1}});
      expect(item!.href).toBeUndefined();
    });
  });

  test('a month without anything has its days and no items', () => {
    const empty = buildMonthViews({meetings: [], events: [], now: NOW, locale: 'en-GB'}).current;
    expect(empty.weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(empty.weeks.flat().every((d) => !d || d.items.length === 0)).toBe(true);
    expect(empty.nearby).toEqual([]);
    expect(empty.zoneNames).toEqual({});
  });
});
