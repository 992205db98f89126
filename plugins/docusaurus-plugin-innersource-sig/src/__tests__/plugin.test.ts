import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseFeed} from '@rowanmanning/feed-parser';
import {parseJsonFeed} from 'feedsmith';
import ICAL from 'ical.js';
import nodeIcal, {type VEvent} from 'node-ical';
import {loadContext} from '@docusaurus/core/lib/server/site';
import pluginContentDocs, {validateOptions as validateDocsOptions} from '@docusaurus/plugin-content-docs';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {localizePluginTranslationFile} from '@docusaurus/core/lib/server/translations/translations';
import type {LoadContext, Plugin, RouteConfig} from '@docusaurus/types';
import pluginInnerSourceSig, {PLUGIN_NAME} from '../index';
import {normalizeOptions} from '../options';
import type {EventListing, MeetingClientData, PluginGlobalData, TaggedDoc} from '../types';
import type {PageDataIndex} from '../pageData/modules';

const FIXTURE = path.join(__dirname, '__fixtures__', 'site');

// Each test works on a copy: the plugin writes meetings/calendar.lock.json.
async function copyFixture(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-site-'));
  await fs.cp(FIXTURE, dir, {recursive: true});
  return dir;
}

function fakeActions() {
  const recorded = {routes: [] as RouteConfig[], globalData: undefined as unknown, data: new Map<string, string>()};
  return {
    recorded,
    actions: {
      addRoute: (route: RouteConfig) => recorded.routes.push(route),
      createData: async (name: string, data: string) => {
        recorded.data.set(name, data);
        return name;
      },
      setGlobalData: (data: unknown) => {
        recorded.globalData = data;
      },
    },
  };
}

async function loadDocs(context: LoadContext) {
  const options = validateDocsOptions({
    validate: normalizePluginOptions as never,
    options: {path: 'docs', sidebarPath: false, tags: 'tags.yml'},
  });
  const docs = await pluginContentDocs(context, options);
  return docs.loadContent!();
}

/** The files the plugin's bundler plugin emits (the .ics files), run against a minimal compiler. */
function emittedFiles(plugin: Plugin<unknown>): Map<string, string> {
  const config = plugin.configureWebpack!({} as never, false, {} as never, {} as never) as {plugins: Array<{apply(compiler: unknown): void}>};
  const files = new Map<string, string>();
  let processAssets = () => {};
  const compilation = {
    hooks: {processAssets: {tap: (_options: unknown, fn: () => void) => (processAssets = fn)}},
    emitAsset: (file: string, source: {text: string}) => files.set(file, source.text),
    getAsset: () => undefined,
    updateAsset: () => undefined,
    fileDependencies: {add: () => undefined},
  };
  const compiler = {
    webpack: {Compilation: {PROCESS_ASSETS_STAGE_ADDITIONAL: 0}, sources: {RawSource: class {constructor(readonly text: string) {}}}},
    hooks: {thisCompilation: {tap: (_name: string, fn: (c: typeof compilation) => void) => fn(compilation)}},
  };
  config.plugins[0]!.apply(compiler);
  processAssets();
  return files;
}

async function runPlugin(siteDir: string, options = {}, locale?: string) {
  const context = await loadContext({siteDir, locale});
  const docsContent = await loadDocs(context);
  const plugin = await pluginInnerSourceSig(context, normalizeOptions(options));
  const loaded = await plugin.loadContent!();
  // As Docusaurus does: translation files from i18n/<locale>/ over the plugin's defaults.
  const translationFiles = await Promise.all(
    ((await plugin.getTranslationFiles!({content: loaded})) ?? []).map((file) => localizePluginTranslationFile({localizationDir: context.localizationDir, plugin: {...plugin, options: {id: 'default'}} as never, translationFile: file})),
  );
  const content = plugin.translateContent!({content: loaded, translationFiles});
  const {actions, recorded} = fakeActions();
  await plugin.allContentLoaded!({
    allContent: {
      'docusaurus-plugin-content-docs': {default: docsContent},
      [PLUGIN_NAME]: {default: content},
    },
    actions: actions as never,
  });
  const pageDataIndex = JSON.parse(recorded.data.get('page-data-index.json')!) as PageDataIndex;
  /** The data a generated page-data module registers, by the module's absolute path. */
  const moduleData = (modulePath: string): unknown => {
    const source = recorded.data.get(path.basename(modulePath))!;
    return JSON.parse(JSON.parse(/JSON\.parse\((".*")\)\);\n$/.exec(source)![1]!) as string);
  };
  return {plugin, content, recorded, globalData: recorded.globalData as PluginGlobalData, pageDataIndex, moduleData, files: emittedFiles(plugin), translationFiles};
}

