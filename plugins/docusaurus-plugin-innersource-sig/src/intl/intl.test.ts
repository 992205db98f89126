import {differentDay, formatDateTime, formatDateTimeRange, formatDayRange, formatTime, formatTimeRange, intlLocale, zoneName} from '.';

// Every instant is written in UTC and every call names its zone and locale, so the results must
// not depend on the machine's TZ (the unit tests also run under TZ=America/Los_Angeles).
const at = (iso: string) => Date.parse(iso) / 1000;
const HOUR = 3600;
/** ICU builds differ in the spaces they write (no-break, narrow no-break): compare words. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('intlLocale', () => {
  it('gives plain English British conventions, and keeps every other tag', () => {
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('en-US')).toBe('en-US');
    expect(intlLocale('pt-BR')).toBe('pt-BR');
    expect(intlLocale('zh-Hans')).toBe('zh-Hans');
  });
});

describe('formatTime and formatTimeRange', () => {
  const start = at('2026-01-13T15:00:00Z');

  it('in the named zone, following its daylight saving time', () => {
    expect(formatTime(start, 'Europe/London', 'en-GB')).toBe('15:00');
    expect(formatTime(start, 'America/New_York', 'en-GB')).toBe('10:00');
    expect(formatTime(start, 'Asia/Kolkata', 'en-GB')).toBe('20:30');
    expect(formatTime(at('2026-07-14T14:00:00Z'), 'Europe/London', 'en-GB')).toBe('15:00');
    expect(formatTime(at('2026-01-13T00:05:00Z'), 'UTC', 'en-GB')).toBe('00:05');
  });

  it("in the locale's clock", () => {
    expect(formatTime(start, 'UTC', 'de')).toBe('15:00');
    expect(plain(formatTime(start, 'UTC', 'en-US'))).toBe('03:00 PM');
  });

  it.each([
    ['en-GB', '15:00–16:00'],
    ['fr', '15:00–16:00'],
    ['ja', '15:00～16:00'],
    ['zh-Hans', '15:00–16:00'],
  ])('a meeting within one day, in %s', (locale, range) => {
    expect(formatTimeRange(start, start + HOUR, 'Europe/London', locale)).toBe(range);
  });

  it('marks a meeting ending on the next day there, and not one ending at midnight', () => {
    const late = at('2026-01-13T23:00:00Z');
    expect(formatTimeRange(late, late + 1.5 * HOUR, 'Europe/London', 'en-GB')).toBe('23:00–00:30 (+1)');
    expect(formatTimeRange(late, late + 1.5 * HOUR, 'Asia/Tokyo', 'en-GB')).toBe('08:00–09:30');
    expect(formatTimeRange(late, late + HOUR, 'Europe/London', 'en-GB')).toBe('23:00–00:00');
  });
});

describe('formatDateTime and formatDateTimeRange', () => {
  const start = at('2027-05-12T14:00:00Z');
  const end = at('2027-05-12T17:30:00Z');

  it('the date depends on the zone, not on the machine', () => {
    expect(formatDateTime(at('2026-01-13T23:30:00Z'), 'Europe/London', 'en-GB')).toBe('Tue, 13 Jan 2026, 23:30');
    expect(formatDateTime(at('2026-01-13T23:30:00Z'), 'Asia/Tokyo', 'en-GB')).toBe('Wed, 14 Jan 2026, 08:30');
    expect(formatDateTime(at('2026-01-13T03:00:00Z'), 'America/Los_Angeles', 'en-GB')).toBe('Mon, 12 Jan 2026, 19:00');
  });

  it.each([
    ['en-GB', 'Wed, 12 May 2027, 10:00', 'Wed, 12 May 2027, 10:00–13:30'],
    ['fr', 'mer. 12 mai 2027, 10:00', 'mer. 12 mai 2027, 10:00–13:30'],
    ['de', 'Mi., 12. Mai 2027, 10:00', 'Mi., 12. Mai 2027, 10:00–13:30'],
    ['ja', '2027年5月12日(水) 10:00', '2027年5月12日(水) 10:00～13:30'],
    ['zh-Hans', '2027年5月12日周三 10:00', '2027年5月12日周三 10:00–13:30'],
    ['pt-BR', 'qua., 12 de mai. de 2027, 10:00', 'qua., 12 de mai. de 2027, 10:00–13:30'],
    ['ru', 'ср, 12 мая 2027 г., 10:00', 'ср, 12 мая 2027 г., 10:00–13:30'],
  ])('a session in New York, in %s', (locale, dateTime, range) => {
    expect(plain(formatDateTime(start, 'America/New_York', locale))).toBe(dateTime);
    expect(plain(formatDateTimeRange(start, end, 'America/New_York', locale))).toBe(range);
  });

  it("the same session on the reader's day and clock", () => {
    expect(formatDateTimeRange(start, end, 'Asia/Tokyo', 'en-GB')).toBe('Wed, 12 May 2027, 23:00–02:30 (+1)');
    expect(formatDateTimeRange(start, end, 'Australia/Sydney', 'en-GB')).toBe('Thu, 13 May 2027, 00:00–03:30');
  });
});

describe('formatDayRange: the days as written, in no zone but the event\'s', () => {
  it.each([
    ['en-GB', ['12 May 2027', '16–17 November 2022', '30 November – 1 December 2022', '31 December 2027 – 1 January 2028']],
    ['fr', ['12 mai 2027', '16–17 novembre 2022', '30 novembre – 1 décembre 2022', '31 décembre 2027 – 1 janvier 2028']],
    ['de', ['12. Mai 2027', '16.–17. November 2022', '30. November – 1. Dezember 2022', '31. Dezember 2027 – 1. Januar 2028']],
    ['es', ['12 de mayo de 2027', '16–17 de noviembre de 2022', '30 de noviembre – 1 de diciembre de 2022', '31 de diciembre de 2027 – 1 de enero de 2028']],
    ['ru', ['12 мая 2027 г.', '16–17 ноября 2022 г.', '30 ноября – 1 декабря 2022 г.', '31 декабря 2027 г. – 1 января 2028 г.']],
    ['ja', ['2027年5月12日', '2022年11月16日～17日', '2022年11月30日～12月1日', '2027年12月31日～2028年1月1日']],
    ['zh-Hans', ['2027年5月12日', '2022年11月16日–17日', '2022年11月30日–12月1日', '2027年12月31日–2028年1月1日']],
  ])('%s', (locale, expected) => {
    const ranges: Array<[string, string]> = [
      ['2027-05-12', '2027-05-12'],
      ['2022-11-16', '2022-11-17'],
      ['2022-11-30', '2022-12-01'],
      ['2027-12-31', '2028-01-01'],
    ];
    expect(ranges.map(([first, last]) => plain(formatDayRange(first, last, locale)))).toEqual(expected);
  });
});

describe('differentDay', () => {
  it('true when two zones are on different dates at that instant', () => {
    expect(differentDay(at('2026-01-13T23:30:00Z'), 'Asia/Tokyo', 'Europe/London')).toBe(true);
    expect(differentDay(at('2026-01-13T12:00:00Z'), 'Asia/Tokyo', 'Europe/London')).toBe(false);
  });
});

describe('zoneName', () => {
  it.each([
    ['Europe/London', 'en-GB', 'United Kingdom Time'],
    ['America/Los_Angeles', 'en-GB', 'Los Angeles Time'],
    ['America/Los_Angeles', 'fr', 'heure : Los Angeles'],
    ['America/New_York', 'ja', 'ニューヨーク時間'],
    ['America/New_York', 'zh-Hans', '纽约时间'],
    ['Australia/Sydney', 'de', 'Sydney (Ortszeit)'],
    // An abbreviation not every reader knows gives way to the long name.
    ['America/New_York', 'en', 'Eastern Time'],
    ['Europe/Berlin', 'en-GB', 'Central European Time'],
    ['Europe/Berlin', 'de', 'Mitteleuropäische Zeit'],
    ['UTC', 'fr', 'UTC'],
    ['Etc/UTC', 'ja', 'UTC'],
    ['Etc/GMT-9', 'en-GB', 'UTC+9'],
    ['Etc/GMT+5', 'de', 'UTC−5'],
  ])('%s in %s: %s', (zone, locale, name) => {
    expect(zoneName(zone, locale)).toBe(name);
  });
});
