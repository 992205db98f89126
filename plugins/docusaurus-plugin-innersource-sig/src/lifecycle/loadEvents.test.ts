import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {loadContext} from '@docusaurus/core/lib/server/site';
import type {LoadContext, RouteConfig} from '@docusaurus/types';
import {DataError} from '../errors';
import pluginInnerSourceSig, {PLUGIN_NAME} from '../index';
import {normalizeOptions} from '../options';
import type {PluginGlobalData} from '../types';
import {isProductionVisibility, loadEventsContent} from './loadEvents';
import {mdxCrossCompilerCache} from './mdxPages';
import {eventPageRoutes} from './pageRoutes';

const NOW = new Date('2027-06-01T12:00:00Z');

const FILES: Record<string, string> = {
  'docusaurus.config.js': "module.exports = {title: 'Fixture', url: 'https://sig.example.org', baseUrl: '/sig/'};",
  'static/img/summit.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  // Hugo-style: bare dates (YAML Date objects), raw HTML, a comment and an e-mail autolink.
  'events/2022-summit.md': `---
title: "InnerSource Summit 2022"
date: 2022-11-16
end: 2022-11-17
publishDate: 2022-09-01
image: /img/summit.svg
recording: https://video.example.org/summit-2022
sessions:
  - title: Part 1
    start: 2022-11-16T15:00
    end: 2022-11-16T18:30
  - title: Part 2
    start: 2022-11-17T07:30
    end: 2022-11-17T11:00
---

<!-- from the Hugo site -->

<table class="schedule"><tr><td>15:00</td><td>Welcome</td></tr></table>

Questions: <summit@example.org>
`,
  'events/summit-2027/index.mdx': '---\ntitle: Summit 2027\ndate: 2027-09-15\ntimezone: America/New_York\n---\n\nFirst paragraph of the page.\n',
  'events/europe-2027.md': '---\ntitle: Summit Europe 2027\ndate: 2027-11-16\npublishDate: 2027-09-01\ntimezone: Europe/Berlin\n---\n',
  'events/wip.md': '---\ntitle: Work in progress\ndate: 2027-12-01\ndraft: true\n---\n',
  'events/call.md': '---\ntitle: Call at a conference\ndate: 2027-07-01\nredirect: https://conf.example.org/sig\n---\n',
  'events/_partial.mdx': 'Not an event.\n',
  'events/notes/readme.md': 'Not an event either: only <name>.md and <name>/index.md are.\n',
};

async function makeSite(extra: Record<string, string> = {}): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-events-'));
  for (const [name, text] of Object.entries({...FILES, ...extra})) {
    await fs.mkdir(path.dirname(path.join(dir, name)), {recursive: true});
    await fs.writeFile(path.join(dir, name), text);
  }
  return dir;
}

function load(context: LoadContext, production: boolean, eventsBasePath: string | false = '/sig/events', locale = {intl: 'en-GB', localizedDir: undefined as string | undefined}) {
  return loadEventsContent({
    context,
    eventsDir: path.join(context.siteDir, 'events'),
    localizedDir: locale.localizedDir,
    eventsBasePath,
    locale: locale.intl,
    production,
    now: NOW,
  });
}

const calendarPaths = (content: {events: Array<{page?: {metadata: {icsPath: string}}}>}) =>
  content.events.flatMap((e) => (e.page ? [e.page.metadata.icsPath] : [])).sort();

