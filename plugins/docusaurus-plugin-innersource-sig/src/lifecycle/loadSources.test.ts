/**
 * Calendar sources end to end, short of the plugin: a real HTTP server on 127.0.0.1 (never the
 * internet), temporary site folders, the snapshots on disk and what @docusaurus/logger prints.
 * resolveSource keeps one answer per snapshot path and address for the whole process: every test
 * uses its own site folder.
 */
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {DataError} from '../errors';
import {normalizeOptions} from '../options';
import {parseSnapshot, snapshotText} from '../sources/snapshot';
import type {CalendarSourcesOptions} from '../types';
import {loadSourceMeetings, readSnapshot, readSourceFiles, resolveSource, snapshotPath, type SourceSettings} from './loadSources';
import {calendarOf, officeHoursEvent} from '../sources/__tests__/calendars';

const SECRET = /s3cr3t/i;
const NOW = new Date('2027-02-01T06:00:00.000Z');
const DAY_MS = 86_400_000;

/** The office hours (and a second series, on demand). */
function calendar({steering = false, exdates = [] as string[]} = {}): string {
  const steeringEvent = ['BEGIN:VEVENT', 'UID:steering@example.org', 'DTSTAMP:20261201T000000Z', 'DTSTART:20270112T150000Z', 'DTEND:20270112T160000Z', 'RRULE:FREQ=MONTHLY;BYDAY=2TU', 'SUMMARY:Steering', 'END:VEVENT'];
  return calendarOf([...officeHoursEvent({exdates}), ...(steering ? steeringEvent : [])]);
}

