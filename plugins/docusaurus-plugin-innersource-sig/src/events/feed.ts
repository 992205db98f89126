/**
 * The events feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1), written with `feed`, the library
 * @docusaurus/plugin-content-blog uses. Only what the build was given goes in (published events:
 * no draft, no scheduled event), and no clock is read here, so two builds of the same data are
 * byte-identical.
 */
import {Feed, type Item} from 'feed';
import {withUrl, type CalendarText} from '../languages';
import type {EventSummary} from '../types';

/** How long a past event stays in the feeds after it ends. */
export const RECENT_DAYS = 365;
const DAY_MS = 86_400_000;

export interface FeedEvent {
  summary: EventSummary;
  /** Absolute URL of the event's page (or of its `redirect`). */
  url: string;
  /** When this version of the event was published (its calendar DTSTAMP). */
  updated: Date;
  /** When it was first announced: its publishDate, else `updated`. */
  published: Date;
}

export interface EventFeedsOptions {
  /** The feeds' title, in the page's language. */
  title: string;
  /** Absolute URL of the events page. */
  pageUrl: string;
  /** Absolute URLs the three feeds are published at. */
  feedUrls: {rss: string; atom: string; json: string};
  /** The page's language, e.g. fr or en-GB. */
  language: string;
  /** Absolute site URL with baseUrl, ending in "/": site paths of images are resolved against it. */
  siteUrl: string;
  text: CalendarText;
  /** The build's "now": past events ended more than RECENT_DAYS ago are left out. */
  now: Date;
}

const MIME_TYPES: Record<string, string> = {svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif'};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{'&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39'}[c]};`);
}

function absolute(url: string, siteUrl: string): string {
  return url.startsWith('/') ? new URL(url.slice(1), siteUrl).href : url;
}

/** The events the feeds hold: upcoming ones and those that ended in the last RECENT_DAYS, newest announcement first. */
export function feedEvents(events: FeedEvent[], now: Date): FeedEvent[] {
  const since = now.getTime() - RECENT_DAYS * DAY_MS;
  return events
    .filter(({summary}) => !summary.status && summary.endsAt * 1000 > since)
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.summary.startsAt - b.summary.startsAt || (a.summary.slug < b.summary.slug ? -1 : 1));
}

/** "16–17 November 2022 · Online": the line that says when and where. */
function whenAndWhere(summary: EventSummary): string {
  return [summary.days, summary.location].filter(Boolean).join(' · ');
}

/** The entry's summary as plain text: when, where, what. */
function summaryText(summary: EventSummary): string {
  return [whenAndWhere(summary), summary.description].filter(Boolean).join('. ');
}

function item(event: FeedEvent, options: EventFeedsOptions): Item {
  const {summary} = event;
  const image = summary.image && absolute(summary.image, options.siteUrl);
  const links = [
    summary.registration && withUrl(options.text.registration, summary.registration),
    summary.recording && withUrl(options.text.recording, summary.recording),
  ].filter((line): line is string => Boolean(line));
  const content = [
    image ? `<p><img src="${escapeHtml(image)}" alt="${escapeHtml(summary.imageAlt ?? '')}"></p>` : '',
    `<p><strong>${escapeHtml(whenAndWhere(summary))}</strong></p>`,
    summary.description ? `<p>${escapeHtml(summary.description)}</p>` : '',
    // Links are written as the calendar's words, with the URL made a link.
    ...links.map((line) => `<p>${escapeHtml(line).replace(/https?:\/\/\S+/g, (url) => `<a href="${url}">${url}</a>`)}</p>`),
  ].join('');
  const extension = image && /\.([a-z0-9]+)(?:[?#]|$)/i.exec(new URL(image).pathname)?.[1]?.toLowerCase();
  return {
    title: summary.title,
    id: event.url,
    link: event.url,
    date: event.updated,
    published: event.published,
    // RSS and Atom readers take the summary as HTML.
    description: escapeHtml(summaryText(summary)),
    content,
    category: summary.tags.map((name) => ({name})),
    ...(image ? {enclosure: {url: image, type: (extension && MIME_TYPES[extension]) || 'image/*', length: 0}} : {}),
  };
}

/**
 * The three feeds' texts. JSON Feed comes out of `feed` as version 1; it is written as 1.1,
 * whose only differences that matter here are the version and `language`; its items get their
 * `image` and a plain-text `summary`, which `feed` leaves out or writes as HTML.
 */
export function renderEventFeeds(events: FeedEvent[], options: EventFeedsOptions): {rss: string; atom: string; json: string} {
  const included = feedEvents(events, options.now);
  const feedOptions = {
    id: options.pageUrl,
    title: options.title,
    description: options.title,
    link: options.pageUrl,
    language: options.language,
    // The newest change, not the build time: the same data gives the same feed.
    updated: included.reduce<Date | undefined>((latest, e) => (!latest || e.updated > latest ? e.updated : latest), undefined) ?? new Date(0),
    generator: 'docusaurus-plugin-innersource-sig',
    feedLinks: options.feedUrls,
    copyright: '',
  };
  const feed = new Feed(feedOptions);
  for (const event of included) feed.addItem(item(event, options));
  // Atom titles are written with type="html": the text must be escaped for it ("Q&A <live>").
  const atom = new Feed(feedOptions);
  for (const event of included) atom.addItem({...item(event, options), title: escapeHtml(event.summary.title)});
  const json = JSON.parse(feed.json1()) as {items: Array<Record<string, unknown>>} & Record<string, unknown>;
  const upgraded = {
    ...json,
    version: 'https://jsonfeed.org/version/1.1',
    language: options.language,
    items: json.items.map((entry, index) => {
      const {summary} = included[index]!;
      // JSON Feed's summary is plain text.
      return {...entry, summary: summaryText(summary), ...(summary.image ? {image: absolute(summary.image, options.siteUrl)} : {})};
    }),
  };
  return {rss: `${feed.rss2()}\n`, atom: `${atom.atom1()}\n`, json: `${JSON.stringify(upgraded, null, 2)}\n`};
}
