/**
 * `docusaurus sig:sync` (runSyncCommand) against a calendar served by a local HTTP server (never the
 * internet), in temporary sites. Each run loads the command afresh (jest.isolateModules), as each
 * `docusaurus sig:sync` is a process of its own: resolveSource keeps one answer per process.
 */
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {calendarOf, officeHoursEvent} from '../sources/__tests__/calendars';
import {normalizeOptions} from '../options';
import {parseSnapshot, snapshotText} from '../sources/snapshot';

/** Monday 1 February 2027. */
const NOW = new Date('2027-02-01T06:00:00.000Z');
const SECRET = /s3cr3t/i;
const options = normalizeOptions({});

/** The office hours, with the given EXDATEs. */
function calendar(exdates: string[] = []): string {
  return calendarOf(officeHoursEvent({exdates}));
}

/** What the server answers now. */
let status = 200;
let body = calendar();
let requests = 0;
let server: http.Server;
let host: string;

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    requests += 1;
    if (status === 200) res.writeHead(200, {'Content-Type': 'text/calendar; charset=utf-8'}).end(body);
    else res.writeHead(status).end('s3cr3t error page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const url = (name = 'office-hours') => `http://${host}/s3cr3t-PATH/${name}.ics?token=s3cr3t`;

let output: string[] = [];
const savedOffline = process.env.SIG_OFFLINE;

beforeEach(() => {
  status = 200;
  body = calendar();
  requests = 0;
  output = [];
  delete process.env.SIG_OFFLINE;
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      output.push(args.map(String).join(' ').replace(/\u001b\[[0-9;]*m/g, ''));
    });
  }
});

afterEach(() => {
  jest.restoreAllMocks();
  if (savedOffline === undefined) delete process.env.SIG_OFFLINE;
  else process.env.SIG_OFFLINE = savedOffline;
});

const sites: string[] = [];
afterAll(() => {
  for (const dir of sites) fs.rmSync(dir, {recursive: true, force: true});
});

/** A site whose meetings folder holds the given files. */
function site(files: Record<string, string>): {siteDir: string; snapshot: (name?: string) => string} {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sig-sync-'));
  sites.push(siteDir);
  fs.mkdirSync(path.join(siteDir, 'meetings'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(siteDir, 'meetings', name)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, 'meetings', name), text);
  }
  return {siteDir, snapshot: (name = 'office-hours') => path.join(siteDir, 'meetings', '.snapshots', `${name}.ics`)};
}

/** One `docusaurus sig:sync`, as a process of its own. */
async function sync(siteDir: string, now = NOW): Promise<{code: number; lines: string[]}> {
  let run!: typeof import('./sync').runSyncCommand;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    run = (require('./sync') as typeof import('./sync')).runSyncCommand;
  });
  const start = output.length;
  const code = await run({siteDir}, options, now);
  const lines = output.slice(start);
  for (const line of lines) expect(line).not.toMatch(SECRET);
  return {code, lines};
}

const SOURCE_FILE = path.join('meetings', 'office-hours.source.yml');
const SNAPSHOT_FILE = path.join('meetings', '.snapshots', 'office-hours.ics');

