/**
 * Round trip on real calendar exports: each file of ../shared/fixtures/import-ics (third-party
 * data, read in place; see its SOURCES.md) is imported, the meeting files are loaded by the
 * plugin, their .ics is rendered by the plugin, and ical.js and node-ical expand it. They must give
 * exactly the occurrences of `<name>.expected.json`, which python's recurring-ical-events found
 * in the original file.
 */
import fs from 'node:fs';
import path from 'node:path';
import en from '../languages/en';
import {expandWithIcalJs, expandWithNodeIcal, type ParsedOccurrence} from '../meetings/__tests__/helpers';
import {renderMeetingsIcs} from '../meetings/ics';
import {parseMeetingFile} from '../meetings/load';
import {planImport, type ImportPlan} from './importCalendars';
import {CHOSEN_ZONES, FIXTURES, present, REFUSED, ZONES} from './__tests__/realExports';

if (!present) console.warn(`sig:import round trip skipped: ${FIXTURES} is absent (the shared real exports are not part of the repository)`);

type Row = [summary: string, start: string, end: string];

function readJson<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
}

function importFile(name: string): ImportPlan {
  const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  return planImport([{file: name, text}], {outDir: 'meetings', existing: [], force: false, chosenZones: CHOSEN_ZONES[name]});
}

function rows(occurrences: ParsedOccurrence[]): Row[] {
  const iso = (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z');
  return occurrences.map((o): Row => [o.summary, iso(o.start), iso(o.end)]).sort((a, b) => (a[1] + a[2] < b[1] + b[2] ? -1 : 1));
}

const names = present ? fs.readdirSync(FIXTURES).filter((name) => name.endsWith('.ics')).sort() : [];
const windows = present ? readJson<Record<string, {start: string; end: string; count: number}>>('windows.json') : {};

if (present) {
  describe('sig:import round trip on real exports', () => {
    it('has the 20 exports SOURCES.md describes', () => {
      expect(names).toHaveLength(20);
    });

    describe.each(names.filter((name) => !REFUSED[name]))('%s', (name) => {
      const plan = importFile(name);
      const meetings = plan.files.map((file) => parseMeetingFile(`meetings/${file.name}`, file.text));
      const ics = renderMeetingsIcs(meetings, {
        calendarName: 'Imported',
        url: 'https://sig.example.org/ics/meetings.ics',
        uidDomain: 'sig.example.org',
        stamps: Object.fromEntries(meetings.map((m) => [m.id, {sequence: 0, stamp: '2026-01-01T00:00:00Z'}])),
        text: en.calendar,
      });
      const window = windows[name]!;
      const from = new Date(window.start);
      const to = new Date(window.end);
      const expected = readJson<Row[]>(name.replace(/\.ics$/, '.expected.json'));

      it('imports every series, refusing none', () => {
        expect(plan.refused).toEqual([]);
        expect(plan.files.length).toBeGreaterThan(0);
      });

      it.each([
        ['ical.js', expandWithIcalJs],
        ['node-ical', expandWithNodeIcal],
      ])('the plugin calendar of the imported files expands, per %s, to the original occurrences', (_parser, expand) => {
        const actual = rows(expand(ics, from, to));
        expect(actual).toHaveLength(window.count);
        expect(actual.map(([, start, end]) => [start, end])).toEqual(expected.map(([, start, end]) => [start, end]));
        // Titles are kept up to surrounding white space (a meeting title is trimmed, as SUMMARY: TEST2 in 08
        // shows). A title changed for one occurrence cannot be kept: it must have been reported.
        const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
        actual.forEach(([summary], index) => {
          const original = spaced(expected[index]![0]);
          if (summary !== original) expect(plan.notices.some((notice) => notice.includes(`SUMMARY ${JSON.stringify(original)}`))).toBe(true);
        });
      });

      it('gives each series the UID it has in the original, so subscribers get an update, not a copy', () => {
        const uids = (text: string) => new Set([...text.replace(/\r?\n[ \t]/g, '').matchAll(/^UID:(.*?)\r?$/gm)].map((match) => match[1]));
        const original = uids(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
        const rendered = uids(ics);
        for (const meeting of meetings.filter((m) => m.repeat)) {
          if (original.size === 0) continue;
          expect(original).toContain(meeting.uid);
          expect(rendered).toContain(meeting.uid);
        }
      });

      if (ZONES[name]) {
        it(`reads the zone as ${ZONES[name]}`, () => {
          expect(new Set(meetings.map((m) => m.timezone))).toEqual(new Set([ZONES[name]]));
        });
      }
    });

    describe.each(Object.entries(REFUSED))('%s', (name, {property, reason}) => {
      it('is refused with a message naming the file, the series and the property, and nothing is written', () => {
        const plan = importFile(name);
        expect(plan.files).toEqual([]);
        expect(plan.refused).toHaveLength(1);
        const [message] = plan.refused;
        expect(message).toMatch(new RegExp(`^${name}: series ".+" \\(UID [^)]+\\): `));
        expect(message).toContain(property);
        expect(message).toMatch(reason);
        expect(message).toMatch(/nothing written for this series$/);
      });
    });

    it('refuses a display-name zone without VTIMEZONE unless --zone says which zone it is', () => {
      const text = fs.readFileSync(path.join(FIXTURES, '08-owa-displayname-tz-no-vtimezone.ics'), 'utf8');
      const plan = planImport([{file: '08.ics', text}], {outDir: 'meetings', existing: [], force: false});
      expect(plan.files).toEqual([]);
      expect(plan.refused).toEqual([
        expect.stringContaining('08.ics: series "TEST2": DTSTART "TZID=(UTC-05:00) Eastern Time (US & Canada)" is neither an IANA nor a Windows time zone'),
      ]);
      expect(plan.refused[0]).toContain('--zone "(UTC-05:00) Eastern Time (US & Canada)=Area/City"');
    });
  });
} else {
  // describe.each cannot take an empty table: without the exports, one skipped test says why.
  describe.skip('sig:import round trip on real exports', () => {
    it(`needs ${FIXTURES}, absent here`, () => undefined);
  });
}
