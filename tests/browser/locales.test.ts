import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {ROOT, buildTime, describeBrowser, openPage, screenshot, seriousAxeViolations, squash, useSiteUnderTest} from './harness';

// The portal in French and Japanese, hydrated in Chromium: the page's language, no English left
// by the plugin, axe-clean, no hydration error, and the reader's own time in the page's language.
const LOCALES_DIR = path.join(ROOT, 'plugins/docusaurus-plugin-innersource-sig/locales');
const readMessages = (locale: string) => JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, locale, 'plugin-innersource-sig.json'), 'utf8')) as Record<string, string>;
const BASE = readMessages('base');

/**
 * The English words of the plugin that must not show on a page in `locale`: each base message,
 * cut at its placeholders, where the locale's message differs ("Sessions" is French too).
 */
function englishFragments(locale: string): string[] {
  const messages = readMessages(locale);
  return Object.entries(BASE)
    .filter(([id, english]) => !id.endsWith('___DESCRIPTION') && messages[id] !== english)
    .flatMap(([, english]) => english.split(/\{\w+\}|<[^>]+>/))
    .map((fragment) => fragment.replace(/^[\s.,;:()]+|[\s.,;:()]+$/g, ''))
    // A lone short word ("of", "join") is also a word of any English content on the page (an
    // untranslated event's body): only phrases and longer words say that the plugin left English.
    .filter((fragment) => /\p{L}{2,}/u.test(fragment) && (/\s/.test(fragment) || /\p{L}{5,}/u.test(fragment)));
}

/** A message of the locale as a pattern: its placeholders match any text. */
function messagePattern(message: string): RegExp {
  return new RegExp(`^${message.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
}

/**
 * The page's main text, without the tag lists' entries (titles and descriptions of docs are the
 * site's content) and without the names of Google Calendar and Outlook, which no language translates.
 */
async function pluginText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    main.querySelectorAll('li:has(a[href*="/docs/"])').forEach((entry) => entry.remove());
    document.body.append(main);
    const mainText = main.innerText;
    main.remove();
    return mainText;
  });
  return text.replace(/Google Calendar|Outlook/g, '');
}

const PAGES = ['', 'meetings', 'events', 'events/innersource-summit-2027', 'events/2022-innersource-summit', 'docs/Intro'];
// A reader in Los Angeles two weeks after the build: the reader-time lines are on the page.
const READER = {timezoneId: 'America/Los_Angeles', now: new Date((buildTime() ?? new Date()).getTime() + 14 * 24 * 3600 * 1000).toISOString()};

describeBrowser('the portal in French and Japanese', () => {
  const site = useSiteUnderTest();

  describe.each(['fr', 'ja'])('/%s/', (locale) => {
    const english = englishFragments(locale);

    test.each(PAGES)(`/${locale}/%s: in the page's language, no English from the plugin, axe-clean, hydrated without error`, async (sitePath) => {
      const {page, errors, close} = await openPage(site.browser, site.server, `/${locale}/${sitePath}`, READER);
      try {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        const text = await pluginText(page);
        const left = english.filter((fragment) => new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
        expect(left).toEqual([]);
        if (sitePath === '' || sitePath === 'meetings') await screenshot(page, `${locale}-${sitePath || 'home'}-los-angeles`);
        const report = await seriousAxeViolations(page);
        expect(report ? `/${locale}/${sitePath}:\n${report}` : 'none').toBe('none');
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });

    test(`/${locale}/meetings: the reader's own time in the page's language, with the zone named in it`, async () => {
      const messages = readMessages(locale);
      const {page, close} = await openPage(site.browser, site.server, `/${locale}/meetings`, READER);
      try {
        const line = page.locator('[data-reader-zone]').first();
        await line.waitFor();
        expect(await line.getAttribute('data-reader-zone')).toBe('America/Los_Angeles');
        const text = squash(await line.innerText());
        expect(text).toMatch(messagePattern(messages['sig.meetingTable.readerTime']!));
        // Named by the browser's own ICU data: Chromium's Japanese has no name of the city.
        expect(text).toMatch(locale === 'fr' ? /heure : Los Angeles|heure du Pacifique/ : /(ロサンゼルス|Los Angeles|太平洋)時間/);
        const dates = await page.locator('table[data-meeting] ol li span:last-child').allInnerTexts();
        const readerLines = dates.map(squash).filter(Boolean);
        expect(readerLines.length).toBeGreaterThan(0);
        for (const readerLine of readerLines) expect(readerLine).toMatch(messagePattern(messages['sig.meetingTable.yourTime']!));
      } finally {
        await close();
      }
    });

    test(`/${locale}/events/…: the sessions in the reader's zone, headed in the page's language`, async () => {
      const messages = readMessages(locale);
      const {page, close} = await openPage(site.browser, site.server, `/${locale}/events/innersource-summit-2027`, {...READER, now: '2026-12-01T12:00:00Z'});
      try {
        const header = page.locator('th[data-reader-zone]');
        await header.waitFor();
        expect(squash(await header.innerText())).toMatch(messagePattern(messages['sig.eventPage.readerTime']!));
        // 10:00 in New York is 07:00 in Los Angeles.
        expect(squash(await page.locator('table tbody tr td').nth(1).innerText())).toContain('07:00');
      } finally {
        await close();
      }
    });
  });
});
