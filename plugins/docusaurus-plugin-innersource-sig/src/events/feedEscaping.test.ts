/**
 * @jest-environment jsdom
 */
// jsdom (jest-environment-jsdom) for its DOMParser: a strict XML 1.0 parser (saxes) that refuses
// a document that is not well-formed, where feed parsers often read on.
import {parseFeed} from '@rowanmanning/feed-parser';
import {parseAtomFeed, parseJsonFeed, parseRssFeed} from 'feedsmith';
import en from '../languages/en';
import type {EventSummary} from '../types';
import {renderEventFeeds, type FeedEvent} from './feed';

const NOW = new Date('2027-01-15T00:00:00Z');
const DAY = 86_400;

let count = 0;
function feedEvent(extra: Partial<EventSummary>): FeedEvent {
  count += 1;
  const slug = `event-${count}`;
  const end = Math.floor(new Date('2027-03-01T00:00:00Z').getTime() / 1000) + count * DAY;
  const summary: EventSummary = {slug, title: slug, date: '2027-03-01', end: '2027-03-01', days: '1 March 2027', timezone: 'UTC', startsAt: end - DAY, endsAt: end, tags: [], ...extra};
  // Published one after the other: the feeds list them newest first.
  const published = new Date(Date.UTC(2026, 11, 1) - count * DAY * 1000);
  return {summary, url: `https://sig.example.org/events/${slug}?a=1&b=2`, updated: published, published};
}

const OPTIONS = {
  title: 'SIG events & more <here>',
  pageUrl: 'https://sig.example.org/events?x=1&y=2',
  feedUrls: {rss: 'https://sig.example.org/events/rss.xml?a&b', atom: 'https://sig.example.org/events/atom.xml?a&b', json: 'https://sig.example.org/events/feed.json?a&b'},
  language: 'en-GB',
  siteUrl: 'https://sig.example.org/portal/',
  text: en.calendar,
  now: NOW,
};

const FORGED = ']]><item><title>Win a prize</title><link>https://phishing.example/</link></item><![CDATA[';

/** Titles (and what a reader must read back) that break a naive writer. */
const TRICKY: Array<[what: string, extra: Partial<EventSummary>]> = [
  ['"]]>" twice in the title, forging an item', {title: `Part 1 ]]> ${FORGED} and ]]> again`}],
  ['"]]>]]>" in the title', {title: ']]>]]>'}],
  ['"]]>" at the end of the title', {title: 'Ends with ]]>'}],
  // Not an entity such as "&amp;" written out: RSS does not say whether a title is HTML, and readers differ.
  ['markup and quotes in the title', {title: `Q&A <live> "quoted" 'single' & more`}],
  ['"]]>" twice in the description and location', {description: `a ]]> b ${FORGED} c ]]>`, location: 'Room ]]> <b>1</b> & 2 ]]>'}],
  ['tags with markup', {tags: ['Q&A', 'a "quoted" tag', "it's", '<b>bold</b>', ']]>', 'x]]>y]]>z']}],
  ['an image URL with "&" and quotes', {image: 'https://cdn.example.org/img.png?a=1&b=2&c="3"&d=<4>', imageAlt: 'Alt ]]> & "text"'}],
  ['a site path image with "&"', {image: '/img/a&b.svg'}],
  ['a registration URL with "&"', {registration: 'https://tickets.example.org/?a=1&b=]]>'}],
];

/** Characters XML 1.0 cannot hold, and line separators: stripped or made line feeds. */
const UNSAFE: Array<[what: string, extra: Partial<EventSummary>, title: string]> = [
  ['C0 controls', {title: 'Bell\u0007 null\u0000 escape\u001b form\u000c end', description: 'x\u0001y', tags: ['t\u0008ag']}, 'Bell null escape form end'],
  ['DEL', {title: 'Del\u007fete'}, 'Delete'],
  ['a lone high surrogate', {title: 'Broken \ud83d here', location: 'at \ud800'}, 'Broken  here'],
  ['a lone low surrogate', {title: 'Broken \ude00 here'}, 'Broken  here'],
  ['U+FFFE and U+FFFF', {title: 'Non\ufffecharacter\uffff'}, 'Noncharacter'],
  ['NEL, U+2028 and U+2029', {title: 'Line\u2028sep\u2029par\u0085nel', description: 'a\u2028b'}, 'Line\nsep\npar\nnel'],
  ['an emoji (a surrogate pair), kept', {title: 'Launch 🚀 party'}, 'Launch 🚀 party'],
];

const XML_FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/** The document, parsed by a strict XML parser: a test failure if it is not well-formed. */
function strictXml(text: string): Document {
  expect(text).not.toMatch(XML_FORBIDDEN);
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  expect(error?.textContent ?? 'well-formed').toBe('well-formed');
  return doc;
}

