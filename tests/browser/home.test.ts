import {describeBrowser, openPage, screenshot, squash, useSiteUnderTest} from './harness';

describeBrowser('home page in Chromium', () => {
  const site = useSiteUnderTest();

  test('the static server sends .ics files as text/calendar and unknown paths as 404', async () => {
    const ics = await fetch(`${site.server.origin}/ics/finos-event-7.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar\b/);
    const missing = await fetch(`${site.server.origin}/no-such-page`);
    expect(missing.status).toBe(404);
  });

  test('renders the cards, the meeting tables and the tag list after hydration', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/');
    try {
      const cards = page.locator('.frontPageContent > section');
      await expect(cards.locator('h2').allInnerTexts()).resolves.toEqual(['What is it?', 'Get involved', 'Start learning']);
      for (const card of await cards.all()) {
        expect(await card.isVisible()).toBe(true);
        // Each card is a landmark named by its heading.
        const labelledBy = await card.getAttribute('aria-labelledby');
        expect(labelledBy).toBeTruthy();
        expect(await card.locator(`#${labelledBy}`).count()).toBe(1);
      }
      const whatIsIt = cards.filter({has: page.locator('h2', {hasText: 'What is it?'})});
      expect(await whatIsIt.locator('a.button').getAttribute('href')).toBe('/docs/Intro');

      const involved = cards.filter({has: page.locator('h2', {hasText: 'Get involved'})});
      const tables = involved.locator('table[data-meeting]');
      expect(await tables.evaluateAll((ts) => ts.map((t) => t.getAttribute('data-meeting')))).toEqual([
        'innersource-sig',
        'innersource-sig-americas',
      ]);
      expect(squash(await tables.first().innerText())).toContain('15:00–16:00 (United Kingdom Time)');
      expect(await tables.first().locator('a[download]', {hasText: 'Add to calendar'}).getAttribute('href')).toBe('/ics/finos-event-7.ics');
      // Each table lists upcoming dates (after hydration: at the browser's clock).
      for (const table of await tables.all()) {
        expect(await table.locator('ol time[datetime]').count()).toBeGreaterThan(0);
      }

      const bokHeading = page.locator('h2#body-of-knowledge');
      await bokHeading.waitFor();
      const items = page.locator('h2#body-of-knowledge ~ ul').first().locator('li');
      expect(await items.count()).toBeGreaterThan(0);
      const hrefs = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('a')?.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(/^\/docs\//);
      expect(hrefs).toContain('/docs/Intro');
      expect(await page.locator('[data-sig-problem]').count()).toBe(0);

      await screenshot(page, 'home-desktop-light-utc-today');
    } finally {
      await close();
    }
  });

  test('a tag list link opens its doc in the SPA', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/');
    try {
      const link = page.locator('h2#body-of-knowledge ~ ul').first().locator('a[href="/docs/Intro"]').first();
      await link.click();
      await page.waitForURL('**/docs/Intro');
      await expect(page.locator('article h1').first().innerText()).resolves.toBeTruthy();
      expect(await page.getByText('Page Not Found').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
