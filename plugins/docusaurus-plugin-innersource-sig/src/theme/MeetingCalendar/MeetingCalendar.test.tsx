import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {globalDataStore, setPluginData} from '@docusaurus/useGlobalData';
import {browserState} from '@docusaurus/useIsBrowser';
import {localeState} from '@docusaurus/useDocusaurusContext';
import {codeTranslations} from '@docusaurus/Translate';
import MeetingCalendar from '@theme/MeetingCalendar';
import MDXComponents from '@theme/MDXComponents';
import {clearPageData, registerCalendarMonth} from '../../client/pageData';
import type {CalendarDay, CalendarItem, CalendarMonth} from '../../meetings/monthView';
import {zoneName} from '../../intl';
import french from '../../../locales/fr/plugin-innersource-sig.json';

// Instants are written in UTC. The reader's zone is the process zone (jsdom uses Node's Intl):
// the suite runs under TZ=UTC and TZ=America/Los_Angeles. Expected reader-side values come from Intl.
const at = (iso: string) => Date.parse(iso) / 1000;
const READER_ZONE = new Intl.DateTimeFormat().resolvedOptions().timeZone;
const readerDay = (seconds: number) =>
  new Intl.DateTimeFormat('en-CA', {year: 'numeric', month: '2-digit', day: '2-digit'}).format(seconds * 1000);
