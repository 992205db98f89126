import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {themeMessageIds} from '../../plugins/docusaurus-plugin-innersource-sig/src/translations/__tests__/themeSource';

// The plugin as another SIG gets it: `npm pack`ed, unpacked into a small site's node_modules
// (Docusaurus and React come from this repository's node_modules), in a site that declares
// German and Brazilian Portuguese and has written no translations of its own.
const ROOT = path.resolve(__dirname, '../..');
const PLUGIN_DIR = path.join(ROOT, 'plugins/docusaurus-plugin-innersource-sig');
const DOCUSAURUS = path.join(ROOT, 'node_modules/.bin/docusaurus');
const SITES_DIR = path.join(ROOT, '.tmp-test-sites');

const SITE_FILES: Record<string, string> = {
  'docusaurus.config.js': `module.exports = {
    title: 'Fixture', url: 'https://sig.example.org', baseUrl: '/',
    future: {v4: true, faster: true},
    onBrokenLinks: 'warn', // no home page, which the navbar links to
    i18n: {defaultLocale: 'en', locales: ['en', 'de', 'pt-BR']},
    presets: [['classic', {docs: {sidebarPath: false}, blog: false, pages: false}]],
    plugins: ['docusaurus-plugin-innersource-sig'],
    themes: ['docusaurus-plugin-innersource-sig/search'],
  };`,
  'meetings/monthly.yml': 'title: Monthly call\ntimezone: Europe/London\nstart: 2025-01-14T15:00\nduration: 60\nrepeat: FREQ=MONTHLY;BYDAY=2TU\nagenda: https://example.org/agenda\n',
  'events/summit.md': '---\ntitle: Summit\ndate: 2026-11-16\nend: 2026-11-17\ntimezone: Europe/Berlin\nsessions:\n  - title: Part 1\n    start: 2026-11-16T15:00\n    end: 2026-11-16T18:00\n---\n\nTwo days.\n',
  'docs/intro.mdx': `---
tags: [sig]
---
# Intro

<BoxOut title="Card" link="/docs/other">Body.</BoxOut>

<BokTagList tag="sig" />

<MeetingTable meeting="monthly" />

<EventList />

[Calendar](/ics/monthly.ics)
`,
  'docs/other.md': '---\ntags: [sig]\n---\n# Other\n',
};