describe('loadEventsContent on a site', () => {
  let siteDir: string;
  let context: LoadContext;
  beforeAll(async () => {
    siteDir = await makeSite();
    context = await loadContext({siteDir});
  });
  afterAll(() => fs.rm(siteDir, {recursive: true, force: true}));

  it('production: drafts and events before their publishDate have no card, no page and no .ics', async () => {
    const content = await load(context, true);
    expect(content.events.map((e) => e.summary.slug)).toEqual(['2022-summit', 'call', 'summit-2027']);
    expect(calendarPaths(content)).toEqual(['/ics/events/2022-summit.ics', '/ics/events/summit-2027.ics']);
    expect(content.events.every((e) => e.summary.status === undefined)).toBe(true);
  });

  it('development: they are there, marked, with pages and calendars', async () => {
    const content = await load(context, false);
    expect(content.events.map((e) => [e.summary.slug, e.summary.status])).toEqual([
      ['2022-summit', undefined],
      ['call', undefined],
      ['summit-2027', undefined],
      ['europe-2027', 'scheduled'],
      ['wip', 'draft'],
    ]);
    expect(calendarPaths(content)).toContain('/ics/events/europe-2027.ics');
    expect(content.events.find((e) => e.summary.slug === 'wip')!.page).toBeDefined();
  });

  it('reads Hugo-style front matter as written, and gives pages their source and metadata', async () => {
    const content = await load(context, true);
    const summit = content.events.find((e) => e.summary.slug === '2022-summit')!;
    expect(summit.summary).toMatchObject({
      date: '2022-11-16',
      end: '2022-11-17',
      timezone: 'Etc/UTC',
      permalink: '/sig/events/2022-summit',
      startsAt: Date.parse('2022-11-16T15:00:00Z') / 1000,
      endsAt: Date.parse('2022-11-17T11:00:00Z') / 1000,
      image: '/img/summit.svg',
      days: '16–17 November 2022',
    });
    expect(summit.page!.source).toBe('@site/events/2022-summit.md');
    expect(summit.page!.url).toBe('https://sig.example.org/sig/events/2022-summit');
    expect(summit.page!.metadata.zoneName).toBe('UTC');
    expect(summit.page!.metadata.sessions.map((s) => s.when)).toEqual(['Wed, 16 Nov 2022, 15:00–18:30', 'Thu, 17 Nov 2022, 07:30–11:00']);
    expect(summit.page!.metadata.icsPath).toBe('/ics/events/2022-summit.ics');
    expect(summit.page!.metadata.sessions.map((s) => s.startsAt)).toEqual([Date.parse('2022-11-16T15:00:00Z') / 1000, Date.parse('2022-11-17T07:30:00Z') / 1000]);
    expect(content.sourceFiles.map((f) => path.relative(siteDir, f)).sort()).toEqual(
      ['events/2022-summit.md', 'events/call.md', 'events/europe-2027.md', 'events/summit-2027/index.mdx', 'events/wip.md'],
    );
  });

  it('folder events take the folder name; the description falls back to the first paragraph', async () => {
    const content = await load(context, true);
    expect(content.events.find((e) => e.summary.slug === 'summit-2027')!.summary.description).toBe('First paragraph of the page.');
  });

  it('a redirect event has a card linking out, and no page or .ics', async () => {
    const call = (await load(context, true)).events.find((e) => e.summary.slug === 'call')!;
    expect(call.page).toBeUndefined();
    expect(call.summary.permalink).toBeUndefined();
    expect(call.summary.redirect).toBe('https://conf.example.org/sig');
  });

  it('without an events route: cards only, no pages, no .ics', async () => {
    const content = await load(context, true, false);
    expect(content.events.every((e) => !e.page && !e.summary.permalink)).toBe(true);
  });

  describe('in another language', () => {
    const localizedDir = () => path.join(siteDir, 'i18n/fr/docusaurus-plugin-innersource-sig/events');
    const translation = `---
title: "Sommet InnerSource 2022"
date: 2022-11-20
end: 2022-11-17
publishDate: 2022-09-01
location: En ligne
sessions:
  - title: "1re partie"
    start: 2022-11-16T16:00
    end: 2022-11-16T18:30
  - title: "2e partie"
---

Le sommet 2022, en deux demi-journées.
`;
    beforeAll(async () => {
      await fs.mkdir(localizedDir(), {recursive: true});
      await fs.writeFile(path.join(localizedDir(), '2022-summit.md'), translation);
    });

    it("takes a translation's words and the page's body, but the original's days and times", async () => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      const content = await load(context, true, '/sig/fr/events', {intl: 'fr', localizedDir: localizedDir()});
      // The author hears which fields of the translation do not count.
      expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
        expect.stringMatching(/i18n\/fr\/docusaurus-plugin-innersource-sig\/events\/2022-summit\.md.*date, sessions\[0\]\.start.*events\/2022-summit\.md/),
      ]);
      warn.mockRestore();
      const summit = content.events.find((e) => e.summary.slug === '2022-summit')!;
      expect(summit.event).toMatchObject({title: 'Sommet InnerSource 2022', location: 'En ligne', date: '2022-11-16', end: '2022-11-17'});
      expect(summit.event.sessions.map((s) => [s.title, s.start])).toEqual([
        ['1re partie', '2022-11-16T15:00'],
        ['2e partie', '2022-11-17T07:30'],
      ]);
      expect(summit.summary).toMatchObject({title: 'Sommet InnerSource 2022', description: 'Le sommet 2022, en deux demi-journées.', days: '16–17 novembre 2022'});
      expect(summit.page!.source).toBe('@site/i18n/fr/docusaurus-plugin-innersource-sig/events/2022-summit.md');
      expect(summit.page!.metadata.sessions.map((s) => s.when)).toEqual(['mer. 16 nov. 2022, 15:00–18:30', 'jeu. 17 nov. 2022, 07:30–11:00']);
      // The bundler watches the translation too.
      expect(content.sourceFiles).toContain(path.join(localizedDir(), '2022-summit.md'));
    });

    it('keeps the original where there is no translation', async () => {
      jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      const content = await load(context, true, '/sig/fr/events', {intl: 'fr', localizedDir: localizedDir()});
      jest.mocked(console.warn).mockRestore();
      const summit = content.events.find((e) => e.summary.slug === 'summit-2027')!;
      expect(summit.event.title).toBe('Summit 2027');
      expect(summit.page!.source).toBe('@site/events/summit-2027/index.mdx');
      expect(summit.summary.days).toBe('15 septembre 2027');
    });
  });

  it('creates one route per page, with the page data under the MDX loader\'s name', async () => {
    const content = await load(context, true);
    const data: Record<string, unknown> = {};
    const routes = eventPageRoutes(content, (name, value) => ((data[name] = value), name));
    expect(routes.map((r) => [r.path, r.component])).toEqual([
      ['/sig/events/2022-summit', '@theme/EventPage'],
      ['/sig/events/summit-2027', '@theme/EventPage'],
    ]);
    expect(routes[0]!.modules).toEqual({content: '@site/events/2022-summit.md'});
    expect(Object.values(data).map((d) => (d as {slug: string}).slug)).toEqual(['2022-summit', 'summit-2027']);
  });
});

