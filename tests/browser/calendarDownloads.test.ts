import fs from 'node:fs';
import ICAL from 'ical.js';
import type {Download, Locator, Page} from 'playwright-core';
import {describeBrowser, openPage, useSiteUnderTest} from './harness';

/** Left-clicks a link and returns the download it starts (fails if it navigates to a page instead). */
async function clickDownload(page: Page, link: Locator): Promise<{download: Download; text: string}> {
  const before = page.url();
  const [download] = await Promise.all([page.waitForEvent('download', {timeout: 15_000}), link.click()]);
  const file = await download.path();
  const text = fs.readFileSync(file, 'utf8');
  // The page stays where it was: no SPA "Page Not Found" for a file the router does not know.
  await page.waitForTimeout(300);
  expect(page.url()).toBe(before);
  expect(await page.getByRole('heading', {name: 'Page Not Found'}).count()).toBe(0);
  return {download, text};
}

function parseCalendar(text: string): {calendar: ICAL.Component; events: ICAL.Component[]} {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {calendar, events: calendar.getAllSubcomponents('vevent')};
}

describeBrowser('calendar files download on a left click', () => {
  const site = useSiteUnderTest();

  test('"Add to calendar" on the home page downloads the series as an .ics file', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/');
    try {
      const link = page.locator('table[data-meeting="innersource-sig"]').getByRole('link', {name: 'Add to calendar'});
      expect(await link.getAttribute('download')).not.toBeNull();
      const {download, text} = await clickDownload(page, link);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      expect(download.suggestedFilename()).toBe('finos-event-7.ics');
      const {calendar, events} = parseCalendar(text);
      expect(calendar.name).toBe('vcalendar');
      expect(events.length).toBeGreaterThanOrEqual(1);
      const master = events.find((e) => e.hasProperty('rrule')) ?? events[0]!;
      expect(master.getFirstPropertyValue('summary')).toBe('InnerSource SIG monthly call');
    } finally {
      await close();
    }
  });

  test('"Add to calendar" on /meetings downloads each series', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/meetings');
    try {
      const tables = page.locator('table[data-meeting]');
      const ids = await tables.evaluateAll((ts) => ts.map((t) => t.getAttribute('data-meeting')!));
      expect(ids).toEqual(expect.arrayContaining(['innersource-sig', 'innersource-sig-americas', 'maturity-working-group']));
      for (const id of ids) {
        const link = page.locator(`table[data-meeting="${id}"]`).getByRole('link', {name: 'Add to calendar'});
        const {download, text} = await clickDownload(page, link);
        expect(download.suggestedFilename()).toMatch(/\.ics$/);
        const {calendar, events} = parseCalendar(text);
        expect(calendar.name).toBe('vcalendar');
        expect(events.length).toBeGreaterThanOrEqual(1);
      }
      // The feed of all meetings, linked from the page's introduction.
      const all = page.getByRole('link', {name: 'download them as one file'});
      const {download, text} = await clickDownload(page, all);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      const summaries = parseCalendar(text).events.map((e) => e.getFirstPropertyValue('summary'));
      expect(summaries).toEqual(expect.arrayContaining(['InnerSource SIG monthly call', 'InnerSource SIG Americas call']));
    } finally {
      await close();
    }
  });

  test('the markdown link "add the working group to your calendar" downloads, not "Page Not Found"', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/docs/community/classic-home');
    try {
      const link = page.getByRole('link', {name: 'add the working group to your calendar'});
      const {download, text} = await clickDownload(page, link);
      expect(download.suggestedFilename()).toBe('maturity-working-group.ics');
      const {calendar, events} = parseCalendar(text);
      expect(calendar.name).toBe('vcalendar');
      expect(events[0]!.getFirstPropertyValue('summary')).toBe('Maturity model working group');
    } finally {
      await close();
    }
  });

  test('the raw HTML "Add To Calendar" anchors of the classic page download too', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/docs/community/classic-home');
    try {
      const links = page.locator('table.meetingTable a[href$=".ics"]');
      expect(await links.count()).toBe(2);
      for (const link of await links.all()) {
        const href = await link.getAttribute('href');
        const {download, text} = await clickDownload(page, link);
        expect(download.suggestedFilename()).toBe(href!.split('/').pop());
        expect(parseCalendar(text).events.length).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await close();
    }
  });

  test('an event page\'s "Add to calendar" downloads the event', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/events/innersource-summit-2027');
    try {
      const link = page.getByRole('link', {name: 'Add to calendar'});
      const {download, text} = await clickDownload(page, link);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      const {calendar, events} = parseCalendar(text);
      expect(calendar.name).toBe('vcalendar');
      expect(events.length).toBeGreaterThanOrEqual(1);
      expect(events.map((e) => e.getFirstPropertyValue('summary')).join(' | ')).toContain('InnerSource Summit 2027');
    } finally {
      await close();
    }
  });
});
