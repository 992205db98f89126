// Shared set-up of the browser tests: the production build served on loopback, Debian's Chromium
// driven by playwright-core, and small helpers (emulated clock and zone, screenshots, axe).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {chromium, type Browser, type BrowserContextOptions, type Page} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const ROOT = path.resolve(__dirname, '../..');
/** The production build under test (`npm run build`); SITE_BUILD_DIR points elsewhere. */
export const BUILD_DIR = path.resolve(process.env.SITE_BUILD_DIR || path.join(ROOT, 'build'));
/** Screenshots, kept for people to look at (test-results/ is git-ignored). */
export const RESULTS_DIR = path.join(ROOT, 'test-results', 'browser');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const IN_CI = !!process.env.CI && !/^(?:false|0)$/i.test(process.env.CI);

/**
 * Flags known to work here as root with loopback-only networking: without the background
 * networking ones Chromium keeps trying (and failing) to reach Google's hosts.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Why the browser cannot run, or undefined when it can. */
export function browserMissingReason(): string | undefined {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return undefined;
  } catch {
    return `no Chromium executable at ${CHROMIUM_PATH} (install Debian's chromium, or set CHROMIUM_PATH)`;
  }
}

export function buildMissingReason(dir = BUILD_DIR, indexFile = 'index.html'): string | undefined {
  return fs.existsSync(path.join(dir, indexFile))
    ? undefined
    : `no production build in ${dir}: run \`npm run build\` first (\`npm run test:site\` does), or set SITE_BUILD_DIR`;
}

/**
 * When the build under test was made: the plugin's `builtAt` in the client bundle (meeting
 * occurrences start there), else index.html's modification time; undefined without a build.
 */
export function buildTime(dir = BUILD_DIR): Date | undefined {
  const jsDir = path.join(dir, 'assets', 'js');
  try {
    for (const file of fs.readdirSync(jsDir)) {
      if (!file.endsWith('.js')) continue;
      const match = /"?builtAt"?:(\d{9,})/.exec(fs.readFileSync(path.join(jsDir, file), 'utf8'));
      if (match) return new Date(Number(match[1]) * 1000);
    }
    return fs.statSync(path.join(dir, 'index.html')).mtime;
  } catch {
    return undefined;
  }
}

export function skipBanner(reason: string): string {
  const line = '!'.repeat(78);
  return `\n${line}\n!!  BROWSER TESTS SKIPPED: ${reason}\n!!  They are reported as skipped, NOT passed. Under CI=true this fails the run.\n${line}\n`;
}

/**
 * `describe` for tests that need Chromium. Without a browser: under CI the suite fails with the
 * reason; elsewhere its tests are reported as skipped, with a loud warning.
 */
export function describeBrowser(name: string, body: () => void): void {
  const missing = browserMissingReason();
  if (!missing) {
    describe(name, body);
  } else if (IN_CI) {
    describe(name, () => {
      test('Chromium is available (required under CI)', () => {
        throw new Error(`Browser tests cannot run under CI: ${missing}`);
      });
    });
  } else {
    // The big banner comes from globalSetup, once; each skipped suite says so in one line.
    process.stderr.write(`!! SKIPPED (no browser): ${name}\n`);
    describe.skip(name, body);
  }
}

type ServeHandler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: {public: string; cleanUrls?: boolean; directoryListing?: boolean},
) => Promise<void>;

/** serve-handler as `docusaurus serve` uses it (it comes with @docusaurus/core). */
function loadServeHandler(): ServeHandler {
  const fromCore = require.resolve('serve-handler', {paths: [path.dirname(require.resolve('@docusaurus/core/package.json'))]});
  return require(fromCore) as ServeHandler;
}

export interface StaticServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Serves a build folder on a random free loopback port, like `docusaurus serve` (clean URLs, 404.html). */
export async function startServer(dir = BUILD_DIR, indexFile = 'index.html'): Promise<StaticServer> {
  const missing = buildMissingReason(dir, indexFile);
  if (missing) throw new Error(missing);
  const handler = loadServeHandler();
  const server = http.createServer((req, res) => {
    handler(req, res, {public: dir, cleanUrls: true, directoryListing: false}).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000});
}

export interface SiteUnderTest {
  server: StaticServer;
  browser: Browser;
}

/**
 * Serves a build and launches Chromium for the tests of the enclosing describe block (set in
 * beforeAll, so read the fields inside tests). Both are closed after the block.
 */
