import type {Browser} from 'playwright-core';
import {FIXTURE_BASE, fixtureBuild} from './fixtureBuild';
import {
  describeBrowser,
  launchBrowser,
  openPage,
  screenshot,
  seriousAxeViolations,
  squash,
  startServer,
  type StaticServer,
} from './harness';

// The real site fails its build on an unknown tag (onContentProblems 'throw'), so the notice an author
// sees with 'warn' is tested on a tiny fixture site of its own (see fixtureBuild.ts).
describeBrowser('unknown tag notice (fixture site with onContentProblems "warn")', () => {
  let buildOutput = '';
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const {serveRoot, output} = fixtureBuild();
    buildOutput = output;
    server = await startServer(serveRoot, 'portal/docs/unknown-tag/index.html');
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the build warns about the unknown tag (its check reads HTML minified by Docusaurus Faster)', () => {
    // The fixture, like the real site, builds with future.faster, whose HTML minifier drops
    // attribute quotes (data-sig-problem=unknown-tag): the check must still see the notice.
    expect(buildOutput).toMatch(/docs\/unknown-tag\/index\.html: BokTagList names tag "nope"/);
  });

  test('the page shows a visible notice naming the tag, and the known tag\'s list next to it', async () => {
    const {page, errors, close} = await openPage(browser, server, `${FIXTURE_BASE}/docs/unknown-tag`);
    try {
      const notice = page.locator('[data-sig-problem="unknown-tag"]');
      expect(await notice.count()).toBe(1);
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.getAttribute('data-sig-value')).toBe('nope');
      expect(await notice.getAttribute('role')).toBe('note');
      expect(squash(await notice.innerText())).toBe('No document has the tag nope.');
      // The rest of the page still renders: the known tag lists the other page.
      expect(await page.locator('article a[href="/portal/docs/known"]').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await screenshot(page, 'fixture-unknown-tag-light');
    } finally {
      await close();
    }
  });

  test('a React page importing BokTagList gets its list too', async () => {
    const {page, errors, close} = await openPage(browser, server, `${FIXTURE_BASE}/react-list`);
    try {
      expect(await page.locator('main a[href="/portal/docs/known"]').count()).toBe(1);
      expect(await page.locator('main a[href="/portal/docs/unknown-tag"]').count()).toBe(1);
      expect(await page.locator('[data-sig-problem]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test.each(['light', 'dark'] as const)('the notice passes axe in %s mode', async (colorScheme) => {
    const {page, close} = await openPage(browser, server, `${FIXTURE_BASE}/docs/unknown-tag`, {colorScheme});
    try {
      await page.locator('[data-sig-problem="unknown-tag"]').waitFor();
      if (colorScheme === 'dark') await screenshot(page, 'fixture-unknown-tag-dark');
      // Only the notice: the fixture's own theme colours are Infima's defaults, not the site's.
      const report = await seriousAxeViolations(page, '[data-sig-problem]');
      expect(report ? `/docs/unknown-tag (${colorScheme} mode):\n${report}` : 'none').toBe('none');
    } finally {
      await close();
    }
  });
});
