import type {Meeting, MeetingRecord} from '../types';
import {dayInSeries, notesSearchUrl, seriesBegins, seriesHistory} from './history';
import {scheduledStartOn} from './occurrences';

/** A series as the loader gives it; every fixture below is written for these tests. */
function series(fields: Partial<Meeting> & Pick<Meeting, 'timezone' | 'start'>): Meeting {
  return {id: 'sync', title: 'Monthly sync', durationMinutes: 60, cancelled: [], moved: [], ics: 'sync', sourceFile: 'meetings/sync.yml', ...fields};
}

// Second Tuesday of the month, 15:00 in London (2025: 14 Jan, 11 Feb, 11 Mar, 8 Apr, 13 May, …).
// British Summer Time runs from 30 March to 26 October 2025. February's meeting is cancelled,
// April's moved a week on, to 16:00 for 90 minutes.
const LONDON = series({
  timezone: 'Europe/London',
  start: '2025-01-14T15:00',
  repeat: 'FREQ=MONTHLY;BYDAY=2TU',
  cancelled: ['2025-02-11'],
  moved: [{from: '2025-04-08', start: '2025-04-15T16:00', durationMinutes: 90}],
});

const utc = (iso: string) => new Date(iso);
/** What a reader sees of a record, in a form a failing test shows whole. */
const seen = (records: MeetingRecord[]) =>
  records.map((r) => ({date: r.date, status: r.status, start: r.start.toISOString(), end: r.end.toISOString(), localStart: r.localStart, ...(r.movedFrom && {movedFrom: r.movedFrom})}));

