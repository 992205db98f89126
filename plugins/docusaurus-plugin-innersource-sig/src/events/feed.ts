/**
 * The events feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1), written here in the layout of `feed` (the
 * library @docusaurus/plugin-content-blog uses), which the plugin used before: `feed` escapes
 * only the first "]]>" of a CDATA section and only the quotes of an attribute, so that an event
 * title could forge items. Only what the build was given goes in (published events: no draft, no
 * scheduled event), and no clock is read here, so two builds of the same data are byte-identical.
 * Every text goes through `safeText`: the feeds are well-formed XML (and JSON) for any string.
 */
import {safeText} from '../characters';
import {withUrl, type CalendarText} from '../languages';
import {PLUGIN_NAME} from '../pluginName';
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

const GENERATOR = PLUGIN_NAME;

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

/** One element of a feed: text, CDATA or child elements (none: an empty element). */
interface XmlElement {
  name: string;
  attributes?: Array<[name: string, value: string]>;
  text?: string;
  cdata?: string;
  children?: XmlElement[];
}

/** Text content: the markup characters escaped (">" too, for "]]>"). */
function escapeXmlText(text: string): string {
  return safeText(text).replace(/[&<>]/g, (c) => `&${{'&': 'amp', '<': 'lt', '>': 'gt'}[c]};`);
}

/** An attribute value in double quotes, with the whitespace a parser would turn into spaces kept as it is. */
function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/["\t\n\r]/g, (c) => ({'"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;'})[c]!);
}

