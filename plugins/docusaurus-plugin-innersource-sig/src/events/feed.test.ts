import {parseFeed} from '@rowanmanning/feed-parser';
import {parseAtomFeed, parseJsonFeed, parseRssFeed} from 'feedsmith';
import en from '../languages/en';
import type {EventSummary} from '../types';
import {renderEventFeeds, type FeedEvent} from './feed';

// Feeds are read back by parsers we did not write: feedsmith and @rowanmanning/feed-parser.
const NOW = new Date('2027-01-15T00:00:00Z');
const DAY = 86_400;

function feedEvent(slug: string, endsAt: Date, extra: Partial<EventSummary> = {}): FeedEvent {
  const end = Math.floor(endsAt.getTime() / 1000);
  const summary: EventSummary = {slug, title: slug, date: '2027-01-01', end: '2027-01-01', days: '1 January 2027', timezone: 'UTC', startsAt: end - DAY, endsAt: end, tags: [], ...extra};
  return {summary, url: `https://sig.example.org/events/${slug}`, updated: new Date('2026-12-01T00:00:00Z'), published: new Date('2026-12-01T00:00:00Z')};
}

const OPTIONS = {
  title: 'SIG events',
  pageUrl: 'https://sig.example.org/events',
  feedUrls: {rss: 'https://sig.example.org/events/rss.xml', atom: 'https://sig.example.org/events/atom.xml', json: 'https://sig.example.org/events/feed.json'},
  language: 'en-GB',
  siteUrl: 'https://sig.example.org/portal/',
  text: en.calendar,
  now: NOW,
};

describe('renderEventFeeds', () => {
  test('upcoming and recent events only; never a draft or scheduled one', () => {
    const feeds = renderEventFeeds(
      [
        feedEvent('upcoming', new Date('2027-03-01T00:00:00Z')),
        feedEvent('recent', new Date('2026-02-01T00:00:00Z')),
        feedEvent('long-past', new Date('2025-12-01T00:00:00Z')),
        feedEvent('draft', new Date('2027-03-01T00:00:00Z'), {status: 'draft'}),
        feedEvent('scheduled', new Date('2027-03-01T00:00:00Z'), {status: 'scheduled'}),
      ],
      OPTIONS,
    );
    expect(parseRssFeed(feeds.rss).items!.map((item) => item.title).sort()).toEqual(['recent', 'upcoming']);
    expect(parseAtomFeed(feeds.atom).entries!.map((entry) => (entry.title as unknown as {value: string}).value).sort()).toEqual(['recent', 'upcoming']);
    expect(parseJsonFeed(feeds.json).items!.map((item) => item.title).sort()).toEqual(['recent', 'upcoming']);
  });

  test('markup in the data is text, not HTML; site paths of images resolve under baseUrl', () => {
    const feeds = renderEventFeeds([feedEvent('tricky', new Date('2027-03-01T00:00:00Z'), {title: 'Q&A <live>', description: '<script>alert(1)</script> & more', image: '/img/a b.svg', imageAlt: 'A "logo"'})], OPTIONS);
    expect(parseFeed(feeds.rss).items[0]!.title).toBe('Q&A <live>');
    // Atom's title is HTML: escaped, so that a reader shows it as written.
    expect(parseAtomFeed(feeds.atom).entries![0]!.title).toEqual({type: 'html', value: 'Q&amp;A &lt;live&gt;'});
    // RSS and Atom carry HTML summaries and content.
    for (const text of [feeds.rss, feeds.atom]) {
      expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
      expect(text).not.toContain('<script>');
    }
    const [item] = parseJsonFeed(feeds.json).items!;
    expect(item!.content_html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>');
    // JSON Feed's summary is plain text.
    expect(item!.summary).toBe('1 January 2027. <script>alert(1)</script> & more');
    expect(item!.image).toBe('https://sig.example.org/portal/img/a%20b.svg');
    expect(item!.content_html).toContain('alt="A &quot;logo&quot;"');
    expect(parseRssFeed(feeds.rss).items![0]!.enclosures![0]).toMatchObject({url: 'https://sig.example.org/portal/img/a%20b.svg', type: 'image/svg+xml'});
  });

  test('an empty feed is still a valid feed, dated by its data rather than by the clock', () => {
    const feeds = renderEventFeeds([], OPTIONS);
    expect(parseFeed(feeds.rss).items).toEqual([]);
    expect(parseJsonFeed(feeds.json)).toMatchObject({title: 'SIG events', home_page_url: 'https://sig.example.org/events'});
    expect(renderEventFeeds([], {...OPTIONS, now: new Date()})).toEqual(feeds);
  });
});
