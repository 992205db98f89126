import {canonicalTimeZone, instantToWallClock, isInDaylightSavingGap, isKnownTimeZone, parseWallClock, vtimezoneBlock, wallClockToInstant} from './zones';

describe('isKnownTimeZone', () => {
  it.each(['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Calcutta', 'Europe/Kyiv', 'Europe/Amsterdam', 'America/Argentina/Buenos_Aires', 'Etc/UTC', 'Pacific/Chatham'])(
    'accepts %s',
    (zone) => expect(isKnownTimeZone(zone)).toBe(true),
  );

  it.each(['GMT', 'UTC', 'US/Eastern', 'CET', 'EST', 'europe/london', 'Mars/Olympus', '', 'Europe/London '])('rejects %j', (zone) => {
    expect(isKnownTimeZone(zone)).toBe(false);
  });

  it('stays quiet about unknown names (timezones-ical-library logs them with console.error)', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    isKnownTimeZone('Mars/Olympus');
    vtimezoneBlock('Mars/Olympus');
    canonicalTimeZone('Mars/Olympus');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('canonicalTimeZone', () => {
  it('suggests the name to use for aliases', () => {
    expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York');
    expect(canonicalTimeZone('europe/london')).toBe('Europe/London');
    expect(isKnownTimeZone(canonicalTimeZone('GMT') ?? '')).toBe(true);
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
  });
});

describe('vtimezoneBlock', () => {
  it('names the block after the zone asked for, also when the library files it under a link', () => {
    const block = vtimezoneBlock('Europe/Amsterdam') ?? '';
    expect(block).toMatch(/^BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam\r\nX-LIC-LOCATION:Europe\/Amsterdam\r\n/);
    expect(block).toContain('TZOFFSETTO:+0200');
    expect(block).not.toContain('Brussels');
  });
});

describe('parseWallClock', () => {
  it('accepts real times only', () => {
    expect(parseWallClock('2024-02-29T23:59')).toEqual({year: 2024, month: 2, day: 29, hour: 23, minute: 59});
    expect(parseWallClock('2000-02-29T00:00')).toEqual({year: 2000, month: 2, day: 29, hour: 0, minute: 0});
    expect(parseWallClock('2024-12-31T00:00')).toEqual({year: 2024, month: 12, day: 31, hour: 0, minute: 0});
    for (const bad of ['1900-02-29T10:00', '2024-13-01T10:00', '2024-00-10T10:00', '2024-06-00T10:00', '2024-02-13T24:00', '2023-02-29T10:00', '2024-02-30T10:00', '2024-04-31T10:00', '2024-02-13T25:00', '2024-02-13T10:60', '2024-02-13', '2024-02-13T10:00Z']) {
      expect(parseWallClock(bad)).toBeUndefined();
    }
  });
});

describe('wallClockToInstant / instantToWallClock', () => {
  // Expected instants written by hand from the zones' offsets.
  const cases: Array<[string, string, string, string]> = [
    ['London in winter (GMT)', '2024-01-09T15:00', 'Europe/London', '2024-01-09T15:00:00.000Z'],
    ['London in summer (BST)', '2024-07-09T15:00', 'Europe/London', '2024-07-09T14:00:00.000Z'],
    ['New York in winter (EST)', '2024-01-10T11:00', 'America/New_York', '2024-01-10T16:00:00.000Z'],
    ['New York in summer (EDT)', '2024-07-10T11:00', 'America/New_York', '2024-07-10T15:00:00.000Z'],
    ['Sydney in its summer (AEDT), the UTC day before', '2024-01-04T09:30', 'Australia/Sydney', '2024-01-03T22:30:00.000Z'],
    ['Sydney in its winter (AEST)', '2024-07-04T09:30', 'Australia/Sydney', '2024-07-03T23:30:00.000Z'],
    ['Kolkata (UTC+5:30)', '2024-06-27T18:30', 'Asia/Kolkata', '2024-06-27T13:00:00.000Z'],
    ['Chatham (UTC+13:45)', '2024-01-01T00:00', 'Pacific/Chatham', '2023-12-31T10:15:00.000Z'],
  ];

  it.each(cases)('%s', (_what, local, zone, utc) => {
    expect(wallClockToInstant(local, zone).toISOString()).toBe(utc);
    expect(instantToWallClock(new Date(utc), zone)).toBe(local);
  });

  // RFC 5545 3.3.5: a time in a gap is read with the offset before the gap; in an overlap, the first instant.
  const edges: Array<[string, string, string, string]> = [
    ['London gap', '2024-03-31T01:30', 'Europe/London', '2024-03-31T01:30:00.000Z'],
    ['London overlap', '2024-10-27T01:30', 'Europe/London', '2024-10-27T00:30:00.000Z'],
    ['New York gap', '2024-03-10T02:30', 'America/New_York', '2024-03-10T07:30:00.000Z'],
    ['New York overlap', '2024-11-03T01:30', 'America/New_York', '2024-11-03T05:30:00.000Z'],
    ['Sydney gap', '2024-10-06T02:30', 'Australia/Sydney', '2024-10-05T16:30:00.000Z'],
    ['Sydney overlap', '2024-04-07T02:30', 'Australia/Sydney', '2024-04-06T15:30:00.000Z'],
  ];

  it.each(edges)('%s follows RFC 5545', (_what, local, zone, utc) => {
    expect(wallClockToInstant(local, zone).toISOString()).toBe(utc);
  });

  it('tells times in a gap apart', () => {
    expect(isInDaylightSavingGap('2024-03-31T01:30', 'Europe/London')).toBe(true);
    expect(instantToWallClock(wallClockToInstant('2024-03-31T01:30', 'Europe/London'), 'Europe/London')).toBe('2024-03-31T02:30');
    expect(isInDaylightSavingGap('2024-10-27T01:30', 'Europe/London')).toBe(false);
    expect(isInDaylightSavingGap('2024-03-31T02:00', 'Europe/London')).toBe(false);
  });

  it('rejects unknown zones', () => {
    expect(() => wallClockToInstant('2024-01-01T10:00', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => instantToWallClock(new Date(0), 'Mars/Olympus')).toThrow(RangeError);
  });
});
