/**
 * Round trip of calendar sources on real calendar exports: each file of ../shared/fixtures/import-ics
 * (third-party data, read in place, never copied; see its SOURCES.md) is served by a local HTTP
 * server as the calendar of a source of its own, read through resolveSource (fetch, snapshot) and
 * sourceMeetings, and the meetings' .ics, rendered by the plugin, is expanded by ical.js and
 * node-ical. They must give exactly the occurrences of `<name>.expected.json`, which python's
 * recurring-ical-events found in the original file. The files sig:import refuses are the ones
 * skipped here, for the same reason (see src/import/roundTrip.test.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import en from '../languages/en';
import {resolveSource, type ResolvedSource} from '../lifecycle/loadSources';
import {expandWithIcalJs, expandWithNodeIcal, type ParsedOccurrence} from '../meetings/__tests__/helpers';
import {renderMeetingsIcs} from '../meetings/ics';
import {normalizeOptions} from '../options';
import {parseCalendar} from '../import/parseCalendar';
import type {Meeting} from '../types';
import {parseSnapshot} from './snapshot';
import {parseSourceFile, type CalendarSource} from './sourceFile';
import {sourceMeetings, type SourceMeetings} from './toMeetings';
import {CHOSEN_ZONES, FIXTURES, present, REFUSED, ZONES} from '../import/__tests__/realExports';

if (!present) console.warn(`calendar source round trip skipped: ${FIXTURES} is absent (the shared real exports are not part of the repository)`);

const NOW = new Date('2026-06-01T00:00:00.000Z');

type Row = [summary: string, start: string, end: string];

function readJson<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
}

function rows(occurrences: ParsedOccurrence[]): Row[] {
  const iso = (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z');
  return occurrences.map((o): Row => [o.summary, iso(o.start), iso(o.end)]).sort((a, b) => (a[1] + a[2] < b[1] + b[2] ? -1 : 1));
}

/** The source of one export: `<base>.source.yml`, with the zones the file's TZIDs need. */
function sourceOf(name: string, url: string): CalendarSource {
  const zones = CHOSEN_ZONES[name];
  const yaml = [`url: ${url}`, ...(zones ? ['zones:', ...Object.entries(zones).map(([tzid, zone]) => `  ${JSON.stringify(tzid)}: ${zone}`)] : [])].join('\n');
  return parseSourceFile(`meetings/${name.replace(/\.ics$/, '')}.source.yml`, `${yaml}\n`);
}

const names = present ? fs.readdirSync(FIXTURES).filter((name) => name.endsWith('.ics')).sort() : [];
const windows = present ? readJson<Record<string, {start: string; end: string; count: number}>>('windows.json') : {};

interface Read {
  source: CalendarSource;
  resolved: ResolvedSource;
  converted: SourceMeetings;
  /** The snapshot file written, as text. */
  snapshotText: string;
}

let server: http.Server | undefined;
let base = '';
const siteDirs: string[] = [];
const reads = new Map<string, Read>();

/** Each export, served as is (bytes, line ends), and read as the build reads a source. */
async function read(name: string): Promise<Read> {
  const known = reads.get(name);
  if (known) return known;
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sig-source-round-trip-'));
  siteDirs.push(siteDir);
  const meetingsDir = path.join(siteDir, 'meetings');
  fs.mkdirSync(meetingsDir);
  const source = sourceOf(name, `${base}/${encodeURIComponent(name)}?token=s3cr3t`);
  const resolved = await resolveSource({
    siteDir,
    meetingsDir,
    source,
    settings: {offline: false, env: {}, limits: {timeoutMs: 5000, retryDelayMs: 0}, options: normalizeOptions({}).calendarSources, now: NOW},
  });
  const {snapshot} = resolved;
  if (!snapshot) throw new Error(`${name}: not read`);
  const converted = sourceMeetings(source, snapshot.calendar, {host: snapshot.host, fetchedAt: snapshot.fetchedAt, stale: false});
  const result = {source, resolved, converted, snapshotText: fs.readFileSync(path.join(meetingsDir, '.snapshots', `${source.name}.ics`), 'utf8')};
  reads.set(name, result);
  return result;
}

function render(meetings: Meeting[]): string {
  return renderMeetingsIcs(meetings, {
    calendarName: 'From a source',
    url: 'https://sig.example.org/ics/meetings.ics',
    uidDomain: 'sig.example.org',
    stamps: Object.fromEntries(meetings.map((m) => [m.id, {sequence: 0, stamp: '2026-01-01T00:00:00Z'}])),
    text: en.calendar,
  });
}

