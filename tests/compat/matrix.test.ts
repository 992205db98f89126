import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import ICAL from 'ical.js';
import type {Browser, Page} from 'playwright-core';
import {describeBrowser, launchBrowser, openPage, startServer, type StaticServer} from '../browser/harness';
import {computedStyles, navbarLayout} from './browserChecks';
import {buildSite, createSite, docusaurus, installVersion, nestedCopies, packPlugin, typecheckSite, versionSpec, type VersionInstall} from './harness';
import {CALENDAR_NAME, EVENT, MEETING, PLUGIN, SITES, type DocusaurusVersion, type SiteSpec} from './sites';

// The packed plugin in sites generated from the official classic template, as other SIGs install
// it: one npm install per Docusaurus version, one build at a time (see harness.ts).
const MINUTES = 60_000;

// Packages that must be one copy in a site: React, and Docusaurus' own (its router context and
// the loaders the plugin hands to the site's bundler).
const SINGLETONS = ['react', 'react-dom', '@docusaurus/core', '@docusaurus/utils', '@docusaurus/mdx-loader', '@docusaurus/logger', '@docusaurus/utils-validation', '@docusaurus/theme-translations'];

let packed: string | undefined;
/** Packed once, when the first test needs it (a failed pack fails each test that needs it, not a hook before them). */
const tarball = () => (packed ??= packPlugin());
const installs = new Map<DocusaurusVersion, VersionInstall>();

/** Installs a version the first time one of its sites asks for it, with every template its sites use. */
function install(version: DocusaurusVersion): VersionInstall {
  const existing = installs.get(version);
  if (existing) return existing;
  const sites = SITES.filter((site) => site.docusaurus === version);
  const templates = [...new Set(sites.map((site) => site.template))];
  const dependencies = Object.assign({}, ...sites.map((site) => site.dependencies ?? {})) as Record<string, string>;
  const created = installVersion(version, templates, tarball(), dependencies);
  installs.set(version, created);
  return created;
}

interface BuiltSite {
  install: VersionInstall;
  dir: string;
  output: string;
  page: (sitePath: string) => CheerioAPI;
  file: (sitePath: string) => string;
  exists: (sitePath: string) => boolean;
}

const builds = new Map<string, BuiltSite>();

/** Builds a site once for all the blocks that test it. */
function build(site: SiteSpec): BuiltSite {
  const existing = builds.get(site.name);
  if (existing) return existing;
  const versionInstall = install(site.docusaurus);
  const dir = createSite(versionInstall, site);
  const output = buildSite(versionInstall, dir);
  const out = (sitePath: string) => path.join(dir, 'build', sitePath);
  const file = (sitePath: string) => fs.readFileSync(out(sitePath), 'utf8');
  const built: BuiltSite = {
    install: versionInstall,
    dir,
    output,
    file,
    exists: (sitePath) => fs.existsSync(out(sitePath)),
    page: (sitePath) => load(file(path.join(sitePath, 'index.html'))),
  };
  builds.set(site.name, built);
  return built;
}

/** The build log's warnings: Docusaurus' own, and the bundler's, which it prints the same way. */
const warnings = (output: string) => output.split('\n').filter((line) => /\[WARNING\]|Critical dependency/.test(line));

/** The client bundle's JS files, with their text. */
function clientScripts(built: BuiltSite): Array<[string, string]> {
  const dir = path.join(built.dir, 'build', 'assets', 'js');
  return fs.readdirSync(dir).filter((name) => name.endsWith('.js')).map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]);
}

/** The build file a link of the site leads to, or undefined when it leaves the base URL. */
function linkTarget(href: string, baseUrl: string): string | undefined {
  if (!href.startsWith(baseUrl)) return undefined;
  const sitePath = href.slice(baseUrl.length).split('#')[0]!;
  if (sitePath === '' || sitePath.endsWith('/')) return `${sitePath}index.html`;
  return path.extname(sitePath) ? sitePath : `${sitePath}/index.html`;
}

