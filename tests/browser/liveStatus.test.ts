import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {FIXTURE_BASE, fixtureBuild} from './fixtureBuild';
import {ROOT, describeBrowser, launchBrowser, openPage, screenshot, seriousAxeViolations, squash, startServer, type StaticServer} from './harness';

// "Starts in N minutes" and "Live now — join" on the fixture site's meeting table, with the
// browser's clock set by playwright: the static HTML is built ahead and must claim nothing; after
// hydration the line fills without moving anything. The meeting's dates come from the static HTML
// itself (its first next date, not over at build time), so the test runs with any build date.

const PAGE = `${FIXTURE_BASE}/docs/components`;
const TABLE = 'table[data-meeting="call"]';
const LINE = `${TABLE} [data-live-status]`;
/** tests/browser/fixture-site/meetings/call.yml */
const DURATION_MS = 60 * 60_000;
const JOIN = 'https://meet.example.org/fixture';
const MINUTE = 60_000;

const tableHeight = (page: Page) => page.locator(TABLE).evaluate((table) => table.getBoundingClientRect().height);
const visibleLine = async (page: Page) => squash(await page.locator(`${LINE} > span:first-child`).innerText());

describeBrowser('live now and starts soon in a meeting table (fixture site)', () => {
  let server: StaticServer;
  let browser: Browser;
  /** The first next meeting of the static HTML, epoch ms. */
  let start: number;
  /** The table's height in the static HTML, as a reader without JavaScript sees it. */
  let staticHeight: number;

  beforeAll(async () => {
    server = await startServer(fixtureBuild().serveRoot, 'portal/docs/components/index.html');
    browser = await launchBrowser();
    const {page, close} = await openPage(browser, server, PAGE, {timezoneId: 'Europe/London', javaScriptEnabled: false});
    try {
      start = Date.parse((await page.locator(`${TABLE} ol time`).first().getAttribute('datetime'))!);
      staticHeight = await tableHeight(page);
    } finally {
      await close();
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The page hydrated with the browser's clock at `time` (then running on, under playwright's control). */
  const openAt = (time: number, colorScheme: 'light' | 'dark' = 'light') =>
    openPage(browser, server, PAGE, {timezoneId: 'Europe/London', colorScheme, beforeLoad: (page) => page.clock.install({time})});

  test('the static HTML claims nothing, but holds the line and its polite status region', async () => {
    const {page, close} = await openPage(browser, server, PAGE, {timezoneId: 'Europe/London', javaScriptEnabled: false});
    try {
      expect(await page.locator(LINE).getAttribute('data-live-status')).toBe('');
      expect(squash(await page.locator(LINE).textContent())).toBe('');
      expect(await page.locator(LINE).evaluate((line) => line.getBoundingClientRect().height)).toBeGreaterThan(10);
      const region = page.locator(`${LINE} [role="status"]`);
      expect(await region.getAttribute('aria-live')).toBe('polite');
      expect(await region.getAttribute('aria-atomic')).toBe('true');
    } finally {
      await close();
    }
  });

  test('10 minutes before: "Starts in 10 minutes", announced; then "Live now — join" at the start; the table never changes height', async () => {
    const {page, errors, close} = await openAt(start - 10 * MINUTE);
    try {
      await page.locator(`${LINE}[data-live-status="soon"]`).waitFor();
      expect(await visibleLine(page)).toBe('Starts in 10 minutes');
      expect(await tableHeight(page)).toBe(staticHeight);
      const region = page.locator(`${LINE} [role="status"]`);
      expect(await region.getAttribute('aria-live')).toBe('polite');
      expect(squash(await region.textContent())).toBe('Fixture call: Starts in 10 minutes');

      // As a laptop woken at the start: the pending tick fires once and finds the meeting live.
      await page.clock.fastForward(10 * MINUTE);
      await page.locator(`${LINE}[data-live-status="live"]`).waitFor();
      expect(await visibleLine(page)).toBe('Live now — join');
      expect(squash(await region.textContent())).toBe('Fixture call: Live now — join');
      expect(await tableHeight(page)).toBe(staticHeight);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('during the meeting: "Live now — join", the word a link to the call, the title a link to the series page', async () => {
    const {page, errors, close} = await openAt(start + 30 * MINUTE);
    try {
      await page.locator(`${LINE}[data-live-status="live"]`).waitFor();
      expect(await visibleLine(page)).toBe('Live now — join');
      expect(await page.locator(LINE).getByRole('link', {name: 'join'}).getAttribute('href')).toBe(JOIN);
      expect(await tableHeight(page)).toBe(staticHeight);
      // Link adds the base URL to the series page's site path.
      expect(await page.locator(`${TABLE} caption a`).getAttribute('href')).toBe(`${FIXTURE_BASE}/meetings/call`);
      await screenshot(page, 'fixture-meeting-live');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('after the end: the line is empty again', async () => {
    const {page, close} = await openAt(start + DURATION_MS);
    try {
      // Hydrated (openPage waits for it); the next meeting is a month away: nothing to say.
      expect(await page.locator(LINE).getAttribute('data-live-status')).toBe('');
      expect(await visibleLine(page)).toBe('');
      expect(await tableHeight(page)).toBe(staticHeight);
    } finally {
      await close();
    }
  });

  test.each(['light', 'dark'] as const)('the live line passes axe in %s mode', async (colorScheme) => {
    const {page, close} = await openAt(start + MINUTE, colorScheme);
    try {
      await page.locator(`${LINE}[data-live-status="live"]`).waitFor();
      // The fixture keeps Infima's default link colour, which fails contrast on any page: checked
      // with the colours of the site, which readers see.
      await page.addStyleTag({path: path.join(ROOT, 'src/css/custom.css')});
      const report = await seriousAxeViolations(page, TABLE);
      expect(report ? `${colorScheme} mode:\n${report}` : 'none').toBe('none');
    } finally {
      await close();
    }
  });
});