/** A CDATA section; each "]]>" in the text closes it and opens another between "]]" and ">". */
function cdataSection(text: string): string {
  return `<![CDATA[${safeText(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** `element` indented by four spaces a level, as `feed` (xml-js) wrote it. */
function renderElement(element: XmlElement, depth: number): string {
  const indent = '    '.repeat(depth);
  const start = `${element.name}${(element.attributes ?? []).map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`).join('')}`;
  if (element.children?.length) {
    return `${indent}<${start}>\n${element.children.map((child) => renderElement(child, depth + 1)).join('\n')}\n${indent}</${element.name}>`;
  }
  if (element.cdata !== undefined) return `${indent}<${start}>${cdataSection(element.cdata)}</${element.name}>`;
  if (element.text !== undefined) return `${indent}<${start}>${escapeXmlText(element.text)}</${element.name}>`;
  return `${indent}<${start}/>`;
}

function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${renderElement(root, 0)}\n`;
}

const text = (name: string, value: string): XmlElement => ({name, text: value});

/** What the three feeds say of one event. */
interface FeedItem {
  title: string;
  url: string;
  updated: Date;
  published: Date;
  /** The summary as HTML (RSS and Atom); may be empty. */
  descriptionHtml: string;
  /** The summary as plain text (JSON Feed). */
  summary: string;
  content: string;
  tags: string[];
  image?: {url: string; type: string};
}

function feedItem(event: FeedEvent, options: EventFeedsOptions): FeedItem {
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
    url: event.url,
    updated: event.updated,
    published: event.published,
    // RSS and Atom readers take the summary as HTML.
    descriptionHtml: escapeHtml(summaryText(summary)),
    summary: summaryText(summary),
    content,
    tags: summary.tags,
    ...(image ? {image: {url: image, type: (extension && MIME_TYPES[extension]) || 'image/*'}} : {}),
  };
}

interface FeedHead {
  title: string;
  options: EventFeedsOptions;
  /** The newest change, not the build time: the same data gives the same feed. */
  updated: Date;
}

function rssFeed({title, options, updated}: FeedHead, items: FeedItem[]): string {
  const channel: XmlElement[] = [
    text('title', title),
    text('link', options.pageUrl),
    text('description', title),
    text('lastBuildDate', updated.toUTCString()),
    text('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    text('generator', GENERATOR),
    text('language', options.language),
    {name: 'atom:link', attributes: [['href', options.feedUrls.rss], ['rel', 'self'], ['type', 'application/rss+xml']]},
    ...items.map((item): XmlElement => ({
      name: 'item',
      children: [
        // RSS readers take the title as plain text.
        {name: 'title', cdata: item.title},
        text('link', item.url),
        text('guid', item.url),
        text('pubDate', item.published.toUTCString()),
        ...(item.descriptionHtml ? [{name: 'description', cdata: item.descriptionHtml}] : []),
        {name: 'content:encoded', cdata: item.content},
        ...item.tags.map((tag) => text('category', tag)),
        ...(item.image ? [{name: 'enclosure', attributes: [['length', '0'], ['type', item.image.type], ['url', item.image.url]] as Array<[string, string]>}] : []),
      ],
    })),
  ];
  const namespaces: Array<[string, string]> = [
    ...(items.length ? ([['xmlns:dc', 'http://purl.org/dc/elements/1.1/'], ['xmlns:content', 'http://purl.org/rss/1.0/modules/content/']] as Array<[string, string]>) : []),
    ['xmlns:atom', 'http://www.w3.org/2005/Atom'],
  ];
  return xmlDocument({name: 'rss', attributes: [['version', '2.0'], ...namespaces], children: [{name: 'channel', children: channel}]});
}

function atomFeed({title, options, updated}: FeedHead, items: FeedItem[]): string {
  return xmlDocument({
    name: 'feed',
    attributes: [['xmlns', 'http://www.w3.org/2005/Atom']],
    children: [
      text('id', options.pageUrl),
      text('title', title),
      text('updated', updated.toISOString()),
      text('generator', GENERATOR),
      {name: 'link', attributes: [['rel', 'alternate'], ['href', options.pageUrl]]},
      {name: 'link', attributes: [['rel', 'self'], ['href', options.feedUrls.atom]]},
      text('subtitle', title),
      ...items.map((item): XmlElement => ({
        name: 'entry',
        children: [
          // Atom titles are written with type="html": the text must be escaped for it ("Q&A <live>").
          {name: 'title', attributes: [['type', 'html']], cdata: escapeHtml(item.title)},
          text('id', item.url),
          {name: 'link', attributes: [['href', item.url]]},
          text('updated', item.updated.toISOString()),
          ...(item.descriptionHtml ? [{name: 'summary', attributes: [['type', 'html']] as Array<[string, string]>, cdata: item.descriptionHtml}] : []),
          {name: 'content', attributes: [['type', 'html']], cdata: item.content},
          ...item.tags.map((tag): XmlElement => ({name: 'category', attributes: [['label', tag]]})),
          text('published', item.published.toISOString()),
        ],
      })),
    ],
  });
}

/** JSON Feed 1.1, its keys in the order `feed` wrote version 1 in, before the plugin made it 1.1. */
function jsonFeed({title, options}: FeedHead, items: FeedItem[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: options.pageUrl,
    feed_url: options.feedUrls.json,
    description: title,
    items: items.map((item) => ({
      id: item.url,
      content_html: item.content,
      url: item.url,
      title: item.title,
      // JSON Feed's summary is plain text.
      ...(item.descriptionHtml ? {summary: item.summary} : {}),
      date_modified: item.updated.toISOString(),
      date_published: item.published.toISOString(),
      tags: item.tags,
      ...(item.descriptionHtml ? {} : {summary: item.summary}),
      ...(item.image ? {image: item.image.url} : {}),
    })),
    language: options.language,
  };
  // JSON holds any string, but readers of the three feeds should read the same text.
  return `${JSON.stringify(feed, (_key, value: unknown) => (typeof value === 'string' ? safeText(value) : value), 2)}\n`;
}

/** The three feeds' texts. */
export function renderEventFeeds(events: FeedEvent[], options: EventFeedsOptions): {rss: string; atom: string; json: string} {
  const included = feedEvents(events, options.now);
  const head: FeedHead = {
    title: options.title,
    options,
    updated: included.reduce<Date | undefined>((latest, e) => (!latest || e.updated > latest ? e.updated : latest), undefined) ?? new Date(0),
  };
  const items = included.map((event) => feedItem(event, options));
  return {rss: rssFeed(head, items), atom: atomFeed(head, items), json: jsonFeed(head, items)};
}