describe('plugin on a fixture site', () => {
  let siteDir: string;
  beforeEach(async () => {
    siteDir = await copyFixture();
  });
  afterEach(async () => {
    await fs.rm(siteDir, {recursive: true, force: true});
  });

  test('global data names the tags and meetings; their lists and tables are page-data modules', async () => {
    const {globalData, pageDataIndex, moduleData} = await runPlugin(siteDir);
    expect(globalData.tags.default).toEqual(expect.arrayContaining([{label: 'getting started', key: 'getting-started'}, {label: 'innersource', key: 'innersource'}]));
    expect(globalData.meetingIds.sort()).toEqual(['monthly-call', 'weekly-sync']);
    // What every page loads holds no doc or meeting details.
    const everyPage = JSON.stringify(globalData);
    expect(everyPage).not.toContain('Intro');
    expect(everyPage).not.toContain('/ics/weekly-sync.ics');

    const innersource = moduleData(pageDataIndex.tags.default!.modules.innersource!) as TaggedDoc[];
    expect(innersource.map((d) => d.title)).toEqual(['First guide', 'Intro', 'Alpha']);
    expect(innersource.find((d) => d.title === 'Intro')).toEqual({
      title: 'Intro',
      permalink: '/docs/intro',
      description: 'Start here.',
      image: '/img/intro.png',
      imageAlt: 'Intro',
      position: 2,
    });
    // A tag is found by label as well as by key.
    expect(pageDataIndex.tags.default!.names['getting started']).toBe('getting-started');
  });

  test('tag modules hold listed docs only, with only the fields the list renders', async () => {
    const {recorded} = await runPlugin(siteDir);
    const modules = [...recorded.data].filter(([name]) => name.startsWith('page-data-tag-'));
    expect(modules.length).toBeGreaterThan(0);
    for (const [, source] of modules) {
      expect(source).not.toContain('must not reach the browser');
      expect(source).not.toMatch(/Hidden|Work in progress/);
    }
  });

  test('adds the meetings page route and one .ics per series plus the combined feed', async () => {
    const {recorded, files, pageDataIndex, moduleData} = await runPlugin(siteDir);
    const meetingsRoute = recorded.routes.find((r) => r.path === '/meetings')!;
    expect(meetingsRoute.modules).toEqual({meetings: pageDataIndex.meetings.all});
    expect([...files.keys()].filter((file) => !file.includes('events')).sort()).toEqual(['ics/legacy-name.ics', 'ics/meetings.ics', 'ics/weekly-sync.ics']);
    const monthly = moduleData(pageDataIndex.meetings.modules['monthly-call']!) as MeetingClientData;
    expect(monthly.icsPath).toBe('/ics/legacy-name.ics');
    expect((moduleData(pageDataIndex.meetings.modules['weekly-sync']!) as MeetingClientData).schedule).toBe('Every Tuesday');
  });

  test('meetingsRoute: false adds no page', async () => {
    const {recorded} = await runPlugin(siteDir, {meetingsRoute: false});
    expect(recorded.routes.map((r) => r.path)).not.toContain('/meetings');
    expect(recorded.routes.map((r) => r.path)).toContain('/events');
  });

  test('/meetings lists the series by their next meeting, not by file name', async () => {
    const {moduleData, pageDataIndex, recorded} = await runPlugin(siteDir);
    // The collection imports each series' module, in the page's order.
    const imported = [...recorded.data.get(path.basename(pageDataIndex.meetings.all))!.matchAll(/from "\.\/(page-data-meeting-[^"]+)"/g)].map((m) => m[1]!);
    const byFile = Object.fromEntries(Object.values(pageDataIndex.meetings.modules).map((file) => [path.basename(file), file]));
    const all = imported.map((name) => moduleData(byFile[name]!) as MeetingClientData);
    const nextStart = (meeting: MeetingClientData) => meeting.occurrences.find(([, end, status]) => status !== 2 && end * 1000 > Date.now())?.[0] ?? Infinity;
    expect(all.length).toBeGreaterThan(1);
    expect(all.map(nextStart)).toEqual([...all.map(nextStart)].sort((a, b) => a - b));
  });

  test('a site without meetings or events gets none of their pages, feeds or calendars, and says what it added; emptyPages keeps them', async () => {
    await fs.rm(path.join(siteDir, 'meetings'), {recursive: true});
    await fs.rm(path.join(siteDir, 'events'), {recursive: true});
    const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
    try {
      const bare = await runPlugin(siteDir);
      expect(bare.recorded.routes.map((r) => r.path)).toEqual([]);
      expect([...bare.files.keys()]).toEqual([]);
      expect(bare.globalData.eventFeeds).toBeUndefined();
      expect(info.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('[innersource-sig] Added'))).toEqual([
        expect.stringContaining('Added 0 calendar files under /ics/.'),
      ]);

      const kept = await runPlugin(siteDir, {emptyPages: true});
      // The month view too (the build's month and 3 back, 12 ahead), which events and meetings added later fill.
      expect(kept.recorded.routes.map((r) => r.path).filter((p) => !p.startsWith('/meetings/calendar/'))).toEqual(['/events', '/events/upcoming', '/events/past', '/events/tags', '/meetings', '/meetings/calendar']);
      expect(kept.recorded.routes.filter((r) => r.path.startsWith('/meetings/calendar/'))).toHaveLength(16);
      expect([...kept.files.keys()].sort()).toEqual(['events/atom.xml', 'events/feed.json', 'events/rss.xml', 'ics/events.ics']);
    } finally {
      info.mockRestore();
    }
  });

  test('two loads of the same data give byte-identical calendars, even later in time', async () => {
    const first = await runPlugin(siteDir);
    jest.useFakeTimers({now: Date.now() + 3 * 24 * 3600 * 1000, doNotFake: ['nextTick', 'setImmediate', 'setTimeout']});
    try {
      const second = await runPlugin(siteDir);
      expect([...first.files.keys()]).toEqual(expect.arrayContaining(['ics/weekly-sync.ics', 'ics/events.ics', 'ics/events/summit.ics', 'events/rss.xml']));
      for (const [file, text] of first.files) {
        expect(second.files.get(file)).toBe(text);
      }
    } finally {
      jest.useRealTimers();
    }
  });

  test('a schedule change bumps SEQUENCE; a title change does not', async () => {
    const sequenceOf = (text: string) => /SEQUENCE:(\d+)/.exec(text)![1];
    const file = path.join(siteDir, 'meetings', 'weekly-sync.yml');
    const before = await runPlugin(siteDir);
    expect(sequenceOf(before.files.get('ics/weekly-sync.ics')!)).toBe('0');

    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('Weekly sync', 'Weekly team sync'));
    const retitled = await runPlugin(siteDir);
    expect(sequenceOf(retitled.files.get('ics/weekly-sync.ics')!)).toBe('0');

    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('T11:00', 'T12:00'));
    const moved = await runPlugin(siteDir);
    expect(sequenceOf(moved.files.get('ics/weekly-sync.ics')!)).toBe('1');
  });

  test('a series moved out of the folder and back continues its SEQUENCE', async () => {
    const sequenceOf = (text: string) => /SEQUENCE:(\d+)/.exec(text)![1];
    const file = path.join(siteDir, 'meetings', 'weekly-sync.yml');
    const parked = path.join(siteDir, 'weekly-sync.yml');
    await runPlugin(siteDir);
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('T11:00', 'T12:00'));
    expect(sequenceOf((await runPlugin(siteDir)).files.get('ics/weekly-sync.ics')!)).toBe('1');

    await fs.rename(file, parked);
    const without = await runPlugin(siteDir);
    expect(without.files.has('ics/weekly-sync.ics')).toBe(false);
    // Its entry stays in the lock while the file is away.
    const lock = JSON.parse(await fs.readFile(path.join(siteDir, 'meetings', 'calendar.lock.json'), 'utf8')) as Record<string, {sequence: number}>;
    expect(lock['weekly-sync']?.sequence).toBe(1);

    await fs.rename(parked, file);
    expect(sequenceOf((await runPlugin(siteDir)).files.get('ics/weekly-sync.ics')!)).toBe('1');
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('T12:00', 'T13:00'));
    expect(sequenceOf((await runPlugin(siteDir)).files.get('ics/weekly-sync.ics')!)).toBe('2');
  });

  test.each([
    ['empty', ''],
    ['cut short by a killed write', '{\n  "monthly": {\n    "fingerprint": "'],
  ])('an %s lock file stops the build naming it and how to restore it, and is left as it is', async (_what, text) => {
    const lockFile = path.join(siteDir, 'meetings', 'calendar.lock.json');
    await fs.writeFile(lockFile, text);
    const context = await loadContext({siteDir});
    const plugin = await pluginInnerSourceSig(context, normalizeOptions({}));
    const error = await plugin.loadContent!().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/^meetings\/calendar\.lock\.json: field "\(file\)".*git checkout -- meetings\/calendar\.lock\.json/);
    expect(error?.stack).not.toMatch(/\n\s+at /);
    expect(await fs.readFile(lockFile, 'utf8')).toBe(text);
  });
});

