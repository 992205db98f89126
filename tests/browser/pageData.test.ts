import fs from 'node:fs';
import path from 'node:path';
import {BUILD_DIR, describeBrowser, openPage, useSiteUnderTest} from './harness';

// Lists, meeting tables and event cards bring their data with the pages that show them: a reader
// of any other page downloads none of it (issue 5, figure 2 of the benchmark).
const DATA_MARKERS = {
  // list_image_alt of docs/Intro.md: only in the InnerSource tag list's data
  'tag list': 'An open book',
  // the Google Calendar link the build makes for each meeting series
  'meeting tables': 'calendar.google.com',
  // the description of the 2027 summit, from its front matter
  'event cards': 'Two afternoons of talks',
};

describeBrowser('page data', () => {
  const site = useSiteUnderTest();

  /**
   * The scripts a page runs until it has hydrated, with their text. Prefetches (`<link
   * rel=prefetch>` for pages its visible links lead to, e.g. /meetings in the footer) are not
   * counted: the browser fetches them when idle and runs them only if the reader goes there.
   */
  async function scriptsOf(sitePath: string): Promise<Array<{file: string; text: string}>> {
    const {page, close} = await openPage(site.browser, site.server, sitePath);
    try {
      const urls = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.initiatorType === 'script' && new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => entry.name),
      );
      return urls.map((url) => {
        const file = new URL(url).pathname;
        return {file, text: fs.readFileSync(path.join(BUILD_DIR, file), 'utf8')};
      });
    } finally {
      await close();
    }
  }

  test.each(Object.entries(DATA_MARKERS))('the home page downloads the data of its %s', async (_what, marker) => {
    const scripts = await scriptsOf('/');
    expect(scripts.filter((s) => s.text.includes(marker)).map((s) => s.file)).not.toEqual([]);
  });

  test('a doc without the components downloads none of that data, and the main bundle holds none', async () => {
    const scripts = await scriptsOf('/docs/glossary');
    expect(scripts.some((s) => /\/main\.[0-9a-f]+\.js$/.test(s.file))).toBe(true);
    for (const marker of Object.values(DATA_MARKERS)) {
      expect(scripts.filter((s) => s.text.includes(marker)).map((s) => s.file)).toEqual([]);
    }
  });
});
