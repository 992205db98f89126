import {spawn} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import ICAL from 'ical.js';
import {buildAsync, DOCUSAURUS, makeSite, pluginCommand, removeSites} from './fixtureSites';

// Real `docusaurus build` runs of a site whose meetings come from a calendar served by a local
// server the test starts: what a reader sees and what is on disk when the calendar is fine,
// changes, or fails. The calendars are written for this test.
afterAll(removeSites);
jest.setTimeout(300_000);

const TOKEN = 's3cr3t-T0KEN-4c1d';
const UID = 'team-call-77@example.org';

/** A fortnightly call on Wednesdays at 15:00 London time, from 2026-11-04; `extra` goes into its VEVENT. */
function calendar(extra: string[] = []): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Written for this test//EN',
    'BEGIN:VEVENT',
    `UID:${UID}`,
    'DTSTAMP:20261101T000000Z',
    'DTSTART;TZID=Europe/London:20261104T150000',
    'DTEND;TZID=Europe/London:20261104T160000',
    'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    ...extra,
    'SUMMARY:Team call',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

type Answer = (response: http.ServerResponse) => void;
let answer: Answer;
let requests = 0;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests += 1;
    answer(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  // A test leaves a request unanswered on purpose.
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  requests = 0;
});

const serve = (text: string): Answer => (response) => response.writeHead(200, {'Content-Type': 'text/calendar; charset=utf-8'}).end(text);

const SITE_FILES = {
  'docs/intro.md': '# Intro\n\n<MeetingTable meeting="team-call" />\n',
  'meetings/team.source.yml': 'url: ${SIG_TEST_CALENDAR}\nseries:\n  team-call-77@example.org: {id: team-call}\n',
};
const I18N = "i18n: {defaultLocale: 'en', locales: ['en', 'fr']},";

/** The build's warnings but Docusaurus' own about the fixture's missing home page. */
const warningsOf = (output: string) => output.split('\n').filter((line) => line.includes('[WARNING]') && !line.includes('broken links'));

function env(): NodeJS.ProcessEnv {
  return {SIG_TEST_CALENDAR: `${base}/private/${TOKEN}/basic.ics?token=${TOKEN}`, SIG_OFFLINE: ''};
}

function read(site: string, file: string): string {
  return fs.readFileSync(path.join(site, file), 'utf8');
}

/** Every file under a folder, as text. */
function allText(dir: string): string {
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'latin1'))
    .join('\n');
}

function vevent(icsText: string) {
  return new ICAL.Component(ICAL.parse(icsText)).getFirstSubcomponent('vevent')!;
}

