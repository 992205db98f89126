import type {Page} from 'playwright-core';
import {FIXTURE_BASE, fixtureBuild} from './fixtureBuild';
import {describeBrowser, headingAfterNavigation, horizontalOverflow, openPage, screenshot, seriousAxeViolations, squash, startServer, useSiteUnderTest} from './harness';

// The navbar search box against the site's own Pagefind index (written by the build, one per
// locale). Titles are those of docs/, events/ and meetings/ in this repository.

/** Opens the search dialog with the keyboard shortcut and types a query; resolves once results show. */
async function search(page: Page, query: string): Promise<Array<{title: string; href: string}>> {
  await page.keyboard.press('Control+k');
  const input = page.getByRole('dialog').locator('input[type="search"]');
  await input.waitFor();
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('dialog [role="status"]')?.textContent ?? '';
      return status.includes(q) && (document.querySelector('dialog a[data-search-result]') !== null || /\b(?:No|Aucun)\b/.test(status));
    },
    query,
    {timeout: 15_000},
  );
  return page.locator('dialog a[data-search-result]').evaluateAll((links) =>
    links.map((a) => ({title: (a.firstElementChild as HTMLElement).innerText.trim(), href: a.getAttribute('href')!})),
  );
}

describeBrowser('site search', () => {
  const site = useSiteUnderTest();

  test.each([
    ['a doc', 'Finding a sponsor', '/docs/getting-started/finding-a-sponsor', 'h1'],
    ['an event', 'InnerSource Summit 2027', '/events/innersource-summit-2027', 'h1'],
    ['a meeting series', 'Maturity model working group', '/meetings/maturity-working-group', 'h1'],
  ])('typing %s\'s title shows it first, and Enter goes there', async (_what, title, path, landmark) => {
    const {page, errors, close} = await openPage(site.browser, site.server, '/');
    try {
      const results = await search(page, title);
      expect(results[0]).toEqual({title, href: path});
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${path}`);
      await page.locator(landmark).first().waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      if (landmark === 'h1') expect(await headingAfterNavigation(page, title)).toBe(title);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("a doc's title finds the doc, not the pages whose BokTagList lists it", async () => {
    // The home page and docs/community/classic-home list every InnerSource doc, this one included.
    const {page, errors, close} = await openPage(site.browser, site.server, '/');
    try {
      const results = await search(page, 'Running a programme office');
      expect(results[0]).toEqual({title: 'Running a programme office', href: '/docs/maturity/programme-office'});
      expect(results.map((r) => r.href)).not.toContain('/');
      expect(results.map((r) => r.href)).not.toContain('/docs/community/classic-home');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an event is found by its dates', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/');
    try {
      // 12–13 May 2027 and 16–17 November 2022, as the event pages write them.
      expect((await search(page, 'May 2027'))[0]?.href).toBe('/events/innersource-summit-2027');
      await page.keyboard.press('Escape');
      expect((await search(page, 'November 2022'))[0]?.href).toBe('/events/2022-innersource-summit');
    } finally {
      await close();
    }
  });

  test('a meeting is found by its schedule words too', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/');
    try {
      // The series' schedule as the meetings page words it ("… of every month").
      const schedule = squash(await page.evaluate(async () => {
        const html = await (await fetch('/meetings')).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const rows = Array.from(doc.querySelectorAll('section#innersource-sig tr'));
        return rows.find((row) => row.querySelector('th')?.textContent === 'When')?.querySelector('td')?.textContent ?? '';
      }));
      expect(schedule).toMatch(/^Second Tuesday of every month/);
      // Words of the schedule that the series' title and description do not have. A doc whose
      // own text names the schedules (the classic home's table) may rank first; the series with
      // that schedule comes before the one meeting on the fourth Tuesday.
      const hrefs = (await search(page, 'second Tuesday')).map((result) => result.href);
      expect(hrefs).toContain('/meetings/innersource-sig');
      const americas = hrefs.indexOf('/meetings/innersource-sig-americas');
      if (americas >= 0) expect(hrefs.indexOf('/meetings/innersource-sig')).toBeLessThan(americas);
    } finally {
      await close();
    }
  });

  test('a word of a French page only is found on /fr/ and not on the English site', async () => {
    const fr = await openPage(site.browser, site.server, '/fr/');
    try {
      const results = await search(fr.page, 'collègues');
      expect(results[0]).toEqual({title: 'Introduction à l’InnerSource', href: '/fr/docs/Intro'});
      // The dialog speaks French.
      expect(await fr.page.getByRole('dialog').getAttribute('aria-label')).toBe('Rechercher sur ce site');
      expect(squash(await fr.page.locator('dialog [role="status"]').innerText())).toMatch(/^\d+ résultats? pour « collègues »$/);
    } finally {
      await fr.close();
    }
    const en = await openPage(site.browser, site.server, '/');
    try {
      expect(await search(en.page, 'collègues')).toEqual([]);
      expect(squash(await en.page.locator('dialog [role="status"]').innerText())).toBe('No results for “collègues”');
    } finally {
      await en.close();
    }
  });

  test('loading the site and searching makes no request to another host', async () => {
    const requests: string[] = [];
    const {page, close} = await openPage(site.browser, site.server, '/', {
      beforeLoad: async (p) => {
        p.on('request', (request) => requests.push(request.url()));
      },
    });
    try {
      await search(page, 'sponsor');
      expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
      expect(requests.filter((url) => !url.startsWith(site.server.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the button, the keyboard and the dialog: open, arrow through results, Escape closes', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/docs/Intro');
    try {
      const button = page.getByRole('button', {name: 'Search'});
      expect(await button.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
      await button.click();
      const dialog = page.getByRole('dialog', {name: 'Search this site'});
      await dialog.waitFor();
      // Focus starts in the field.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
      await page.keyboard.type('sponsor');
      await page.locator('dialog a[data-search-result]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-result'))).toBe(true);
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
      await page.keyboard.press('Escape');
      await dialog.waitFor({state: 'detached'});
      expect(page.url()).toMatch(/\/docs\/Intro$/);
    } finally {
      await close();
    }
  });

  test.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 375],
  ] as const)('the open dialog with results is axe-clean and fits (%s, %ipx)', async (colorScheme, width) => {
    const {page, close} = await openPage(site.browser, site.server, '/', {colorScheme, width});
    try {
      await search(page, 'InnerSource');
      expect(await seriousAxeViolations(page)).toBe('');
      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      const box = await page.getByRole('dialog').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(width);
      await screenshot(page, `search-${colorScheme}-${width}`);
    } finally {
      await close();
    }
  });
});

describeBrowser('site search under a base URL, built with Rspack (fixture site, baseUrl /portal/)', () => {
  const site = useSiteUnderTest(() => startServer(fixtureBuild().serveRoot, 'portal/docs/known/index.html'));

  test('finds a doc, an event and a meeting with links under /portal/, and Enter follows them', async () => {
    const requests: string[] = [];
    const {page, errors, close} = await openPage(site.browser, site.server, `${FIXTURE_BASE}/docs/unknown-tag`, {
      beforeLoad: async (p) => {
        p.on('request', (request) => requests.push(new URL(request.url()).pathname));
      },
    });
    try {
      expect((await search(page, 'Fixture summit'))[0]).toEqual({title: 'Fixture summit', href: `${FIXTURE_BASE}/events/summit`});
      // A click on a result routes in the page, like Enter.
      await page.locator('dialog a[data-search-result]').first().click();
      await page.waitForURL(`**${FIXTURE_BASE}/events/summit`);
      expect(await headingAfterNavigation(page, 'Fixture summit')).toBe('Fixture summit');
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect((await search(page, 'Fixture call'))[0]).toEqual({title: 'Fixture call', href: `${FIXTURE_BASE}/meetings/call`});
      await page.keyboard.press('Escape');
      expect((await search(page, 'A tagged page'))[0]).toEqual({title: 'A tagged page', href: `${FIXTURE_BASE}/docs/known`});
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${FIXTURE_BASE}/docs/known`);
      expect(await headingAfterNavigation(page, 'A tagged page')).toBe('A tagged page');
      expect(requests.filter((pathname) => pathname.includes('pagefind')).every((pathname) => pathname.startsWith(`${FIXTURE_BASE}/pagefind/`))).toBe(true);
      expect(requests.some((pathname) => pathname === `${FIXTURE_BASE}/pagefind/pagefind.js`)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
