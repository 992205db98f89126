import type {Page} from 'playwright-core';
import {describeBrowser, headingAfterNavigation, openPage, screenshot, squash, useSiteUnderTest} from './harness';

// The events in events/ that a production build publishes (drafts and future publishDates are
// left out: innersource-summit-europe-2027 is published on 2027-09-01):
//   2022-innersource-summit         16–17 Nov 2022 (UTC)
//   community-call-metrics          17 Mar 2026 (London)
//   community-call-open-source-week 10 Feb 2027 (London; links to another site)
//   innersource-summit-2027         12–13 May 2027 (New York), registration open
// Events added to events/ later are ignored by these checks. The static HTML splits them at the
// build date; after hydration the browser splits them at its own clock, emulated here.

const KNOWN = ['2022-innersource-summit', 'community-call-metrics', 'community-call-open-source-week', 'innersource-summit-2027'];

/** The known events in a section, in page order (events added later to events/ are left out). */
async function eventSlugs(page: Page, section: 'upcoming' | 'past'): Promise<string[]> {
  const slugs = await page
    .locator(`section:has(> h2#${section}) article[data-event]`)
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-event')!));
  return slugs.filter((slug) => KNOWN.includes(slug));
}

describeBrowser('events at an emulated date', () => {
  const site = useSiteUnderTest();

  test('/events on 1 Dec 2026: the Open Source Week call and the 2027 summit are upcoming', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/events', {now: '2026-12-01T12:00:00Z'});
    try {
      expect(await eventSlugs(page, 'upcoming')).toEqual(['community-call-open-source-week', 'innersource-summit-2027']);
      expect(await eventSlugs(page, 'past')).toEqual(['community-call-metrics', '2022-innersource-summit']);
      const summit = page.locator('article[data-event="innersource-summit-2027"]');
      expect(squash(await summit.locator('.card__footer a').textContent())).toBe('Register: InnerSource Summit 2027');
      await screenshot(page, 'events-desktop-light-2026-12-01');
    } finally {
      await close();
    }
  });

  test('/events on 1 Mar 2027: the Open Source Week call has moved to the past', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/events', {now: '2027-03-01T12:00:00Z'});
    try {
      expect(await eventSlugs(page, 'upcoming')).toEqual(['innersource-summit-2027']);
      expect(await eventSlugs(page, 'past')).toEqual([
        'community-call-open-source-week',
        'community-call-metrics',
        '2022-innersource-summit',
      ]);
    } finally {
      await close();
    }
  });

  test('/events on 1 Jun 2027: nothing upcoming, the summit is past and offers "Read more" instead of registration', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/events', {now: '2027-06-01T12:00:00Z'});
    try {
      expect(await eventSlugs(page, 'upcoming')).toEqual([]);
      if ((await page.locator('section:has(> h2#upcoming) article').count()) === 0) {
        expect(squash(await page.locator('section:has(> h2#upcoming)').innerText())).toContain('No upcoming events are announced yet.');
      }
      expect(await eventSlugs(page, 'past')).toEqual([
        'innersource-summit-2027',
        'community-call-open-source-week',
        'community-call-metrics',
        '2022-innersource-summit',
      ]);
      const summit = page.locator('article[data-event="innersource-summit-2027"]');
      expect(squash(await summit.locator('.card__footer a').textContent())).toBe('Read more: InnerSource Summit 2027');
    } finally {
      await close();
    }
  });

  test('the home page\'s "Next events" follows the browser\'s clock', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/', {now: '2027-03-01T12:00:00Z'});
    try {
      const slugs = await page
        .locator('h2#next-events ~ ul')
        .first()
        .locator('article[data-event]')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-event')));
      expect(slugs.filter((slug) => KNOWN.includes(slug!))).toEqual(['innersource-summit-2027']);
    } finally {
      await close();
    }
  });

  test('an event page before and after the event: registration, then "Past event"', async () => {
    const before = await openPage(site.browser, site.server, '/events/innersource-summit-2027', {now: '2026-12-01T12:00:00Z'});
    try {
      expect(await before.page.getByRole('link', {name: 'Register'}).count()).toBe(1);
      expect(await before.page.getByText('Past event', {exact: true}).count()).toBe(0);
      await screenshot(before.page, 'event-page-desktop-light-2026-12-01');
    } finally {
      await before.close();
    }
    const after = await openPage(site.browser, site.server, '/events/innersource-summit-2027', {now: '2027-06-01T12:00:00Z'});
    try {
      expect(await after.page.getByRole('link', {name: 'Register'}).count()).toBe(0);
      expect(await after.page.getByText('Past event', {exact: true}).count()).toBe(1);
    } finally {
      await after.close();
    }
  });

  test('an event page shows the sessions in the reader\'s zone too (Tokyo)', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/events/innersource-summit-2027', {
      timezoneId: 'Asia/Tokyo',
      now: '2026-12-01T12:00:00Z',
    });
    try {
      // 10:00–13:30 New York (EDT, UTC−4) = 14:00–17:30 UTC = 23:00–02:30 in Tokyo.
      const header = page.locator('th[data-reader-zone]');
      await header.waitFor();
      expect(squash(await header.innerText())).toBe('Your time (Japan Time)');
      const rows = await page.locator('table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.children).map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim())),
      );
      expect(rows[0]).toEqual([
        'Day 1: Getting started',
        expect.stringContaining('Wed, 12 May 2027, 10:00–13:30'),
        expect.stringContaining('Wed, 12 May 2027, 23:00–02:30 (+1)'),
      ]);
      expect(await page.locator('table tbody time').first().getAttribute('datetime')).toBe('2027-05-12T14:00:00.000Z');
    } finally {
      await close();
    }
  });

  test.each([true, false])('the filter links work as plain links (JavaScript enabled: %s)', async (javaScriptEnabled) => {
    const {page, errors, close} = await openPage(site.browser, site.server, '/events', {now: '2026-12-01T12:00:00Z', javaScriptEnabled});
    try {
      const filters = page.getByRole('navigation', {name: 'Filter events'});
      await filters.getByRole('link', {name: 'Past'}).click();
      await page.waitForURL('**/events/past');
      expect(await headingAfterNavigation(page, 'Past events')).toBe('Past events');
      expect(await page.locator('[data-event]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-event')))).not.toContain('innersource-summit-2027');
      await filters.getByRole('link', {name: /^summit/}).click();
      await page.waitForURL('**/events/tags/summit');
      expect(await headingAfterNavigation(page, 'Events tagged “summit”')).toBe('Events tagged “summit”');
      expect(await filters.locator('a[aria-current="page"]').innerText()).toMatch(/^summit/);
      expect(await page.locator('[data-event]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-event')))).toEqual(['innersource-summit-2027', '2022-innersource-summit']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
