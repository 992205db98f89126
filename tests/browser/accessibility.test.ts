import {buildTime, describeBrowser, openPage, screenshot, seriousAxeViolations, useSiteUnderTest} from './harness';

// axe-core on the main pages, hydrated, in light and dark mode: no serious or critical violation.
// A reader in Tokyo two weeks after the build, so the reader-time texts are on the page and checked too.
const READER = {timezoneId: 'Asia/Tokyo', now: new Date((buildTime() ?? new Date()).getTime() + 14 * 24 * 60 * 60 * 1000).toISOString()};

const PAGES: Array<[name: string, path: string, now?: string]> = [
  ['home', '/'],
  ['meetings', '/meetings'],
  ['events', '/events'],
  // A filtered listing: the current filter link is marked by more than colour.
  ['events-tag', '/events/tags/summit'],
  ['event-page', '/events/innersource-summit-2027'],
  // The same page once the event is over: "Past event" badge, no registration.
  ['event-page-past', '/events/innersource-summit-2027', '2027-06-01T12:00:00Z'],
  ['doc', '/docs/Intro'],
];

const CASES = PAGES.flatMap(([name, path, now]) =>
  (['light', 'dark'] as const).map((scheme) => [name, path, scheme, now ?? READER.now] as const),
);

describeBrowser('accessibility (axe-core): no serious or critical violations', () => {
  const site = useSiteUnderTest();

  test.each(CASES)('%s (%s), %s mode, at %s', async (name, path, colorScheme, now) => {
    const {page, close} = await openPage(site.browser, site.server, path, {...READER, now, colorScheme});
    try {
      expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
      if (path === '/' || path === '/meetings') await page.locator('[data-reader-zone]').first().waitFor();
      await screenshot(page, `${name}-desktop-${colorScheme}`);
      const report = await seriousAxeViolations(page);
      expect(report ? `${path} (${colorScheme} mode):\n${report}` : 'none').toBe('none');
    } finally {
      await close();
    }
  });
});
