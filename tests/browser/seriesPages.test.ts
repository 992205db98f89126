import type {Page} from 'playwright-core';
import {axeBuilder, buildTime, describeBrowser, horizontalOverflow, openPage, screenshot, seriousAxeViolations, squash, useSiteUnderTest} from './harness';
import {pastMeetings, pluginMessages, readSeries} from '../site/meetingData';

// The series page (/meetings/innersource-sig), a minutes page and the month view of the portal's
// production build in Chromium: axe-core in light and dark mode, on a desktop and at 375 px (the
// month view becomes a list), and the series page's "Earlier meetings" disclosure by keyboard.

const BUILT = buildTime() ?? new Date();
const EN = pluginMessages('en');
const SERIES = readSeries('innersource-sig');
const PAST = pastMeetings(SERIES, BUILT);
const LATEST = 12;

const PAGES: Array<[name: string, path: string]> = [
  ['series-page', '/meetings/innersource-sig'],
  ['minutes-page', '/meetings/innersource-sig/2026-11-10'],
  ['month-view', '/meetings/calendar'],
];
const CASES = PAGES.flatMap(([name, path]) =>
  (['light', 'dark'] as const).flatMap((scheme) => ([1280, 375] as const).map((width) => [name, path, scheme, width] as const)),
);

/** WCAG's contrast ratio of two CSS colours (rgb()/rgba(), opaque). */
async function contrast(page: Page, selector: string): Promise<{ratio: number; color: string; background: string}> {
  return page.locator(selector).first().evaluate((el) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    /** The first non-transparent background from the element up. */
    const backgroundOf = (node: Element | null): string => {
      for (let n = node; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        const [, , , alpha = 1] = rgb(bg);
        if (alpha > 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const luminance = (css: string) => {
      const [r, g, b] = rgb(css).slice(0, 3).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const color = getComputedStyle(el).color;
    const background = backgroundOf(el);
    const [, , , alpha = 1] = rgb(color);
    const [l1, l2] = [luminance(color), luminance(background)].sort((a, b) => b - a) as [number, number];
    return {ratio: alpha < 1 ? 0 : (l1 + 0.05) / (l2 + 0.05), color, background};
  });
}

describeBrowser('series, minutes and month pages: axe-core in light and dark mode, desktop and 375 px', () => {
  const site = useSiteUnderTest();

  // A reader in Tokyo at the build's time: the reader-time texts and the month view's "today" are on the page.
  test.each(CASES)('%s (%s), %s mode, %ipx wide: no axe violations, no sideways scrolling', async (name, path, colorScheme, width) => {
    const {page, errors, close} = await openPage(site.browser, site.server, path, {timezoneId: 'Asia/Tokyo', now: BUILT, colorScheme, width});
    try {
      expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
      if (path === '/meetings/calendar') await page.getByText(/Japan Time/).first().waitFor();
      await screenshot(page, `${name}-${width}-${colorScheme}`);

      const report = await seriousAxeViolations(page);
      expect(report ? `${path} (${colorScheme} mode, ${width}px):\n${report}` : 'none').toBe('none');
      // In the feature's own content, not even a moderate or minor one.
      const results = await axeBuilder(page).include('main').analyze();
      expect(results.violations.map((v) => `[${v.impact}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      // Nothing of the page's content sticks out (the theme's skip link waits off-screen on purpose).
      const sticking = await page.locator('main').evaluate((main) =>
        Array.from(main.querySelectorAll('*'))
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`),
      );
      expect(sticking).toEqual([]);

      if (path === '/meetings/calendar') {
        const grid = page.locator('main table');
        expect((await grid.boundingBox())!.width).toBeLessThanOrEqual(width);
        // On a phone, a list of the days with something on: no weekday row, no empty days.
        expect(await grid.locator('thead').isVisible()).toBe(width > 600);
        const shownDays = await grid.locator('td').evaluateAll((tds) => tds.filter((td) => getComputedStyle(td).display !== 'none').length);
        const busyDays = await grid.locator('td:has(a)').count();
        if (width === 375) expect(shownDays).toBe(busyDays);
        // Today's number (on a phone, its "Today" label, when the day has something on) is readable.
        const today = page.locator('main td[aria-current="date"]');
        if ((await today.count()) > 0 && (await today.isVisible())) {
          const {ratio, color, background} = await contrast(page, `main td[aria-current="date"] [class*="${width > 600 ? 'dayNumber' : 'todayLabel'}"]`);
          expect({today: `${color} on ${background}`, enough: ratio >= 4.5}).toEqual({today: `${color} on ${background}`, enough: true});
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describeBrowser('the series page\'s "Earlier meetings" disclosure', () => {
  const site = useSiteUnderTest();

  test.each([true, false])('opens by keyboard and shows the older meetings (JavaScript %s)', async (javaScriptEnabled) => {
    const {page, close} = await openPage(site.browser, site.server, '/meetings/innersource-sig', {javaScriptEnabled});
    try {
      const earlier = PAST.length - LATEST;
      expect(earlier).toBeGreaterThan(0);
      const details = page.locator('section[aria-labelledby="past-meetings"] details');
      const summary = details.locator('summary');
      expect(squash(await summary.innerText())).toBe(EN['sig.seriesPage.earlier']!.replace('{count}', String(earlier)));
      const rows = details.locator('tbody tr');
      expect(await rows.count()).toBe(earlier);
      expect(await rows.first().isVisible()).toBe(false);

      // Tab from the top of the page to the summary.
      let onSummary = false;
      for (let i = 0; i < 120 && !onSummary; i++) {
        await page.keyboard.press('Tab');
        onSummary = await summary.evaluate((el) => el === document.activeElement);
      }
      expect(onSummary).toBe(true);
      await page.keyboard.press('Enter');
      await expectOpen(page, true);
      // The older meetings, oldest last: the series' first meeting.
      const shown = await rows.evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => tr.querySelector('time')!.getAttribute('datetime')));
      expect(shown).toEqual(PAST.slice(LATEST).map((o) => new Date(o.start).toISOString()));
      await screenshot(page, `series-page-earlier-open-js-${javaScriptEnabled}`);
      // Space closes it again.
      await page.keyboard.press('Space');
      await expectOpen(page, false);
      expect(await rows.first().isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});

async function expectOpen(page: Page, open: boolean): Promise<void> {
  const details = page.locator('section[aria-labelledby="past-meetings"] details');
  await page.waitForFunction((want) => (document.querySelector('section[aria-labelledby="past-meetings"] details') as HTMLDetailsElement | null)?.open === want, open, {timeout: 5000}).catch(() => undefined);
  expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(open);
}