const EMPTY_CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//written for this test//EN\r\nEND:VCALENDAR\r\n';
/** A series the meeting format cannot hold (RDATE), beside a good one. */
const WITH_RDATE = calendar().replace(
  'END:VCALENDAR',
  ['BEGIN:VEVENT', 'UID:rdate@example.org', 'DTSTAMP:20261201T000000Z', 'DTSTART:20270105T150000Z', 'DTEND:20270105T160000Z', 'RRULE:FREQ=MONTHLY;BYDAY=1TU', 'RDATE:20270110T150000Z', 'SUMMARY:Odd one', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'),
);

/** What each path of the server answers. */
const answers: Record<string, (res: http.ServerResponse) => void> = {
  '/good.ics': (res) => res.writeHead(200, {'Content-Type': 'text/calendar'}).end(calendar()),
  '/two.ics': (res) => res.writeHead(200, {'Content-Type': 'text/calendar'}).end(calendar({steering: true})),
  '/rdate.ics': (res) => res.writeHead(200, {'Content-Type': 'text/calendar'}).end(WITH_RDATE),
  '/empty.ics': (res) => res.writeHead(200, {'Content-Type': 'text/calendar'}).end(EMPTY_CALENDAR),
  '/missing.ics': (res) => res.writeHead(404, {'Content-Type': 'text/plain'}).end('no s3cr3t here'),
  '/login.ics': (res) => res.writeHead(200, {'Content-Type': 'text/html'}).end('<!doctype html><html><body>Sign in, s3cr3t</body></html>'),
  '/broken.ics': (res) => res.writeHead(200, {'Content-Type': 'text/calendar'}).end('BEGIN:VCALENDAR\r\ns3cr3t line\r\nEND:VCALENDAR\r\n'),
};

let server: http.Server;
let base: string;
let host: string;
/** Requests seen, by path (the query left out). */
const requests = new Map<string, number>();
const requestCount = () => [...requests.values()].reduce((a, b) => a + b, 0);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const {pathname} = new URL(req.url ?? '/', 'http://localhost');
    const name = `/${pathname.split('/').at(-1)}`;
    requests.set(name, (requests.get(name) ?? 0) + 1);
    (answers[name] ?? ((response: http.ServerResponse) => response.writeHead(404).end()))(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `http://${host}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The address of a calendar on the test server, with a secret in its path and query. */
function address(name: string): string {
  return `${base}/s3cr3t-PATH/${name}?token=s3cr3t`;
}

// ---- what the logger prints -------------------------------------------------------------------

let logged: string[] = [];
const ANSI = /\u001b\[[0-9;]*m/g;

beforeEach(() => {
  requests.clear();
  logged = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(`${method}: ${args.map(String).join(' ').replace(ANSI, '')}`);
    });
  }
});

afterEach(() => jest.restoreAllMocks());

const warnings = () => logged.filter((line) => line.startsWith('warn: '));
const infos = () => logged.filter((line) => line.startsWith('info: '));

// ---- temporary sites --------------------------------------------------------------------------

const sites: string[] = [];

afterAll(() => {
  for (const dir of sites) fs.rmSync(dir, {recursive: true, force: true});
});

interface Site {
  siteDir: string;
  meetingsDir: string;
  snapshotFile: string;
}

/** A site with one source file `meetings/<name>.source.yml`, and its snapshot when given. */
function site(name: string, yaml: string, snapshot?: {calendar: string; fetchedAt: string; host?: string} | string): Site {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sig-sources-'));
  sites.push(siteDir);
  const meetingsDir = path.join(siteDir, 'meetings');
  fs.mkdirSync(meetingsDir);
  fs.writeFileSync(path.join(meetingsDir, `${name}.source.yml`), yaml);
  const snapshotFile = path.join(meetingsDir, '.snapshots', `${name}.ics`);
  if (snapshot !== undefined) {
    fs.mkdirSync(path.dirname(snapshotFile));
    fs.writeFileSync(snapshotFile, typeof snapshot === 'string' ? snapshot : snapshotText({host: 'calendar.example.org', ...snapshot}));
  }
  return {siteDir, meetingsDir, snapshotFile};
}

function settings(overrides: Partial<SourceSettings> = {}, options: Partial<CalendarSourcesOptions> = {}): SourceSettings {
  return {
    offline: false,
    env: {},
    limits: {timeoutMs: 2000, retryDelayMs: 0},
    options: {...normalizeOptions({}).calendarSources, ...options},
    now: NOW,
    ...overrides,
  };
}

async function load(where: Site, extra: Partial<SourceSettings> = {}, options: Partial<CalendarSourcesOptions> = {}) {
  const {sources, problems} = readSourceFiles(where);
  expect(problems).toEqual([]);
  return loadSourceMeetings({...where, sources, settings: settings(extra, options)});
}

async function resolve(where: Site, extra: Partial<SourceSettings> = {}, options: Partial<CalendarSourcesOptions> = {}) {
  const [source] = readSourceFiles(where).sources;
  return resolveSource({...where, source: source!, settings: settings(extra, options)});
}

/** Every file under the site, with its text. */
function filesOf(dir: string): Array<[string, string]> {
  return fs.readdirSync(dir, {recursive: true, withFileTypes: true}).flatMap((entry) => {
    if (!entry.isFile()) return [];
    const file = path.join(entry.parentPath ?? (entry as unknown as {path: string}).path, entry.name);
    return [[path.relative(dir, file), fs.readFileSync(file, 'utf8')] as [string, string]];
  });
}

/** A snapshot written ten days before NOW, with one series. */
const OLD = {calendar: calendar(), fetchedAt: new Date(NOW.getTime() - 10 * DAY_MS).toISOString()};
/** How a message names that snapshot: its date and file. */
const USES_OLD_SNAPSHOT = `snapshot of ${OLD.fetchedAt.slice(0, 10)} (${path.join('meetings', '.snapshots', 'office-hours.ics')})`;

// ---- tests ------------------------------------------------------------------------------------

describe('readSourceFiles', () => {
  it('reads the source files of the meetings folder, sorted, and reports each invalid one', () => {
    const where = site('b-chairs', 'url: https://calendar.example.org/b.ics\n');
    fs.writeFileSync(path.join(where.meetingsDir, 'a-office.source.yaml'), 'url: https://calendar.example.org/a.ics\n');
    fs.writeFileSync(path.join(where.meetingsDir, 'c-bad.source.yml'), 'url: not a url\n');
    fs.writeFileSync(path.join(where.meetingsDir, 'weekly.yml'), 'title: Not a source\n');
    const files = readSourceFiles(where);
    expect(files.sources.map((s) => [s.name, s.sourceFile])).toEqual([
      ['a-office', path.join('meetings', 'a-office.source.yaml')],
      ['b-chairs', path.join('meetings', 'b-chairs.source.yml')],
    ]);
    expect(files.problems.map((p) => [p.file, p.field])).toEqual([[path.join('meetings', 'c-bad.source.yml'), 'url']]);
    expect(files.sourceFiles.map((file) => path.basename(file))).toEqual(['a-office.source.yaml', 'b-chairs.source.yml', 'c-bad.source.yml']);
  });

  it('finds none in a site without a meetings folder', () => {
    const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sig-sources-'));
    sites.push(siteDir);
    expect(readSourceFiles({siteDir, meetingsDir: path.join(siteDir, 'meetings')})).toEqual({sources: [], problems: [], sourceFiles: []});
  });
});

describe('a calendar read', () => {
  it('writes the snapshot, and marks the meetings live with the host and fetch time', async () => {
    const where = site('office-hours', `url: ${address('good.ics')}\n`);
    const resolved = await resolve(where);
    expect(resolved).toEqual({live: true, snapshot: {calendar: calendar(), host, fetchedAt: NOW.toISOString()}});
    expect(fs.readFileSync(where.snapshotFile, 'utf8')).toBe(snapshotText({calendar: calendar(), host, fetchedAt: NOW.toISOString()}));
    expect(snapshotPath(where.meetingsDir, readSourceFiles(where).sources[0]!)).toBe(where.snapshotFile);

    const {meetings, problems} = await load(where);
    expect(problems).toEqual([]);
    expect(meetings.map((m) => [m.id, m.sourceFile, m.source])).toEqual([
      ['office-hours', path.join('meetings', 'office-hours.source.yml'), {host, fetchedAt: NOW.toISOString(), stale: false}],
    ]);
    expect(requests.get('/good.ics')).toBe(1);
    expect(warnings()).toEqual([]);
  });

  it('replaces an older snapshot', async () => {
    const where = site('office-hours', `url: ${address('two.ics')}\n`, OLD);
    await resolve(where);
    const snapshot = parseSnapshot('x', fs.readFileSync(where.snapshotFile, 'utf8'));
    expect({calendar: snapshot.calendar, host: snapshot.host, fetchedAt: snapshot.fetchedAt}).toEqual({calendar: calendar({steering: true}), host, fetchedAt: NOW.toISOString()});
    // No temporary file is left beside it.
    expect(fs.readdirSync(path.dirname(where.snapshotFile))).toEqual(['office-hours.ics']);
  });

  it('takes a calendar without series when the snapshot has none either', async () => {
    const where = site('office-hours', `url: ${address('empty.ics')}\n`, {calendar: EMPTY_CALENDAR, fetchedAt: OLD.fetchedAt});
    await expect(resolve(where)).resolves.toMatchObject({live: true});
    expect(warnings()).toEqual([]);
  });

  it('leaves out, with one warning naming the source file and host, a series the format cannot hold', async () => {
    const where = site('odd-ones', `url: ${address('rdate.ics')}\n`);
    const first = await load(where);
    await load(where);
    expect(first.meetings.map((m) => m.uid)).toEqual(['office-hours@example.org']);
    expect(warnings()).toEqual([
      `warn: [WARNING] ${path.join('meetings', 'odd-ones.source.yml')}: the calendar at ${host}: series "Odd one" (UID rdate@example.org): RDATE "20270110T150000Z" adds dates outside the rule, which a meeting file cannot hold: left out`,
    ]);
  });
});

describe('a calendar that cannot be read, with a snapshot', () => {
  it.each([
    ['an HTTP error', 'missing.ics', /could not be read \(HTTP 404 Not Found\)/],
    ['an HTML page', 'login.ics', /could not be read \(the answer is an HTML page/],
    ['a text that is not iCalendar', 'broken.ics', /could not be read \(is not an iCalendar file: it cannot be parsed\)/],
    ['a calendar without the series the snapshot has', 'empty.ics', /has no series to show now, where the snapshot has 1/],
    ['a refused connection', 'refused', /could not be read \(the connection was refused\)/],
  ])('%s: builds from the snapshot, with one warning naming the source file, the host and the snapshot', async (_kind, name, reason) => {
    let url = address(name);
    if (name === 'refused') {
      // A port nothing listens on: one that was just free.
      const closed = http.createServer();
      await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
      const {port} = closed.address() as AddressInfo;
      await new Promise((done) => closed.close(done));
      url = `http://127.0.0.1:${port}/s3cr3t-PATH/cal.ics?token=s3cr3t`;
    }
    const where = site('office-hours', `url: ${url}\n`, OLD);
    const before = fs.readFileSync(where.snapshotFile);
    const {meetings, problems} = await load(where);
    // A second locale of the same build: no second warning.
    await load(where);
    expect(problems).toEqual([]);
    expect(meetings.map((m) => [m.id, m.source])).toEqual([['office-hours', {host: 'calendar.example.org', fetchedAt: OLD.fetchedAt, stale: true}]]);
    expect(fs.readFileSync(where.snapshotFile).equals(before)).toBe(true);
    const lines = warnings();
    expect(lines).toHaveLength(1);
    const shownHost = name === 'refused' ? new URL(url).host : host;
    expect(lines[0]).toContain(`[WARNING] ${path.join('meetings', 'office-hours.source.yml')}: the calendar at ${shownHost} `);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).toContain(USES_OLD_SNAPSHOT);
    expect(lines[0]).not.toMatch(SECRET);
  });

  it('says whether a snapshot is stale, per the source staleAfterDays or the plugin option', async () => {
    const recent = {calendar: calendar(), fetchedAt: new Date(NOW.getTime() - 3 * DAY_MS).toISOString()};
    const stale = async (yaml: string, snapshot: typeof OLD, options: Partial<CalendarSourcesOptions> = {}) =>
      (await load(site('office-hours', `url: ${address('missing.ics')}\n${yaml}`, snapshot), {}, options)).meetings[0]!.source!.stale;
    expect(await stale('', OLD)).toBe(true);
    expect(await stale('', recent)).toBe(false);
    expect(await stale('staleAfterDays: 30\n', OLD)).toBe(false);
    expect(await stale('staleAfterDays: 2\n', recent)).toBe(true);
    expect(await stale('', OLD, {staleAfterDays: 14})).toBe(false);
    expect(await stale('', recent, {staleAfterDays: 1})).toBe(true);
    // Exactly staleAfterDays old is not yet stale.
    expect(await stale('staleAfterDays: 10\n', OLD)).toBe(false);
  });

  it('a damaged snapshot is a DataError naming it, with the advice to restore it', async () => {
    const damaged = snapshotText({host: 'calendar.example.org', ...OLD}).replace('BYDAY=TH', 'BYDAY=FR');
    const where = site('office-hours', `url: ${address('missing.ics')}\n`, damaged);
    const {meetings, problems} = await load(where);
    expect(meetings).toEqual([]);
    expect(problems.map((p) => [p.file, p.field])).toEqual([[path.join('meetings', '.snapshots', 'office-hours.ics'), '(file)']]);
    expect(problems[0]!.message).toContain('git checkout --');
    expect(() => readSnapshot(where.siteDir, where.meetingsDir, readSourceFiles(where).sources[0]!)).toThrow(DataError);
  });

  it('a damaged snapshot does not stop a calendar that can be read: it is replaced', async () => {
    const damaged = snapshotText({host: 'calendar.example.org', ...OLD}).replace('BYDAY=TH', 'BYDAY=FR');
    const where = site('office-hours', `url: ${address('good.ics')}\n`, damaged);
    await expect(resolve(where)).resolves.toMatchObject({live: true});
    expect(parseSnapshot('x', fs.readFileSync(where.snapshotFile, 'utf8')).calendar).toBe(calendar());
  });
});