describe('problems stop the load with a DataError naming file, field and value', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['missing image', {'events/x.md': '---\ntitle: X\ndate: 2027-01-01\nimage: /img/missing.png\n---\n'}, /^events\/x\.md: field "image" has value "\/img\/missing\.png": is not a file in static$/],
    ['duplicate slug', {'events/x.md': '---\ntitle: X\ndate: 2027-01-01\nslug: call\n---\n'}, /^events\/x\.md: field "slug" has value "call": is also the slug of events\/call\.md$/],
    ['YAML syntax', {'events/x.md': '---\ntitle: [unclosed\ndate: 2027-01-01\n---\n'}, /^events\/x\.md: field "\(front matter\)"/],
    ['bad zone', {'events/x.md': '---\ntitle: X\ndate: 2027-01-01\ntimezone: Europe/Londn\n---\n'}, /^events\/x\.md: field "timezone" has value "Europe\/Londn"/],
  ];

  it.each(cases)('%s', async (_name, extra, expected) => {
    const siteDir = await makeSite(extra);
    try {
      const error = await load(await loadContext({siteDir}), true).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(DataError);
      expect((error as Error).message).toMatch(expected);
    } finally {
      await fs.rm(siteDir, {recursive: true, force: true});
    }
  });

  it('the plugin reports it as one line without stack, before meetings write their lock file', async () => {
    const siteDir = await makeSite({
      'events/x.md': '---\ntitle: X\ndate: 2027-02-30\n---\n',
      'meetings/call.yml': 'title: Call\ntimezone: Europe/London\nstart: 2025-01-07T10:00\nduration: 30\n',
    });
    try {
      const plugin = await pluginInnerSourceSig(await loadContext({siteDir}), normalizeOptions({}));
      const error = await Promise.resolve(plugin.loadContent!()).then(() => undefined, (e: Error) => e);
      expect(error!.message).toBe('events/x.md: field "date" has value "2027-02-30": is not a real date');
      expect(error!.stack).not.toMatch(/\n\s+at /);
      await expect(fs.access(path.join(siteDir, 'meetings', 'calendar.lock.json'))).rejects.toThrow();
    } finally {
      await fs.rm(siteDir, {recursive: true, force: true});
    }
  });
});

describe('several bad files', () => {
  it('the plugin reports every bad file, events and meetings, one line each, and writes nothing', async () => {
    const siteDir = await makeSite({
      'events/x.md': '---\ntitle: X\ndate: 2027-02-30\n---\n',
      'events/y.md': '---\ntitle: Y\ndate: 2027-01-01\nslug: call\n---\n',
      'meetings/a.yml': 'title: A\ntimezone: Europe/Londn\nstart: 2025-01-07T10:00\nduration: 30\n',
      'meetings/b.yml': 'title: B\ntimezone: Europe/London\nstart: 2025-01-07T10:00\nduration: 30\nroom: 12\n',
      'meetings/c.yml': 'title: C\ntimezone: Europe/London\nstart: 2025-01-07T10:00\nduration: 30\n',
    });
    try {
      const plugin = await pluginInnerSourceSig(await loadContext({siteDir}), normalizeOptions({}));
      const error = await Promise.resolve(plugin.loadContent!()).then(() => undefined, (e: Error) => e);
      expect(error!.message.split('\n')).toEqual([
        '4 problems in data files:',
        'events/x.md: field "date" has value "2027-02-30": is not a real date',
        'events/y.md: field "slug" has value "call": is also the slug of events/call.md',
        expect.stringMatching(/^meetings\/a\.yml: field "timezone" has value "Europe\/Londn"/),
        expect.stringMatching(/^meetings\/b\.yml: field "room" has value "12": is not a known field/),
      ]);
      expect(error!.stack).not.toMatch(/\n\s+at /);
      await expect(fs.access(path.join(siteDir, 'meetings', 'calendar.lock.json'))).rejects.toThrow();
    } finally {
      await fs.rm(siteDir, {recursive: true, force: true});
    }
  });
});