describe('events: listing pages, the calendar of all events, feeds and calendar updates', () => {
  let siteDir: string;
  // The fixture's summit (March 2027) is upcoming, its meetup (June 2026) recent, its old meetup long past.
  const NOW = new Date('2027-01-15T12:00:00Z');
  beforeEach(async () => {
    siteDir = await copyFixture();
    jest.useFakeTimers({now: NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout']});
  });
  afterEach(async () => {
    jest.useRealTimers();
    await fs.rm(siteDir, {recursive: true, force: true});
  });

  const events = (ics: string) =>
    Object.values(nodeIcal.sync.parseICS(ics))
      .filter((c): c is VEvent => c.type === 'VEVENT')
      .map((e) => ({uid: e.uid, summary: String(e.summary), start: e.start.toISOString(), sequence: Number(e.sequence), status: e.status}))
      .sort((a, b) => (a.uid < b.uid ? -1 : 1));
  const lockPath = () => path.join(siteDir, 'events', 'calendar.lock.json');
  const summitFile = () => path.join(siteDir, 'events', 'summit.md');
  const edit = async (file: string, from: string, to: string) => {
    const text = await fs.readFile(file, 'utf8');
    expect(text).toContain(from);
    await fs.writeFile(file, text.replace(from, to));
  };

  test('the summit without `end` covers the days of its sessions; its calendar holds both', async () => {
    const {files} = await runPlugin(siteDir);
    const summit = events(files.get('ics/events/summit.ics')!);
    expect(summit.map((e) => [e.uid, e.start])).toEqual([
      ['event-summit-1@sig.example.org', '2027-03-10T14:00:00.000Z'],
      ['event-summit-2@sig.example.org', '2027-03-11T08:00:00.000Z'],
    ]);
  });

  test('/ics/events.ics holds every published event under the UIDs of their own calendars, and no draft or scheduled one', async () => {
    const {files} = await runPlugin(siteDir);
    const all = events(files.get('ics/events.ics')!);
    expect(all.map((e) => e.summary)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Draft|Announced later/)]));
    expect(all.map((e) => e.uid)).toEqual([
      'event-meetup@sig.example.org',
      'event-old-meetup@sig.example.org',
      // A redirect event has no page or calendar file of its own, but it is an event of the SIG.
      'event-partner-conference@sig.example.org',
      'event-summit-1@sig.example.org',
      'event-summit-2@sig.example.org',
    ]);
    for (const slug of ['summit', 'meetup', 'old-meetup']) {
      const own = events(files.get(`ics/events/${slug}.ics`)!);
      expect(all.filter((e) => own.some((o) => o.uid === e.uid))).toEqual(own);
    }
    // Both parsers we did not write read it the same way.
    const ical = new ICAL.Component(ICAL.parse(files.get('ics/events.ics')!));
    expect(ical.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid')).sort()).toEqual(all.map((e) => e.uid));
    // Named after the site's title, as no name is configured.
    expect(ical.getFirstPropertyValue('x-wr-calname')).toBe('Fixture SIG events');
  });

  test('listing pages: all, upcoming, past, the tag index and one page per tag, each a route with its listing', async () => {
    const {recorded} = await runPlugin(siteDir);
    const listings = recorded.routes.filter((r) => r.component === '@theme/EventsPage');
    expect(listings.map((r) => r.path)).toEqual(['/events', '/events/upcoming', '/events/past', '/events/tags', '/events/tags/meetup', '/events/tags/online', '/events/tags/summit']);
    const listing = (routePath: string) => JSON.parse(recorded.data.get(path.basename((listings.find((r) => r.path === routePath)!.modules as {listing: string}).listing))!) as EventListing;
    // "meetup" and "Meetup" are one tag, written as the earliest event has it; the draft counts in development, where it is shown.
    expect(listing('/events').tags).toEqual([
      {label: 'meetup', key: 'meetup', count: 2},
      {label: 'online', key: 'online', count: 1},
      {label: 'summit', key: 'summit', count: 2},
    ]);
    expect(listing('/events/tags/summit')).toMatchObject({tag: {label: 'summit', key: 'summit'}, route: '/events'});
    expect(listing('/events/past')).toMatchObject({when: 'past'});
  });

  test('feeds hold upcoming and recent published events, newest announcement first; JSON Feed 1.1 read by a parser we did not write', async () => {
    const {files} = await runPlugin(siteDir);
    const json = parseJsonFeed(files.get('events/feed.json')!);
    expect(JSON.parse(files.get('events/feed.json')!).version).toBe('https://jsonfeed.org/version/1.1');
    // The summit was announced on its publishDate; the others when this build first saw them (their lock stamp, now).
    const order = ['Fixture meetup', 'Partner conference', 'Fixture Summit'];
    expect(json.items!.map((item) => item.title)).toEqual(order);
    const summit = json.items![2]!;
    expect(summit.url).toBe('https://sig.example.org/events/summit');
    expect(summit.image).toBe('https://sig.example.org/img/summit.png');
    expect(summit.content_html).toContain('Registration: <a href="https://tickets.example.org/summit">');
    expect(summit.content_html).toContain('10–11 March 2027 · Online');
    expect(summit.tags).toEqual(['summit', 'online']);
    expect(json.items![1]!.url).toBe('https://conference.example.org/');
    expect(json.language).toBe('en-GB');
    for (const name of ['events/rss.xml', 'events/atom.xml']) {
      const feed = parseFeed(files.get(name)!);
      expect(feed.items.map((item) => item.title)).toEqual(order);
      expect(feed.items[2]!.url).toBe('https://sig.example.org/events/summit');
      expect(feed.items[2]!.published?.toISOString()).toBe('2026-11-30T23:00:00.000Z');
      expect(feed.items[0]!.content).toContain('Recording: <a href="https://video.example.org/meetup">');
    }
  });

  test('two builds of the same data are byte-identical, calendars and feeds, and the lock file is written once', async () => {
    const first = await runPlugin(siteDir);
    const lock = await fs.readFile(lockPath(), 'utf8');
    expect(Object.keys(JSON.parse(lock) as object).sort()).toEqual(['meetup', 'old-meetup', 'partner-conference', 'summit']);
    jest.setSystemTime(new Date(NOW.getTime() + 2 * 24 * 3600 * 1000));
    const second = await runPlugin(siteDir);
    for (const [file, text] of first.files) expect({file, text: second.files.get(file)}).toEqual({file, text});
    expect(await fs.readFile(lockPath(), 'utf8')).toBe(lock);
  });

  test('a translated event (other title and location) keeps the lock, SEQUENCE and UIDs of the original; its feeds are in that language', async () => {
    const english = await runPlugin(siteDir);
    const lock = await fs.readFile(lockPath(), 'utf8');
    const translated = path.join(siteDir, 'i18n/fr', PLUGIN_NAME, 'events');
    await fs.mkdir(translated, {recursive: true});
    await fs.writeFile(path.join(translated, 'summit.md'), '---\ntitle: Sommet de test\nlocation: En ligne\n---\n\nDeux demi-journées.\n');
    const french = await runPlugin(siteDir, {}, 'fr');
    expect(await fs.readFile(lockPath(), 'utf8')).toBe(lock);
    const summary = (files: Map<string, string>) => events(files.get('ics/events/summit.ics')!).map((e) => [e.uid, e.sequence]);
    expect(summary(french.files)).toEqual(summary(english.files));
    expect(french.files.get('ics/events/summit.ics')).toContain('SUMMARY:Sommet de test – Part 1');
    const feed = parseJsonFeed(french.files.get('events/feed.json')!);
    expect(feed.language).toBe('fr');
    expect(feed.items!.find((item) => item.title === 'Sommet de test')!.content_html).toContain('10–11 mars 2027 · En ligne');
    // The French site's own host, for pages and feeds alike.
    expect(feed.items!.find((item) => item.title === 'Sommet de test')!.url).toBe('https://fr.sig.example.org/fr/events/summit');
  });

  test('a session time change bumps SEQUENCE; a title edit does not; a removed session is sent as cancelled while the event is upcoming', async () => {
    const sequences = (files: Map<string, string>) => events(files.get('ics/events/summit.ics')!).map((e) => [e.uid, e.sequence, e.status]);
    const before = await runPlugin(siteDir);
    expect(sequences(before.files)).toEqual([
      ['event-summit-1@sig.example.org', 0, undefined],
      ['event-summit-2@sig.example.org', 0, undefined],
    ]);

    await edit(summitFile(), 'title: Fixture Summit', 'title: Fixture Summit 2027');
    expect(sequences((await runPlugin(siteDir)).files).map((e) => e[1])).toEqual([0, 0]);

    await edit(summitFile(), 'start: 2027-03-11T09:00', 'start: 2027-03-11T10:00');
    const moved = await runPlugin(siteDir);
    expect(sequences(moved.files).map((e) => e[1])).toEqual([1, 1]);
    // The calendar of all events says the same.
    expect(events(moved.files.get('ics/events.ics')!).filter((e) => e.uid.startsWith('event-summit')).map((e) => e.sequence)).toEqual([1, 1]);

    await edit(summitFile(), '  - title: Part 2\n    start: 2027-03-11T10:00\n    end: 2027-03-11T12:00\n', '');
    const removed = await runPlugin(siteDir);
    expect(sequences(removed.files)).toEqual([
      ['event-summit-1@sig.example.org', 2, undefined],
      ['event-summit-2@sig.example.org', 2, 'CANCELLED'],
    ]);
    expect(events(removed.files.get('ics/events/summit.ics')!)[1]!.start).toBe('2027-03-11T09:00:00.000Z');

    // Once the event is over, the cancelled session is no longer sent.
    jest.setSystemTime(new Date('2027-04-01T00:00:00Z'));
    expect(sequences((await runPlugin(siteDir)).files)).toEqual([['event-summit-1@sig.example.org', 2, undefined]]);
  });

  test('an event made a draft and published again continues its SEQUENCE', async () => {
    const sequences = (files: Map<string, string>) => events(files.get('ics/events/summit.ics')!).map((e) => e.sequence);
    await runPlugin(siteDir);
    await edit(summitFile(), 'start: 2027-03-11T09:00', 'start: 2027-03-11T10:00');
    expect(sequences((await runPlugin(siteDir)).files)).toEqual([1, 1]);

    await edit(summitFile(), 'title: Fixture Summit', 'draft: true\ntitle: Fixture Summit');
    // A draft is shown in development, but gets no lock entry of its own until published.
    await runPlugin(siteDir);
    expect((JSON.parse(await fs.readFile(lockPath(), 'utf8')) as Record<string, {sequence: number}>).summit?.sequence).toBe(1);

    await edit(summitFile(), 'draft: true\n', '');
    expect(sequences((await runPlugin(siteDir)).files)).toEqual([1, 1]);
  });
});