describe('a calendar that cannot be read, without a snapshot', () => {
  it('is a DataError on the source file, naming the host and sig:sync, and no file is written', async () => {
    const where = site('office-hours', `url: ${address('missing.ics')}\n`);
    const error = await resolve(where).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DataError);
    const {file, field, value, message} = error as DataError;
    expect({file, field, value}).toEqual({file: path.join('meetings', 'office-hours.source.yml'), field: 'url', value: '(not shown)'});
    expect(message).toContain(`the calendar at ${host} could not be read (HTTP 404 Not Found), and there is no snapshot (${path.join('meetings', '.snapshots', 'office-hours.ics')})`);
    expect(message).toContain('docusaurus sig:sync');
    expect(fs.existsSync(path.dirname(where.snapshotFile))).toBe(false);

    const {meetings, problems} = await load(where);
    expect(meetings).toEqual([]);
    expect(problems.map((p) => p.file)).toEqual([path.join('meetings', 'office-hours.source.yml')]);
    expect(warnings()).toEqual([]);
  });

  it('is tried again on the next load: a failure is not kept', async () => {
    const where = site('office-hours', `url: ${address('missing.ics')}\n`);
    await load(where);
    await load(where);
    expect(requests.get('/missing.ics')).toBe(2);
  });

  it("with withoutSnapshot: 'warn', leaves the source's series out with one warning", async () => {
    const where = site('office-hours', `url: ${address('login.ics')}\n`);
    const {meetings, problems} = await load(where, {}, {withoutSnapshot: 'warn'});
    await load(where, {}, {withoutSnapshot: 'warn'});
    expect({meetings, problems}).toEqual({meetings: [], problems: []});
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(new RegExp(`^warn: \\[WARNING\\] meetings.office-hours\\.source\\.yml: the calendar at ${host.replace(/\./g, '\\.')} could not be read \\(the answer is an HTML page`));
    expect(warnings()[0]).toMatch(/Its series are left out\.$/);
    expect(requests.get('/login.ics')).toBe(1);
  });
});