const readerClock = (seconds: number) => new Intl.DateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(seconds * 1000);
const dayLabel = (date: string) =>
  new Intl.DateTimeFormat('en-GB', {timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'}).format(Date.parse(`${date}T00:00:00Z`));

const meeting = (fields: Partial<CalendarItem> & Pick<CalendarItem, 'id' | 'title' | 'date' | 'start' | 'time' | 'timezone'>): CalendarItem => ({
  kind: 'meeting',
  end: fields.start + 3600,
  status: 'held',
  icsPath: `/ics/${fields.id}.ics`,
  ...fields,
});

// March 2026 as the build writes it in English (en-GB: weeks start on Monday; 1 March is a Sunday).
const SIG_HELD = meeting({id: 'sig-call', title: 'SIG call', date: '2026-03-03', start: at('2026-03-03T15:00:00Z'), time: '15:00–16:00', timezone: 'Europe/London'});
const SIG_CANCELLED = meeting({id: 'sig-call', title: 'SIG call', date: '2026-03-10', start: at('2026-03-10T15:00:00Z'), time: '15:00–16:00', timezone: 'Europe/London', status: 'cancelled'});
const SIG_MOVED = meeting({id: 'sig-call', title: 'SIG call', date: '2026-03-18', start: at('2026-03-18T16:30:00Z'), time: '16:30–17:30', timezone: 'Europe/London', status: 'moved', movedFrom: 'Tuesday, 17 March 2026'});
// 20:00 on 31 March in New York: already 1 April in UTC.
const AMERICAS = meeting({id: 'americas', title: 'Americas call', date: '2026-03-31', start: at('2026-04-01T00:00:00Z'), time: '20:00–21:00', timezone: 'America/New_York'});
// April's, 10:00 on 1 April in Sydney: still 31 March in UTC and in the Americas.
const APAC = meeting({id: 'apac', title: 'APAC call', date: '2026-04-01', start: at('2026-03-31T23:00:00Z'), time: '10:00–11:00', timezone: 'Australia/Sydney'});
const SUMMIT: CalendarItem = {kind: 'event', id: 'summit', title: 'InnerSource Summit', href: '/sig/events/summit', date: '2026-03-31', start: at('2026-03-30T22:00:00Z'), end: at('2026-04-01T22:00:00Z'), timezone: 'Europe/Berlin', status: 'held', eventDay: {n: 1, count: 2}};

function march(items: CalendarItem[], fields: Partial<CalendarMonth> = {}): CalendarMonth {
  const days = Array.from({length: 31}, (_, i): CalendarDay => {
    const date = `2026-03-${String(i + 1).padStart(2, '0')}`;
    return {date, number: String(i + 1), label: dayLabel(date), items: items.filter((item) => item.date === date)};
  });
  const cells = [...Array<null>(6).fill(null), ...days, ...Array<null>(5).fill(null)];
  return {
    month: '2026-03',
    title: 'March 2026',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((long) => ({long, short: long.slice(0, 3)})),
    weeks: Array.from({length: 6}, (_, w) => cells.slice(w * 7, w * 7 + 7)),
    nearby: [APAC],
    zoneNames: {'Europe/London': 'United Kingdom Time', 'America/New_York': 'New York Time', 'Australia/Sydney': 'Sydney Time', 'Europe/Berlin': 'Germany Time'},
    path: '/sig/meetings/calendar/2026-03',
    previous: {month: '2026-02', title: 'February 2026', path: '/sig/meetings/calendar/2026-02'},
    next: {month: '2026-04', title: 'April 2026', path: '/sig/meetings/calendar/2026-04'},
    ...fields,
  };
}

const MARCH = march([SIG_HELD, SIG_CANCELLED, SIG_MOVED, AMERICAS, SUMMIT]);
const BUILT_AT = at('2026-03-15T12:00:00Z');
const READER_NOW = new Date('2026-03-20T12:00:00Z');

function setGlobalData(fields: Record<string, unknown> = {}) {
  setPluginData('docusaurus-plugin-innersource-sig', 'default', {tags: {}, meetingIds: ['sig-call', 'americas', 'apac'], meetingsFeedPath: '/ics/meetings.ics', meetingsPagePath: '/meetings', builtAt: BUILT_AT, ...fields});
}

const table = () => screen.getByRole('table', {name: 'March 2026'});
const cellOf = (date: string) => table().querySelector(`time[datetime="${date}"]`)!.closest('td')!;
const itemLinks = (date: string) => within(cellOf(date)).queryAllByRole('link');

beforeEach(() => {
  globalDataStore.data = {};
  setGlobalData();
  clearPageData();
  // The static HTML, which is also the page without JavaScript: the same in every zone.
  browserState.isBrowser = false;
  jest.useFakeTimers({now: READER_NOW});
});

afterEach(() => {
  jest.useRealTimers();
  browserState.isBrowser = true;
  Object.assign(localeState, {currentLocale: 'en', htmlLang: 'en'});
  codeTranslations.messages = {};
});

describe('MeetingCalendar', () => {
  test('a table named by its caption, the month, with the weekdays as column headers', () => {
    render(<MeetingCalendar month={MARCH} />);
    expect(within(table()).getByRole('heading', {level: 3, name: 'March 2026'}).closest('caption')).not.toBeNull();
    const headers = within(table()).getAllByRole('columnheader');
    // Short names seen, full names heard.
    expect(headers.map((header) => header.textContent)).toEqual(['MonMonday', 'TueTuesday', 'WedWednesday', 'ThuThursday', 'FriFriday', 'SatSaturday', 'SunSunday']);
    expect(within(table()).getByRole('columnheader', {name: 'Monday'})).toHaveAttribute('scope', 'col');
    expect(within(table()).getAllByRole('row')).toHaveLength(7);
    // 1 March is a Sunday: the last cell of the first week.
    expect(within(table()).getAllByRole('row')[1]!.querySelectorAll('td')[6]).toBe(cellOf('2026-03-01'));
  });

  test('days with something on are headings one level below the month, named by their full date', () => {
    render(<MeetingCalendar month={MARCH} />);
    const days = within(table()).getAllByRole('heading', {level: 4});
    expect(days.map((day) => day.textContent)).toEqual(['3Tuesday, 3 March 2026', '10Tuesday, 10 March 2026', '18Wednesday, 18 March 2026', expect.stringContaining('31Tuesday, 31 March 2026')]);
    expect(within(table()).getByRole('heading', {name: 'Tuesday, 3 March 2026'})).toBeInTheDocument();
    // An empty day shows its number, but is no heading to stop at.
    expect(cellOf('2026-03-04')).toHaveTextContent('4');
    expect(within(cellOf('2026-03-04')).queryByRole('heading')).toBeNull();
  });

  test('the heading level follows headingLevel', () => {
    render(<MeetingCalendar month={MARCH} headingLevel={2} />);
    expect(screen.getByRole('heading', {level: 2, name: 'March 2026'})).toBeInTheDocument();
    expect(screen.getAllByRole('heading', {level: 3})).toHaveLength(4);
  });

  test('links to the previous and next month pages, marked prev and next', () => {
    render(<MeetingCalendar month={MARCH} />);
    const nav = screen.getByRole('navigation', {name: 'Other months'});
    const previous = within(nav).getByRole('link', {name: 'Previous month: February 2026'});
    expect(previous).toHaveAttribute('href', '/sig/meetings/calendar/2026-02');
    expect(previous).toHaveAttribute('rel', 'prev');
    const next = within(nav).getByRole('link', {name: 'Next month: April 2026'});
    expect(next).toHaveAttribute('href', '/sig/meetings/calendar/2026-04');
    expect(next).toHaveAttribute('rel', 'next');
  });

  test('at the ends of the range, only the month that has a page; without month pages, no navigation', () => {
    const {unmount} = render(<MeetingCalendar month={{...MARCH, next: undefined}} />);
    expect(screen.getByRole('link', {name: /^Previous month/})).toBeInTheDocument();
    expect(screen.queryByRole('link', {name: /^Next month/})).toBeNull();
    unmount();
    render(<MeetingCalendar month={{...MARCH, previous: undefined, next: undefined}} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  describe('before hydration (static HTML, or without JavaScript)', () => {
    test("each item is one link read with its title, date, and time in its series' zone", () => {
      render(<MeetingCalendar month={MARCH} />);
      const [held] = itemLinks('2026-03-03');
      expect(held).toHaveAccessibleName('SIG call, Tuesday, 3 March 2026, 15:00–16:00 (United Kingdom Time)');
      // Seen: the title, the time and the zone.
      expect(held).toHaveTextContent(/^SIG call15:00–16:00United Kingdom Time/);
      expect(screen.getByText("Times are in each meeting's or event's own time zone.")).toBeInTheDocument();
    });

    test("a meeting stays on its own zone's day", () => {
      render(<MeetingCalendar month={MARCH} />);
      expect(itemLinks('2026-03-31').map((link) => link.textContent)).toEqual([expect.stringMatching(/^InnerSource Summit/), expect.stringMatching(/^Americas call20:00–21:00New York Time/)]);
      // April's APAC call is in April's page, not here.
      expect(table()).not.toHaveTextContent('APAC call');
    });

    test("today is the build's day", () => {
      render(<MeetingCalendar month={MARCH} />);
      expect(cellOf('2026-03-15')).toHaveAttribute('aria-current', 'date');
      expect(table().querySelectorAll('[aria-current]')).toHaveLength(1);
    });
  });

  test('a cancelled meeting is struck through, labelled, and read as cancelled', () => {
    render(<MeetingCalendar month={MARCH} />);
    const [cancelled] = itemLinks('2026-03-10');
    expect(cancelled).toHaveAccessibleName(/^SIG call, Tuesday, 10 March 2026, .+, cancelled$/);
    expect(cancelled!.querySelector('del')).toHaveTextContent(/^SIG call/);
    const label = within(cancelled!).getByText('cancelled');
    expect(label.closest('del')).toBeNull();
    expect(label).toHaveClass('badge');
  });

  test('a moved meeting is labelled, read with the day it left, and not struck through', () => {
    render(<MeetingCalendar month={MARCH} />);
    const [moved] = itemLinks('2026-03-18');
    expect(moved).toHaveAccessibleName(/^SIG call, Wednesday, 18 March 2026, .+, moved from Tuesday, 17 March 2026$/);
    expect(within(moved!).getByText('moved')).toHaveClass('badge');
    expect(moved!.querySelector('del')).toBeNull();
  });

  test("an event's day reads which day of the event it is, and links to the event's page", () => {
    render(<MeetingCalendar month={MARCH} />);
    const summit = screen.getByRole('link', {name: 'InnerSource Summit, Tuesday, 31 March 2026, Day 1 of 2'});
    expect(summit).toHaveAttribute('href', '/sig/events/summit');
  });

  test("meetings link to their series' page; on a site without, to the series' calendar file", () => {
    const {unmount} = render(<MeetingCalendar month={MARCH} />);
    expect(itemLinks('2026-03-03')[0]).toHaveAttribute('href', '/meetings/sig-call');
    unmount();
    setGlobalData({meetingsPagePath: undefined});
    render(<MeetingCalendar month={MARCH} />);
    const file = itemLinks('2026-03-03')[0]!;
    expect(file).toHaveAttribute('href', '/sig/ics/sig-call.ics');
    expect(file).toHaveAttribute('download', 'sig-call.ics');
  });

  describe('after hydration', () => {
    beforeEach(() => {
      browserState.isBrowser = true;
    });

    test("times in the reader's zone, named once above the table", () => {
      render(<MeetingCalendar month={MARCH} />);
      const zone = zoneName(READER_ZONE, 'en-GB');
      expect(screen.getByText(`Times are in your time zone (${zone}).`)).toBeInTheDocument();
      const [held] = itemLinks(readerDay(SIG_HELD.start));
      expect(held).toHaveAccessibleName(`SIG call, ${dayLabel(readerDay(SIG_HELD.start))}, ${readerClock(SIG_HELD.start)}–${readerClock(SIG_HELD.end)} (${zone})`);
      expect(table()).not.toHaveTextContent('United Kingdom Time');
    });

    test("each timed item on the reader's day; those the reader's day puts in another month leave, April's that it brings in join", () => {
      render(<MeetingCalendar month={MARCH} />);
      for (const item of [SIG_HELD, SIG_CANCELLED, SIG_MOVED, AMERICAS, APAC]) {
        const date = readerDay(item.start);
        const titles = date.startsWith('2026-03') ? itemLinks(date).map((link) => link.textContent) : [];
        if (date.startsWith('2026-03')) expect(titles).toContainEqual(expect.stringMatching(new RegExp(`^${item.title}`)));
        else expect(screen.queryAllByRole('link', {name: new RegExp(`^${item.title}, .*${readerClock(item.start)}`)})).toEqual([]);
      }
      // An event's whole days stay where the event has them.
      expect(itemLinks('2026-03-31').map((link) => link.textContent)).toContainEqual(expect.stringMatching(/^InnerSource Summit/));
    });

    (READER_ZONE === 'UTC' ? test : test.skip)('a reader on UTC: the Americas call on 1 April leaves March, the APAC call of 31 March joins it', () => {
      render(<MeetingCalendar month={MARCH} />);
      expect(screen.queryByRole('link', {name: /^Americas call/})).toBeNull();
      expect(screen.getByRole('link', {name: 'APAC call, Tuesday, 31 March 2026, 23:00–00:00 (UTC)'})).toBeInTheDocument();
    });

    test("today is the reader's day", () => {
      render(<MeetingCalendar month={MARCH} />);
      expect(cellOf(readerDay(READER_NOW.getTime() / 1000))).toHaveAttribute('aria-current', 'date');
      expect(cellOf('2026-03-15')).not.toHaveAttribute('aria-current');
    });
  });

  test('a month with nothing on says so', () => {
    render(<MeetingCalendar month={march([], {nearby: []})} />);
    expect(screen.getByText('No meetings or events this month.')).toBeInTheDocument();
    expect(within(table()).queryAllByRole('link')).toEqual([]);
    expect(within(table()).queryAllByRole('heading', {level: 4})).toEqual([]);
  });

  describe('in an MDX page', () => {
    test("is one of the page components, and shows the build's month that the build added to the page", () => {
      const Component = MDXComponents.MeetingCalendar as typeof MeetingCalendar;
      expect(Component).toBe(MeetingCalendar);
      registerCalendarMonth(MARCH);
      render(<Component />);
      expect(table()).toBeInTheDocument();
    });

    test('without the data, a notice instead of an empty calendar', () => {
      render(<MeetingCalendar />);
      const notice = screen.getByRole('note');
      expect(notice).toHaveAttribute('data-sig-problem', 'missing-data');
      expect(notice).toHaveTextContent('The month view is not part of this page.');
    });
  });

  describe("in the page's language", () => {
    beforeEach(() => {
      Object.assign(localeState, {currentLocale: 'fr', htmlLang: 'fr'});
      codeTranslations.messages = french;
    });

    test('every word comes from the translations, and no English is left', () => {
      const {container} = render(<MeetingCalendar month={MARCH} />);
      expect(screen.getByRole('navigation', {name: french['sig.meetingCalendar.otherMonths']})).toBeInTheDocument();
      expect(screen.getByRole('link', {name: french['sig.meetingCalendar.previous'].replace('{month}', 'February 2026')})).toBeInTheDocument();
      const [cancelled] = itemLinks('2026-03-10');
      expect(within(cancelled!).getByText(french['sig.meetingCalendar.cancelled'])).toBeInTheDocument();
      expect(screen.getByRole('link', {name: /^InnerSource Summit/})).toHaveAccessibleName(`InnerSource Summit, Tuesday, 31 March 2026, ${french['sig.meetingCalendar.eventDay'].replace('{n}', '1').replace('{count}', '2')}`);
      for (const english of ['Previous month', 'Next month', 'cancelled', 'moved', 'Day 1', 'own time zone', 'Other months']) {
        expect(container).not.toHaveTextContent(english);
      }
    });
  });
});