describe('seriesHistory', () => {
  test('lists every meeting of the window oldest first: cancelled ones at their time, moved ones at their new time only', () => {
    const records = seriesHistory(LONDON, utc('2025-01-01T00:00:00Z'), utc('2025-06-01T00:00:00Z'));
    expect(seen(records)).toEqual([
      {date: '2025-01-14', status: 'held', start: '2025-01-14T15:00:00.000Z', end: '2025-01-14T16:00:00.000Z', localStart: '2025-01-14T15:00'},
      {date: '2025-02-11', status: 'cancelled', start: '2025-02-11T15:00:00.000Z', end: '2025-02-11T16:00:00.000Z', localStart: '2025-02-11T15:00'},
      {date: '2025-03-11', status: 'held', start: '2025-03-11T15:00:00.000Z', end: '2025-03-11T16:00:00.000Z', localStart: '2025-03-11T15:00'},
      // 16:00 BST is 15:00 UTC; 90 minutes, the move's own duration.
      {date: '2025-04-15', status: 'moved', start: '2025-04-15T15:00:00.000Z', end: '2025-04-15T16:30:00.000Z', localStart: '2025-04-15T16:00', movedFrom: '2025-04-08'},
      // 15:00 BST is 14:00 UTC.
      {date: '2025-05-13', status: 'held', start: '2025-05-13T14:00:00.000Z', end: '2025-05-13T15:00:00.000Z', localStart: '2025-05-13T15:00'},
    ]);
    expect(records.map((r) => r.date)).not.toContain('2025-04-08');
  });

  test('keeps the wall clock when the clocks change back in autumn', () => {
    const records = seriesHistory(LONDON, utc('2025-10-01T00:00:00Z'), utc('2025-12-01T00:00:00Z'));
    expect(records.map((r) => [r.date, r.start.toISOString()])).toEqual([
      ['2025-10-14', '2025-10-14T14:00:00.000Z'],
      ['2025-11-11', '2025-11-11T15:00:00.000Z'],
    ]);
  });

  test('includes a meeting starting at `from` and leaves out one starting at `to`', () => {
    const records = seriesHistory(LONDON, utc('2025-03-11T15:00:00Z'), utc('2025-05-13T14:00:00Z'));
    expect(records.map((r) => r.date)).toEqual(['2025-03-11', '2025-04-15']);
  });

  test('lists a moved meeting in a window holding its new day, not in one holding only its old day', () => {
    expect(seriesHistory(LONDON, utc('2025-04-14T00:00:00Z'), utc('2025-04-16T00:00:00Z')).map((r) => r.date)).toEqual(['2025-04-15']);
    expect(seriesHistory(LONDON, utc('2025-04-01T00:00:00Z'), utc('2025-04-14T00:00:00Z'))).toEqual([]);
  });

  test('a meeting moved earlier than its scheduled day is listed in its new place in the order', () => {
    const earlier = {...LONDON, moved: [{from: '2025-05-13', start: '2025-05-01T09:00', durationMinutes: 60}]};
    const records = seriesHistory(earlier, utc('2025-03-01T00:00:00Z'), utc('2025-07-01T00:00:00Z'));
    expect(records.map((r) => [r.date, r.status])).toEqual([
      ['2025-03-11', 'held'],
      ['2025-04-08', 'held'],
      ['2025-05-01', 'moved'],
      ['2025-06-10', 'held'],
    ]);
  });

  test('gives instants of a southern-hemisphere zone across both of its clock changes, keyed by the local day', () => {
    // Tuesdays 10:00 in Sydney: AEDT (UTC+11) until 6 April 2025, AEST (UTC+10) until 5 October.
    const sydney = series({timezone: 'Australia/Sydney', start: '2025-03-25T10:00', repeat: 'FREQ=WEEKLY;BYDAY=TU'});
    // 15 April at 10:00 AEST is exactly `to`: left out.
    expect(seriesHistory(sydney, utc('2025-03-24T00:00:00Z'), utc('2025-04-15T00:00:00Z')).map((r) => [r.date, r.start.toISOString()])).toEqual([
      ['2025-03-25', '2025-03-24T23:00:00.000Z'],
      ['2025-04-01', '2025-03-31T23:00:00.000Z'],
      ['2025-04-08', '2025-04-08T00:00:00.000Z'],
    ]);
    expect(seriesHistory(sydney, utc('2025-09-29T00:00:00Z'), utc('2025-10-08T00:00:00Z')).map((r) => [r.date, r.start.toISOString()])).toEqual([
      ['2025-09-30', '2025-09-30T00:00:00.000Z'],
      ['2025-10-07', '2025-10-06T23:00:00.000Z'],
    ]);
  });

  test('from seriesBegins, the first meeting is listed even where it falls on the UTC day before its own', () => {
    const sydney = series({timezone: 'Australia/Sydney', start: '2025-03-25T10:00', repeat: 'FREQ=WEEKLY;BYDAY=TU'});
    const [first] = seriesHistory(sydney, seriesBegins(sydney), utc('2025-04-01T00:00:00Z'));
    expect(first?.start.toISOString()).toBe('2025-03-24T23:00:00.000Z');
    const kiritimati = series({timezone: 'Pacific/Kiritimati', start: '2025-01-01T09:00'});
    expect(seen(seriesHistory(kiritimati, seriesBegins(kiritimati), utc('2025-02-01T00:00:00Z')))).toEqual([
      {date: '2025-01-01', status: 'held', start: '2024-12-31T19:00:00.000Z', end: '2024-12-31T20:00:00.000Z', localStart: '2025-01-01T09:00'},
    ]);
  });

  test('a one-off meeting is listed once, as cancelled when it is', () => {
    const once = series({timezone: 'Asia/Kolkata', start: '2025-01-15T09:00'});
    const window = [utc('2025-01-01T00:00:00Z'), utc('2025-02-01T00:00:00Z')] as const;
    expect(seriesHistory(once, ...window).map((r) => [r.date, r.status, r.start.toISOString()])).toEqual([['2025-01-15', 'held', '2025-01-15T03:30:00.000Z']]);
    expect(seriesHistory({...once, cancelled: ['2025-01-15']}, ...window).map((r) => r.status)).toEqual(['cancelled']);
  });

  describe('links', () => {
    const withLinks = series({
      ...LONDON,
      notesSearch: 'https://github.com/org/repo/issues?q=label%3Aminutes+{date}',
      meetingLinks: {
        notes: {'2025-01-14': 'https://github.com/org/repo/issues/14'},
        agenda: {'2025-04-15': 'https://github.com/org/repo/issues/15'},
        recordings: {'2025-05-13': 'https://video.example.org/may'},
      },
    });
    const minutes = new Map([
      ['2025-02-11', '/sig/meetings/sync/2025-02-11'],
      ['2025-03-11', '/sig/meetings/sync/2025-03-11'],
      ['2025-05-13', '/sig/meetings/sync/2025-05-13'],
    ]);
    const links = (meeting: Meeting, pages?: ReadonlyMap<string, string>) =>
      Object.fromEntries(seriesHistory(meeting, utc('2025-01-01T00:00:00Z'), utc('2025-06-01T00:00:00Z'), pages).map((r) => [r.date, r.links]));

    test("each meeting gets its own links, the notes search only where it has neither notes nor minutes, and a cancelled one none", () => {
      expect(links(withLinks, minutes)).toEqual({
        '2025-01-14': {notes: 'https://github.com/org/repo/issues/14'},
        // A minutes page for a cancelled meeting is not linked; nor is a search for its minutes.
        '2025-02-11': {},
        '2025-03-11': {minutes: '/sig/meetings/sync/2025-03-11'},
        '2025-04-15': {notes: 'https://github.com/org/repo/issues?q=label%3Aminutes+2025-04-15', agenda: 'https://github.com/org/repo/issues/15'},
        '2025-05-13': {minutes: '/sig/meetings/sync/2025-05-13', recording: 'https://video.example.org/may'},
      });
    });

    test('without minutes pages every meeting held gets the search with its own day', () => {
      const found = links(withLinks);
      expect(found['2025-03-11']).toEqual({notes: 'https://github.com/org/repo/issues?q=label%3Aminutes+2025-03-11'});
      expect(found['2025-05-13']).toEqual({notes: 'https://github.com/org/repo/issues?q=label%3Aminutes+2025-05-13', recording: 'https://video.example.org/may'});
      expect(found['2025-02-11']).toEqual({});
    });

    test('a series without links of its own gives meetings no links', () => {
      expect(Object.values(links(LONDON))).toEqual([{}, {}, {}, {}, {}]);
    });

    test('a minutes page under the day a meeting was moved away from is not linked', () => {
      expect(links(LONDON, new Map([['2025-04-08', '/sig/meetings/sync/2025-04-08']]))['2025-04-15']).toEqual({});
    });
  });
});