describe('plugin in other locales', () => {
  let siteDir: string;
  beforeEach(async () => {
    siteDir = await copyFixture();
  });
  afterEach(async () => {
    await fs.rm(siteDir, {recursive: true, force: true});
  });

  const translate = async (locale: string, file: string, messages: Record<string, string>) => {
    const dir = path.join(siteDir, 'i18n', locale, PLUGIN_NAME);
    await fs.mkdir(dir, {recursive: true});
    const content = Object.fromEntries(Object.entries(messages).map(([id, message]) => [id, {message}]));
    await fs.writeFile(path.join(dir, `${file}.json`), JSON.stringify(content));
  };
  const line = (ics: string, name: string) => ics.split('\r\n').filter((l) => l.startsWith(`${name}:`));

  test('write-translations gets meeting titles, descriptions, the calendar name and calendar words, in the locale', async () => {
    const {translationFiles} = await runPlugin(siteDir, {calendarName: 'SIG calls'}, 'fr');
    const byPath = Object.fromEntries(translationFiles.map((f) => [f.path, f.content]));
    expect(Object.keys(byPath).sort()).toEqual(['calendar', 'meetings']);
    expect(byPath.meetings!['weekly-sync.title']).toEqual({message: 'Weekly sync', description: expect.stringContaining('meetings/weekly-sync.yml')});
    expect(byPath.calendar!.calendarName!.message).toBe('SIG calls');
    // The plugin's own French words, for the translator to keep or change.
    expect(byPath.calendar!['text.agenda']!.message).toBe('Ordre du jour : {url}');
  });

  test('without calendarName and eventsCalendarName, the calendars are named after the site, in the page\'s language', async () => {
    const english = await runPlugin(siteDir);
    expect(line(english.files.get('ics/meetings.ics')!, 'X-WR-CALNAME')).toEqual(['X-WR-CALNAME:Fixture SIG meetings']);
    const french = await runPlugin(siteDir, {}, 'fr');
    expect(line(french.files.get('ics/meetings.ics')!, 'X-WR-CALNAME')).toEqual(['X-WR-CALNAME:Réunions – Fixture SIG']);
    expect(line(french.files.get('ics/events.ics')!, 'X-WR-CALNAME')).toEqual(['X-WR-CALNAME:Événements – Fixture SIG']);
    // The translator gets the French default to keep or change.
    expect(french.translationFiles.find((f) => f.path === 'calendar')!.content.calendarName!.message).toBe('Réunions – Fixture SIG');
  });

  test('a French build writes French calendars under the same UIDs, SEQUENCE and DTSTAMP; what is untranslated stays as written', async () => {
    const english = await runPlugin(siteDir);
    await translate('fr', 'meetings', {'weekly-sync.title': 'Point hebdomadaire'});
    await translate('fr', 'calendar', {calendarName: 'Réunions du SIG'});
    const french = await runPlugin(siteDir, {}, 'fr');
    const weekly = french.files.get('ics/weekly-sync.ics')!;
    expect(line(weekly, 'SUMMARY')).toEqual(['SUMMARY:Point hebdomadaire']);
    expect(line(french.files.get('ics/meetings.ics')!, 'X-WR-CALNAME')).toEqual(['X-WR-CALNAME:Réunions du SIG']);
    for (const name of ['UID', 'SEQUENCE', 'DTSTAMP']) {
      expect(line(weekly, name)).toEqual(line(english.files.get('ics/weekly-sync.ics')!, name));
    }
    // The UID domain is the default locale's host, not fr.sig.example.org.
    expect(line(weekly, 'UID')).toEqual(['UID:weekly-sync@sig.example.org']);
    const monthly = french.moduleData(french.pageDataIndex.meetings.modules['monthly-call']!) as MeetingClientData;
    expect(monthly.title).toBe((english.moduleData(english.pageDataIndex.meetings.modules['monthly-call']!) as MeetingClientData).title);
    const table = french.moduleData(french.pageDataIndex.meetings.modules['weekly-sync']!) as MeetingClientData;
    expect(table).toMatchObject({title: 'Point hebdomadaire', schedule: 'Chaque mardi'});
  });

  test('a calendar word without {url} stops the build naming the file and the entry', async () => {
    await translate('fr', 'calendar', {'text.agenda': 'Ordre du jour'});
    await expect(runPlugin(siteDir, {}, 'fr')).rejects.toThrow(
      'i18n/fr/docusaurus-plugin-innersource-sig/calendar.json: field "text.agenda" has value "Ordre du jour": must contain {url}, where the link goes',
    );
  });

  test.each([
    ['fr', 'sig.meetingTable.addToCalendar', 'Ajouter au calendrier'],
    ['pt', 'sig.meetingTable.addToCalendar', 'Adicionar ao calendário'],
  ])('ships its own %s messages for the theme', async (locale, id, message) => {
    const plugin = await pluginInnerSourceSig(await loadContext({siteDir, locale}), normalizeOptions({}));
    expect((await plugin.getDefaultCodeTranslationMessages!())[id]).toBe(message);
  });

  test('a language it has no messages for gets none (the English defaults of the source apply)', async () => {
    const plugin = await pluginInnerSourceSig(await loadContext({siteDir, locale: 'nl'}), normalizeOptions({}));
    expect(await plugin.getDefaultCodeTranslationMessages!()).toEqual({});
  });
});

