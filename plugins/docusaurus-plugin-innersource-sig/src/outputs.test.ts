import {normalizeUrl} from '@docusaurus/utils';
import {
  eventFeedPaths,
  eventListingPath,
  eventPagePath,
  hasEventPage,
  hasListingPages,
  meetingCalendarPath,
  meetingIcsPath,
  minutesPagePath,
  outputFile,
  seriesPagePath,
} from './outputs';

describe('page paths', () => {
  // As the build normalizes them: with or without baseUrl, with the route's trailing slash, or the root.
  const bases = ['/events', '/events/', '/portal/events', '/', 'https://sig.example.org/portal/meetings'];

  it.each(bases)('under %s, are what normalizeUrl makes of the base and the segments', (base) => {
    expect(eventPagePath(base, {slug: 'summit-2027'})).toBe(normalizeUrl([base, 'summit-2027']));
    expect(eventListingPath(base, {when: 'upcoming'})).toBe(normalizeUrl([base, 'upcoming']));
    expect(eventListingPath(base, {tagIndex: true})).toBe(normalizeUrl([base, 'tags']));
    expect(eventListingPath(base, {tag: {key: 'community-call'}})).toBe(normalizeUrl([base, 'tags', 'community-call']));
    expect(seriesPagePath(base, 'sig-call')).toBe(normalizeUrl([base, 'sig-call']));
    expect(minutesPagePath(base, 'sig-call', '2026-03-10')).toBe(normalizeUrl([base, 'sig-call', '2026-03-10']));
    expect(meetingCalendarPath(base)).toBe(normalizeUrl([base, 'calendar']));
    expect(meetingCalendarPath(base, '2026-03')).toBe(normalizeUrl([base, 'calendar', '2026-03']));
  });

  it('the listing of all events is the events route itself', () => {
    expect(eventListingPath('/events/', {})).toBe('/events/');
  });
});

describe('calendar files and feeds', () => {
  it('are site paths under /ics/ (feeds under the events route), written to the same path under the locale folder', () => {
    expect(meetingIcsPath('finos-event-7')).toBe('/ics/finos-event-7.ics');
    expect(eventFeedPaths('/events')).toEqual({calendar: '/ics/events.ics', rss: '/events/rss.xml', atom: '/events/atom.xml', json: '/events/feed.json'});
    expect(outputFile('/ics/finos-event-7.ics')).toBe('ics/finos-event-7.ics');
  });
});

describe('which pages there are', () => {
  it('an event has a page with an events route, unless it is elsewhere', () => {
    expect(hasEventPage({}, '/events')).toBe(true);
    expect(hasEventPage({redirect: 'https://elsewhere.example.org'}, '/events')).toBe(false);
    expect(hasEventPage({}, false)).toBe(false);
    expect(eventPagePath(false, {slug: 'summit'})).toBeUndefined();
  });

  it('a listing has pages when it lists something, or with emptyPages', () => {
    expect(hasListingPages('/events', 1, false)).toBe(true);
    expect(hasListingPages('/events', 0, false)).toBe(false);
    expect(hasListingPages('/events', 0, true)).toBe(true);
    expect(hasListingPages(false, 3, true)).toBe(false);
  });
});
