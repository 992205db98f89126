import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {globalDataStore, setPluginData} from '@docusaurus/useGlobalData';
import {clearPageData, registerEvents} from '../../client/pageData';
import {browserState} from '@docusaurus/useIsBrowser';
import EventList from '@theme/EventList';
import EventCard from '@theme/EventCard';
import type {EventSummary} from '../../types';

const at = (iso: string) => Date.parse(iso) / 1000;
// jsdom's accessible names put a space before the visually hidden ": <title>"; browsers do not.

const SUMMIT_2022: EventSummary = {
  slug: 'summit-2022',
  title: 'InnerSource Summit 2022',
  description: 'Two half-day online sessions.',
  date: '2022-11-16',
  end: '2022-11-17',
  days: '16–17 November 2022',
  timezone: 'Etc/UTC',
  startsAt: at('2022-11-16T15:00:00Z'),
  endsAt: at('2022-11-17T11:00:00Z'),
  permalink: '/sig/events/summit-2022',
  image: '/img/involved.svg',
  imageAlt: 'People sharing code',
  location: 'Online',
  recording: 'https://video.example.org/summit-2022',
  tags: ['summit'],
};

const SUMMIT_2027: EventSummary = {
  slug: 'summit-2027',
  title: 'InnerSource Summit 2027',
  date: '2027-05-12',
  end: '2027-05-13',
  days: '12–13 May 2027',
  timezone: 'America/New_York',
  startsAt: at('2027-05-12T14:00:00Z'),
  endsAt: at('2027-05-13T17:30:00Z'),
  permalink: '/sig/events/summit-2027',
  image: '/img/what.svg',
  location: 'Online',
  registration: 'https://tickets.example.org/summit-2027',
  recording: 'https://video.example.org/summit-2027',
  tags: ['Summit', 'online'],
};

const CALL: EventSummary = {
  slug: 'call',
  title: 'Community call at Open Source Week',
  date: '2027-02-10',
  end: '2027-02-10',
  days: '10 February 2027',
  timezone: 'Europe/London',
  startsAt: at('2027-02-10T00:00:00Z'),
  endsAt: at('2027-02-11T00:00:00Z'),
  redirect: 'https://conf.example.org/sig',
  tags: ['community-call'],
};

const ANNOUNCEMENT: EventSummary = {
  slug: 'europe-2027',
  title: 'Summit Europe 2027',
  date: '2027-11-16',
  end: '2027-11-17',
  days: '16–17 November 2027',
  timezone: 'Europe/Berlin',
  startsAt: at('2027-11-15T23:00:00Z'),
  endsAt: at('2027-11-17T23:00:00Z'),
  permalink: '/sig/events/europe-2027',
  tags: [],
  status: 'scheduled',
};

// Built before the 2027 summit; the reader comes back during its second day, then after it.
const BUILT_AT = at('2026-11-23T12:00:00Z');

function cards(): HTMLElement[] {
  return screen.queryAllByRole('article');
}

function titles(): string[] {
  return cards().map((card) => within(card).getByRole('heading').textContent ?? '');
}

beforeEach(() => {
  globalDataStore.data = {};
  setPluginData('docusaurus-plugin-innersource-sig', 'default', {
    tags: {},
    meetingIds: [],
    meetingsFeedPath: '/ics/meetings.ics',
    builtAt: BUILT_AT,
  });
  // As the module the build imports into the page does.
  clearPageData();
  registerEvents([SUMMIT_2022, CALL, SUMMIT_2027, ANNOUNCEMENT]);
  browserState.isBrowser = true;
  jest.useFakeTimers({now: new Date('2027-05-13T12:00:00Z')});
});

afterEach(() => {
  jest.useRealTimers();
  browserState.isBrowser = true;
});

