import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {globalDataStore, setPluginData} from '@docusaurus/useGlobalData';
import {clearPageData, registerMeeting} from '../../client/pageData';
import {browserState} from '@docusaurus/useIsBrowser';
import {localeState} from '@docusaurus/useDocusaurusContext';
import {codeTranslations} from '@docusaurus/Translate';
import {routerState} from '@docusaurus/router';
import MeetingTable from '@theme/MeetingTable';
import type {MeetingClientData} from '../../types';
import {zoneName} from '../../intl';
import french from '../../../locales/fr/plugin-innersource-sig.json';

// Instants are written in UTC. The reader's zone is the process zone (jsdom uses Node's Intl):
// run under TZ=UTC and TZ=Asia/Tokyo. Expected reader-side strings are computed here with Intl.
const at = (iso: string) => Date.parse(iso) / 1000;
const READER_ZONE = new Intl.DateTimeFormat().resolvedOptions().timeZone;

function readerClock(seconds: number): string {
  return new Intl.DateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(seconds * 1000);
}
function readerDay(seconds: number): string {
  return new Intl.DateTimeFormat('en-CA', {year: 'numeric', month: '2-digit', day: '2-digit'}).format(seconds * 1000);
}
function londonDay(seconds: number): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit'}).format(seconds * 1000);
}
/** Day and clock, as the reader's line writes a meeting that falls on another day for the reader. */
function readerDate(seconds: number): string {
  return new Intl.DateTimeFormat('en-GB', {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'}).format(seconds * 1000);
}

// Second Tuesday of the month, 15:00–16:00 London (BST in summer: 14:00Z). August's meeting moved
// to Wednesday 12th, 16:30–17:30 BST (15:30Z), which is already the 13th in Tokyo.
const JUN = at('2026-06-09T14:00:00Z');
const JUL = at('2026-07-14T14:00:00Z');
const AUG_MOVED = at('2026-08-12T15:30:00Z');
const SEP = at('2026-09-08T14:00:00Z');
const OCT = at('2026-10-13T14:00:00Z');
const HOUR = 3600;

// The same series with August's and November's meetings cancelled, October's moved to Wednesday
// 14th 16:00 BST, and January's cancelled too (after the third date that takes place).
const AUG_CANCELLED = at('2026-08-11T14:00:00Z');
const OCT_MOVED = at('2026-10-14T15:00:00Z');
const NOV_CANCELLED = at('2026-11-10T15:00:00Z');
const DEC = at('2026-12-08T15:00:00Z');
const JAN_CANCELLED = at('2027-01-12T15:00:00Z');

const SIG: MeetingClientData = {
  id: 'innersource-sig',
  title: 'InnerSource SIG call',
  description: 'Monthly call of the SIG: patterns, news and questions.',
  timezone: 'Europe/London',
  // Texts as the build writes them in the page's language (here English).
  schedule: 'Second Tuesday of every month',
  time: '15:00–16:00',
  zoneName: 'United Kingdom Time',
  icsPath: '/ics/x.ics',
  join: 'https://meet.example.org/innersource-sig',
  agenda: 'https://docs.example.org/sig-agenda',
  notes: 'https://docs.example.org/sig-minutes',
  recordings: 'https://video.example.org/sig',
  googleCalendarUrl: 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=InnerSource+SIG',
  outlookUrl: 'https://outlook.live.com/calendar/0/deeplink/compose?subject=InnerSource+SIG',
  occurrences: [
    [JUN, JUN + HOUR, 0, 'Tue, 9 Jun 2026, 15:00'],
    [JUL, JUL + HOUR, 0, 'Tue, 14 Jul 2026, 15:00'],
    [AUG_MOVED, AUG_MOVED + HOUR, 1, 'Wed, 12 Aug 2026, 16:30'],
    [SEP, SEP + HOUR, 0, 'Tue, 8 Sept 2026, 15:00'],
    [OCT, OCT + HOUR, 0, 'Tue, 13 Oct 2026, 15:00'],
  ],
};

const WITH_CANCELLED: MeetingClientData = {
  ...SIG,
  occurrences: [
    [JUL, JUL + HOUR, 0, 'Tue, 14 Jul 2026, 15:00'],
    [AUG_CANCELLED, AUG_CANCELLED + HOUR, 2, 'Tue, 11 Aug 2026, 15:00'],
    [SEP, SEP + HOUR, 0, 'Tue, 8 Sept 2026, 15:00'],
    [OCT_MOVED, OCT_MOVED + HOUR, 1, 'Wed, 14 Oct 2026, 16:00'],
    [NOV_CANCELLED, NOV_CANCELLED + HOUR, 2, 'Tue, 10 Nov 2026, 15:00'],
    [DEC, DEC + HOUR, 0, 'Tue, 8 Dec 2026, 15:00'],
    [JAN_CANCELLED, JAN_CANCELLED + HOUR, 2, 'Tue, 12 Jan 2027, 15:00'],
  ],
};

const SOURCE = {host: 'calendar.google.com', asOf: '3 Dec 2026', fetchedAt: '2026-12-03T06:00:00.000Z', stale: false};

const AMERICAS: MeetingClientData = {
  id: 'innersource-sig-americas',
  title: 'InnerSource SIG Americas call',
  timezone: 'America/New_York',
  schedule: 'Fourth Tuesday of every month',
  time: '12:00–13:00',
  zoneName: 'New York Time',
  icsPath: '/ics/americas.ics',
  googleCalendarUrl: 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Americas',
  outlookUrl: 'https://outlook.live.com/calendar/0/deeplink/compose?subject=Americas',
  occurrences: [[at('2026-07-28T16:00:00Z'), at('2026-07-28T17:00:00Z'), 0, 'Tue, 28 Jul 2026, 12:00']],
};

const BUILT_AT = at('2026-06-01T00:00:00Z');
const READER_NOW = new Date('2026-07-20T12:00:00Z');

function nextDates(table: HTMLElement, heading = 'Next meetings'): HTMLElement[] {
  const row = within(table).getByRole('rowheader', {name: heading}).closest('tr')!;
  return within(row).getAllByRole('listitem');
}

beforeEach(() => {
  globalDataStore.data = {};
  setPluginData('docusaurus-plugin-innersource-sig', 'default', {
    tags: {},
    meetingIds: [SIG.id, AMERICAS.id],
    meetingsFeedPath: '/ics/meetings.ics',
    builtAt: BUILT_AT,
  });
  // As the modules the build imports into the page do.
  clearPageData();
  registerMeeting(SIG);
  registerMeeting(AMERICAS);
  browserState.isBrowser = true;
  jest.useFakeTimers({now: READER_NOW});
});

afterEach(() => {
  jest.useRealTimers();
  browserState.isBrowser = true;
  Object.assign(localeState, {currentLocale: 'en', htmlLang: 'en'});
  codeTranslations.messages = {};
  routerState.pathname = '/';
});

describe('MeetingTable', () => {
  test('shows title, description and the schedule in words with the meeting-zone time', () => {
    render(<MeetingTable meeting="innersource-sig" />);
    const table = screen.getByRole('table', {name: 'InnerSource SIG call'});
    expect(table).toHaveAttribute('data-meeting', 'innersource-sig');
    const when = within(table).getByRole('rowheader', {name: 'When'}).closest('tr')!;
    expect(when).toHaveTextContent('Second Tuesday of every month');
    expect(when).toHaveTextContent('15:00–16:00 (United Kingdom Time)');
    expect(table).toHaveTextContent('Monthly call of the SIG: patterns, news and questions.');
  });

  test('compact leaves out the description', () => {
    render(<MeetingTable meeting="innersource-sig" compact />);
    expect(screen.getByRole('table')).not.toHaveTextContent('Monthly call of the SIG');
    expect(screen.queryByRole('rowheader', {name: 'About'})).not.toBeInTheDocument();
  });

  describe('before hydration (static HTML)', () => {
    beforeEach(() => {
      browserState.isBrowser = false;
    });

    test('lists the next three dates after the build time, in the meeting zone', () => {
      render(<MeetingTable meeting="innersource-sig" />);
      const items = nextDates(screen.getByRole('table'));
      expect(items).toHaveLength(3);
      expect(items[0]).toHaveTextContent(/^Tue, 9 Jun 2026, 15:00$/);
      expect(items[1]).toHaveTextContent(/^Tue, 14 Jul 2026, 15:00$/);
      expect(items[2]).toHaveTextContent(/^Wed, 12 Aug 2026, 16:30\s*moved$/);
      expect(within(items[0]!).getByText(/9 Jun/).closest('time')).toHaveAttribute('datetime', '2026-06-09T14:00:00.000Z');
    });

    test("shows nothing about the reader's time", () => {
      const {container} = render(<MeetingTable meeting="innersource-sig" />);
      expect(container).not.toHaveTextContent('your time');
      expect(container.querySelector('[data-reader-zone]')).toBeNull();
    });
  });

  describe('after hydration', () => {
    test('lists the next three dates relative to the current time, with the moved badge', () => {
      render(<MeetingTable meeting="innersource-sig" />);
      const items = nextDates(screen.getByRole('table'));
      expect(items).toHaveLength(3);
      expect(items[0]).toHaveTextContent(/^Wed,? 12 Aug 2026, 16:30/);
      expect(within(items[0]!).getByText('moved')).toBeInTheDocument();
      expect(items[1]).toHaveTextContent(/^Tue,? 8 Sept? 2026, 15:00/);
      expect(items[2]).toHaveTextContent(/^Tue,? 13 Oct 2026, 15:00/);
      expect(within(items[1]!).queryByText('moved')).not.toBeInTheDocument();
      expect(screen.getByRole('table')).not.toHaveTextContent('9 Jun 2026');
    });

    test('a meeting in progress still shows as the next one', () => {
      jest.setSystemTime(new Date((JUL + HOUR / 2) * 1000));
      render(<MeetingTable meeting="innersource-sig" />);
      expect(nextDates(screen.getByRole('table'))[0]).toHaveTextContent(/14 Jul 2026/);
    });

    test('no upcoming occurrences: says so', () => {
      jest.setSystemTime(new Date('2027-01-01T00:00:00Z'));
      render(<MeetingTable meeting="innersource-sig" />);
      const row = screen.getByRole('rowheader', {name: 'Next meetings'}).closest('tr')!;
      expect(row).toHaveTextContent('No upcoming meetings scheduled.');
      expect(screen.getByRole('table')).not.toHaveTextContent('your time');
    });

    const readerIsInLondon = READER_ZONE === 'Europe/London';

    (readerIsInLondon ? test.skip : test)("shows the reader's local time of each date", () => {
      render(<MeetingTable meeting="innersource-sig" />);
      const items = nextDates(screen.getByRole('table'));
      [[AUG_MOVED, 0], [SEP, 1], [OCT, 2]].forEach(([start, i]) => {
        // On another day than in London, the reader's line says which day.
        const from = readerDay(start!) === londonDay(start!) ? readerClock(start!) : readerDate(start!);
        expect(items[i!]!.textContent).toContain(`${from}–${readerClock(start! + HOUR)} your time`);
      });
    });

    (readerIsInLondon ? test.skip : test)("shows the next meeting in the reader's zone next to the schedule", () => {
      const {container} = render(<MeetingTable meeting="innersource-sig" />);
      const readerTime = container.querySelector('[data-reader-zone]')!;
      expect(readerTime).toHaveAttribute('data-reader-zone', READER_ZONE);
      expect(readerTime.textContent).toContain(`${readerClock(AUG_MOVED)}–${readerClock(AUG_MOVED + HOUR)}`);
      expect(readerTime.textContent).toMatch(new RegExp(`your time \\(${zoneName(READER_ZONE, 'en-GB')}\\)$`));
    });

    (READER_ZONE === 'Asia/Tokyo' ? test : test.skip)('a reader in Tokyo sees Tokyo times and dates', () => {
      const {container} = render(<MeetingTable meeting="innersource-sig" />);
      // 12 Aug 15:30Z is 00:30 on the 13th in Tokyo; 8 Sep 14:00Z is 23:00 the same day.
      expect(container.querySelector('[data-reader-zone]')!.textContent).toBe('00:30–01:30 your time (Japan Time)');
      const items = nextDates(screen.getByRole('table'));
      expect(items[0]!.textContent).toContain('Thu, 13 Aug 2026, 00:30–01:30 your time');
      expect(items[1]!.textContent).toContain('23:00–00:00 your time');
    });

    (READER_ZONE === 'UTC' ? test : test.skip)('a reader on UTC sees UTC times', () => {
      const {container} = render(<MeetingTable meeting="innersource-sig" />);
      expect(container.querySelector('[data-reader-zone]')!.textContent).toBe('15:30–16:30 your time (UTC)');
      expect(nextDates(screen.getByRole('table'))[1]!.textContent).toContain("14:00–15:00 your time");
    });
  });

  describe('cancelled dates', () => {
    beforeEach(() => {
      registerMeeting(WITH_CANCELLED);
    });

    test('are struck out and labelled among the next three dates that take place; the one after them is left out', () => {
      render(<MeetingTable meeting="innersource-sig" />);
      const items = nextDates(screen.getByRole('table'));
      expect(items.map((item) => item.querySelector('time')!.getAttribute('datetime'))).toEqual(
        [AUG_CANCELLED, SEP, OCT_MOVED, NOV_CANCELLED, DEC].map((start) => new Date(start * 1000).toISOString()),
      );
      for (const item of [items[0]!, items[3]!]) {
        expect(item.querySelector('del > time')).toBeInTheDocument();
        // Not only the strike-through: a word that screen readers read, outside the <del>.
        const badge = within(item).getByText('cancelled');
        expect(badge.closest('del, [aria-hidden]')).toBeNull();
        expect(item).not.toHaveTextContent('your time');
      }
      expect(items[0]).toHaveTextContent(/^Tue, 11 Aug 2026, 15:00\s*cancelled$/);
      expect(screen.getByRole('table')).not.toHaveTextContent('12 Jan 2027');
    });

    test('moved dates keep their badge, and are not struck out', () => {
      render(<MeetingTable meeting="innersource-sig" />);
      const moved = nextDates(screen.getByRole('table'))[2]!;
      expect(moved).toHaveTextContent(/^Wed, 14 Oct 2026, 16:00\s*moved/);
      expect(moved.querySelector('del')).toBeNull();
      expect(within(moved).queryByText('cancelled')).not.toBeInTheDocument();
    });

    test('the next meeting is the following date, not the cancelled one', () => {
      registerMeeting({...WITH_CANCELLED, schedule: undefined});
      render(<MeetingTable meeting="innersource-sig" />);
      const when = screen.getByRole('rowheader', {name: 'When'}).closest('tr')!;
      expect(when).toHaveTextContent('Repeats on a schedule of its own; next on Tue, 8 Sept 2026, 15:00');
    });

    (READER_ZONE === 'Europe/London' ? test.skip : test)("the reader's time next to the schedule is the following date's", () => {
      const {container} = render(<MeetingTable meeting="innersource-sig" />);
      expect(container.querySelector('[data-reader-zone]')!.textContent).toContain(`${readerClock(SEP)}–${readerClock(SEP + HOUR)}`);
    });

    test('before hydration too, from the build time', () => {
      browserState.isBrowser = false;
      render(<MeetingTable meeting="innersource-sig" />);
      const items = nextDates(screen.getByRole('table'));
      expect(items.map((item) => item.textContent)).toEqual(['Tue, 14 Jul 2026, 15:00', 'Tue, 11 Aug 2026, 15:00cancelled', 'Tue, 8 Sept 2026, 15:00', 'Wed, 14 Oct 2026, 16:00moved']);
    });
  });

  describe('live now and starts soon, in the When row', () => {
    const liveLine = (table: HTMLElement) => within(table).getByRole('rowheader', {name: 'When'}).closest('tr')!.querySelector<HTMLElement>('[data-live-status]')!;

    test('during a meeting: "Live now — join", the word a link to the call', () => {
      jest.setSystemTime(new Date((JUL + HOUR / 2) * 1000));
      render(<MeetingTable meeting="innersource-sig" />);
      const line = liveLine(screen.getByRole('table'));
      expect(line).toHaveTextContent('Live now — join');
      expect(within(line).getByRole('link', {name: 'join'})).toHaveAttribute('href', SIG.join);
      // Screen readers hear which series it is.
      expect(within(line).getByRole('status')).toHaveTextContent('InnerSource SIG call: Live now — join');
    });

    test('within the hour before a moved meeting, at its new time: "Starts in 10 minutes"', () => {
      jest.setSystemTime(new Date((AUG_MOVED - 10 * 60) * 1000));
      render(<MeetingTable meeting="innersource-sig" />);
      expect(liveLine(screen.getByRole('table'))).toHaveTextContent(/^Starts in 10 minutes/);
    });

    test('a cancelled meeting is never live', () => {
      registerMeeting(WITH_CANCELLED);
      jest.setSystemTime(new Date((AUG_CANCELLED + 10 * 60) * 1000));
      render(<MeetingTable meeting="innersource-sig" />);
      expect(liveLine(screen.getByRole('table'))).toHaveAttribute('data-live-status', '');
    });

    test('before hydration: the line and its status region are there, empty', () => {
      browserState.isBrowser = false;
      jest.setSystemTime(new Date((JUL + HOUR / 2) * 1000));
      render(<MeetingTable meeting="innersource-sig" />);
      const line = liveLine(screen.getByRole('table'));
      expect(line).toHaveTextContent(/^$/);
      expect(within(line).getByRole('status')).toHaveAttribute('aria-live', 'polite');
    });

    test('each series of several has its own line', () => {
      jest.setSystemTime(new Date((JUL + HOUR / 2) * 1000));
      render(<MeetingTable meetings={['innersource-sig', 'innersource-sig-americas']} />);
      const [sig, americas] = screen.getAllByRole('table');
      expect(liveLine(sig!)).toHaveAttribute('data-live-status', 'live');
      expect(liveLine(americas!)).toHaveAttribute('data-live-status', '');
    });
  });

  describe("the title, linking to the series' page", () => {
    beforeEach(() => {
      setPluginData('docusaurus-plugin-innersource-sig', 'default', {
        tags: {},
        meetingIds: [SIG.id, AMERICAS.id],
        meetingsFeedPath: '/ics/meetings.ics',
        meetingsPagePath: '/meetings',
        builtAt: BUILT_AT,
      });
    });

    test('is a link to <meetings page>/<id> (Link adds the base URL), and still names the table', () => {
      render(<MeetingTable meetings={['innersource-sig', 'innersource-sig-americas']} />);
      const [sig, americas] = screen.getAllByRole('table');
      expect(sig).toHaveAccessibleName('InnerSource SIG call');
      const link = within(sig!.querySelector('caption')!).getByRole('link', {name: 'InnerSource SIG call'});
      expect(link).toHaveAttribute('href', '/meetings/innersource-sig');
      expect(link).toHaveAttribute('data-router-link', 'true');
      expect(within(americas!.querySelector('caption')!).getByRole('link')).toHaveAttribute('href', '/meetings/innersource-sig-americas');
    });

    test('is plain text on that page itself', () => {
      routerState.pathname = '/sig/meetings/innersource-sig/';
      render(<MeetingTable meetings={['innersource-sig', 'innersource-sig-americas']} />);
      const [sig, americas] = screen.getAllByRole('table');
      expect(sig!.querySelector('caption')!.querySelector('a')).toBeNull();
      expect(sig!.querySelector('caption')).toHaveTextContent('InnerSource SIG call');
      expect(within(americas!.querySelector('caption')!).getByRole('link')).toBeInTheDocument();
    });

    test('is plain text where the site has no series pages', () => {
      setPluginData('docusaurus-plugin-innersource-sig', 'default', {tags: {}, meetingIds: [SIG.id], meetingsFeedPath: '/ics/meetings.ics', builtAt: BUILT_AT});
      render(<MeetingTable meeting="innersource-sig" />);
      expect(screen.getByRole('table').querySelector('caption a')).toBeNull();
      expect(screen.getByRole('table')).toHaveAccessibleName('InnerSource SIG call');
    });
  });

  describe('a series read from a remote calendar', () => {
    test('says where its schedule comes from and as of when', () => {
      registerMeeting({...SIG, source: SOURCE});
      const {container} = render(<MeetingTable meeting="innersource-sig" />);
      expect(container).toHaveTextContent('Schedule from calendar.google.com, as of 3 Dec 2026');
      const date = screen.getByText('3 Dec 2026');
      expect(date.tagName).toBe('TIME');
      expect(date).toHaveAttribute('datetime', SOURCE.fetchedAt);
      expect(screen.queryByRole('note')).not.toBeInTheDocument();
    });

    test('in the compact form too', () => {
      registerMeeting({...SIG, source: SOURCE});
      const {container} = render(<MeetingTable meeting="innersource-sig" compact />);
      expect(container).toHaveTextContent('Schedule from calendar.google.com, as of 3 Dec 2026');
    });

    test('warns when the calendar could not be read for too long', () => {
      registerMeeting({...SIG, source: {...SOURCE, stale: true}});
      render(<MeetingTable meeting="innersource-sig" />);
      const note = screen.getByRole('note');
      expect(note).toHaveClass('alert', 'alert--warning');
      expect(note).toHaveTextContent('This schedule may be out of date: the calendar at calendar.google.com could not be read since 3 Dec 2026.');
      expect(note.querySelector('time')).toHaveAttribute('datetime', SOURCE.fetchedAt);
    });

    test('nothing of it for a series from a meeting file', () => {
      const {container} = render(<MeetingTable meetings={['innersource-sig', 'innersource-sig-americas']} />);
      expect(container).not.toHaveTextContent('Schedule from');
      expect(screen.queryByRole('note')).not.toBeInTheDocument();
    });

    test('side by side, each series its own line', () => {
      registerMeeting({...AMERICAS, source: {...SOURCE, host: 'outlook.office365.com'}});
      const {container} = render(<MeetingTable meetings={['innersource-sig', 'innersource-sig-americas']} />);
      const [sig, americas] = screen.getAllByRole('table').map((table) => table.parentElement!);
      expect(sig).not.toHaveTextContent('Schedule from');
      expect(americas).toHaveTextContent('Schedule from outlook.office365.com, as of 3 Dec 2026');
      expect(container).not.toHaveTextContent('calendar.google.com');
    });
  });

  describe("in the page's language", () => {
    beforeEach(() => {
      Object.assign(localeState, {currentLocale: 'fr', htmlLang: 'fr'});
      codeTranslations.messages = french;
    });

    test('every label comes from the translations, and no English is left', () => {
      render(<MeetingTable meeting="innersource-sig" />);
      const table = screen.getByRole('table');
      expect(within(table).getByRole('rowheader', {name: french['sig.meetingTable.next']})).toBeInTheDocument();
      expect(within(table).getByRole('link', {name: french['sig.meetingTable.addToCalendar']})).toBeInTheDocument();
      for (const english of ['When', 'Next meetings', 'Add to calendar', 'Subscribe', 'Join the call', 'your time']) {
        expect(table).not.toHaveTextContent(english);
      }
    });

    test('the cancelled badge, and where a remote calendar series comes from', () => {
      registerMeeting({...WITH_CANCELLED, source: {...SOURCE, asOf: '3 déc. 2026', stale: true}});
      const {container} = render(<MeetingTable meeting="innersource-sig" />);
      expect(within(nextDates(screen.getByRole('table'), french['sig.meetingTable.next'])[0]!).getByText(french['sig.meetingTable.cancelled'])).toBeInTheDocument();
      const fill = (message: string) => message.replace('{host}', 'calendar.google.com').replace('{date}', '3 déc. 2026');
      expect(container).toHaveTextContent(fill(french['sig.meetingTable.sourceFreshness']));
      // Exact text: toHaveTextContent would turn the non-breaking space before the colon into a space.
      expect(screen.getByRole('note').textContent).toBe(fill(french['sig.meetingTable.sourceStale']));
      for (const english of ['cancelled', 'Schedule from', 'out of date']) expect(container).not.toHaveTextContent(english);
    });

    (READER_ZONE === 'Asia/Tokyo' ? test : test.skip)("the reader's time in French, with the zone's French name", () => {
      const {container} = render(<MeetingTable meeting="innersource-sig" />);
      const expected = french['sig.meetingTable.readerTime'].replace('{range}', '00:30–01:30').replace('{zone}', zoneName('Asia/Tokyo', 'fr'));
      expect(container.querySelector('[data-reader-zone]')!.textContent).toBe(expected);
      // The date of a meeting that falls on another day for the reader, in French.
      expect(nextDates(screen.getByRole('table'), french['sig.meetingTable.next'])[0]!.textContent).toContain('jeu. 13 août 2026, 00:30–01:30');
    });
  });

  test('a rule with no sentence: a generic one with the next date', () => {
    registerMeeting({...SIG, schedule: undefined});
    render(<MeetingTable meeting="innersource-sig" />);
    const when = screen.getByRole('rowheader', {name: 'When'}).closest('tr')!;
    expect(when).toHaveTextContent('Repeats on a schedule of its own; next on Wed, 12 Aug 2026, 16:30');
  });

  test('"Add to calendar" is a plain download link to the .ics file under the base url', () => {
    render(<MeetingTable meeting="innersource-sig" />);
    const add = screen.getByRole('link', {name: 'Add to calendar'});
    expect(add).toHaveAttribute('href', '/sig/ics/x.ics');
    expect(add).toHaveAttribute('download', 'x.ics');
    expect(add).not.toHaveAttribute('data-router-link');
  });

  test('Subscribe is a webcal:// link to the same file on the site host', () => {
    render(<MeetingTable meeting="innersource-sig" />);
    expect(screen.getByRole('link', {name: 'Subscribe'})).toHaveAttribute('href', 'webcal://sig.example.org/sig/ics/x.ics');
  });

  test('Google Calendar and Outlook links', () => {
    render(<MeetingTable meeting="innersource-sig" />);
    expect(screen.getByRole('link', {name: 'Google Calendar'})).toHaveAttribute('href', SIG.googleCalendarUrl);
    expect(screen.getByRole('link', {name: 'Outlook'})).toHaveAttribute('href', SIG.outlookUrl);
  });

  test('join, agenda, minutes and recordings links', () => {
    render(<MeetingTable meeting="innersource-sig" />);
    expect(screen.getByRole('link', {name: 'Join the call'})).toHaveAttribute('href', SIG.join);
    expect(screen.getByRole('link', {name: 'Agenda'})).toHaveAttribute('href', SIG.agenda);
    expect(screen.getByRole('link', {name: 'Minutes'})).toHaveAttribute('href', SIG.notes);
    expect(screen.getByRole('link', {name: 'Recordings'})).toHaveAttribute('href', SIG.recordings);
  });

  test('no links row when the series has no join, agenda, minutes or recordings link', () => {
    render(<MeetingTable meeting="innersource-sig-americas" />);
    expect(screen.queryByRole('rowheader', {name: 'Links'})).not.toBeInTheDocument();
    expect(screen.queryByRole('link', {name: 'Join the call'})).not.toBeInTheDocument();
  });

  test('an unknown id shows a visible notice the build can find', () => {
    const {container} = render(<MeetingTable meeting="innersource-sigg" />);
    const notice = container.querySelector('[data-sig-problem]')!;
    expect(notice).toHaveAttribute('data-sig-problem', 'unknown-meeting');
    expect(notice).toHaveAttribute('data-sig-value', 'innersource-sigg');
    expect(notice).toHaveTextContent('No meeting series has the id innersource-sigg.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  test('several meetings side by side, from a list or a comma-separated string', () => {
    const {unmount} = render(<MeetingTable meetings={['innersource-sig', 'innersource-sig-americas']} />);
    expect(screen.getAllByRole('table').map((t) => t.getAttribute('data-meeting'))).toEqual(['innersource-sig', 'innersource-sig-americas']);
    unmount();
    render(<MeetingTable meetings="innersource-sig, innersource-sig-americas" />);
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(2);
    // Each table links its own calendar file.
    expect(tables.map((t) => within(t).getByRole('link', {name: 'Add to calendar'}).getAttribute('href'))).toEqual([
      '/sig/ics/x.ics',
      '/sig/ics/americas.ics',
    ]);
  });

  test('a known and an unknown meeting: one table and one notice', () => {
    const {container} = render(<MeetingTable meetings={['innersource-sig', 'nope']} />);
    expect(screen.getAllByRole('table')).toHaveLength(1);
    expect(container.querySelector('[data-sig-problem="unknown-meeting"]')).toHaveAttribute('data-sig-value', 'nope');
  });

  test('no meeting prop: a notice saying what is missing', () => {
    const {container} = render(<MeetingTable />);
    const notice = container.querySelector('[data-sig-problem]')!;
    expect(notice).toHaveAttribute('data-sig-problem', 'missing-prop');
    expect(notice).toHaveAttribute('data-sig-value', 'meeting');
    expect(notice).toHaveTextContent('<MeetingTable meeting="innersource-sig" />');
  });

  test('a known series whose data the page did not import: a notice naming it', () => {
    clearPageData();
    registerMeeting(SIG);
    const {container} = render(<MeetingTable meetings={[SIG.id, AMERICAS.id]} />);
    expect(screen.getAllByRole('table')).toHaveLength(1);
    const notice = container.querySelector('[data-sig-problem]')!;
    expect(notice).toHaveAttribute('data-sig-problem', 'missing-data');
    expect(notice).toHaveAttribute('data-sig-value', `MeetingTable meeting "${AMERICAS.id}"`);
    expect(notice).toHaveTextContent(`The meeting series ${AMERICAS.id} is not part of this page.`);
  });

  test('without plugin data every id is reported as unknown, without crashing', () => {
    globalDataStore.data = {};
    const {container} = render(<MeetingTable meeting="innersource-sig" />);
    expect(container.querySelector('[data-sig-problem="unknown-meeting"]')).toBeInTheDocument();
  });
});