describe('bad meeting data fails the build with one line naming file, field and value', () => {
  let siteDir: string;
  beforeEach(async () => {
    siteDir = await copyFixture();
  });
  afterEach(async () => {
    await fs.rm(siteDir, {recursive: true, force: true});
  });

  const cases: Array<[string, string, RegExp]> = [
    ['unknown zone', 'title: X\ntimezone: Europe/Londn\nstart: 2025-01-01T10:00\nduration: 30\n', /meetings\/bad\.yml.*timezone.*Europe\/Londn/],
    ['bad date', 'title: X\ntimezone: Europe/London\nstart: 2025-02-30T10:00\nduration: 30\n', /meetings\/bad\.yml.*start.*2025-02-30T10:00/],
    ['malformed rule', 'title: X\ntimezone: Europe/London\nstart: 2025-01-01T10:00\nduration: 30\nrepeat: FREQ=SOMETIMES\n', /meetings\/bad\.yml.*repeat.*FREQ=SOMETIMES/],
    ['unknown key', 'title: X\ntimezone: Europe/London\nstart: 2025-01-01T10:00\nduration: 30\nroom: 12\n', /meetings\/bad\.yml.*room/],
    ['missing title', 'timezone: Europe/London\nstart: 2025-01-01T10:00\nduration: 30\n', /meetings\/bad\.yml.*title/],
    ['YAML syntax', 'title: [unclosed\n', /meetings\/bad\.yml/],
    ['cancelled date not in rule', 'title: X\ntimezone: Europe/London\nstart: 2025-01-14T15:00\nduration: 60\nrepeat: FREQ=MONTHLY;BYDAY=2TU\ncancelled: [2025-08-13]\n', /meetings\/bad\.yml.*cancelled.*2025-08-13/],
    ['duplicate id', 'id: weekly-sync\ntitle: X\ntimezone: Europe/London\nstart: 2025-01-01T10:00\nduration: 30\n', /weekly-sync/],
  ];

  test.each(cases)('%s', async (_name, yaml, expected) => {
    await fs.writeFile(path.join(siteDir, 'meetings', 'bad.yml'), yaml);
    const context = await loadContext({siteDir});
    const plugin = await pluginInnerSourceSig(context, normalizeOptions({}));
    const error = await plugin.loadContent!().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(expected);
    expect(error!.message).not.toContain('\n');
    expect(error!.stack).not.toMatch(/\n\s+at /);
    // Nothing written: no lock file appears for a failed load.
    await expect(fs.access(path.join(siteDir, 'meetings', 'calendar.lock.json'))).rejects.toThrow();
  });
});