describe('EventList', () => {
  describe('static HTML and hydration: "now" is the build time', () => {
    beforeEach(() => {
      browserState.isBrowser = false;
    });

    test('upcoming: soonest first, as cards with level-3 headings', () => {
      render(<EventList upcoming />);
      expect(titles()).toEqual(['Community call at Open Source Week', 'InnerSource Summit 2027', 'Summit Europe 2027']);
      expect(screen.getAllByRole('heading', {level: 3})).toHaveLength(3);
    });

    test('limit, as on the home page', () => {
      render(<EventList upcoming limit={2} />);
      expect(titles()).toEqual(['Community call at Open Source Week', 'InnerSource Summit 2027']);
    });

    test('past: latest first', () => {
      render(<EventList past />);
      expect(titles()).toEqual(['InnerSource Summit 2022']);
    });

    test('neither flag: upcoming, then past', () => {
      render(<EventList />);
      expect(titles()).toEqual(['Community call at Open Source Week', 'InnerSource Summit 2027', 'Summit Europe 2027', 'InnerSource Summit 2022']);
    });
  });

  describe("after hydration: the reader's clock", () => {
    test('an event in progress is still upcoming; the ones over move to past', () => {
      render(<EventList upcoming />);
      expect(titles()).toEqual(['InnerSource Summit 2027', 'Summit Europe 2027']);
    });

    test('once it is over, the summit offers its recording instead of registration', () => {
      jest.setSystemTime(new Date('2027-05-14T00:00:00Z'));
      render(<EventList past />);
      expect(titles()).toEqual(['InnerSource Summit 2027', 'Community call at Open Source Week', 'InnerSource Summit 2022']);
      const summit = cards()[0]!;
      expect(within(summit).getByRole('link', {name: /Watch the recording/})).toHaveAttribute('href', 'https://video.example.org/summit-2027');
      expect(within(summit).queryByRole('link', {name: /Register/})).toBeNull();
    });
  });

  test('tag filters, in any case', () => {
    render(<EventList tag="summit" />);
    expect(titles()).toEqual(['InnerSource Summit 2027', 'InnerSource Summit 2022']);
  });

  test('says so when there is nothing to show', () => {
    render(<EventList upcoming tag="nope" />);
    expect(cards()).toHaveLength(0);
    expect(screen.getByText('No upcoming events are announced yet.')).toBeInTheDocument();
  });

  test('without the events module of the page: a notice, not a crash or a misleading "no events"', () => {
    globalDataStore.data = {};
    clearPageData();
    const {container} = render(<EventList past />);
    expect(container.querySelector('[data-sig-problem]')).toHaveAttribute('data-sig-problem', 'missing-data');
    expect(container).toHaveTextContent('The events are not part of this page.');
    expect(screen.queryByText('No past events.')).not.toBeInTheDocument();
  });
});

describe('EventCard', () => {
  test('an upcoming event: image with alt text, title linking to its page, days, place, register button', () => {
    render(<EventCard event={SUMMIT_2027} isPast={false} />);
    const card = screen.getByRole('article');
    expect(card).toHaveAttribute('data-event', 'summit-2027');
    // No imageAlt: decorative, the title names the event.
    expect(card.querySelector('img')).toHaveAttribute('alt', '');
    expect(card.querySelector('img')).toHaveAttribute('src', '/sig/img/what.svg');
    expect(within(card).getByRole('heading', {level: 3, name: 'InnerSource Summit 2027'}).querySelector('a')).toHaveAttribute('href', '/sig/events/summit-2027');
    expect(within(card).getByText('12–13 May 2027').closest('time')).toHaveAttribute('datetime', '2027-05-12');
    expect(card).toHaveTextContent('Online');
    const register = within(card).getByRole('link', {name: /^Register ?: InnerSource Summit 2027$/});
    expect(register).toHaveAttribute('href', 'https://tickets.example.org/summit-2027');
    expect(register).toHaveClass('button', 'button--primary');
  });

  test('a past event: image alt, and the recording', () => {
    render(<EventCard event={SUMMIT_2022} isPast headingLevel={2} />);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('img', {name: 'People sharing code'})).toBeInTheDocument();
    expect(within(card).getByRole('heading', {level: 2})).toHaveTextContent('InnerSource Summit 2022');
    expect(card).toHaveTextContent('16–17 November 2022');
    expect(card).toHaveTextContent('Two half-day online sessions.');
    expect(within(card).getByRole('link', {name: /Watch the recording/})).toHaveAttribute('href', 'https://video.example.org/summit-2022');
  });

  test('a past event without recording: read more', () => {
    render(<EventCard event={{...SUMMIT_2022, recording: undefined}} isPast />);
    expect(screen.getByRole('link', {name: /^Read more ?: InnerSource Summit 2022$/})).toHaveAttribute('href', '/sig/events/summit-2022');
  });

  test('a redirect event: title and button link out, no image', () => {
    render(<EventCard event={CALL} isPast={false} />);
    const card = screen.getByRole('article');
    expect(card.querySelector('img')).toBeNull();
    expect(within(card).getByRole('link', {name: 'Community call at Open Source Week'})).toHaveAttribute('href', 'https://conf.example.org/sig');
    expect(within(card).getByRole('link', {name: /Event website/})).toHaveAttribute('href', 'https://conf.example.org/sig');
    expect(card).toHaveTextContent('10 February 2027');
  });

  test('a scheduled event (development only) carries a badge', () => {
    render(<EventCard event={ANNOUNCEMENT} isPast={false} />);
    const badge = screen.getByText('Scheduled');
    expect(badge).toHaveAttribute('data-event-status', 'scheduled');
    expect(screen.getByRole('link', {name: /^Read more ?: Summit Europe 2027$/})).toBeInTheDocument();
  });

  test('an event with no page and no links: a plain title, no button', () => {
    render(<EventCard event={{...CALL, redirect: undefined}} isPast={false} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByRole('heading')).toHaveTextContent('Community call at Open Source Week');
  });
});