describe('without the network', () => {
  it('SIG_OFFLINE: the snapshot, no request at all, and an information line rather than a warning', async () => {
    const where = site('office-hours', `url: ${address('good.ics')}\n`, OLD);
    const before = fs.readFileSync(where.snapshotFile);
    const {meetings} = await load(where, {offline: true});
    expect(meetings.map((m) => m.source)).toEqual([{host: 'calendar.example.org', fetchedAt: OLD.fetchedAt, stale: true}]);
    expect(requestCount()).toBe(0);
    expect(warnings()).toEqual([]);
    expect(infos()).toEqual([expect.stringContaining(`[INFO] ${path.join('meetings', 'office-hours.source.yml')}: SIG_OFFLINE is set`)]);
    expect(infos()[0]).toContain(USES_OLD_SNAPSHOT);
    expect(fs.readFileSync(where.snapshotFile).equals(before)).toBe(true);
  });

  it('SIG_OFFLINE without a snapshot: a DataError, and still no request', async () => {
    const where = site('office-hours', `url: ${address('good.ics')}\n`);
    const {problems} = await load(where, {offline: true});
    expect(problems.map((p) => [p.file, p.field])).toEqual([[path.join('meetings', 'office-hours.source.yml'), 'url']]);
    expect(problems[0]!.problem).toMatch(/^SIG_OFFLINE is set, and there is no snapshot/);
    expect(requestCount()).toBe(0);
  });

  it('an unset ${VARIABLE}: the snapshot, no request, and the variable named', async () => {
    const where = site('office-hours', 'url: ${SIG_TEST_CALENDAR_URL}\n', OLD);
    const {meetings} = await load(where, {env: {}});
    expect(meetings).toHaveLength(1);
    expect(requestCount()).toBe(0);
    expect(infos()).toEqual([expect.stringContaining('`url` uses ${SIG_TEST_CALENDAR_URL}, which is not set')]);
    expect(infos()[0]).toContain(USES_OLD_SNAPSHOT);
  });

  it('a ${VARIABLE} set: the address it holds is fetched', async () => {
    const where = site('office-hours', 'url: ${SIG_TEST_CALENDAR_URL}\n');
    const {meetings} = await load(where, {env: {SIG_TEST_CALENDAR_URL: address('good.ics')}});
    expect(meetings.map((m) => m.source?.host)).toEqual([host]);
    expect(requests.get('/good.ics')).toBe(1);
  });
});