if (present) {
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const name = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname.slice(1));
      if (!names.includes(name)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {'Content-Type': 'text/calendar; charset=utf-8'}).end(fs.readFileSync(path.join(FIXTURES, name)));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server!.close(resolve));
    }
    for (const dir of siteDirs) fs.rmSync(dir, {recursive: true, force: true});
  });

  describe('calendar sources on real exports', () => {
    it('has the 20 exports SOURCES.md describes', () => {
      expect(names).toHaveLength(20);
    });

    describe.each(names.filter((name) => !REFUSED[name]))('%s', (name) => {
      const window = windows[name]!;
      const from = new Date(window.start);
      const to = new Date(window.end);
      const expected = present ? readJson<Row[]>(name.replace(/\.ics$/, '.expected.json')) : [];

      it('is read from the server; its snapshot is the export, less the events that are no series, line for line', async () => {
        const {resolved, snapshotText} = await read(name);
        expect(resolved.live).toBe(true);
        const original = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
        const eol = original.includes('\r\n') ? '\r\n' : '\n';
        const kept = parseSnapshot('snapshot.ics', snapshotText).calendar.split(eol);
        // Every line kept is the export's, in its order; what is left out are whole one-off events.
        const lines = original.split(eol);
        let at = 0;
        for (const line of kept) {
          at = lines.indexOf(line, at);
          expect(at).toBeGreaterThanOrEqual(0);
          at += 1;
        }
        const events = (text: string) => text.split(eol).filter((line) => /^BEGIN:VEVENT$/i.test(line)).length;
        const series = (text: string) => text.split(/\r?\nBEGIN:VEVENT/i).slice(1).filter((block) => /\n(RRULE|RECURRENCE-ID)[:;]/i.test(block.split(/\r?\nEND:VEVENT/i)[0]!)).length;
        expect(events(kept.join(eol))).toBe(series(original));
        expect(snapshotText).not.toMatch(/s3cr3t/);
      });

      it('gives every series, skipping none', async () => {
        const {converted} = await read(name);
        expect(converted.skipped).toEqual([]);
        expect(converted.meetings.length).toBeGreaterThan(0);
      });

      it.each([
        ['ical.js', expandWithIcalJs],
        ['node-ical', expandWithNodeIcal],
      ])('the plugin calendar of its meetings expands, per %s, to the original occurrences', async (_parser, expand) => {
        const {converted} = await read(name);
        const actual = rows(expand(render(converted.meetings), from, to));
        expect(actual).toHaveLength(window.count);
        expect(actual.map(([, start, end]) => [start, end])).toEqual(expected.map(([, start, end]) => [start, end]));
        // Titles are kept up to surrounding white space. A title changed for one occurrence (an
        // override's SUMMARY) cannot be kept: the series' title is shown then.
        const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
        const calendar = parseCalendar(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
        const overridden = new Set(calendar.series.flatMap((s) => s.overrides.map((o) => spaced(o.summary ?? ''))));
        const titles = new Set(converted.meetings.map((m) => m.title));
        actual.forEach(([summary], index) => {
          const original = spaced(expected[index]![0]);
          if (summary !== original) {
            expect(overridden).toContain(original);
            expect(titles).toContain(summary);
          }
        });
      });

      it('gives each series the UID it has in the original, so subscribers of a copy get updates', async () => {
        const {converted} = await read(name);
        const uids = (text: string) => new Set([...text.replace(/\r?\n[ \t]/g, '').matchAll(/^UID:(.*?)\r?$/gm)].map((match) => match[1]));
        const original = uids(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
        const rendered = uids(render(converted.meetings));
        for (const meeting of converted.meetings.filter((m) => m.repeat)) {
          if (original.size === 0) continue;
          expect(original).toContain(meeting.uid);
          expect(rendered).toContain(meeting.uid);
        }
      });

      it('marks its meetings with the host and fetch time, never the address', async () => {
        const {converted} = await read(name);
        for (const meeting of converted.meetings) {
          expect(meeting.source).toEqual({host: new URL(base).host, fetchedAt: NOW.toISOString(), stale: false});
          expect(meeting.sourceFile).toBe(`meetings/${name.replace(/\.ics$/, '')}.source.yml`);
        }
      });

      if (ZONES[name]) {
        it(`reads the zone as ${ZONES[name]}`, async () => {
          const {converted} = await read(name);
          expect(new Set(converted.meetings.map((m) => m.timezone))).toEqual(new Set([ZONES[name]]));
        });
      }
    });

    describe.each(Object.entries(REFUSED))('%s', (name, {property, reason}) => {
      it('is skipped with the reason sig:import gives, naming the series and the property, and gives no meeting', async () => {
        const {converted, resolved} = await read(name);
        // The calendar was read all the same: a source with nothing to show is not a failure.
        expect(resolved.live).toBe(true);
        expect(converted.meetings).toEqual([]);
        expect(converted.skipped).toHaveLength(1);
        const [line] = converted.skipped;
        expect(line).toMatch(/^series ".+" \(UID [^)]+\): /);
        expect(line).toContain(property);
        expect(line).toMatch(reason);
      });
    });

    it('without `zones`, skips the series whose display-name zone no table explains, naming the TZID', async () => {
      const text = fs.readFileSync(path.join(FIXTURES, '08-owa-displayname-tz-no-vtimezone.ics'), 'utf8');
      const source = parseSourceFile('meetings/owa.source.yml', 'url: https://calendar.example.org/owa.ics\n');
      const {meetings, skipped} = sourceMeetings(source, text, {host: 'calendar.example.org', fetchedAt: NOW.toISOString(), stale: false});
      expect(meetings).toEqual([]);
      expect(skipped).toEqual([expect.stringContaining('series "TEST2": DTSTART "TZID=(UTC-05:00) Eastern Time (US & Canada)" is neither an IANA nor a Windows time zone')]);
    });
  });
} else {
  // describe.each cannot take an empty table: without the exports, one skipped test says why.
  describe.skip('calendar sources on real exports', () => {
    it(`needs ${FIXTURES}, absent here`, () => undefined);
  });
}