describe('the plugin', () => {
  let siteDir: string;
  beforeAll(async () => {
    siteDir = await makeSite();
  });
  afterAll(() => fs.rm(siteDir, {recursive: true, force: true}));

  it('gives both compilers the MDX rule for the events and meetings folders and the page-data pre-loader, and only the client the emitter', async () => {
    const plugin = await pluginInnerSourceSig(await loadContext({siteDir}), normalizeOptions({}));
    type Rule = {include: string[]; enforce?: string; exclude?: unknown[]};
    const configure = (isServer: boolean) => plugin.configureWebpack!({} as never, isServer, {} as never, {} as never) as {module: {rules: Rule[]}; plugins?: unknown[]};
    for (const isServer of [true, false]) {
      const [events, pageData] = configure(isServer).module.rules;
      // The site has no i18n/en folder: the default locale is not translated, as Docusaurus decides.
      // The same rule compiles the minutes files (meetings/<id>/<date>.md).
      expect(events!.include).toEqual([`${path.join(siteDir, 'events')}${path.sep}`, `${path.join(siteDir, 'meetings')}${path.sep}`]);
      // Both bundles must render the same data: the pre-loader runs in both.
      expect(pageData).toMatchObject({enforce: 'pre', include: [siteDir]});
      expect(pageData!.exclude).toEqual(expect.arrayContaining([path.join(siteDir, '.docusaurus')]));
    }
    expect(configure(true).plugins).toBeUndefined();
    expect(configure(false).plugins).toHaveLength(1);
    expect(plugin.getPathsToWatch!()).toContain(`${path.join(siteDir, 'events')}/**/*.{md,mdx}`);
  });

  it('hands event cards to the /events route as a module, not to every page, and routes under baseUrl', async () => {
    const plugin = await pluginInnerSourceSig(await loadContext({siteDir}), normalizeOptions({}));
    const content = (await plugin.loadContent!())!;
    const routes: RouteConfig[] = [];
    let globalData: PluginGlobalData | undefined;
    const data = new Map<string, string>();
    const actions = {
      addRoute: (r: RouteConfig) => routes.push(r),
      createData: async (name: string, value: string) => (data.set(name, value), name),
      setGlobalData: (d: unknown) => {
        globalData = d as PluginGlobalData;
      },
    };
    await plugin.allContentLoaded!({allContent: {[PLUGIN_NAME]: {default: content}}, actions: actions as never});
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/sig/events', '/sig/events/2022-summit']));
    // This site has no meeting: no meetings page nobody asked for.
    expect(routes.map((r) => r.path)).not.toContain('/sig/meetings');
    const eventsRoute = routes.find((r) => r.path === '/sig/events')!;
    expect(path.basename(eventsRoute.modules!.events as string)).toBe('page-data-events.js');
    const cards = data.get('page-data-events.js')!;
    expect(cards).toContain('registerEvents');
    expect(cards).toContain('2022-summit');
    expect(cards).not.toContain('sessions');
    expect(JSON.stringify(globalData)).not.toContain('2022-summit');
  });
});

describe('isProductionVisibility', () => {
  const saved = {...process.env};
  afterEach(() => {
    process.env = {...saved};
  });

  it('follows NODE_ENV like Docusaurus drafts, and SIMULATE_PRODUCTION_VISIBILITY', () => {
    process.env.NODE_ENV = 'production';
    expect(isProductionVisibility()).toBe(true);
    process.env.NODE_ENV = 'development';
    delete process.env.SIMULATE_PRODUCTION_VISIBILITY;
    expect(isProductionVisibility()).toBe(false);
    process.env.SIMULATE_PRODUCTION_VISIBILITY = 'true';
    expect(isProductionVisibility()).toBe(true);
  });
});

describe('mdxCrossCompilerCache', () => {
  type Future = Parameters<typeof mdxCrossCompilerCache>[0];
  const faster = {mdxCrossCompilerCache: true} as Future['faster'];

  it('reads future.faster (Docusaurus 3.10+) and future.experimental_faster (3.6 to 3.9)', () => {
    expect(mdxCrossCompilerCache({faster} as Future)).toBe(true);
    expect(mdxCrossCompilerCache({experimental_faster: faster} as unknown as Future)).toBe(true);
    expect(mdxCrossCompilerCache({experimental_faster: {mdxCrossCompilerCache: false}} as unknown as Future)).toBe(false);
  });
});
