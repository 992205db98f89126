import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type {CheerioAPI} from 'cheerio';
import {BUILD_DIR, builtPage} from './builtSite';
import {build, makeSite, pluginCommand, removeSites} from './fixtureSites';
import {
  ROOT,
  builtAt,
  dayInWords,
  daysOfMonth,
  INTL_LOCALE,
  markdownParts,
  minutesDays,
  monthRange,
  occurrences,
  pastMeetings,
  pluginMessages,
  readMarkdown,
  readSeries,
  seriesTitle,
  snapshotChanges,
  standalone,
  timeIn,
  zoneName,
} from './meetingData';

// The monthly call's page (/meetings/innersource-sig), its minutes pages and the month view, as
// the production build writes them in English, French and Japanese. Every expected value comes
// from the data files (meetings/*.yml, the minutes and their translations, i18n/*/…/meetings.json,
// the plugin's locales) and the build's date: none is copied from the output.

const LOCALES = ['en', 'fr', 'ja'] as const;
type Locale = (typeof LOCALES)[number];
const BASE: Record<Locale, string> = {en: '/', fr: '/fr/', ja: '/ja/'};
const SERIES_ID = 'innersource-sig';
const SERIES = readSeries(SERIES_ID);
const NOW = builtAt(BUILD_DIR);
const PAST = pastMeetings(SERIES, NOW);
const MINUTES = minutesDays(SERIES_ID);
const LATEST = 12;

/** Visible text with its spaces collapsed (no-break ones too), without the zero-width space of heading anchors. */
const squash = (text: string) => text.replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
const iso = (ms: number) => new Date(ms).toISOString();
/** The row of the series page's past meetings that holds the meeting starting at `start`. */
const rowAt = ($: CheerioAPI, start: number) => $(`section[aria-labelledby="past-meetings"] tbody tr`).filter((_, tr) => $(tr).find(`time[datetime="${iso(start)}"]`).length > 0);

test('the data under test is the demo the tests were written for', () => {
  // The tests need a moved and a cancelled past meeting, minutes for two of them, and more than 12 past meetings.
  expect(PAST.length).toBeGreaterThan(LATEST);
  expect(PAST.find((o) => o.scheduled === '2025-12-09')?.status).toBe('cancelled');
  expect(PAST.find((o) => o.scheduled === '2026-04-14')).toMatchObject({day: '2026-04-21', status: 'moved'});
  expect(MINUTES).toEqual(['2026-10-13', '2026-11-10']);
  expect(Object.keys(SERIES.recordings ?? {})).toEqual(['2026-10-13']);
  expect(SERIES.notesSearch).toContain('{date}');
});

