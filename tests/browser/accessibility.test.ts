import {ROOT, AXE_CORE_VERSION, axeBuilder, buildTime, describeBrowser, openPage, screenshot, seriousAxeViolations, squash, useSiteUnderTest} from './harness';

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

describeBrowser('accessibility: the axe that runs, and the search button\'s name', () => {
  const site = useSiteUnderTest();

  // @axe-core/playwright depends on an axe-core of its own, which can lag behind the one the site
  // names: the tests inject the site's (harness.axeBuilder), and this fails if another one ran.
  test('axe runs the axe-core that package.json names, the one installed', async () => {
    const {version: installed} = require(require.resolve('axe-core/package.json', {paths: [ROOT]})) as {version: string};
    const {devDependencies} = require(`${ROOT}/package.json`) as {devDependencies: Record<string, string>};
    // The installed one is in the named range (a caret range: same major, no older).
    const range = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(devDependencies['axe-core'] ?? '');
    expect(range).not.toBeNull();
    const [min, have] = [range!.slice(1).map(Number), installed.split('.').map(Number)];
    expect(have[0]).toBe(min[0]);
    expect(have[1]! * 1e6 + have[2]! >= min[1]! * 1e6 + min[2]!).toBe(true);
    expect(AXE_CORE_VERSION).toBe(installed);
    const {page, close} = await openPage(site.browser, site.server, '/');
    try {
      const results = await axeBuilder(page).analyze();
      expect(results.testEngine.version).toBe(installed);
      expect(await page.evaluate(() => (window as unknown as {axe?: {version: string}}).axe?.version)).toBe(installed);
    } finally {
      await close();
    }
  });

  // WCAG 2.5.3, label in name (axe's label-content-name-mismatch): the navbar search button's
  // accessible name, as Chromium computes it, holds the text it shows, in each language, on a
  // desktop (word and shortcut) and on a phone (the icon alone; the word stays in the name).
  test.each([
    ['/', 1280, 'Search Ctrl K'],
    ['/', 390, 'Search'],
    ['/fr/', 1280, 'Rechercher Ctrl K'],
    ['/ja/', 390, '検索'],
  ] as const)('%s at %ipx: the search button is named %s, and its name contains its visible text', async (path, width, expected) => {
    const {page, close} = await openPage(site.browser, site.server, path, {width});
    try {
      const button = page.locator('nav.navbar button[aria-keyshortcuts]').first();
      await button.waitFor({state: 'visible'});
      const visible = squash(await button.innerText());
      const cdp = await page.context().newCDPSession(page);
      const {nodeId} = await cdp.send('DOM.querySelector', {
        nodeId: (await cdp.send('DOM.getDocument', {depth: 0})).root.nodeId,
        selector: 'nav.navbar button[aria-keyshortcuts]',
      });
      const {nodes} = await cdp.send('Accessibility.getPartialAXTree', {nodeId, fetchRelatives: false});
      const name = squash(String(nodes[0]?.name?.value ?? ''));
      expect(name).toBe(expected);
      expect(name.toLocaleLowerCase()).toContain(visible.toLocaleLowerCase());
    } finally {
      await close();
    }
  });
});