/** The text an HTML fragment shows (Atom titles are type="html"). */
function htmlText(html: string): string {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.textContent ?? '';
}

const children = (parent: Element, name: string) => Array.from(parent.children).filter((child) => child.tagName === name);

function expectFeedsToRead(events: FeedEvent[], titles: string[]): void {
  const feeds = renderEventFeeds(events, OPTIONS);
  // Newest announcement first: the order the events were made in.
  const byEvent = events.map((event, index) => ({event, title: titles[index]!}));

  const rss = strictXml(feeds.rss);
  const items = Array.from(rss.getElementsByTagName('item'));
  expect(items).toHaveLength(events.length);
  expect(rss.getElementsByTagName('channel')[0]!.getElementsByTagName('title')[0]!.textContent).toBe(OPTIONS.title);
  items.forEach((item, index) => {
    const {event, title} = byEvent[index]!;
    expect(children(item, 'title')[0]!.textContent).toBe(title);
    expect(children(item, 'link')[0]!.textContent).toBe(event.url);
    expect(children(item, 'category').map((c) => c.textContent)).toEqual(event.summary.tags.map(safe));
    const enclosure = children(item, 'enclosure')[0];
    if (event.summary.image) expect(enclosure!.getAttribute('url')).toBe(absoluteImage(event.summary.image));
    else expect(enclosure).toBeUndefined();
  });

  const atom = strictXml(feeds.atom);
  const entries = Array.from(atom.getElementsByTagName('entry'));
  expect(entries).toHaveLength(events.length);
  entries.forEach((entry, index) => {
    const {event, title} = byEvent[index]!;
    expect(htmlText(children(entry, 'title')[0]!.textContent!)).toBe(title);
    expect(children(entry, 'link')[0]!.getAttribute('href')).toBe(event.url);
    expect(children(entry, 'category').map((c) => c.getAttribute('label'))).toEqual(event.summary.tags.map(safe));
  });

  // Feed parsers we did not write read the same items.
  expect(parseRssFeed(feeds.rss).items!.map((item) => item.title)).toEqual(titles);
  expect(parseFeed(feeds.rss).items.map((item) => item.title)).toEqual(titles);
  expect(parseAtomFeed(feeds.atom).entries!.map((entry) => htmlText((entry.title as unknown as {value: string}).value))).toEqual(titles);
  expect(parseFeed(feeds.atom).items.map((item) => item.title)).toEqual(titles);
  const json = parseJsonFeed(feeds.json);
  expect(json.items!.map((item) => item.title)).toEqual(titles);
  expect(feeds.json).not.toMatch(/[\0-\x08\x0B\x0C\x0E-\x1F\u0085\u2028\u2029\uFFFE\uFFFF]|\\u00[01]|\\ud[89a-f]/iu);
}

/** What the feeds hold of a text: no character XML cannot hold, line separators as line feeds. */
function safe(text: string): string {
  return text.replace(/[\u0085\u2028\u2029]/g, '\n').replace(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]/gu, '');
}

/** The image URL the feeds give: a site path under the site's baseUrl. */
function absoluteImage(image: string): string {
  return image.startsWith('/') ? new URL(image.slice(1), OPTIONS.siteUrl).href : image;
}


describe('feeds are well-formed and read back exactly, whatever the text', () => {
  test.each(TRICKY)('%s', (_what, extra) => {
    const events = [feedEvent({title: 'Before'}), feedEvent(extra), feedEvent({title: 'After'})];
    expectFeedsToRead(events, events.map((event) => event.summary.title));
  });

  test('all of them in one feed', () => {
    const events = TRICKY.map(([, extra]) => feedEvent(extra));
    expectFeedsToRead(events, events.map((event) => event.summary.title));
  });

  test.each(UNSAFE)('%s: stripped, or made line feeds', (_what, extra, title) => {
    const events = [feedEvent({title: 'Before'}), feedEvent(extra), feedEvent({title: 'After'})];
    expectFeedsToRead(events, ['Before', title, 'After']);
  });

  test('the forged item is text in the title, in every feed', () => {
    const feeds = renderEventFeeds([feedEvent({title: `Part 1 ]]> ${FORGED} and ]]> again`})], OPTIONS);
    for (const text of [feeds.rss, feeds.atom]) {
      const doc = strictXml(text);
      expect(Array.from(doc.getElementsByTagName('link')).map((link) => link.textContent || link.getAttribute('href'))).not.toContain('https://phishing.example/');
    }
    expect(parseRssFeed(feeds.rss).items!.map((item) => item.link)).toEqual(['https://sig.example.org/events/event-' + count + '?a=1&b=2']);
  });
});
