/**
 * What the round trips on the real calendar exports (../shared/fixtures/import-ics, third-party
 * data read in place; see its SOURCES.md) expect of them, for sig:import and calendar sources alike.
 */
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', '..', '..', 'shared', 'fixtures', 'import-ics');
export const present = fs.existsSync(path.join(FIXTURES, 'windows.json'));

/** What the format cannot hold, per SOURCES.md: the property each refusal must name. */
export const REFUSED: Record<string, {property: string; reason: RegExp}> = {
  '01-google-monthly-lastfri-moved.ics': {property: 'DTEND "20211126T213000"', reason: /length of 0 minutes/},
  '20-zimbra-monthly-1tu-rdate.ics': {property: 'RDATE "20121110T100000,20121105T100000"', reason: /dates outside the rule/},
};

/** Outlook Web Access names the zone by its display name and writes no VTIMEZONE: the user says which zone it is. */
export const CHOSEN_ZONES: Record<string, Record<string, string>> = {
  '08-owa-displayname-tz-no-vtimezone.ics': {'(UTC-05:00) Eastern Time (US & Canada)': 'America/New_York'},
};

/** The zone SOURCES.md gives for the names that are not IANA ones. */
export const ZONES: Record<string, string> = {
  '05-o365-biweekly-cest-exdate.ics': 'Europe/Warsaw',
  '06-o365-weekly-nz.ics': 'Pacific/Auckland',
  '07-exchange-customized-tz.ics': 'America/New_York',
  '08-owa-displayname-tz-no-vtimezone.ics': 'America/New_York',
  '09-outlook2003-sydney-weekdays.ics': 'Australia/Sydney',
  '10-outlook2007-kuala-lumpur-weekly.ics': 'Asia/Singapore',
  '11-outlook2010-gmt-standard-time.ics': 'Europe/London',
  '15-mozilla-bysetpos-us-eastern.ics': 'America/New_York',
};