const text = ($: CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();

function calendarEvents(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
}

describe('the tarball', () => {
  test('holds the built plugin, its TypeScript theme sources, locales, schemas, README and licence; no tests, fixtures or build info', () => {
    const files = execFileSync('tar', ['-tzf', tarball()], {encoding: 'utf8'}).trim().split('\n').map((file) => file.replace(/^package\//, ''));
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'lib/index.js', 'lib/theme/MeetingTable/index.jsx', 'src/theme/MeetingTable/index.tsx', 'locales/de/plugin-innersource-sig.json', 'schemas/meeting.schema.json', 'schemas/event.schema.json', 'search.js', 'search.d.ts', 'lib/search/index.js', 'lib/search-theme/SearchBar/index.jsx', 'lib/search-theme/SearchBar/pagefind.server.js', 'src/search-theme/SearchBar/index.tsx']));
    expect(files.filter((file) => /__tests__|__fixtures__|\.test\.|tsbuildinfo/.test(file))).toEqual([]);
  }, 5 * MINUTES);
});

const sigSites = SITES.filter((site) => site.files[`meetings/${MEETING.id}.yml`]);

describe.each(sigSites.map((site) => [site.name, site] as const))('%s site', (_name, site) => {
  let built: BuiltSite;
  let $: CheerioAPI;
  const url = (sitePath: string) => `${site.baseUrl}${sitePath}${site.trailingSlash ? '/' : ''}`;

  beforeAll(() => {
    built = build(site);
    $ = built.page('sig');
  }, 20 * MINUTES);

  test('the plugin shares the one copy of React and Docusaurus that the site has', () => {
    expect(nestedCopies(built.install, SINGLETONS)).toEqual([]);
  });

  test('sig:check, the plugin\'s command, finds no problem', () => {
    expect(docusaurus(built.install, built.dir, ['sig:check'])).toMatch(/sig:check: no problems/);
  });

  test('builds without an error, and without a warning from the plugin\'s code (webpack\'s "Critical dependency" among them)', () => {
    expect(built.output).toMatch(/\[SUCCESS\]/);
    expect(built.output).not.toMatch(/\[ERROR\]/);
    expect(warnings(built.output).filter((line) => line.includes(PLUGIN) || line.includes('Critical dependency'))).toEqual([]);
  });

  test('renders every component of the page, with no notice of a problem', () => {
    expect(text($, 'main section h2')).toBe('Get started');
    expect($('main section a').attr('href')).toBe(url('docs/intro'));
    const listed = $('main ul a').map((_, a) => $(a).text().trim()).get();
    expect(listed).toEqual(expect.arrayContaining(['SIG charter', 'SIG handbook']));
    expect(text($, `main table[data-meeting="${MEETING.id}"] caption`)).toBe(MEETING.title);
    expect($(`main table[data-meeting="${MEETING.id}"] time`).length).toBeGreaterThan(0);
    expect(text($, `main [data-event="${EVENT.slug}"]`)).toContain(EVENT.title);
    expect($('[data-sig-problem]').length).toBe(0);
  });

  test('every link of the page carries the base URL and leads to a built file', () => {
    const hrefs = $('main a[href^="/"]').map((_, a) => $(a).attr('href')!).get();
    expect(hrefs).toEqual(expect.arrayContaining([url(`docs/sig-handbook`), `${site.baseUrl}ics/${MEETING.id}.ics`, url(`events/${EVENT.slug}`)]));
    const broken = hrefs.filter((href) => {
      const target = linkTarget(href, site.baseUrl);
      return !target || !built.exists(target);
    });
    expect(broken).toEqual([]);
    const webcal = $('main a[href^="webcal:"]').attr('href');
    expect(webcal).toMatch(new RegExp(`^webcal://[^/]+${site.baseUrl}ics/${MEETING.id}\\.ics$`));
  });

  test("the meeting's .ics is written and parses to its series", () => {
    const [event, ...others] = calendarEvents(built.file(`ics/${MEETING.id}.ics`));
    expect(others).toEqual([]);
    expect(event!.getFirstPropertyValue('summary')).toBe(MEETING.title);
    expect(event!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
    expect(String(event!.getFirstPropertyValue('rrule'))).toContain('FREQ=MONTHLY');
    const feed = new ICAL.Component(ICAL.parse(built.file('ics/meetings.ics')) as unknown[]);
    expect(feed.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'))).toEqual([MEETING.title]);
    // The site's plugin options reach the build.
    // Without calendarName, the calendar is named after the site (create-docusaurus titles it "My Site").
    expect(feed.getFirstPropertyValue('x-wr-calname')).toBe(site.plugins.includes(CALENDAR_NAME) ? CALENDAR_NAME : 'My Site meetings');
  });

  if (site.themes) {
    test('the search theme writes a Pagefind index of the pages, which the navbar search box loads from the base URL', () => {
      expect(built.output).toMatch(/Search index: \d+ pages and 1 meeting records/);
      const entry = JSON.parse(built.file('pagefind/pagefind-entry.json')) as {languages: Record<string, {page_count: number}>};
      expect(entry.languages.en!.page_count).toBeGreaterThan(3);
      expect(built.exists('pagefind/pagefind.js')).toBe(true);
      expect($('nav button[aria-keyshortcuts]').length).toBe(1);
    });

    test("the client bundle loads the index with the browser's own import() of its URL, not a bundler's module context", () => {
      const loaders = clientScripts(built).filter(([, js]) => js.includes('pagefind/pagefind.js'));
      expect(loaders.map(([name]) => name)).toHaveLength(1);
      const [, js] = loaders[0]!;
      // import(url), with a variable: the bundler left it to the browser.
      expect(js).toMatch(/[^\w$.]import\(\s*[A-Za-z_$][\w$]*\s*\)/);
      expect(js).not.toMatch(/webpackEmptyContext|webpackContext/);
    });
  }

  if (site.typecheck) {
    test("type-checks: the plugin's options and the components' props have types", () => {
      expect(() => typecheckSite(built.install, built.dir)).not.toThrow();
    }, 5 * MINUTES);
  }

  if (site.files['src/pages/meetings-react.tsx']) {
    test('a React page importing the components from @theme renders them with their data', () => {
      const page = built.page('meetings-react');
      expect(text(page, `main table[data-meeting="${MEETING.id}"] caption`)).toBe(MEETING.title);
      expect(page('main ul a')).toHaveLength(1);
      expect(page('[data-sig-problem]')).toHaveLength(0);
    });
  }

  test("the event's page links its own .ics, which parses to the event", () => {
    const eventPage = built.page(`events/${EVENT.slug}`);
    const href = eventPage('main a[href$=".ics"]').first().attr('href')!;
    expect(href.startsWith(`${site.baseUrl}ics/`)).toBe(true);
    const [event] = calendarEvents(built.file(linkTarget(href, site.baseUrl)!));
    expect(event!.getFirstPropertyValue('summary')).toBe(EVENT.title);
  });
});

describe('the oldest supported Docusaurus', () => {
  test('is the minor that the peer range names, on its default bundler (no @docusaurus/faster)', () => {
    const oldest = install('oldest');
    const minor = versionSpec('oldest').replace(/^~/, '').replace(/\.0$/, '');
    expect(oldest.docusaurusVersion.startsWith(`${minor}.`)).toBe(true);
    expect(fs.existsSync(path.join(oldest.dir, 'node_modules/@docusaurus/faster'))).toBe(false);
    expect(fs.existsSync(path.join(oldest.dir, 'node_modules', PLUGIN, 'package.json'))).toBe(true);
  }, 20 * MINUTES);
});

describe('versioned docs and several docs instances', () => {
  const site = SITES.find((s) => s.name === 'versioned')!;
  let $: CheerioAPI;

  beforeAll(() => {
    $ = build(site).page('sig');
  }, 20 * MINUTES);

  /** Each list of the page, as "title href" of its links. */
  const lists = () => $('main ul').toArray().map((ul) => $(ul).find('a').toArray().map((a) => `${$(a).text().trim()} ${$(a).attr('href')}`));

  test('BokTagList lists the docs of the last released version, not the unreleased ones', () => {
    expect(lists()[0]).toEqual(['Guide 1.0 /docs/guide']);
  });

  test('docsPluginId picks another docs instance', () => {
    expect(lists()[1]).toEqual(['Community welcome /community/welcome']);
  });

  test('an instance left out of docsPluginIds has no tags to list', () => {
    expect($('main [data-sig-problem="unknown-tag"]').attr('data-sig-value')).toBe('sig');
    expect(lists()).toHaveLength(2);
  });
});

describe('a site with no meetings/ or events/ folder', () => {
  const site = SITES.find((s) => s.name === 'no-data')!;
  let built: BuiltSite;

  beforeAll(() => {
    built = build(site);
  }, 20 * MINUTES);

  test('builds, without pages nobody asked for: no meetings or events pages, feeds or calendars', () => {
    expect(built.output).toMatch(/\[SUCCESS\]/);
    for (const file of ['meetings/index.html', 'events/index.html', 'events/upcoming/index.html', 'events/rss.xml', 'ics/events.ics', 'ics/meetings.ics']) {
      expect({file, exists: built.exists(file)}).toEqual({file, exists: false});
    }
    // Said once in the build log (not once per locale).
    expect(built.output.match(/\[innersource-sig\] Added /g)).toHaveLength(1);
  });
});

describeBrowser('a Tailwind 4 site with an ejected, crowded navbar, in Chromium at 1280 px', () => {
  const site = SITES.find((s) => s.name === 'tailwind-navbar')!;
  let built: BuiltSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    built = build(site);
    server = await startServer(path.join(built.dir, 'build'));
    browser = await launchBrowser();
  }, 20 * MINUTES);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The page at 1280 × 900, hydrated, with a screenshot for people in test-results/compat/. */
  async function withPage<T>(sitePath: string, name: string, body: (page: Page) => Promise<T>): Promise<T> {
    const {page, errors, close} = await openPage(browser, server, sitePath, {width: 1280, height: 900});
    try {
      const result = await body(page);
      const dir = path.resolve(__dirname, '../../test-results/compat');
      fs.mkdirSync(dir, {recursive: true});
      await page.screenshot({path: path.join(dir, `${site.name}-${name}.png`), fullPage: true});
      expect(errors).toEqual([]);
      return result;
    } finally {
      await close();
    }
  }

  test('is the site it claims to be: Tailwind in its CSS, its navbar ejected, built by webpack with Babel', () => {
    const css = fs.readdirSync(path.join(built.dir, 'build/assets/css')).map((name) => fs.readFileSync(path.join(built.dir, 'build/assets/css', name), 'utf8')).join('\n');
    // Tailwind's layers, its preflight and its theme variables.
    expect(css).toMatch(/@layer base\{/);
    expect(css).toMatch(/::file-selector-button/);
    expect(css).toMatch(/--default-font-family/);
    expect(fs.existsSync(path.join(built.dir, 'src/theme/Navbar/Content/index.tsx'))).toBe(true);
    expect(built.output).toMatch(/Compiling Server/);
    expect(built.output).not.toMatch(/Rspack/i);
  });

  test('builds without any warning', () => {
    expect(warnings(built.output)).toEqual([]);
  });

  test('the logo, the eleven links and the compact search button neither overlap nor squeeze one another; the button is where its navbar item puts it', async () => {
    const layout = await withPage('/sig', 'navbar', (page) => navbarLayout(page));
    const names = layout.parts.map((part) => part.name);
    expect(names.filter((name) => name.startsWith('item'))).toHaveLength(11);
    expect(names).toEqual(expect.arrayContaining(['logo', 'title', 'search button']));
    expect({overlaps: layout.overlaps, squeezed: layout.squeezed, outside: layout.outside}).toEqual({overlaps: [], squeezed: [], outside: []});
    // {type: 'search', position: 'right'} comes before the GitHub link in the site's items.
    expect(layout.right.slice(0, 2)).toEqual(['search button', 'item "GitHub"']);
    const button = layout.parts.find((part) => part.name === 'search button')!;
    expect(button.right - button.left).toBeLessThanOrEqual(40);
  });

  test("MeetingTable's next dates keep their numbers, and its cells their borders and padding, under Tailwind's preflight (which strips the page's own list)", async () => {
    const styles = await withPage('/sig', 'components', (page) =>
      computedStyles(
        page,
        {
          plainList: 'main ol:not([class])',
          dates: `table[data-meeting="${MEETING.id}"] ol`,
          date: `table[data-meeting="${MEETING.id}"] ol > li`,
          table: `table[data-meeting="${MEETING.id}"]`,
          header: `table[data-meeting="${MEETING.id}"] th`,
          cell: `table[data-meeting="${MEETING.id}"] td`,
        },
        ['list-style-type', 'display', 'padding-inline-start', 'padding-top', 'border-top-width', 'border-top-style', 'border-collapse', 'font-weight'],
      ),
    );
    // Preflight is in force: the markdown list of the page has lost its numbers.
    expect(styles.plainList!['list-style-type']).toBe('none');
    expect(styles.dates!['list-style-type']).toBe('decimal');
    expect(parseFloat(styles.dates!['padding-inline-start']!)).toBeGreaterThan(8);
    expect(styles.date!.display).toBe('list-item');
    expect(styles.table).toMatchObject({display: 'table', 'border-collapse': 'collapse'});
    for (const cell of [styles.header!, styles.cell!]) {
      expect(cell['border-top-style']).toBe('solid');
      expect(parseFloat(cell['border-top-width']!)).toBeGreaterThanOrEqual(1);
      expect(parseFloat(cell['padding-top']!)).toBeGreaterThan(2);
    }
    expect(Number(styles.header!['font-weight'])).toBeGreaterThanOrEqual(600);
  });

  test('the cards, tag list and event list keep their borders, padding, headings and list styles', async () => {
    const styles = await withPage('/sig', 'cards', (page) =>
      computedStyles(
        page,
        {
          boxOut: 'main section[aria-labelledby]',
          boxOutTitle: 'main section[aria-labelledby] h2',
          tagList: 'main ul:has(a[href="/docs/sig-charter"])',
          tagItem: 'main li:has(> div > a[href="/docs/sig-charter"])',
          eventList: 'main ul:has([data-event])',
          eventCard: `main [data-event="${EVENT.slug}"]`,
          eventTitle: `main [data-event="${EVENT.slug}"] h3`,
        },
        ['list-style-type', 'padding-top', 'border-top-width', 'border-left-width', 'border-top-style', 'font-weight', 'font-size', 'margin-bottom'],
      ),
    );
    expect(parseFloat(styles.boxOut!['border-top-width']!)).toBeGreaterThan(3);
    expect(parseFloat(styles.boxOut!['border-left-width']!)).toBeGreaterThanOrEqual(1);
    expect(parseFloat(styles.boxOut!['padding-top']!)).toBeGreaterThan(10);
    for (const title of [styles.boxOutTitle!, styles.eventTitle!]) {
      expect(Number(title['font-weight'])).toBeGreaterThanOrEqual(600);
      expect(parseFloat(title['font-size']!)).toBeGreaterThan(17);
    }
    expect(parseFloat(styles.boxOutTitle!['margin-bottom']!)).toBeGreaterThan(0);
    for (const bordered of [styles.tagItem!, styles.eventCard!]) {
      expect(bordered['border-top-style']).toMatch(/solid|dashed/);
      expect(parseFloat(bordered['border-top-width']!)).toBeGreaterThanOrEqual(1);
    }
    expect(parseFloat(styles.tagItem!['padding-top']!)).toBeGreaterThan(5);
    expect([styles.tagList!['list-style-type'], styles.eventList!['list-style-type']]).toEqual(['none', 'none']);
  });

  test('the search button loads <baseUrl>pagefind/pagefind.js in the browser and finds a page; Enter opens it', async () => {
    await withPage('/sig', 'search', async (page) => {
      await page.locator('nav button[aria-keyshortcuts]').click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type="search"]').fill('SIG handbook');
      const first = dialog.locator('a[data-search-result]').first();
      await first.waitFor({timeout: 15_000});
      expect(await first.getAttribute('href')).toBe('/docs/sig-handbook');
      const styles = await computedStyles(page, {results: 'dialog ol', input: 'dialog input[type="search"]'}, ['list-style-type', 'border-top-width', 'padding-top']);
      expect(styles.results!['list-style-type']).toBe('none');
      expect(parseFloat(styles.input!['border-top-width']!)).toBeGreaterThanOrEqual(1);
      expect(parseFloat(styles.input!['padding-top']!)).toBeGreaterThan(2);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/docs/sig-handbook');
    });
  });
});
