import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {loadContext} from '@docusaurus/core/lib/server/site';
import pluginContentDocs, {validateOptions as validateDocsOptions} from '@docusaurus/plugin-content-docs';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {localizePluginTranslationFile} from '@docusaurus/core/lib/server/translations/translations';
import type {LoadContext, Plugin, RouteConfig} from '@docusaurus/types';
import pluginInnerSourceSig, {PLUGIN_NAME} from '../index';
import {normalizeOptions} from '../options';
import type {MeetingClientData, PluginGlobalData, TaggedDoc} from '../types';
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
    expect(recorded.routes.map((r) => r.path)).toEqual(['/events', '/meetings']);
    expect(recorded.routes[1]!.modules).toEqual({meetings: pageDataIndex.meetings.all});
    expect([...files.keys()].sort()).toEqual(['ics/legacy-name.ics', 'ics/meetings.ics', 'ics/weekly-sync.ics']);
    const monthly = moduleData(pageDataIndex.meetings.modules['monthly-call']!) as MeetingClientData;
    expect(monthly.icsPath).toBe('/ics/legacy-name.ics');
    expect((moduleData(pageDataIndex.meetings.modules['weekly-sync']!) as MeetingClientData).schedule).toBe('Every Tuesday');
  });

  test('meetingsRoute: false adds no page', async () => {
    const {recorded} = await runPlugin(siteDir, {meetingsRoute: false});
    expect(recorded.routes.map((r) => r.path)).toEqual(['/events']);
  });

  test('two loads of the same data give byte-identical calendars, even later in time', async () => {
    const first = await runPlugin(siteDir);
    jest.useFakeTimers({now: Date.now() + 3 * 24 * 3600 * 1000, doNotFake: ['nextTick', 'setImmediate', 'setTimeout']});
    try {
      const second = await runPlugin(siteDir);
      expect(first.files.size).toBe(3);
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
