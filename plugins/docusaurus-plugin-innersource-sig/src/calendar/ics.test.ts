import ICAL from 'ical.js';
import {foldLines as libraryFoldLines} from 'ical-generator';
import nodeIcal, {type VEvent} from 'node-ical';
import {escapeText, foldLines, formatLocalDateTime, formatUtcDateTime, renderCalendar, type CalendarEvent} from './ics';

const EVENT: CalendarEvent = {
  uid: 'launch@example.org',
  sequence: 2,
  stamp: new Date('2024-05-01T10:00:00Z'),
  timezone: 'Europe/Paris',
  start: '2024-06-20T18:00',
  end: '2024-06-20T20:30',
  summary: 'Launch',
  url: 'https://example.org/launch?a=1,2;3',
};

const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLines', () => {
  it('folds at 75 octets, counting UTF-8 bytes and keeping surrogate pairs whole, as ical-generator does', () => {
    const lines = [
      'SUMMARY:short',
      `DESCRIPTION:${'a'.repeat(200)}`,
      `DESCRIPTION:${'é'.repeat(80)}`,
      `SUMMARY:${'日本語の会議'.repeat(9)}`,
      `SUMMARY:${'x'.repeat(72)}😀😀${'y'.repeat(80)}`,
      `SUMMARY:${'z'.repeat(73)}\ud800lone`,
      `X:${'b'.repeat(72)}`,
      `X:${'c'.repeat(73)}`,
    ];
    const text = lines.join('\r\n');
    expect(foldLines(text)).toBe(libraryFoldLines(text));
    for (const line of foldLines(text).split('\r\n')) expect(Buffer.byteLength(line.replace(/\ud800/g, '\ufffd'))).toBeLessThanOrEqual(75);
  });
});

describe('date formats', () => {
  it('writes UTC with Z and wall clocks without', () => {
    expect(formatUtcDateTime(new Date('2024-02-13T15:04:05.678Z'))).toBe('20240213T150405Z');
    expect(formatLocalDateTime('2024-02-13T15:04')).toBe('20240213T150400');
  });
});

describe('renderCalendar', () => {
  const options = {name: 'Events', url: 'https://example.org/ics/events.ics'};

  it('writes a one-off event with TZID, its VTIMEZONE and the stamp given', () => {
    const lines = unfold(renderCalendar(options, [EVENT]));
    expect(lines).toEqual(
      expect.arrayContaining([
        'TZID:Europe/Paris',
        'UID:launch@example.org',
        'SEQUENCE:2',
        'DTSTAMP:20240501T100000Z',
        'DTSTART;TZID=Europe/Paris:20240620T180000',
        'DTEND;TZID=Europe/Paris:20240620T203000',
        // URI values are not TEXT: "," and ";" are percent-encoded rather than backslash-escaped.
        'URL;VALUE=URI:https://example.org/launch?a=1%2C2%3B3',
      ]),
    );
    const vevent = lines.slice(lines.indexOf('BEGIN:VEVENT'));
    expect(vevent.some((l) => /^(RRULE|EXDATE|RECURRENCE-ID|STATUS)/.test(l))).toBe(false);
  });

  it('gives ical.js the same instant', () => {
    const root = new ICAL.Component(ICAL.parse(renderCalendar(options, [EVENT])));
    for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-06-20T16:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2024-06-20T18:30:00.000Z');
  });

  it('folds a long non-ASCII name at 75 octets without splitting characters', () => {
    const name = 'Réunion mensuelle — InnerSource 🚀 '.repeat(6);
    const ics = renderCalendar({...options, name, description: name}, [EVENT]);
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(unfold(ics)).toContain(`X-WR-CALNAME:${escapeText(name)}`);
    expect(unfold(ics)).toContain(`DESCRIPTION:${escapeText(name)}`);
  });

  it('refuses a zone it cannot write a VTIMEZONE for', () => {
    expect(() => renderCalendar(options, [{...EVENT, timezone: 'US/Eastern'}])).toThrow(/VTIMEZONE/);
  });

  it('does not depend on the order of anything but the events given', () => {
    expect(renderCalendar(options, [EVENT, {...EVENT, uid: 'b@example.org'}])).toBe(renderCalendar(options, [EVENT, {...EVENT, uid: 'b@example.org'}]));
  });
});

describe('text that RFC 5545 cannot hold', () => {
  const options = {name: 'Events\u0007 \u2028calendar', description: 'All\u0000 of\u2029them\ud800', url: 'https://example.org/ics/events.ics'};
  const tricky: CalendarEvent = {
    ...EVENT,
    uid: 'tricky\u0001@example.org',
    summary: 'Bell\u0007 null\u0000 esc\u001b del\u007f broken\ud83d lone\udc00 non\ufffe\uffff; a, b\\ 🚀',
    description: 'Line one\u2028line two\u2029line three\u0085line four\r\nline five\ttabbed',
    location: 'Room\u000b 1\u000c',
    url: 'https://example.org/a\u0007b?x=1,2;3\u2028',
    organizer: {name: 'The "SIG"\u0007\nteam', email: 'sig@example.org'},
  };
  // RFC 5545 CONTROL (all but HTAB; CR and LF only as line ends), lone surrogates, U+FFFE/U+FFFF, line separators.
  const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F\u0085\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/u;

  it('is left out or made a line break, so that the file parses with ical.js and node-ical', () => {
    const ics = renderCalendar(options, [tricky]);
    // CR only before LF, LF only after CR: line ends, nothing else.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).not.toMatch(FORBIDDEN);

    const summary = 'Bell null esc del broken lone non; a, b\\ 🚀';
    const description = 'Line one\nline two\nline three\nline four\nline five\ttabbed';
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('uid')).toBe('tricky@example.org');
    expect(vevent.getFirstPropertyValue('summary')).toBe(summary);
    expect(vevent.getFirstPropertyValue('description')).toBe(description);
    expect(vevent.getFirstPropertyValue('location')).toBe('Room 1');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://example.org/a%07b?x=1%2C2%3B3%E2%80%A8');
    expect(vevent.getFirstProperty('organizer')!.getParameter('cn')).toBe("The 'SIG' team");
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(unfold(ics)).toEqual(expect.arrayContaining(['NAME:Events \\ncalendar', 'X-WR-CALNAME:Events \\ncalendar']));
    expect(calendar.getFirstPropertyValue('description')).toBe('All of\nthem');

    const parsed = Object.values(nodeIcal.sync.parseICS(ics)).filter((component): component is VEvent => component?.type === 'VEVENT');
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.summary).toBe(summary);
    expect(parsed[0]!.description).toBe(description);
    expect(parsed[0]!.location).toBe('Room 1');
  });

  it('escapeText leaves out what TEXT cannot hold', () => {
    expect(escapeText('a\u0007b\u2028c\ud800;')).toBe('ab\\nc\\;');
  });
});