describe('one fetch per process', () => {
  it('the same source loaded for two locales, at once or one after the other, is fetched once', async () => {
    const where = site('office-hours', `url: ${address('good.ics')}\n`);
    const [en, fr] = await Promise.all([load(where), load(where)]);
    const de = await load(where);
    expect(requests.get('/good.ics')).toBe(1);
    expect(fr.meetings).toEqual(en.meetings);
    expect(de.meetings).toEqual(en.meetings);
  });

  it('a fallback is kept too: one request and one warning for every locale', async () => {
    const where = site('office-hours', `url: ${address('missing.ics')}\n`, OLD);
    await Promise.all([load(where), load(where)]);
    await load(where);
    expect(requests.get('/missing.ics')).toBe(1);
    expect(warnings()).toHaveLength(1);
  });

  it('another site (another snapshot path) with the same address is fetched again', async () => {
    await load(site('office-hours', `url: ${address('good.ics')}\n`));
    await load(site('office-hours', `url: ${address('good.ics')}\n`));
    expect(requests.get('/good.ics')).toBe(2);
  });
});

describe('the secret in the address', () => {
  // Addresses are made in the test: the server's port is known only once it listens.
  const cases: Array<[string, () => string, typeof OLD | undefined, () => Partial<SourceSettings>]> = [
    ['a calendar read', () => `url: ${address('good.ics')}\n`, undefined, () => ({})],
    ['an HTTP error, with a snapshot', () => `url: ${address('missing.ics')}\n`, OLD, () => ({})],
    ['an HTTP error, without a snapshot', () => `url: ${address('missing.ics')}\n`, undefined, () => ({})],
    ['an HTML page, without a snapshot', () => `url: ${address('login.ics')}\n`, undefined, () => ({})],
    ['a text that is not iCalendar, without a snapshot', () => `url: ${address('broken.ics')}\n`, undefined, () => ({})],
    ['a series left out', () => `url: ${address('rdate.ics')}\n`, undefined, () => ({})],
    ['an address from the environment', () => 'url: ${SIG_TEST_SECRET_URL}\n', undefined, () => ({env: {SIG_TEST_SECRET_URL: address('missing.ics')}})],
    ['a secret part from the environment, unset', () => `url: ${base}/cal/\${SIG_TEST_TOKEN}.ics\n`, OLD, () => ({})],
  ];

  it.each(cases)('never shows in a message, a thrown error or a written file: %s', async (_kind, yaml, snapshot, extra) => {
    const where = site('office-hours', yaml(), snapshot);
    const {meetings, problems} = await load(where, extra());
    for (const line of logged) expect(line).not.toMatch(SECRET);
    for (const problem of problems) expect(`${problem.message} ${String(problem.value)}`).not.toMatch(SECRET);
    for (const meeting of meetings) expect(JSON.stringify(meeting)).not.toMatch(SECRET);
    for (const [file, text] of filesOf(where.siteDir)) {
      if (file.endsWith('.source.yml')) continue;
      expect([file, SECRET.test(text)]).toEqual([file, false]);
    }
  });
});
