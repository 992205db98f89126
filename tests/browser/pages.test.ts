import {
  buildTime,
  describeBrowser,
  horizontalOverflow,
  loadAllImages,
  openPage,
  screenshot,
  useSiteUnderTest,
} from './harness';

// Whole-page checks: hydration without React errors, dark mode, and phones (375 px wide).
// Pages run with a reader in Tokyo two weeks after the build, so the reader-time texts (the longest
// lines of the meeting tables) are on the page.
const READER = {timezoneId: 'Asia/Tokyo', now: new Date((buildTime() ?? new Date()).getTime() + 14 * 24 * 60 * 60 * 1000).toISOString()};

const PAGES: Array<[name: string, path: string]> = [
  ['home', '/'],
  ['meetings', '/meetings'],
  ['events', '/events'],
  ['event-page', '/events/innersource-summit-2027'],
  ['doc', '/docs/Intro'],
  ['classic-home', '/docs/community/classic-home'],
];

describeBrowser('pages in Chromium', () => {
  const site = useSiteUnderTest();

  describe('nothing moves while the home page loads on a phone (layout shift)', () => {
    // Images arrive late (a slow phone network) and the reader's zone fills the meeting tables'
    // reserved lines after hydration: neither may push content down.
    test.each(['America/Los_Angeles', 'Asia/Tokyo'])('reader in %s', async (timezoneId) => {
      const {page, close} = await openPage(site.browser, site.server, '/', {
        ...READER,
        timezoneId,
        width: 412,
        height: 823,
        beforeLoad: async (p) => {
          await p.addInitScript(() => {
            const w = window as unknown as {layoutShift: number};
            w.layoutShift = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as Array<PerformanceEntry & {value: number; hadRecentInput: boolean}>) {
                if (!entry.hadRecentInput) w.layoutShift += entry.value;
              }
            }).observe({type: 'layout-shift', buffered: true});
          });
          await p.route(/\.(?:svg|png|jpe?g|webp)$/, async (route) => {
            await new Promise((resolve) => setTimeout(resolve, 800));
            await route.continue();
          });
        },
      });
      try {
        expect(await loadAllImages(page)).toEqual([]);
        await page.waitForTimeout(300);
        // Lighthouse's "good" is below 0.1; a page that keeps its boxes scores 0.
        expect(await page.evaluate(() => (window as unknown as {layoutShift: number}).layoutShift)).toBeLessThan(0.01);
      } finally {
        await close();
      }
    });
  });

  describe('hydrate without errors (no React hydration mismatch, no uncaught exception)', () => {
    test.each(PAGES)('%s (%s)', async (_name, path) => {
      // At the real clock and in UTC, so the static HTML and the first browser render agree.
      const {page, errors, close} = await openPage(site.browser, site.server, path);
      try {
        await page.waitForTimeout(500);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  });

  describe('every image loads', () => {
    test.each(PAGES)('%s (%s)', async (_name, path) => {
      const {page, close} = await openPage(site.browser, site.server, path);
      try {
        expect(await loadAllImages(page)).toEqual([]);
      } finally {
        await close();
      }
    });
  });

  describe('meeting table links are set apart, not run together ("Join the callAgenda")', () => {
    // Links on one line need a visible gap between them; the compact home cards and phones make
    // the table narrow, which is where this can go wrong.
    const cases: Array<[where: string, path: string, width: number]> = [
      ['home card, desktop', '/', 1280],
      ['/meetings, desktop', '/meetings', 1280],
      ['/meetings, 375 px', '/meetings', 375],
    ];
    test.each(cases)('%s', async (_where, path, width) => {
      const {page, close} = await openPage(site.browser, site.server, path, {width});
      try {
        const touching = await page.locator('table[data-meeting] td').evaluateAll((cells) =>
          cells.flatMap((cell) => {
            const links = Array.from(cell.querySelectorAll(':scope a, :scope > * > a'));
            const problems: string[] = [];
            for (let i = 1; i < links.length; i++) {
              // A link may wrap: compare the end of one with the start of the next.
              const a = Array.from(links[i - 1]!.getClientRects()).pop()!;
              const b = links[i]!.getClientRects()[0]!;
              const sameLine = Math.abs(a.bottom - b.bottom) < 4;
              if (sameLine && b.left - a.right < 4) {
                const table = cell.closest('table')?.getAttribute('data-meeting');
                problems.push(`${table}: "${links[i - 1]!.textContent}" and "${links[i]!.textContent}" are ${Math.round(b.left - a.right)}px apart`);
              }
            }
            return problems;
          }),
        );
        expect(touching).toEqual([]);
      } finally {
        await close();
      }
    });
  });

  describe('dark mode', () => {
    test('the site follows prefers-color-scheme: dark, and the cards change background', async () => {
      const backgrounds: Record<string, string[]> = {};
      for (const colorScheme of ['light', 'dark'] as const) {
        const {page, close} = await openPage(site.browser, site.server, '/', {...READER, colorScheme});
        try {
          expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
          backgrounds[colorScheme] = await page
            .locator('.frontPageContent > section')
            .evaluateAll((cards) => cards.map((c) => getComputedStyle(c).backgroundColor));
          expect(backgrounds[colorScheme]).toHaveLength(3);
        } finally {
          await close();
        }
      }
      for (let i = 0; i < 3; i++) expect(backgrounds.dark![i]).not.toBe(backgrounds.light![i]);
    });

    test('the meeting tables and event cards stay readable in dark mode (text differs from its background)', async () => {
      const {page, close} = await openPage(site.browser, site.server, '/meetings', {...READER, colorScheme: 'dark'});
      try {
        expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
        const colours = await page.locator('table[data-meeting] td').first().evaluate((td) => {
          let el: Element | null = td;
          let background = 'rgba(0, 0, 0, 0)';
          while (el && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
            background = getComputedStyle(el).backgroundColor;
            el = el.parentElement;
          }
          return {color: getComputedStyle(td).color, background};
        });
        expect(colours.color).not.toBe(colours.background);
      } finally {
        await close();
      }
    });
  });

  describe('375 px wide (phone): no horizontal scrolling', () => {
    test.each(PAGES)('%s (%s)', async (name, path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const {page, close} = await openPage(site.browser, site.server, path, {...READER, colorScheme, width: 375, height: 812});
        try {
          if (path === '/meetings' || path === '/') await page.locator('[data-reader-zone]').first().waitFor();
          const overflow = await horizontalOverflow(page);
          await screenshot(page, `${name}-375-${colorScheme}`);
          // On failure, the message names the page and the elements that stick out.
          const verdict = overflow.scrollWidth <= overflow.clientWidth ? 'fits' : `scrolls sideways: ${JSON.stringify(overflow)}`;
          expect(`${path} (${colorScheme}) ${verdict}`).toBe(`${path} (${colorScheme}) fits`);
          expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
        } finally {
          await close();
        }
      }
    });
  });
});
