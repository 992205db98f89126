import fs from 'node:fs';
import path from 'node:path';
import {parseFeed} from '@rowanmanning/feed-parser';
import {parseAtomFeed, parseJsonFeed, parseRssFeed} from 'feedsmith';
import ICAL from 'ical.js';
import nodeIcal, {type VEvent} from 'node-ical';
import {BUILD_DIR, builtFile, builtPage} from './builtSite';

// The demo portal's events as a subscriber gets them: feeds read by parsers we did not write
// (feedsmith, @rowanmanning/feed-parser), calendars by ical.js and node-ical.
const SITE = 'https://innersource-sig.example.org';

const uids = (ics: string) =>
  Object.values(nodeIcal.sync.parseICS(ics))
    .filter((c): c is VEvent => c?.type === 'VEVENT')
    .map((e) => e.uid)
    .sort();

describe('events feeds', () => {
  test.each(['', 'fr/'])('/%sevents has RSS, Atom and JSON feeds, linked from the events pages', (locale) => {
    const rss = parseRssFeed(builtFile(`${locale}events/rss.xml`));
    const atom = parseAtomFeed(builtFile(`${locale}events/atom.xml`));
    const json = parseJsonFeed(builtFile(`${locale}events/feed.json`));
    const titles = json.items!.map((item) => item.title);
    expect(rss.items!.map((item) => item.title)).toEqual(titles);
    expect(parseFeed(builtFile(`${locale}events/atom.xml`)).items.map((item) => item.title)).toEqual(titles);
    expect(atom.entries).toHaveLength(titles.length);
    expect(titles.length).toBeGreaterThan(0);
    for (const page of [`${locale}events`, `${locale}events/tags/summit`, `${locale}events/innersource-summit-2027`]) {
      const links = builtPage(page)('link[rel="alternate"][type$="xml"], link[rel="alternate"][type="application/feed+json"]');
      expect(links.map((_, el) => el.attribs.href).get()).toEqual([`/${locale}events/rss.xml`, `/${locale}events/atom.xml`, `/${locale}events/feed.json`]);
    }
  });

  test('hold the upcoming summit with its days, place, image, registration and page; never the scheduled Europe summit', () => {
    const json = parseJsonFeed(builtFile('events/feed.json'));
    const summit = json.items!.find((item) => item.title === 'InnerSource Summit 2027')!;
    expect(summit.url).toBe(`${SITE}/events/innersource-summit-2027`);
    expect(summit.image).toBe(`${SITE}/img/what.svg`);
    expect(summit.content_html).toContain('12–13 May 2027 · Online');
    expect(summit.content_html).toContain('https://tickets.example.org/innersource-summit-2027');
    expect(json.items!.map((item) => item.title)).not.toContain('InnerSource Summit Europe 2027');
    const french = parseJsonFeed(builtFile('fr/events/feed.json'));
    expect(french.items!.map((item) => item.title)).toContain('Sommet InnerSource 2027');
  });
});

describe('the calendar of all events', () => {
  test('holds every published event under the UIDs of the per-event files, read alike by ical.js and node-ical', () => {
    const all = builtFile('ics/events.ics');
    const perEvent = fs
      .readdirSync(path.join(BUILD_DIR, 'ics/events'))
      .flatMap((name) => uids(builtFile(`ics/events/${name}`)));
    expect(uids(all)).toEqual(expect.arrayContaining(perEvent));
    const fromIcalJs = new ICAL.Component(ICAL.parse(all)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid') as string);
    expect(fromIcalJs.sort()).toEqual(uids(all));
    expect(all).not.toContain('Europe 2027');
  });

  test('the 2022 summit, written without `end`, spans its two session days and its calendar holds both sessions', () => {
    expect(uids(builtFile('ics/events/2022-innersource-summit.ics'))).toEqual([
      'event-2022-innersource-summit-1@innersource-sig.example.org',
      'event-2022-innersource-summit-2@innersource-sig.example.org',
    ]);
    expect(builtPage('events/2022-innersource-summit')('main').text()).toContain('16–17 November 2022');
  });

  test('/events links to it for subscribing (webcal) and for download', () => {
    const $ = builtPage('events');
    expect($('a[href="webcal://innersource-sig.example.org/ics/events.ics"]').text()).toBe('Subscribe');
    expect($('a[href="/ics/events.ics"][download]').text()).toBe('Add to calendar');
  });
});

describe('events listing pages', () => {
  test('each tag has a page with its own title, listed in the sitemap with the upcoming and past pages', () => {
    const sitemap = builtFile('sitemap.xml');
    for (const page of ['events/upcoming', 'events/past', 'events/tags', 'events/tags/summit', 'events/tags/community-call']) {
      expect(sitemap).toContain(`<loc>${SITE}/${page}</loc>`);
    }
    const summit = builtPage('events/tags/summit');
    expect(summit('title').text()).toMatch(/^Events tagged “summit”/);
    expect(summit('h1').text()).toBe('Events tagged “summit”');
    const cards = summit('[data-event]').map((_, el) => el.attribs['data-event']).get();
    expect(cards).toEqual(expect.arrayContaining(['innersource-summit-2027', '2022-innersource-summit']));
    expect(cards).not.toContain('community-call-metrics');
    expect(builtPage('fr/events/tags/summit')('h1').text()).toBe('Événements avec le tag « summit »');
  });

  test('the filter links are plain links, the current page marked', () => {
    const $ = builtPage('events/past');
    const current = $('nav[aria-label="Filter events"] a[aria-current="page"]');
    expect(current.attr('href')).toBe('/events/past');
    expect($('nav[aria-label="Filter events"] a[href="/events/tags/summit"]').length).toBe(1);
    const cards = $('[data-event]').map((_, el) => el.attribs['data-event']).get();
    expect(cards).toContain('2022-innersource-summit');
    expect(cards).not.toContain('innersource-summit-2027');
  });
});
