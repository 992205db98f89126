import type {CDPSession, Page} from 'playwright-core';
import {buildTime, describeBrowser, openPage, screenshot, squash, useSiteUnderTest} from './harness';
import {addMonths, dayIn, dayInWords, monthRange, occurrences, pluginMessages, readSeries, seriesTitle, snapshotChanges, standalone, timeIn, zoneName, type Occurrence, type SeriesFile} from '../site/meetingData';

// The month view (/meetings/calendar, /meetings/calendar/<YYYY-MM>) of the portal's production
// build in Chromium: without JavaScript (the static HTML: each item in its own zone), with it (the
// reader's zone and day), and by keyboard. Expected days and times come from the meeting files
// (tests/site/meetingData.ts: a recurrence calculation of the tests' own) and Node's Intl.

const BUILT = buildTime() ?? new Date();
const RANGE = monthRange(BUILT);
const CURRENT = RANGE[3]!;
const EN = pluginMessages('en');
const MONTHLY = readSeries('innersource-sig');
const WORKING_GROUP = readSeries('maturity-working-group');
const LAST_DAY = `${RANGE[RANGE.length - 1]}-31`;

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key]!);
const monthTitle = (month: string) => dayInWords(`${month}-01`, 'en', {month: 'long', year: 'numeric'});
const dayLabel = (day: string) => standalone(dayInWords(day, 'en', {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'}), 'en');
const timeRange = (o: Occurrence, zone: string) => `${timeIn(o.start, zone)}–${timeIn(o.end, zone)}`;
/** The item's sentence, as the month view's messages (locales/base) put it together. */
const spoken = (title: string, day: string, time: string, zone: string, status?: string) =>
  status
    ? fill(EN['sig.meetingCalendar.itemWithStatus']!, {title, date: dayLabel(day), time: fill(EN['sig.meetingCalendar.timeInZone']!, {time, zone}), status})
    : fill(EN['sig.meetingCalendar.item']!, {title, date: dayLabel(day), time: fill(EN['sig.meetingCalendar.timeInZone']!, {time, zone})});

/** Accessible names, as Chromium computes them, of the elements matching `selector` (works without JavaScript). */
async function accessibleNames(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const {root} = await cdp.send('DOM.getDocument', {depth: 0});
    const {nodeIds} = await cdp.send('DOM.querySelectorAll', {nodeId: root.nodeId, selector});
    const names: string[] = [];
    for (const nodeId of nodeIds) {
      const {nodes} = await cdp.send('Accessibility.getPartialAXTree', {nodeId, fetchRelatives: false});
      names.push(squash(String(nodes[0]?.name?.value ?? '')));
    }
    return names;
  } finally {
    await cdp.detach();
  }
}

/** The focused element: its role and accessible name (Chromium's), and whether it is an item of the month table. */
async function focused(page: Page, cdp: CDPSession): Promise<{role: string; name: string; inTable: boolean; href: string | null}> {
  const {result} = await cdp.send('Runtime.evaluate', {expression: 'document.activeElement'});
  const {nodes} = await cdp.send('Accessibility.getPartialAXTree', {objectId: result.objectId!, fetchRelatives: false});
  const where = await page.evaluate(() => {
    const el = document.activeElement;
    return {inTable: !!el?.closest('main table'), href: el?.getAttribute('href') ?? null};
  });
  return {role: String(nodes[0]?.role?.value ?? ''), name: squash(String(nodes[0]?.name?.value ?? '')), ...where};
}

/** The first occurrence in the month view's range (from the build's month) that a reader in `zone` sees on another day, in the same month. */
function crossingMidnight(series: SeriesFile, zone: string): Occurrence {
  const found = occurrences(series, LAST_DAY).find(
    (o) => o.status === 'held' && o.day >= `${CURRENT}-01` && dayIn(o.start, zone) !== o.day && dayIn(o.start, zone).slice(0, 7) === o.day.slice(0, 7),
  );
  if (!found) throw new Error(`no occurrence of ${series.id} in ${RANGE.join(', ')} falls on another day in ${zone}`);
  return found;
}

/** The month table's cell of a day. */
const cell = (page: Page, day: string) => page.locator('main table td').filter({has: page.locator(`time[datetime="${day}"]`)});

describeBrowser('the month view without JavaScript', () => {
  const site = useSiteUnderTest();

  test("/meetings/calendar is the build's month as a table; each item is one link named title, date, time (zone) and status", async () => {
    const {page, close} = await openPage(site.browser, site.server, '/meetings/calendar', {javaScriptEnabled: false});
    try {
      const table = page.locator('main table');
      expect(squash(await table.locator('caption').innerText())).toBe(monthTitle(CURRENT));
      expect(await table.locator('thead th[scope="col"]').count()).toBe(7);
      // Without JavaScript, each time is in its meeting's zone, and the page says so.
      expect(squash(await page.locator('main p').first().innerText())).toBe(EN['sig.meetingCalendar.ownZones']);

      // Every item: one link whose name holds what the eye reads in it, plus the full date.
      const items = await table.locator('td a').evaluateAll((links) =>
        links.map((a) => {
          const text = (part: string) => a.querySelector(`[class*="${part}"]`)?.textContent ?? '';
          return {
            title: text('title'),
            time: text('time'),
            zone: text('zone'),
            status: a.querySelector('.badge')?.textContent ?? '',
            day: a.closest('td')!.querySelector('time')!.getAttribute('datetime')!,
          };
        }),
      );
      const names = await accessibleNames(page, 'main table td a');
      expect(names).toHaveLength(items.length);
      expect(items.length).toBeGreaterThan(3);
      items.forEach((item, i) => {
        // An event's day has no zone ("All day", "Day 1 of 2"): not in this month's demo data.
        expect(names[i]).toBe(spoken(squash(item.title), item.day, squash(item.time), squash(item.zone), squash(item.status) || undefined));
      });

      // The monthly call, from its meeting file: the second Tuesday, 15:00–16:00 London time.
      const call = occurrences(MONTHLY, LAST_DAY).find((o) => o.day.startsWith(CURRENT))!;
      const link = cell(page, call.day).locator('a[href="/meetings/innersource-sig"]');
      expect(await accessibleNames(page, `main table td:has(time[datetime="${call.day}"]) a[href="/meetings/innersource-sig"]`)).toEqual([
        spoken(MONTHLY.title, call.day, timeRange(call, MONTHLY.timezone), zoneName(MONTHLY.timezone), call.status === 'cancelled' ? EN['sig.meetingCalendar.cancelled'] : undefined),
      ]);
      // One stop: the link's parts are hidden from assistive technology, the sentence is not shown.
      expect(await link.locator('> [aria-hidden="true"]').count()).toBe(1);
      expect(await link.locator('[class*="visuallyHidden"]').isVisible()).toBe(true); // clipped, not display:none
      expect(await link.locator('[class*="visuallyHidden"]').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);

      // A cancelled meeting in the month is struck through, labelled, and says so in its name.
      const cancelled = snapshotChanges('office-hours').cancelled.filter((day) => day.startsWith(CURRENT));
      for (const day of cancelled) {
        const item = cell(page, day).locator('a[href="/meetings/office-hours"]');
        expect(await item.locator('del').evaluate((del) => getComputedStyle(del).textDecorationLine)).toContain('line-through');
        expect(squash(await item.locator('.badge').innerText())).toBe(EN['sig.meetingCalendar.cancelled']);
      }
      await screenshot(page, 'month-view-no-js');
    } finally {
      await close();
    }
  });

  test('previous and next months are plain links that work without JavaScript, and stop at the ends of the range', async () => {
    const {page, close} = await openPage(site.browser, site.server, '/meetings/calendar', {javaScriptEnabled: false});
    try {
      await page.locator('main nav a[rel="next"]').click();
      await page.waitForURL(`**/meetings/calendar/${RANGE[4]}`);
      expect(squash(await page.locator('main table caption').innerText())).toBe(monthTitle(RANGE[4]!));
      expect(await page.title()).toContain(monthTitle(RANGE[4]!));
      await page.locator('main nav a[rel="prev"]').click();
      await page.waitForURL(`**/meetings/calendar/${RANGE[3]}`);
      await page.locator('main nav a[rel="prev"]').click();
      await page.waitForURL(`**/meetings/calendar/${RANGE[2]}`);
      expect(squash(await page.locator('main table caption').innerText())).toBe(monthTitle(RANGE[2]!));

      await page.goto(`/meetings/calendar/${RANGE[0]}`);
      expect(await page.locator('main nav a[rel="prev"]').count()).toBe(0);
      expect(await page.locator('main nav a[rel="next"]').count()).toBe(1);
      await page.goto(`/meetings/calendar/${RANGE[RANGE.length - 1]}`);
      expect(await page.locator('main nav a[rel="next"]').count()).toBe(0);
      expect(await page.locator('main nav a[rel="prev"]').count()).toBe(1);
      // A month outside the range has no page.
      const outside = await page.goto(`/meetings/calendar/${addMonths(RANGE[RANGE.length - 1]!, 1)}`);
      expect(outside?.status()).toBe(404);
    } finally {
      await close();
    }
  });
});

describeBrowser("the month view with JavaScript, in the reader's zone", () => {
  const site = useSiteUnderTest();

  const CASES: Array<[zone: string, series: SeriesFile]> = [
    // 15:00 in London (GMT) is midnight the next day in Tokyo.
    ['Asia/Tokyo', MONTHLY],
    // 09:30 in Sydney is the previous afternoon in Los Angeles.
    ['America/Los_Angeles', WORKING_GROUP],
  ];

  test.each(CASES)('reader in %s: times in the reader\'s zone, and the item crossing midnight on the reader\'s day', async (zone, series) => {
    const o = crossingMidnight(series, zone);
    const month = o.day.slice(0, 7);
    const readerDay = dayIn(o.start, zone);
    const {page, errors, close} = await openPage(site.browser, site.server, `/meetings/calendar/${month}`, {timezoneId: zone, now: BUILT});
    try {
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
      const note = fill(EN['sig.meetingCalendar.readerZone']!, {zone: zoneName(zone)});
      await page.getByText(note).waitFor();

      const href = `/meetings/${series.id}`;
      const moved = cell(page, readerDay).locator(`a[href="${href}"]`);
      expect(await moved.count()).toBe(1);
      expect(squash(await moved.locator('[class*="time"]').innerText())).toBe(timeRange(o, zone));
      expect(await accessibleNames(page, `main table td:has(time[datetime="${readerDay}"]) a[href="${href}"]`)).toEqual([
        spoken(seriesTitle(series.id, 'en'), readerDay, timeRange(o, zone), zoneName(zone)),
      ]);
      // …and no longer on the day it has in its own zone.
      expect(await cell(page, o.day).locator(`a[href="${href}"]`).count()).toBe(0);
      // The static HTML had it there: the move is the browser's doing.
      const staticPage = await openPage(site.browser, site.server, `/meetings/calendar/${month}`, {timezoneId: zone, javaScriptEnabled: false});
      try {
        expect(await cell(staticPage.page, o.day).locator(`a[href="${href}"]`).count()).toBe(1);
        expect(await cell(staticPage.page, readerDay).locator(`a[href="${href}"]`).count()).toBe(0);
      } finally {
        await staticPage.close();
      }

      // Every timed item shows the reader's times: the monthly call's all in this zone.
      const calls = occurrences(MONTHLY, LAST_DAY).filter((c) => dayIn(c.start, zone).startsWith(month) && c.status !== 'cancelled');
      for (const call of calls) {
        const link = cell(page, dayIn(call.start, zone)).locator('a[href="/meetings/innersource-sig"]');
        expect(squash(await link.locator('[class*="time"]').innerText())).toBe(timeRange(call, zone));
      }
      await screenshot(page, `month-view-${zone.replace('/', '-')}`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describeBrowser('the month view by keyboard', () => {
  const site = useSiteUnderTest();

  test.each([true, false])('JavaScript %s: Tab reaches every item, in order, each named with title, date, time and status', async (javaScriptEnabled) => {
    const {page, close} = await openPage(site.browser, site.server, `/meetings/calendar/${CURRENT}`, {timezoneId: 'Europe/London', javaScriptEnabled, now: BUILT});
    const cdp = await page.context().newCDPSession(page);
    try {
      if (javaScriptEnabled) await page.getByText(fill(EN['sig.meetingCalendar.readerZone']!, {zone: zoneName('Europe/London')})).waitFor();
      const expected = await accessibleNames(page, 'main table a');
      const days = await page.locator('main table a').evaluateAll((links) => links.map((a) => a.closest('td')!.querySelector('time')!.getAttribute('datetime')!));
      // From the last link before the table (the month navigation), Tab on until focus leaves the table.
      await page.locator('main nav a[rel="next"]').focus();
      const reached: Array<Awaited<ReturnType<typeof focused>>> = [];
      for (let i = 0; i < expected.length + 5; i++) {
        await page.keyboard.press('Tab');
        const now = await focused(page, cdp);
        if (!now.inTable) break;
        reached.push(now);
      }
      expect(reached.map((r) => r.name)).toEqual(expected);
      expect(reached.every((r) => r.role === 'link')).toBe(true);
      const titles = ['innersource-sig', 'innersource-sig-americas', 'maturity-working-group', 'office-hours'].map((id) => seriesTitle(id, 'en'));
      reached.forEach((r, i) => {
        // Title first, then the full date, a time with its zone; a cancelled item says so last.
        expect(titles.some((t) => r.name.startsWith(`${t}, `))).toBe(true);
        expect(r.name).toContain(`, ${dayLabel(days[i]!)}, `);
        expect(r.name).toMatch(/, \d\d:\d\d–\d\d:\d\d(?: \(\+1\))? \([^)]+\)(?:, \S.*)?$/);
        const cancelledDay = snapshotChanges('office-hours').cancelled.includes(days[i]!) && r.href === '/meetings/office-hours';
        expect(r.name.endsWith(`, ${EN['sig.meetingCalendar.cancelled']}`)).toBe(cancelledDay);
      });
      expect(reached.length).toBeGreaterThan(3);
    } finally {
      await cdp.detach();
      await close();
    }
  });
});