describe('a site fed by a calendar source', () => {
  let site: string;
  beforeAll(() => {
    site = makeSite({...SITE_FILES}, {}, true, I18N);
  });

  test('builds the series from the calendar, once for both locales, writes the snapshot, and never shows the secret address', async () => {
    answer = serve(calendar());
    const result = await buildAsync(site, env());
    expect(result.status).toBe(0);
    // One request for the whole build, not one per locale.
    expect(requests).toBe(1);
    const ics = read(site, 'build/ics/team-call.ics');
    expect(vevent(ics).getFirstPropertyValue('uid')).toBe(UID);
    expect(vevent(ics).getFirstPropertyValue('sequence')).toBe(0);
    expect(read(site, 'build/fr/ics/team-call.ics')).toContain(`UID:${UID}`);
    const page = read(site, 'build/docs/intro/index.html');
    expect(page).toMatch(/Schedule from.*127\.0\.0\.1:\d+.*as of/);
    expect(read(site, 'build/fr/docs/intro/index.html')).toMatch(/127\.0\.0\.1:\d+/);
    expect(read(site, 'meetings/.snapshots/team.ics')).toContain(`UID:${UID}`);
    // The token is in the URL's path and query: nowhere in the build, the site's files or the log.
    for (const text of [result.output, allText(path.join(site, 'build')), allText(path.join(site, '.docusaurus')), allText(path.join(site, 'meetings'))]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('/private/');
    }
  });

  test('a date cancelled in the calendar since: the table and the .ics show it, SEQUENCE goes up, the snapshot is replaced', async () => {
    const before = read(site, 'meetings/.snapshots/team.ics');
    answer = serve(calendar(['EXDATE;TZID=Europe/London:20261216T150000']));
    const result = await buildAsync(site, env());
    expect(result.status).toBe(0);
    const event = vevent(read(site, 'build/ics/team-call.ics'));
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(event.getAllProperties('exdate').map((p) => p.getFirstValue()!.toString())).toContain('2026-12-16T15:00:00');
    expect(read(site, 'meetings/.snapshots/team.ics')).not.toBe(before);
    expect(read(site, 'meetings/.snapshots/team.ics')).toContain('EXDATE;TZID=Europe/London:20261216T150000');
    expect(JSON.parse(read(site, 'meetings/calendar.lock.json'))).toMatchObject({'team-call': {sequence: 1}});
  });

  test.each<[string, Answer, RegExp]>([
    ['404', (response) => response.writeHead(404).end('gone'), /HTTP 404 Not Found/],
    ['500', (response) => response.writeHead(500).end(), /HTTP 500/],
    ['an HTML login page with status 200', (response) => response.writeHead(200, {'Content-Type': 'text/html'}).end('<!DOCTYPE html><title>Sign in</title>'), /HTML page/],
    ['a truncated body', (response) => {
      response.writeHead(200, {'Content-Type': 'text/calendar', 'Content-Length': '5000'});
      response.write(calendar().slice(0, 200));
      response.destroy();
    }, /cut off|closed before/],
    ['invalid UTF-8', (response) => response.writeHead(200, {'Content-Type': 'text/calendar'}).end(Buffer.concat([Buffer.from(calendar().slice(0, 100)), Buffer.from([0xff, 0xfe, 0xc3])])), /not valid UTF-8/],
    ['a 50 MB body', (response) => {
      response.writeHead(200, {'Content-Type': 'text/calendar'});
      const chunk = Buffer.alloc(1024 * 1024, 'X');
      let sent = 0;
      const more = (): void => {
        while (sent < 50 && !response.destroyed) {
          sent += 1;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      response.write('BEGIN:VCALENDAR\r\nX-FILLER:');
      more();
    }, /larger than 5 MB/],
    ['a calendar emptied of its series', serve('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Written for this test//EN\r\nEND:VCALENDAR\r\n'), /no series to show now/],
  ])('the calendar answers %s: the build uses the snapshot, with one warning naming the source and the reason', async (_what, failing, reason) => {
    const snapshot = read(site, 'meetings/.snapshots/team.ics');
    answer = failing;
    const result = await buildAsync(site, env());
    expect(result.status).toBe(0);
    const warnings = warningsOf(result.output);
    expect(warnings).toEqual([expect.stringMatching(/meetings\/team\.source\.yml: the calendar at 127\.0\.0\.1:\d+ (could not be read|has no series)/)]);
    expect(warnings[0]).toMatch(reason);
    expect(warnings[0]).toContain('meetings/.snapshots/team.ics');
    // The reader still sees the last known schedule, with its cancelled date.
    expect(read(site, 'build/ics/team-call.ics')).toContain('EXDATE;TZID=Europe/London:20261216T150000');
    expect(read(site, 'build/docs/intro/index.html')).toContain('Team call');
    expect(read(site, 'meetings/.snapshots/team.ics')).toBe(snapshot);
    expect(result.output).not.toContain(TOKEN);
  });

  test('a redirect loop and a server that never answers: the snapshot, within the timeout and one retry', async () => {
    answer = (response) => response.writeHead(302, {Location: `/loop?token=${TOKEN}`}).end();
    const looped = await buildAsync(site, env());
    expect(looped.status).toBe(0);
    expect(looped.output).toMatch(/\[WARNING\].*too many redirects/);
    expect(looped.output).not.toContain(TOKEN);

    answer = () => undefined; // never answers
    requests = 0;
    const silent = makeSite({...SITE_FILES, 'meetings/.snapshots/team.ics': read(site, 'meetings/.snapshots/team.ics')}, {calendarSources: {timeout: 1}}, true);
    const result = await buildAsync(silent, env());
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/\[WARNING\].*no answer within 1 s/);
    // One try and one retry, no more.
    expect(requests).toBe(2);
  });

  test('SIG_OFFLINE=1 builds from the snapshot without a single request', async () => {
    answer = serve(calendar());
    const result = await buildAsync(site, {...env(), SIG_OFFLINE: '1'});
    expect(result.status).toBe(0);
    expect(requests).toBe(0);
    expect(warningsOf(result.output)).toEqual([]);
    expect(fs.existsSync(path.join(site, 'build/ics/team-call.ics'))).toBe(true);
  });
});

test('with neither calendar nor snapshot the build stops with one clear line and writes nothing; sig:check says so offline', async () => {
  answer = (response) => response.writeHead(404).end();
  const site = makeSite({...SITE_FILES}, {}, true);
  const result = await buildAsync(site, env());
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/meetings\/team\.source\.yml: field "url" .*HTTP 404 Not Found.*there is no snapshot \(meetings\/\.snapshots\/team\.ics\)/);
  expect(result.output).not.toMatch(/\n\s+at /);
  expect(result.output).not.toContain(TOKEN);
  expect(fs.existsSync(path.join(site, 'build'))).toBe(false);
  expect(fs.existsSync(path.join(site, 'meetings/calendar.lock.json'))).toBe(false);
  const check = pluginCommand('sig:check', site, {SIG_OFFLINE: '1'});
  expect(check.status).toBe(1);
  expect(check.stdout).toMatch(/meetings\/team\.source\.yml:1: field "url" .*has no snapshot/);
});

test('docusaurus start reads the calendar once, and not again when a data file changes', async () => {
  answer = serve(calendar());
  const site = makeSite({...SITE_FILES}, {}, true);
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const {NODE_ENV: _test, ...parentEnv} = process.env;
  const server = spawn(DOCUSAURUS, ['start', site, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    env: {...parentEnv, ...env(), BROWSER: 'none', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  /** Whether the dev server comes to serve `expected` at a path (it answers unknown paths with its HTML page). */
  const serves = async (urlPath: string, expected: string): Promise<boolean> => {
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline) {
      const response = await fetch(`http://127.0.0.1:${port}${urlPath}`).catch(() => undefined);
      if (response?.ok && (await response.text()).includes(expected)) return true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    throw new Error(`docusaurus start did not serve ${expected} at ${urlPath}:\n${output}`);
  };
  try {
    expect(await serves('/ics/team-call.ics', `UID:${UID}`)).toBe(true);
    expect(requests).toBe(1);
    fs.writeFileSync(path.join(site, 'meetings/other.yml'), 'title: Other\ntimezone: Europe/London\nstart: 2026-11-05T10:00\nduration: 30\n');
    expect(await serves('/ics/other.ics', 'SUMMARY:Other')).toBe(true);
    expect(await serves('/ics/meetings.ics', `UID:${UID}`)).toBe(true);
    expect(requests).toBe(1);
    expect(output).not.toContain(TOKEN);
  } finally {
    server.kill('SIGTERM');
  }
});