function run(args: string[], siteDir: string) {
  const result = spawnSync(DOCUSAURUS, [...args, siteDir], {cwd: ROOT, encoding: 'utf8', env: {...process.env, NODE_ENV: '', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'}, timeout: 300_000});
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`docusaurus ${args.join(' ')} failed:\n${output}`);
  return output;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string}>;
const shipped = (locale: string) => JSON.parse(fs.readFileSync(path.join(PLUGIN_DIR, 'locales', locale, 'plugin-innersource-sig.json'), 'utf8')) as Record<string, string>;
const text = (html: string, selector: string) => load(html)(selector).text().replace(/\s+/g, ' ').trim();

describe('the packed plugin in a site with locales of its own', () => {
  let siteDir: string;
  let translationsOutput: string;
  let buildOutput: string;

  beforeAll(() => {
    fs.mkdirSync(SITES_DIR, {recursive: true});
    siteDir = fs.mkdtempSync(path.join(SITES_DIR, 'packed-'));
    // lib/ is built by `npm run build` before these tests; prepack would rebuild it under the other site tests' builds.
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', siteDir], {cwd: PLUGIN_DIR, encoding: 'utf8'})) as Array<{filename: string}>;
    const installed = path.join(siteDir, 'node_modules/docusaurus-plugin-innersource-sig');
    fs.mkdirSync(installed, {recursive: true});
    execFileSync('tar', ['-xzf', path.join(siteDir, packed!.filename), '-C', installed, '--strip-components=1']);
    for (const [name, content] of Object.entries(SITE_FILES)) {
      fs.mkdirSync(path.dirname(path.join(siteDir, name)), {recursive: true});
      fs.writeFileSync(path.join(siteDir, name), content);
    }
    translationsOutput = run(['write-translations', '--locale', 'de'], siteDir);
  }, 360_000);
  afterAll(() => {
    if (siteDir) fs.rmSync(siteDir, {recursive: true, force: true});
  });

  test('write-translations extracts every message id of the theme source, without a warning about the plugin', () => {
    expect(translationsOutput).not.toMatch(/warning/i);
    const code = readJson(path.join(siteDir, 'i18n/de/code.json'));
    const extracted = Object.keys(code).filter((id) => id.startsWith('sig.')).sort();
    expect(extracted).toEqual(themeMessageIds());
    // Prefilled with the plugin's German.
    const german = shipped('de');
    expect(extracted.filter((id) => code[id]!.message !== german[id])).toEqual([]);
  });

  test("write-translations writes the meeting titles and the plugin's calendar words for the site to translate", () => {
    const meetings = readJson(path.join(siteDir, 'i18n/de/docusaurus-plugin-innersource-sig/meetings.json'));
    expect(meetings['monthly.title']!.message).toBe('Monthly call');
    const calendar = readJson(path.join(siteDir, 'i18n/de/docusaurus-plugin-innersource-sig/calendar.json'));
    expect(calendar['text.agenda']!.message).toBe('Tagesordnung: {url}');
  });

  describe('German and Portuguese builds of a site with no translations of its own (but one German label)', () => {
    // The site's own code.json wins over the plugin's messages, entry by entry.
    const OWN_LABEL = 'Kalender abonnieren';
    beforeAll(() => {
      fs.rmSync(path.join(siteDir, 'i18n'), {recursive: true, force: true});
      fs.mkdirSync(path.join(siteDir, 'i18n/de'), {recursive: true});
      fs.writeFileSync(path.join(siteDir, 'i18n/de/code.json'), JSON.stringify({'sig.meetingTable.subscribe': {message: OWN_LABEL}}));
      buildOutput = run(['build'], siteDir);
    }, 360_000);

    test.each([
      ['de', 'Am zweiten Dienstag jedes Monats', 'de-DE'],
      ['pt-BR', 'Na segunda terça-feira de cada mês', 'pt-BR'],
    ])('%s: the plugin in that language, with its schedule sentence and local dates', (locale, schedule, intl) => {
      const html = fs.readFileSync(path.join(siteDir, 'build', locale, 'docs/intro/index.html'), 'utf8');
      expect(load(html)('html').attr('lang')).toBe(locale);
      const table = text(html, 'table[data-meeting="monthly"]');
      const messages = shipped(locale);
      expect(table).toContain(schedule);
      for (const id of ['sig.meetingTable.when', 'sig.meetingTable.next', 'sig.meetingTable.addToCalendar']) {
        expect(table).toContain(messages[id]);
      }
      // The search box, from the package's search theme, in that language too.
      // Its text is its accessible name (no aria-label): the word, then the shortcut.
      expect(load(html)('nav button[aria-keyshortcuts]').text()).toBe(`${messages['sig.search.label']} Ctrl K`);
      const subscribe = load(html)('table[data-meeting="monthly"] a[href^="webcal:"]').text();
      expect(subscribe).toBe(locale === 'de' ? OWN_LABEL : messages['sig.meetingTable.subscribe']);
      // The first date after the build, written as Intl writes it in that language.
      const first = load(html)('table[data-meeting="monthly"] time').first();
      const expected = new Intl.DateTimeFormat(intl, {timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'}).format(new Date(first.attr('datetime')!));
      expect(first.text()).toBe(expected);
      expect(text(html, '[data-event="summit"]')).toContain(locale === 'de' ? '16.–17. November 2026' : '16–17 de novembro de 2026');
      expect(text(html, 'main')).not.toMatch(/Next meetings|Add to calendar|Every |Tuesday/);
      // The .ics link of the page goes to this locale's calendar, which exists.
      const link = load(html)('a[href$="monthly.ics"]').first().attr('href');
      expect(link).toBe(`/${locale}/ics/monthly.ics`);
      expect(fs.existsSync(path.join(siteDir, 'build', link!))).toBe(true);
    });

    test("each locale's calendar has its language's words under the English one's UID", () => {
      const calendar = (locale: string) => fs.readFileSync(path.join(siteDir, 'build', locale, 'ics/monthly.ics'), 'utf8');
      const uid = (ics: string) => /^UID:(.*)$/m.exec(ics)![1];
      expect(uid(calendar('de'))).toBe(uid(calendar('')));
      expect(calendar('de')).toContain('Tagesordnung: https://example.org/agenda');
      expect(calendar('pt-BR')).toContain('Pauta: https://example.org/agenda');
      expect(buildOutput).not.toMatch(/\[ERROR\]/);
    });
  });
});
