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

  test('writes the layout the `feed` library wrote, byte for byte, for ordinary text', () => {
    const event = feedEvent('summit', new Date('2027-03-01T00:00:00Z'), {
      title: 'InnerSource Summit 2027',
      date: '2027-02-28',
      end: '2027-02-28',
      days: '28 February 2027',
      tags: ['summit', 'online'],
      location: 'Online',
      description: 'Talks and workshops.\nFree.',
      image: '/img/summit.png',
      imageAlt: 'The summit logo',
      registration: 'https://tickets.example.org/summit',
    });
    const feeds = renderEventFeeds([{...event, published: new Date('2026-11-01T00:00:00Z')}], OPTIONS);
    // As feed 4.2.2 wrote them (the plugin's dependency until it escaped CDATA and attributes badly).
    expect(feeds.rss.split('\n')).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
      '    <channel>',
      '        <title>SIG events</title>',
      '        <link>https://sig.example.org/events</link>',
      '        <description>SIG events</description>',
      '        <lastBuildDate>Tue, 01 Dec 2026 00:00:00 GMT</lastBuildDate>',
      '        <docs>https://validator.w3.org/feed/docs/rss2.html</docs>',
      '        <generator>docusaurus-plugin-innersource-sig</generator>',
      '        <language>en-GB</language>',
      '        <atom:link href="https://sig.example.org/events/rss.xml" rel="self" type="application/rss+xml"/>',
      '        <item>',
      '            <title><![CDATA[InnerSource Summit 2027]]></title>',
      '            <link>https://sig.example.org/events/summit</link>',
      '            <guid>https://sig.example.org/events/summit</guid>',
      '            <pubDate>Sun, 01 Nov 2026 00:00:00 GMT</pubDate>',
      '            <description><![CDATA[28 February 2027 · Online. Talks and workshops.',
      'Free.]]></description>',
      '            <content:encoded><![CDATA[<p><img src="https://sig.example.org/portal/img/summit.png" alt="The summit logo"></p><p><strong>28 February 2027 · Online</strong></p><p>Talks and workshops.',
      'Free.</p><p>Registration: <a href="https://tickets.example.org/summit">https://tickets.example.org/summit</a></p>]]></content:encoded>',
      '            <category>summit</category>',
      '            <category>online</category>',
      '            <enclosure length="0" type="image/png" url="https://sig.example.org/portal/img/summit.png"/>',
      '        </item>',
      '    </channel>',
      '</rss>',
      '',
    ]);
    expect(feeds.atom.split('\n')).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '    <id>https://sig.example.org/events</id>',
      '    <title>SIG events</title>',
      '    <updated>2026-12-01T00:00:00.000Z</updated>',
      '    <generator>docusaurus-plugin-innersource-sig</generator>',
      '    <link rel="alternate" href="https://sig.example.org/events"/>',
      '    <link rel="self" href="https://sig.example.org/events/atom.xml"/>',
      '    <subtitle>SIG events</subtitle>',
      '    <entry>',
      '        <title type="html"><![CDATA[InnerSource Summit 2027]]></title>',
      '        <id>https://sig.example.org/events/summit</id>',
      '        <link href="https://sig.example.org/events/summit"/>',
      '        <updated>2026-12-01T00:00:00.000Z</updated>',
      '        <summary type="html"><![CDATA[28 February 2027 · Online. Talks and workshops.',
      'Free.]]></summary>',
      '        <content type="html"><![CDATA[<p><img src="https://sig.example.org/portal/img/summit.png" alt="The summit logo"></p><p><strong>28 February 2027 · Online</strong></p><p>Talks and workshops.',
      'Free.</p><p>Registration: <a href="https://tickets.example.org/summit">https://tickets.example.org/summit</a></p>]]></content>',
      '        <category label="summit"/>',
      '        <category label="online"/>',
      '        <published>2026-11-01T00:00:00.000Z</published>',
      '    </entry>',
      '</feed>',
      '',
    ]);
    const json = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'SIG events',
      home_page_url: 'https://sig.example.org/events',
      feed_url: 'https://sig.example.org/events/feed.json',
      description: 'SIG events',
      items: [
        {
          id: 'https://sig.example.org/events/summit',
          content_html:
            '<p><img src="https://sig.example.org/portal/img/summit.png" alt="The summit logo"></p><p><strong>28 February 2027 · Online</strong></p><p>Talks and workshops.\nFree.</p><p>Registration: <a href="https://tickets.example.org/summit">https://tickets.example.org/summit</a></p>',
          url: 'https://sig.example.org/events/summit',
          title: 'InnerSource Summit 2027',
          summary: '28 February 2027 · Online. Talks and workshops.\nFree.',
          date_modified: '2026-12-01T00:00:00.000Z',
          date_published: '2026-11-01T00:00:00.000Z',
          tags: ['summit', 'online'],
          image: 'https://sig.example.org/portal/img/summit.png',
        },
      ],
      language: 'en-GB',
    };
    // Key order included.
    expect(feeds.json).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  test('an empty feed is still a valid feed, dated by its data rather than by the clock', () => {
    const feeds = renderEventFeeds([], OPTIONS);
    expect(parseFeed(feeds.rss).items).toEqual([]);
    expect(parseJsonFeed(feeds.json)).toMatchObject({title: 'SIG events', home_page_url: 'https://sig.example.org/events'});
    expect(renderEventFeeds([], {...OPTIONS, now: new Date()})).toEqual(feeds);
  });
});