describe('sig:sync', () => {
  it('reports added series, then no change, then a cancelled date, and keeps the snapshot when the calendar fails', async () => {
    const {siteDir, snapshot} = site({'office-hours.source.yml': `url: ${url()}\nid: office-hours\n`});

    // First sync: no snapshot yet, so the series is added.
    const first = await sync(siteDir);
    expect(first.code).toBe(2);
    expect(first.lines).toEqual([
      `${SOURCE_FILE} (${host}): 1 series, changed:`,
      '  added office-hours ("InnerSource SIG office hours")',
      '    Every Thursday, 16:00–16:45 Europe/London',
      `[INFO] Updated ${path.join('meetings', 'calendar.lock.json')} (a meeting schedule changed): commit it so calendar updates keep their order.`,
      '[SUCCESS] sig:sync: schedules changed: commit meetings/ (the snapshots and calendar.lock.json) and rebuild.',
    ]);
    expect(fs.readFileSync(snapshot(), 'utf8')).toBe(snapshotText({calendar: calendar(), host, fetchedAt: NOW.toISOString()}));
    const sequence = () => (JSON.parse(fs.readFileSync(path.join(siteDir, 'meetings', 'calendar.lock.json'), 'utf8')) as Record<string, {sequence: number}>)['office-hours']?.sequence;
    expect(sequence()).toBe(0);

    // The same calendar a day later: the snapshot is left as it is (the work tree stays clean), and
    // refreshed once it is older than half of staleAfterDays (7 by default).
    const nextDay = new Date(NOW.getTime() + 86_400_000);
    const second = await sync(siteDir, nextDay);
    expect(second.code).toBe(0);
    expect(second.lines).toEqual([`${SOURCE_FILE} (${host}): 1 series, unchanged.`, '[SUCCESS] sig:sync: no schedule changed.']);
    expect(parseSnapshot(SNAPSHOT_FILE, fs.readFileSync(snapshot(), 'utf8')).fetchedAt).toBe(NOW.toISOString());
    const later = new Date(NOW.getTime() + 4 * 86_400_000);
    expect((await sync(siteDir, later)).code).toBe(0);
    expect(parseSnapshot(SNAPSHOT_FILE, fs.readFileSync(snapshot(), 'utf8')).fetchedAt).toBe(later.toISOString());
    expect(requests).toBe(3);

    // The calendar now cancels 11 February.
    body = calendar(['2027-02-11']);
    const third = await sync(siteDir, nextDay);
    expect(third.code).toBe(2);
    expect(third.lines).toEqual([
      `${SOURCE_FILE} (${host}): 1 series, changed:`,
      '  changed office-hours ("InnerSource SIG office hours")',
      '    cancelled 2027-02-11',
      `[INFO] Updated ${path.join('meetings', 'calendar.lock.json')} (a meeting schedule changed): commit it so calendar updates keep their order.`,
      '[SUCCESS] sig:sync: schedules changed: commit meetings/ (the snapshots and calendar.lock.json) and rebuild.',
    ]);
    // SEQUENCE goes up in the sync's own commit, so that calendar apps apply the cancellation.
    expect(sequence()).toBe(1);
    const replaced = fs.readFileSync(snapshot(), 'utf8');
    expect(replaced).toBe(snapshotText({calendar: calendar(['2027-02-11']), host, fetchedAt: nextDay.toISOString()}));

    // The calendar host fails: exit 1, the snapshot left byte for byte.
    status = 500;
    const before = fs.readFileSync(snapshot());
    const fourth = await sync(siteDir, new Date(nextDay.getTime() + 86_400_000));
    expect(fourth.code).toBe(1);
    expect(fs.readFileSync(snapshot()).equals(before)).toBe(true);
    expect(fourth.lines).toHaveLength(3);
    expect(fourth.lines[0]).toContain(`[WARNING] ${SOURCE_FILE}: the calendar at ${host} could not be read (HTTP 500 Internal Server Error)`);
    expect(fourth.lines.slice(1)).toEqual([
      `${SOURCE_FILE}: not synced; ${SNAPSHOT_FILE} is kept as it was.`,
      '[ERROR] sig:sync: some sources could not be synced (see above); their snapshots are unchanged.',
    ]);
  });

  it('no source file: exit 0, nothing fetched', async () => {
    const {siteDir} = site({'weekly.yml': 'title: A meeting file, not a source\n'});
    const {code, lines} = await sync(siteDir);
    expect(code).toBe(0);
    expect(lines).toEqual(['[INFO] sig:sync: no calendar source in meetings/ (a source is a <name>.source.yml file).']);
    expect(requests).toBe(0);
  });

  it('SIG_OFFLINE: exit 1, nothing fetched', async () => {
    const {siteDir, snapshot} = site({'office-hours.source.yml': `url: ${url()}\n`});
    process.env.SIG_OFFLINE = '1';
    const {code, lines} = await sync(siteDir);
    expect(code).toBe(1);
    expect(lines).toEqual(['[ERROR] sig:sync needs the network, and SIG_OFFLINE is set.']);
    expect(requests).toBe(0);
    expect(fs.existsSync(snapshot())).toBe(false);
  });

  it('a calendar that fails without a snapshot: exit 1, no snapshot written', async () => {
    status = 404;
    const {siteDir, snapshot} = site({'office-hours.source.yml': `url: ${url()}\n`});
    const {code, lines} = await sync(siteDir);
    expect(code).toBe(1);
    expect(fs.existsSync(snapshot())).toBe(false);
    expect(lines[0]).toMatch(new RegExp(`^${SOURCE_FILE.replace(/\./g, '\\.')}: field "url" has value "\\(not shown\\)": the calendar at ${host.replace(/\./g, '\\.')} could not be read \\(HTTP 404 Not Found\\), and there is no snapshot`));
  });

  it('an invalid source file: exit 1, and the other sources are still synced', async () => {
    const {siteDir, snapshot} = site({
      'office-hours.source.yml': `url: ${url()}\n`,
      'broken.source.yml': 'url: s3cr3t-not-a-url\n',
    });
    const {code, lines} = await sync(siteDir);
    expect(code).toBe(1);
    expect(lines[0]).toBe(`[ERROR] ${path.join('meetings', 'broken.source.yml')}: field "url" has value "(not shown)": is not a URL: write the iCalendar address, or \${VARIABLE} to read a secret address from the environment`);
    expect(lines).toContain(`${SOURCE_FILE} (${host}): 1 series, changed:`);
    expect(fs.existsSync(snapshot())).toBe(true);
    expect(fs.existsSync(snapshot('broken'))).toBe(false);
  });

  it('a damaged snapshot is replaced by a sync, as its message advises', async () => {
    const damaged = snapshotText({calendar: calendar(), host: 'calendar.example.org', fetchedAt: '2027-01-01T00:00:00.000Z'}).replace('BYDAY=TH', 'BYDAY=FR');
    const {siteDir, snapshot} = site({'office-hours.source.yml': `url: ${url()}\n`, '.snapshots/office-hours.ics': damaged});
    const {code, lines} = await sync(siteDir);
    expect(code).toBe(2);
    expect(lines).toContain('  added office-hours ("InnerSource SIG office hours")');
    expect(parseSnapshot(SNAPSHOT_FILE, fs.readFileSync(snapshot(), 'utf8')).calendar).toBe(calendar());
  });

  it('a damaged snapshot and a calendar that fails: exit 1, the damaged file named and kept', async () => {
    status = 503;
    const damaged = snapshotText({calendar: calendar(), host: 'calendar.example.org', fetchedAt: '2027-01-01T00:00:00.000Z'}).replace('BYDAY=TH', 'BYDAY=FR');
    const {siteDir, snapshot} = site({'office-hours.source.yml': `url: ${url()}\n`, '.snapshots/office-hours.ics': damaged});
    const {code, lines} = await sync(siteDir);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`^${SNAPSHOT_FILE.replace(/\./g, '\\.')}: field "\\(file\\)" .*does not match its calendar`));
    expect(fs.readFileSync(snapshot(), 'utf8')).toBe(damaged);
  });

  it('reads the address from the environment, and writes no part of it', async () => {
    const {siteDir, snapshot} = site({'office-hours.source.yml': 'url: ${SIG_TEST_SYNC_URL}\n'});
    process.env.SIG_TEST_SYNC_URL = url();
    try {
      const {code} = await sync(siteDir);
      expect(code).toBe(2);
    } finally {
      delete process.env.SIG_TEST_SYNC_URL;
    }
    expect(fs.readFileSync(snapshot(), 'utf8')).not.toMatch(SECRET);
    expect(requests).toBe(1);
  });
});