export function useSiteUnderTest(serve: () => Promise<StaticServer> = () => startServer()): SiteUnderTest {
  const site = {} as SiteUnderTest;
  beforeAll(async () => {
    site.server = await serve();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

export interface PageOptions {
  /** IANA zone the browser reports (Intl and Date). */
  timezoneId?: string;
  colorScheme?: 'light' | 'dark';
  /** Viewport width in CSS pixels; 1280 unless given. */
  width?: number;
  height?: number;
  /** The browser's clock, fixed at this instant (set before the page loads). */
  now?: Date | string;
  /** Runs on the new page before it navigates: init scripts, request routing. */
  beforeLoad?: (page: Page) => Promise<void>;
  /** false: the static HTML alone, as a reader without JavaScript gets it. */
  javaScriptEnabled?: boolean;
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A fresh context (own zone, colour scheme, viewport, clock) with one page at `sitePath`,
 * hydrated. Requests to other hosts are refused: the site must not need the network.
 */
export async function openPage(browser: Browser, server: StaticServer, sitePath: string, options: PageOptions = {}): Promise<OpenedPage> {
  const contextOptions: BrowserContextOptions = {
    baseURL: server.origin,
    locale: 'en-GB',
    timezoneId: options.timezoneId ?? 'UTC',
    colorScheme: options.colorScheme ?? 'light',
    viewport: {width: options.width ?? 1280, height: options.height ?? 900},
    acceptDownloads: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  };
  const context = await browser.newContext(contextOptions);
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  if (options.now !== undefined) await page.clock.setFixedTime(options.now);
  await options.beforeLoad?.(page);
  await page.goto(sitePath, {waitUntil: 'load'});
  if (options.javaScriptEnabled !== false) await waitForHydration(page);
  return {page, errors, close: () => context.close()};
}

/**
 * Resolves once React has hydrated the page: the theme's colour mode toggle is rendered disabled
 * in the static HTML and enabled by the browser render. Found by its class, as its label is in
 * the page's language.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const toggles = Array.from(document.querySelectorAll('button[class*="toggleButton"]'));
      return toggles.length > 0 && toggles.every((b) => !(b as HTMLButtonElement).disabled);
    },
    undefined,
    {timeout: 30_000},
  );
}

/**
 * Loads every image now (lazy ones too, which a full-page screenshot would otherwise show empty);
 * returns the sources of those that failed to load.
 */
export async function loadAllImages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const images = Array.from(document.images);
    for (const img of images) img.loading = 'eager';
    await Promise.all(
      images.map((img) =>
        img.complete ? undefined : new Promise((resolve) => {
          img.addEventListener('load', resolve, {once: true});
          img.addEventListener('error', resolve, {once: true});
          setTimeout(resolve, 10_000);
        }),
      ),
    );
    return images.filter((img) => img.naturalWidth === 0).map((img) => img.currentSrc || img.src);
  });
}

/** A full-page screenshot in test-results/browser/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await loadAllImages(page);
  fs.mkdirSync(RESULTS_DIR, {recursive: true});
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({path: file, fullPage: true});
  return file;
}

/** Whether the page scrolls sideways, and the elements that stick out of the viewport. */
export async function horizontalOverflow(page: Page): Promise<{scrollWidth: number; clientWidth: number; culprits: string[]}> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clientWidth = root.clientWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= clientWidth + 1) continue;
      // Only the outermost offenders inside a visible-overflow chain are interesting.
      const parent = el.parentElement;
      if (parent && parent.getBoundingClientRect().right > clientWidth + 1) continue;
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      culprits.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} (right edge ${Math.round(rect.right)}px)`);
    }
    return {scrollWidth: root.scrollWidth, clientWidth, culprits: culprits.slice(0, 10)};
  });
}

/**
 * The axe-core the site's package.json names (its devDependency), not the copy that
 * @axe-core/playwright depends on (which may be older): every axe run here injects this one.
 */
export const AXE_CORE_VERSION: string = (require(require.resolve('axe-core/package.json', {paths: [ROOT]})) as {version: string}).version;
let axeCoreSource: string | undefined;

/** An AxeBuilder for the page that runs the site's axe-core (AXE_CORE_VERSION). Every axe run of the tests goes through it. */
export function axeBuilder(page: Page): AxeBuilder {
  axeCoreSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js', {paths: [ROOT]}), 'utf8');
  return new AxeBuilder({page, axeSource: axeCoreSource});
}

/** Runs axe on the page (or only on the elements matching `only`); returns a readable report of serious and critical violations ('' when none). */
export async function seriousAxeViolations(page: Page, only?: string): Promise<string> {
  const builder = axeBuilder(page);
  if (only) builder.include(only);
  const results = await builder.analyze();
  // A check that ran another axe than the site names would pass or fail by other rules.
  if (results.testEngine.version !== AXE_CORE_VERSION) {
    throw new Error(`axe-core ${results.testEngine.version} ran, but the site's package.json installs ${AXE_CORE_VERSION}`);
  }
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return bad
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `      - ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Collapses whitespace, for comparing visible text. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The page's h1 once it reads `expected`, or whatever it reads after `timeout` ms. A client-side
 * navigation changes the URL before React renders the new route, so reading the heading right
 * after `waitForURL` can still see the previous page.
 */
export async function headingAfterNavigation(page: Page, expected: string, timeout = 5000): Promise<string> {
  await page
    .waitForFunction((text) => document.querySelector('h1')?.textContent?.trim() === text, expected, {timeout})
    .catch(() => undefined);
  return squash(await page.locator('h1').first().innerText());
}