test('notesSearchUrl fills in every {date}', () => {
  expect(notesSearchUrl('https://example.org/search?q={date}&from={date}', '2025-01-14')).toBe('https://example.org/search?q=2025-01-14&from=2025-01-14');
});

describe('dayInSeries', () => {
  const startOn = (date: string) => scheduledStartOn(LONDON, date);

  test.each([
    ['a scheduled meeting', '2025-01-14', {kind: 'meeting', localStart: '2025-01-14T15:00', moved: false}],
    ['the new day of a moved meeting', '2025-04-15', {kind: 'meeting', localStart: '2025-04-15T16:00', moved: true}],
    ['a cancelled meeting', '2025-02-11', {kind: 'cancelled'}],
    ['the old day of a moved meeting', '2025-04-08', {kind: 'movedAway', to: '2025-04-15'}],
    ['a day without a meeting', '2025-01-15', {kind: 'none'}],
    ['a day before the series began', '2024-12-10', {kind: 'none'}],
  ])('%s', (_what, date, expected) => {
    expect(dayInSeries(LONDON, date, startOn)).toEqual(expected);
  });

  test('a meeting moved to another time on its own day is a meeting there, not a move away', () => {
    const sameDay = {...LONDON, moved: [{from: '2025-03-11', start: '2025-03-11T17:00', durationMinutes: 60}]};
    expect(dayInSeries(sameDay, '2025-03-11', (date) => scheduledStartOn(sameDay, date))).toEqual({kind: 'meeting', localStart: '2025-03-11T17:00', moved: true});
  });
});