describe.each(LOCALES)('the series page /%s/meetings/innersource-sig', (locale) => {
  const base = BASE[locale];
  const words = pluginMessages(locale);
  const $ = builtPage(`${base}meetings/${SERIES_ID}`);
  const section = $('section[aria-labelledby="past-meetings"]');

  test('is in the language of the locale, titled with the series title of that language', () => {
    expect($('html').attr('lang')).toBe(locale);
    expect(squash($('main h1').text())).toBe(seriesTitle(SERIES_ID, locale));
    if (locale !== 'en') expect(seriesTitle(SERIES_ID, locale)).not.toBe(SERIES.title);
    // The breadcrumb leads back to the meetings page of the same locale.
    expect($('main nav ul.breadcrumbs a').first().attr('href')).toBe(`${base}meetings`);
  });

  test('lists every past meeting newest first: the latest 12 in a table, the others behind an "earlier" disclosure', () => {
    const starts = (rows: ReturnType<CheerioAPI>) => rows.map((_, tr) => $(tr).find('th[scope="row"] time').attr('datetime')).get();
    const latest = section.children('table').find('tbody tr');
    const details = section.children('details');
    expect(starts(latest)).toEqual(PAST.slice(0, LATEST).map((o) => iso(o.start)));
    expect(details).toHaveLength(1);
    expect(details.attr('open')).toBeUndefined();
    expect(starts(details.find('tbody tr'))).toEqual(PAST.slice(LATEST).map((o) => iso(o.start)));
    expect(squash(details.children('summary').text())).toBe(fill(words['sig.seriesPage.earlier']!, {count: PAST.length - LATEST}));
    expect(squash(section.children('table').children('caption').text())).toBe(words['sig.seriesPage.latestCaption']);
    // Each date as the locale writes it, in the series' zone.
    const first = latest.first().find('time');
    const written = new Intl.DateTimeFormat(INTL_LOCALE[locale], {timeZone: SERIES.timezone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'}).format(PAST[0]!.start);
    expect(first.text()).toContain(written);
    expect(first.text()).toContain(timeIn(PAST[0]!.start, SERIES.timezone));
  });

  test('a cancelled meeting (2025-12-09) is struck through, says so in words and has no link', () => {
    const cancelled = PAST.filter((o) => o.status === 'cancelled');
    expect(cancelled.map((o) => o.scheduled)).toEqual(expect.arrayContaining(['2025-12-09']));
    for (const meeting of cancelled) {
      const row = rowAt($, meeting.start);
      expect(row).toHaveLength(1);
      expect(row.find('th del time')).toHaveLength(1);
      expect(squash(row.find('td').first().text())).toBe(words['sig.seriesPage.cancelled']);
      expect(row.find('a')).toHaveLength(0);
    }
    // Only the cancelled ones are struck through.
    expect(section.find('del')).toHaveLength(cancelled.length);
  });

  test('the moved meeting is listed on its new day (21 Apr 2026) and says from which day it moved', () => {
    const moved = PAST.find((o) => o.status === 'moved')!;
    const row = rowAt($, moved.start);
    expect(row).toHaveLength(1);
    expect(row.find('del')).toHaveLength(0);
    const from = dayInWords(moved.scheduled, locale, {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'});
    expect(squash(row.find('td').first().text())).toBe(fill(words['sig.seriesPage.movedFrom']!, {date: from}));
    // Nothing is listed on the day it moved away from.
    expect(section.find('time').filter((_, t) => $(t).attr('datetime')!.startsWith(moved.scheduled))).toHaveLength(0);
  });

  test('links: minutes pages in the locale, the recording of the map, the issue search for the other held meetings', () => {
    for (const meeting of PAST) {
      const row = rowAt($, meeting.start);
      const links = row.find('a').map((_, a) => ({href: $(a).attr('href'), text: squash($(a).text())})).get();
      if (meeting.status === 'cancelled') {
        expect(links).toEqual([]);
        continue;
      }
      const expected: Array<{href: string; text: string}> = [];
      if (MINUTES.includes(meeting.day)) expected.push({href: `${base}meetings/${SERIES_ID}/${meeting.day}`, text: words['sig.seriesPage.minutes']!});
      else expected.push({href: SERIES.notesSearch!.replace('{date}', meeting.day), text: words['sig.seriesPage.notes']!});
      const recording = SERIES.recordings?.[meeting.day];
      if (recording) expected.push({href: recording, text: words['sig.seriesPage.recording']!});
      expect({day: meeting.day, links}).toEqual({day: meeting.day, links: expected});
    }
    // The two named in the issue, spelled out.
    expect(rowAt($, PAST.find((o) => o.day === '2026-11-10')!.start).find('a').first().attr('href')).toBe(`${base}meetings/innersource-sig/2026-11-10`);
    expect(rowAt($, PAST.find((o) => o.day === '2026-10-13')!.start).find(`a[href="${SERIES.recordings!['2026-10-13']}"]`)).toHaveLength(1);
    // The search link names the meeting's own day, quoted as the pattern asks (%22 … %22).
    const held = PAST.find((o) => o.status === 'held' && !MINUTES.includes(o.day))!;
    expect(rowAt($, held.start).find('a').attr('href')).toContain(`%22${held.day}%22`);
  });
});

// ---- Minutes pages ----

const minutesFile = (locale: Locale, day: string) =>
  locale === 'en'
    ? path.join(ROOT, 'meetings', SERIES_ID, `${day}.md`)
    : path.join(ROOT, 'i18n', locale, 'docusaurus-plugin-innersource-sig', 'meetings', SERIES_ID, `${day}.md`);

describe.each(LOCALES)('the minutes of 10 November 2026 in /%s/', (locale) => {
  const base = BASE[locale];
  const words = pluginMessages(locale);
  const $ = builtPage(`${base}meetings/${SERIES_ID}/2026-11-10`);
  const source = readMarkdown(minutesFile(locale, '2026-11-10'));
  const meeting = occurrences(SERIES, '2026-11-10').find((o) => o.day === '2026-11-10')!;

  test("is titled with the translation's title (the series and the date in English), in the locale's language", () => {
    expect(fs.existsSync(minutesFile(locale, '2026-11-10'))).toBe(true);
    expect($('html').attr('lang')).toBe(locale);
    const title = locale === 'en' ? 'InnerSource SIG monthly call, 10 November 2026' : source.frontMatter.title!;
    if (locale === 'en') expect(source.frontMatter.title).toBeUndefined(); // the default title
    expect(squash($('main h1').text())).toBe(title);
    expect($('head title').text().startsWith(title)).toBe(true);
    expect($('head meta[name="description"]').attr('content')).toBe(source.frontMatter.description);
  });

  test("shows the file's own text: its headings and list items", () => {
    const {headings, items} = markdownParts(source.body);
    expect(headings.length).toBeGreaterThan(0);
    const body = $('main .markdown');
    expect(body.find('h2').map((_, h) => squash($(h).text())).get()).toEqual(headings);
    for (const item of items) expect(squash(body.text())).toContain(item.replace(/\*\*/g, ''));
  });

  test('has a breadcrumb to the series page, the time of the meeting, and a link to the previous minutes only', () => {
    const crumbs = $('main nav ul.breadcrumbs');
    expect(crumbs.find('a').attr('href')).toBe(`${base}meetings/${SERIES_ID}`);
    expect(squash(crumbs.find('a').text())).toBe(seriesTitle(SERIES_ID, locale));
    expect(squash(crumbs.find('[aria-current="page"]').text())).toBe(squash($('main h1').text()));
    const time = $('main header time');
    expect(time.attr('datetime')).toBe(iso(meeting.start));
    expect(time.text()).toContain(timeIn(meeting.start, SERIES.timezone));
    const pagination = $('main nav.pagination-nav');
    expect(pagination.find('a[rel="prev"]').attr('href')).toBe(`${base}meetings/${SERIES_ID}/2026-10-13`);
    expect(squash(pagination.find('a[rel="prev"] .pagination-nav__sublabel').text())).toBe(words['sig.minutesPage.previous']);
    expect(squash(pagination.find('a[rel="prev"] .pagination-nav__label').text())).toBe(dayInWords('2026-10-13', locale, {day: 'numeric', month: 'long', year: 'numeric'}));
    expect(pagination.find('a[rel="next"]')).toHaveLength(0);
  });
});

describe.each(LOCALES)('the minutes of 13 October 2026 in /%s/ (translated nowhere)', (locale) => {
  const base = BASE[locale];
  const words = pluginMessages(locale);
  const $ = builtPage(`${base}meetings/${SERIES_ID}/2026-10-13`);
  const english = readMarkdown(minutesFile('en', '2026-10-13'));

  test('shows the English text under a default title in the locale: the series title and the date', () => {
    expect(fs.existsSync(minutesFile(locale, '2026-10-13')) && locale !== 'en').toBe(false);
    expect($('html').attr('lang')).toBe(locale);
    const date = dayInWords('2026-10-13', locale, {day: 'numeric', month: 'long', year: 'numeric'});
    expect(squash($('main h1').text())).toBe(`${seriesTitle(SERIES_ID, locale)}, ${date}`);
    expect($('main .markdown h2').map((_, h) => squash($(h).text())).get()).toEqual(markdownParts(english.body).headings);
    // The recording of the meeting file's map, in the locale's words.
    expect($(`main header a[href="${SERIES.recordings!['2026-10-13']}"]`).text()).toBe(words['sig.seriesPage.recording']);
  });

  test('links on to the next minutes, and to no previous ones', () => {
    expect($('main nav.pagination-nav a[rel="next"]').attr('href')).toBe(`${base}meetings/${SERIES_ID}/2026-11-10`);
    expect($('main nav.pagination-nav a[rel="prev"]')).toHaveLength(0);
  });
});

// ---- The month view ----

const RANGE = monthRange(NOW);
const CALENDAR_SERIES = ['innersource-sig', 'innersource-sig-americas', 'maturity-working-group'].map(readSeries);
const OFFICE_HOURS = snapshotChanges('office-hours');

describe.each(LOCALES)('the month view in /%s/', (locale) => {
  const base = BASE[locale];
  const words = pluginMessages(locale);
  const monthTitle = (month: string) => standalone(dayInWords(`${month}-01`, locale, {month: 'long', year: 'numeric'}), locale);
  const pages = Object.fromEntries(RANGE.map((month) => [month, builtPage(`${base}meetings/calendar/${month}`)]));

  test('has one page per month from 3 months before the build month to 12 after, and no other', () => {
    const dir = path.join(BUILD_DIR, base, 'meetings/calendar');
    const built = fs.readdirSync(dir, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(built).toEqual(RANGE);
    expect(RANGE[3]).toBe(NOW.toISOString().slice(0, 7));
    // /meetings/calendar is the build's month.
    const current = builtPage(`${base}meetings/calendar`);
    expect(squash(current('main table caption').text())).toBe(monthTitle(RANGE[3]!));
  });

  test('each month is a table with its title as caption and the weekdays as column headers, in week order', () => {
    // Weeks start on Monday in English and French, on Sunday in Japanese (README).
    const firstWeekday = locale === 'ja' ? '2024-01-07' : '2024-01-01';
    const weekdays = Array.from({length: 7}, (_, i) => standalone(dayInWords(new Date(Date.parse(`${firstWeekday}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10), locale, {weekday: 'long'}), locale));
    for (const month of RANGE) {
      const $ = pages[month]!;
      const table = $('main table');
      expect(table).toHaveLength(1);
      expect(squash(table.children('caption').text())).toBe(monthTitle(month));
      const headers = table.find('thead th');
      expect(headers.map((_, th) => $(th).attr('scope')).get()).toEqual(Array(7).fill('col'));
      expect(headers.map((_, th) => squash($(th).find('[class*="visuallyHidden"]').text())).get()).toEqual(weekdays);
      // Every day of the month once, in order, each in its column.
      const cells = table.find('tbody td');
      const days = cells.find('time').map((_, t) => $(t).attr('datetime')).get();
      expect(days).toEqual(daysOfMonth(month));
      const rows = table.find('tbody tr');
      rows.each((_, tr) => void expect($(tr).children('td')).toHaveLength(7));
      const column = cells.index(cells.filter((_, td) => $(td).find(`time[datetime="${month}-01"]`).length > 0)) % 7;
      expect(squash(headers.eq(column).text())).toContain(standalone(dayInWords(`${month}-01`, locale, {weekday: 'long'}), locale));
    }
  });

  test('plain links lead to the previous and next months, except at the ends of the range', () => {
    RANGE.forEach((month, i) => {
      const $ = pages[month]!;
      const prev = $('main nav a[rel="prev"]');
      const next = $('main nav a[rel="next"]');
      if (i === 0) expect(prev).toHaveLength(0);
      else {
        expect(prev.attr('href')).toBe(`${base}meetings/calendar/${RANGE[i - 1]}`);
        expect(squash(prev.text())).toContain(squash(fill(words['sig.meetingCalendar.previous']!, {month: monthTitle(RANGE[i - 1]!)})));
      }
      if (i === RANGE.length - 1) expect(next).toHaveLength(0);
      else {
        expect(next.attr('href')).toBe(`${base}meetings/calendar/${RANGE[i + 1]}`);
        expect(squash(next.text())).toContain(squash(fill(words['sig.meetingCalendar.next']!, {month: monthTitle(RANGE[i + 1]!)})));
      }
    });
  });

  test('puts each meeting of the series files on its day in its own zone, read in one sentence: title, date, time (zone)', () => {
    const last = `${RANGE[RANGE.length - 1]}-31`;
    for (const series of CALENDAR_SERIES) {
      const title = seriesTitle(series.id, locale);
      const all = occurrences(series, last);
      for (const month of RANGE) {
        const $ = pages[month]!;
        const expected = all.filter((o) => o.day.startsWith(month));
        const items = $(`main td a[href="${base}meetings/${series.id}"]`);
        const seen = items.map((_, a) => $(a).closest('td').find('time').attr('datetime')).get();
        expect({series: series.id, month, days: seen}).toEqual({series: series.id, month, days: expected.map((o) => o.day)});
        items.each((i, a) => {
          const o = expected[i]!;
          const day = $(a).closest('td');
          const time = `${timeIn(o.start, series.timezone, INTL_LOCALE[locale])}`;
          expect(squash($(a).find('[class*="time"]').first().text()).startsWith(time)).toBe(true);
          const spoken = squash($(a).children('[class*="visuallyHidden"]').text());
          const visibleTime = squash($(a).find('[class*="time"]').first().text());
          const values = {title, date: squash(day.find('[class*="dayLabel"]').text()), time: fill(words['sig.meetingCalendar.timeInZone']!, {time: visibleTime, zone: zoneName(series.timezone, locale)})};
          const status =
            o.status === 'cancelled'
              ? words['sig.meetingCalendar.cancelled']!
              : fill(words['sig.meetingCalendar.movedFrom']!, {date: dayInWords(o.scheduled, locale, {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'})});
          expect(spoken).toBe(o.status === 'held' ? fill(words['sig.meetingCalendar.item']!, values) : fill(words['sig.meetingCalendar.itemWithStatus']!, {...values, status}));
          expect(squash(day.find('[class*="dayLabel"]').text())).toBe(standalone(dayInWords(o.day, locale, {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'}), locale));
        });
      }
    }
    // The monthly call on the second Tuesday of each month of the range.
    for (const month of RANGE) {
      const $ = pages[month]!;
      const day = $(`main td a[href="${base}meetings/innersource-sig"]`).first().closest('td').find('time').attr('datetime')!;
      expect(new Date(`${day}T00:00:00Z`).getUTCDay()).toBe(2);
      expect(Math.ceil(Number(day.slice(8)) / 7)).toBe(2);
    }
  });

  const cancelledInRange = [
    ...CALENDAR_SERIES.flatMap((s) => (s.cancelled ?? []).map((day) => ({id: s.id, day}))),
    ...OFFICE_HOURS.cancelled.map((day) => ({id: 'office-hours', day})),
  ].filter(({day}) => RANGE.includes(day.slice(0, 7)));
  const withCancelled = cancelledInRange.length > 0 ? test : test.skip;
  withCancelled(`a cancelled meeting in the range (${cancelledInRange.map((c) => `${c.id} ${c.day}`).join(', ') || 'none: skipped'}) is struck through and labelled`, () => {
    for (const {id, day} of cancelledInRange) {
      const $ = pages[day.slice(0, 7)]!;
      const cell = $('main td').filter((_, td) => $(td).find(`time[datetime="${day}"]`).length > 0);
      const item = cell.find(`a[href="${base}meetings/${id}"]`);
      expect(item).toHaveLength(1);
      expect(squash(item.find('del [class*="title"]').text())).toBe(seriesTitle(id, locale));
      expect(item.find('del [class*="time"]')).toHaveLength(1);
      expect(squash(item.find('.badge').text())).toBe(words['sig.meetingCalendar.cancelled']);
      const spoken = squash(item.children('[class*="visuallyHidden"]').text());
      expect(spoken.startsWith(seriesTitle(id, locale))).toBe(true);
      expect(spoken.endsWith(words['sig.meetingCalendar.cancelled']!)).toBe(true);
    }
    // Nothing else is struck through.
    for (const month of RANGE) {
      const $ = pages[month]!;
      expect($('main td del')).toHaveLength(cancelledInRange.filter((c) => c.day.startsWith(month)).length);
    }
  });

  const movedInRange = OFFICE_HOURS.moved.filter((m) => RANGE.includes(m.to.slice(0, 7)) && RANGE.includes(m.from.slice(0, 7)));
  (movedInRange.length > 0 ? test : test.skip)('a moved office hours meeting shows on its new day, labelled moved, and not on its old day', () => {
    for (const moved of movedInRange) {
      const cell = (day: string) => {
        const $ = pages[day.slice(0, 7)]!;
        return {$, td: $('main td').filter((_, td) => $(td).find(`time[datetime="${day}"]`).length > 0)};
      };
      const to = cell(moved.to);
      const item = to.td.find(`a[href="${base}meetings/office-hours"]`);
      expect(item).toHaveLength(1);
      expect(squash(item.find('.badge').text())).toBe(words['sig.meetingCalendar.moved']);
      const from = cell(moved.from);
      expect(from.td.find(`a[href="${base}meetings/office-hours"]`)).toHaveLength(0);
    }
  });
});

// ---- The search index ----

interface Fragment {
  url: string;
  content: string;
  meta: {title: string};
}

/** Every page record of a locale's Pagefind index (fragment files: gzip, "pagefind_dcd" then JSON). */
function indexedFragments(locale: Locale): Fragment[] {
  const dir = path.join(BUILD_DIR, BASE[locale], 'pagefind', 'fragment');
  return fs.readdirSync(dir).map((file) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
    expect(text.startsWith('pagefind_dcd')).toBe(true);
    const fragment = JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
    // Pagefind splits Japanese words with zero-width spaces.
    return {...fragment, content: fragment.content.replace(/\u200b/g, '')};
  });
}

describe.each(LOCALES)('the search index of /%s/', (locale) => {
  const fragments = indexedFragments(locale);
  const at = (url: string) => fragments.filter((f) => f.url.replace(/\/$/, '') === url);
  const words = pluginMessages(locale);

  test("finds the series by its own record, not by its page's text (past meetings, dates)", () => {
    const series = at(`/meetings/${SERIES_ID}`);
    expect(series).toHaveLength(1);
    expect(series[0]!.meta.title).toBe(seriesTitle(SERIES_ID, locale));
    expect(series[0]!.content).not.toContain(words['sig.seriesPage.pastHeading']);
    expect(series[0]!.content).not.toContain(words['sig.seriesPage.latestCaption']);
    // …but its title, description and schedule are.
    expect(series[0]!.content.startsWith(seriesTitle(SERIES_ID, locale))).toBe(true);
  });

  test('indexes each minutes page with its title and its text in the locale', () => {
    for (const day of MINUTES) {
      const page = at(`/meetings/${SERIES_ID}/${day}`);
      expect(page).toHaveLength(1);
      const file = fs.existsSync(minutesFile(locale, day)) ? minutesFile(locale, day) : minutesFile('en', day);
      const {items} = markdownParts(readMarkdown(file).body);
      expect(page[0]!.content).toContain(items[0]!.replace(/\*\*/g, '').slice(0, 30));
      expect(page[0]!.meta.title).toBe(squash(builtPage(`${BASE[locale]}meetings/${SERIES_ID}/${day}`)('main h1').text()));
    }
  });

  test('leaves the month view out', () => {
    expect(fragments.filter((f) => f.url.startsWith('/meetings/calendar'))).toEqual([]);
    expect(fragments.length).toBeGreaterThan(10);
  });
});

// ---- A minutes file for a cancelled meeting ----

describe('a minutes file for a cancelled meeting (a small fixture site)', () => {
  afterAll(removeSites);
  const site = () =>
    makeSite(
      {
        'meetings/call.yml': 'title: Call\ntimezone: Europe/London\nstart: 2025-01-14T15:00\nduration: 60\nrepeat: FREQ=MONTHLY;BYDAY=2TU\ncancelled: [2025-02-11]\n',
        'meetings/call/2025-01-14.md': '---\ndescription: Fine.\n---\n\nMinutes of a meeting that took place.\n',
        'meetings/call/2025-02-11.md': '---\ndescription: Not held.\n---\n\nMinutes of a cancelled meeting.\n',
      },
      {},
      false,
    );
  // (sig:check adds a line number after the file name.)
  const message = /^meetings\/call\/2025-02-11\.md(?::\d+)?: field "date" has value "2025-02-11": is a cancelled meeting of meetings\/call\.yml/;

  test('sig:check names the file, the field and the value in one line, and exits 1', () => {
    const {status, stdout, output} = pluginCommand('sig:check', site());
    expect(status).toBe(1);
    expect(stdout.trim().split('\n').filter((line) => !line.startsWith('['))).toEqual([expect.stringMatching(message)]);
    expect(output).toMatch(/\[ERROR\] sig:check found 1 problem/);
    expect(output).not.toMatch(/\n\s+at /);
  });

  test('the build fails with one error line naming file, field and value, no stack trace and no output', () => {
    const dir = site();
    const {status, output} = build(dir);
    expect(status).toBe(1);
    // Docusaurus reports the plugin's error as the cause of its own.
    const errors = output.split('\n').filter((line) => line.includes('[ERROR]'));
    expect(errors).toEqual(['[ERROR] [Error: Unable to build website for locale en.] {']);
    expect(output).toMatch(/\n {2}\[cause\]: \[innersource-sig\] meetings\/call\/2025-02-11\.md: field "date" has value "2025-02-11": is a cancelled meeting/);
    expect(output).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(dir, 'build'))).toBe(false);
  });
});
