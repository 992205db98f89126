/** Zone names as exports write them; the VTIMEZONEs here are written by us for these tests. */
import ICAL from 'ical.js';
import {resolveZone} from './windowsZones';

function vtimezone(tzid: string, body: string[]): ICAL.Timezone {
  const text = ['BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', `TZID:${tzid}`, ...body, 'END:VTIMEZONE', 'END:VCALENDAR', ''].join('\r\n');
  return new ICAL.Timezone(new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vtimezone')!);
}

/** US Eastern rules since 2007, as Exchange writes them under a name of its own. */
const US_EASTERN = [
  'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
  'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
];
const PLUS_EIGHT = ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:STANDARD'];

/** 10:00 on the first of each month of 2025. */
const WALL_CLOCKS = Array.from({length: 12}, (_, month) => `2025-${String(month + 1).padStart(2, '0')}-01T10:00`);

describe('resolveZone', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['US/Eastern', 'America/New_York'],
    ['GMT Standard Time', 'Europe/London'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Central European Standard Time', 'Europe/Warsaw'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
  ])('reads %s as %s', (tzid, zone) => {
    expect(resolveZone(tzid, {wallClocks: WALL_CLOCKS})).toMatchObject({zone});
  });

  it("finds the zone of a name of the exporter's own from its VTIMEZONE", () => {
    expect(resolveZone('Customized Time Zone', {vtimezone: vtimezone('Customized Time Zone', US_EASTERN), wallClocks: WALL_CLOCKS})).toMatchObject({zone: 'America/New_York'});
    // Many zones are +08:00 all year: the city the name gives decides.
    expect(resolveZone('Perth', {vtimezone: vtimezone('Perth', PLUS_EIGHT), wallClocks: WALL_CLOCKS})).toMatchObject({zone: 'Australia/Perth'});
  });

  it('refuses a VTIMEZONE that no IANA zone matches, and a name with neither table nor VTIMEZONE', () => {
    const odd = ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0317', 'TZOFFSETTO:+0317', 'END:STANDARD'];
    expect(resolveZone('Odd', {vtimezone: vtimezone('Odd', odd), wallClocks: WALL_CLOCKS})).toEqual({problem: expect.stringContaining('matches no IANA time zone')});
    expect(resolveZone('(UTC-05:00) Eastern Time (US & Canada)', {wallClocks: WALL_CLOCKS})).toEqual({problem: expect.stringContaining('no VTIMEZONE')});
  });

  it('takes the zone the user gives, and refuses one that is not IANA', () => {
    expect(resolveZone('Office', {wallClocks: WALL_CLOCKS, chosen: {Office: 'Europe/Lisbon'}})).toMatchObject({zone: 'Europe/Lisbon'});
    expect(resolveZone('Office', {wallClocks: WALL_CLOCKS, chosen: {Office: 'Lisbon'}})).toEqual({problem: expect.stringContaining('not an IANA time zone')});
  });
});
