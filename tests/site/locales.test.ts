import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import {BUILD_DIR, builtFile, builtPage} from './builtSite';

// The portal in French and Japanese: pages, meeting tables and the calendars each locale writes.
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each([
  ['fr', 'Le deuxième mardi de chaque mois', 'Prochaines réunions', 'Appel mensuel du SIG InnerSource', /^mar\. \d{1,2} \S+ 20\d\d, 1[56]:00$/],
  ['ja', '毎月第2火曜日', '今後のミーティング', 'InnerSource SIG 月例コール', /^20\d\d年\d{1,2}月\d{1,2}日\(火\) 1[56]:00$/],
])('/%s/', (locale, schedule, nextHeading, title, dateShape) => {
  const home = builtPage(`/${locale}/`);

  test('the home page is the translated one, in its language, with the meeting tables in words of that language', () => {
    expect(home('html').attr('lang')).toBe(locale);
    const table = home('table[data-meeting="innersource-sig"]');
    expect(squash(table.find('caption').text())).toBe(title);
    expect(squash(table.text())).toContain(schedule);
    expect(squash(table.find('th').eq(1).text())).toBe(nextHeading);
    // Dates of the static HTML: a Tuesday at 15:00 (16:00 for the moved one), as Intl writes it in that language.
    const first = table.find('time').first();
    const written = new Intl.DateTimeFormat(locale, {timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'});
    expect(first.text()).toBe(written.format(new Date(first.attr('datetime')!)));
    expect(first.text()).toMatch(dateShape);
  });

  test('links to pages and calendar files stay in the locale', () => {
    expect(home('a[href$="/meetings"]').first().attr('href')).toBe(`/${locale}/meetings`);
    const add = home('table[data-meeting="innersource-sig"] a[download]').attr('href')!;
    expect(add).toBe(`/${locale}/ics/finos-event-7.ics`);
    expect(fs.existsSync(path.join(BUILD_DIR, add))).toBe(true);
    expect(home('table[data-meeting="innersource-sig"] a[href^="webcal:"]').attr('href')).toBe(`webcal://innersource-sig.example.org/${locale}/ics/finos-event-7.ics`);
  });

  test('a translated event page, and an untranslated one with the interface in the locale', () => {
    const summit = builtPage(`/${locale}/events/innersource-summit-2027`);
    expect(summit('h1').text()).not.toBe('InnerSource Summit 2027');
    expect(summit('a[download]').attr('href')).toBe(`/${locale}/ics/events/innersource-summit-2027.ics`);
    const old = builtPage(`/${locale}/events/2022-innersource-summit`);
    expect(old('h1').text()).toBe('InnerSource Summit 2022');
    expect(squash(old('header time').text())).toBe(locale === 'fr' ? '16–17 novembre 2022' : '2022年11月16日～17日');
  });

  test("every calendar of the default locale exists in this one, in this locale's words, with the same UIDs, SEQUENCE and DTSTAMP", () => {
    const files = fs.readdirSync(path.join(BUILD_DIR, 'ics'), {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.ics'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const events = (ics: string) =>
        new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ({
          uid: e.getFirstPropertyValue('uid'),
          sequence: e.getFirstPropertyValue('sequence'),
          stamp: String(e.getFirstPropertyValue('dtstamp')),
          start: String(e.getFirstPropertyValue('dtstart')),
          summary: String(e.getFirstPropertyValue('summary')),
        }));
      const english = events(builtFile(`/ics/${file}`));
      const localized = events(builtFile(`/${locale}/ics/${file}`));
      const scheduling = (list: typeof english) => list.map(({summary, ...rest}) => rest);
      expect({file, events: scheduling(localized)}).toEqual({file, events: scheduling(english)});
    }
    const monthly = builtFile(`/${locale}/ics/finos-event-7.ics`);
    expect(monthly).toContain(`SUMMARY:${title}`);
  });
});
