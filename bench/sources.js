#!/usr/bin/env node
/**
 * Build cost of calendar sources (`meetings/<name>.source.yml`): for each N, a local server
 * serves N synthetic calendars and a small site (docs + classic preset + the plugin, one locale)
 * is built with N sources pointing at it, three ways:
 *   live     the build fetches every calendar from the server (SIG_OFFLINE unset)
 *   offline  the same site with SIG_OFFLINE=1: snapshots only, no request
 *   none     the same site without any source (the difference is the sources' cost)
 * The server counts its requests per build: N for a live build and 0 otherwise, or the run fails.
 *
 *   node bench/sources.js [--sources=1,10,100] [--builds=2] [--delay-ms=0]
 *
 * --delay-ms delays every answer of the server (parallel fetching: a live build grows by about
 * one delay, not N). Sites go to bench/out/sources/ (git-ignored); results are merged into
 * bench/out/sources.json under "n=<N>,delay=<ms>". Needs the plugin's compiled lib/.
 */
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const {spawn} = require('node:child_process');
const {performance} = require('node:perf_hooks');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(__dirname, 'out');
const PLUGIN_LIB = path.join(ROOT, 'plugins/docusaurus-plugin-innersource-sig/lib');
const DOCUSAURUS_BIN = path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const VARIANTS = ['live', 'offline', 'none'];

const args = Object.fromEntries(process.argv.slice(2).map((a) => /^--([a-z-]+)=(.*)$/.exec(a)?.slice(1) ?? [a, 'true']));
const SIZES = String(args.sources ?? '1,10,100').split(',').map(Number);
const BUILDS = Number(args.builds ?? 2);
const DELAY_MS = Number(args['delay-ms'] ?? 0);

const log = (...parts) => console.log(`[sources ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const fail = (message) => {
  throw new Error(`FAILED: ${message}`);
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---------------------------------------------------------------- synthetic calendars

const ZONES = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo', 'Africa/Johannesburg', 'Pacific/Auckland'];
const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const uidOf = (i) => `bench-series-${i}-${(i * 2654435761 >>> 0).toString(16)}@synthetic.example.org`;
const idOf = (i) => `s${i}-call`;

/**
 * Calendar i (synthetic, deterministic for a given week): one weekly (even i) or fortnightly
 * (odd i) series in a real IANA zone, named by TZID only (no VTIMEZONE), starting four weeks
 * before this week, with two EXDATEs and one occurrence moved an hour later (RECURRENCE-ID).
 */
function calendar(i) {
  const zone = ZONES[i % ZONES.length];
  const weeks = i % 2 ? 2 : 1;
  const today = new Date();
  const monday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - ((today.getUTCDay() + 6) % 7));
  const first = new Date(monday + ((i % 5) - 28) * 86_400_000);
  const hour = 8 + (i % 9);
  const stamp = (k, h = hour) => {
    const d = new Date(first.getTime() + k * weeks * 7 * 86_400_000);
    return `${d.toISOString().slice(0, 10).replace(/-/g, '')}T${String(h).padStart(2, '0')}${i % 2 ? '30' : '00'}00`;
  };
  const at = (name, k, h) => `${name};TZID=${zone}:${stamp(k, h)}`;
  const summary = `SUMMARY:Synthetic series ${i} (${zone})`;
  const common = [`UID:${uidOf(i)}`, 'DTSTAMP:20260101T000000Z', summary];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//bench/sources.js//synthetic calendar//EN',
    'BEGIN:VEVENT',
    ...common,
    at('DTSTART', 0),
    at('DTEND', 0, hour + 1),
    `RRULE:FREQ=WEEKLY;INTERVAL=${weeks};BYDAY=${DAYS[first.getUTCDay()]}`,
    at('EXDATE', 6),
    at('EXDATE', 9),
    'END:VEVENT',
    'BEGIN:VEVENT',
    ...common,
    at('RECURRENCE-ID', 7),
    at('DTSTART', 7, hour + 1),
    at('DTEND', 7, hour + 2),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

const sourceFile = (i) =>
  `# Synthetic source written by bench/sources.js.\nurl: \${SIG_BENCH_CALENDARS}/s${i}.ics\ninclude:\n  - uid: ${uidOf(i)}\nseries:\n  ${uidOf(i)}: {id: ${idOf(i)}}\n`;

/**
 * Every calendar must become exactly one series with its 2 cancellations and 1 move: checked with
 * the plugin's own conversion, which is timed on the way (in this process, twice: the first pass
 * includes ical.js' and the plugin's warm-up) to tell conversion from fetching in the build.
 */
function checkCalendars(n) {
  const {parseSourceFile} = require(path.join(PLUGIN_LIB, 'sources/sourceFile.js'));
  const {sourceMeetings} = require(path.join(PLUGIN_LIB, 'sources/toMeetings.js'));
  const texts = Array.from({length: n}, (_, k) => calendar(k + 1));
  const passes = [];
  for (let pass = 0; pass < 2; pass++) {
    const start = performance.now();
    for (let i = 1; i <= n; i++) {
      const source = parseSourceFile(`meetings/s${i}.source.yml`, sourceFile(i));
      const {meetings, skipped} = sourceMeetings(source, texts[i - 1], {host: 'bench', fetchedAt: '', stale: false});
      const m = meetings[0];
      if (meetings.length !== 1 || skipped.length || m.id !== idOf(i) || m.cancelled?.length !== 2 || m.moved?.length !== 1) {
        fail(`calendar ${i} converts to ${JSON.stringify({meetings, skipped})}`);
      }
    }
    passes.push(performance.now() - start);
  }
  log(`N=${n}: ${n} synthetic calendars (${texts[0].length} bytes each) convert in ${passes[0].toFixed(0)} ms (first pass), ${passes[1].toFixed(0)} ms (second), in this process`);
  return {firstPassMs: passes[0], secondPassMs: passes[1], bytesEach: texts[0].length};
}

// ---------------------------------------------------------------- server

function startServer(n, delayMs) {
  const state = {requests: 0, inFlight: 0, mostInFlight: 0};
  const server = http.createServer((request, response) => {
    state.requests += 1;
    // Requests answered at the same time: N when the build fetches every calendar in parallel (with a delay).
    state.mostInFlight = Math.max(state.mostInFlight, ++state.inFlight);
    response.on('close', () => (state.inFlight -= 1));
    const i = Number(/^\/cal\/s(\d+)\.ics$/.exec(request.url)?.[1]);
    const answer = () =>
      i >= 1 && i <= n ? response.writeHead(200, {'Content-Type': 'text/calendar; charset=utf-8'}).end(calendar(i)) : response.writeHead(404).end();
    if (delayMs > 0) setTimeout(answer, delayMs);
    else answer();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({state, server, base: `http://127.0.0.1:${server.address().port}/cal`})),
  );
}

// ---------------------------------------------------------------- site

function write(file, text) {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
}

/** A small docs site with one meeting file; with sources: N source files and a table of a few of their series. */
function writeSite(siteDir, n) {
  fs.rmSync(siteDir, {recursive: true, force: true});
  write(
    path.join(siteDir, 'docusaurus.config.js'),
    `// Generated by bench/sources.js (synthetic).
module.exports = {
  title: 'Sources bench', url: 'https://bench.example.org', baseUrl: '/',
  onBrokenLinks: 'throw', future: {v4: true, faster: true},
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [['classic', {docs: {sidebarPath: false}, blog: false}]],
  plugins: [['docusaurus-plugin-innersource-sig', {}]],
  themeConfig: {navbar: {title: 'Sources bench', items: [{to: '/meetings', label: 'Meetings'}]}},
};
`,
  );
  write(path.join(siteDir, 'src/pages/index.md'), '# Sources bench\n\nSynthetic site. See the [docs](/docs/intro).\n');
  write(path.join(siteDir, 'meetings/base.yml'), 'id: base\ntitle: Base call (synthetic)\ntimezone: Europe/London\nstart: 2026-01-06T10:00\nend: "11:00"\nrepeat: FREQ=WEEKLY;BYDAY=TU\n');
  const shown = ['base', ...Array.from({length: Math.min(n, 3)}, (_, k) => idOf(k + 1))];
  write(path.join(siteDir, 'docs/intro.mdx'), `# Meetings\n\n<MeetingTable meetings={${JSON.stringify(shown)}} />\n`);
  for (let d = 1; d <= 5; d++) write(path.join(siteDir, `docs/page-${d}.md`), `# Page ${d}\n\nSynthetic page ${d}.\n`);
  for (let i = 1; i <= n; i++) write(path.join(siteDir, `meetings/s${i}.source.yml`), sourceFile(i));
}

// ---------------------------------------------------------------- builds

/** Docusaurus' perf logger lines: label → ms. */
function perfPhases(text) {
  const phases = {};
  for (const line of text.split('\n')) {
    const m = /^\[PERF\] (.*) - ([\d.]+) (ms|seconds)!? - \(Heap/.exec(line);
    if (m) phases[m[1]] = Number(m[2]) * (m[3] === 'seconds' ? 1000 : 1);
  }
  return phases;
}
const LOAD_CONTENT = 'Build > en > Load site > Load plugins > Load plugins content > Load innersource-sig@default > loadContent()';
const LOAD_SITE = 'Build > en > Load site';
const ALL_CONTENT_LOADED = 'Build > en > Load site > Load plugins > allContentLoaded() > allContentLoaded() - innersource-sig@default';

function timedBuild(siteDir, outDir, logFile, env) {
  fs.rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
  fs.rmSync(outDir, {recursive: true, force: true});
  const timeFile = `${logFile}.time`;
  const fd = fs.openSync(logFile, 'w');
  const start = performance.now();
  return new Promise((resolve, reject) => {
    // Not spawnSync: this process's server must answer during the build.
    const child = spawn('/usr/bin/time', ['-o', timeFile, '-f', '%U %S', process.execPath, DOCUSAURUS_BIN, 'build', siteDir, '--out-dir', outDir], {
      cwd: ROOT,
      stdio: ['ignore', fd, fd],
      env: {...process.env, NODE_ENV: 'production', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', DOCUSAURUS_PERF_LOGGER: 'true', ...env},
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      fs.closeSync(fd);
      const wall = performance.now() - start;
      if (code !== 0) return reject(new Error(`build of ${siteDir} exited with ${code}; see ${path.relative(ROOT, logFile)}`));
      const text = fs.readFileSync(logFile, 'utf8');
      const [user, sys] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      const phases = perfPhases(text);
      const warnings = text.split('\n').filter((line) => line.includes('[WARNING]') && line.includes('.source.yml'));
      resolve({wall, cpu: (user + sys) * 1000, loadSite: phases[LOAD_SITE], loadContent: phases[LOAD_CONTENT], allContentLoaded: phases[ALL_CONTENT_LOADED], warnings});
    });
  });
}

const seriesIcs = (outDir) => (fs.existsSync(path.join(outDir, 'ics')) ? fs.readdirSync(path.join(outDir, 'ics')).filter((f) => /^s\d+-call\.ics$/.test(f)).length : 0);

async function measure(n) {
  const dir = path.join(OUT, 'sources', `n${n}${DELAY_MS ? `-delay${DELAY_MS}` : ''}`);
  const sites = {withSources: path.join(dir, 'site-sources'), none: path.join(dir, 'site-none')};
  const conversion = checkCalendars(n);
  writeSite(sites.withSources, n);
  writeSite(sites.none, 0);
  fs.mkdirSync(path.join(dir, 'logs'), {recursive: true});
  const {state, server, base} = await startServer(n, DELAY_MS);
  const runs = {live: [], offline: [], none: []};
  // live first (it writes the snapshots offline builds read), then alternating orders.
  const order = [];
  try {
    for (let b = 0; b < BUILDS; b++) order.push(...(b % 2 ? [...VARIANTS].reverse() : VARIANTS));
    for (const variant of order) {
      const k = runs[variant].length + 1;
      const env = {SIG_BENCH_CALENDARS: base, SIG_OFFLINE: variant === 'offline' ? '1' : ''};
      const outDir = path.join(dir, `build-${variant}`);
      state.requests = 0;
      state.mostInFlight = 0;
      const load = os.loadavg()[0];
      const r = await timedBuild(variant === 'none' ? sites.none : sites.withSources, outDir, path.join(dir, 'logs', `${variant}-${k}.log`), env);
      const expected = variant === 'live' ? n : 0;
      if (state.requests !== expected) fail(`N=${n} ${variant} build ${k}: the server had ${state.requests} requests, expected ${expected}`);
      if (r.warnings.length) fail(`N=${n} ${variant} build ${k} warned about sources:\n${r.warnings.join('\n')}`);
      const ics = seriesIcs(outDir);
      if (ics !== (variant === 'none' ? 0 : n)) fail(`N=${n} ${variant} build ${k}: ${ics} series .ics files, expected ${variant === 'none' ? 0 : n}`);
      runs[variant].push({...r, requests: state.requests, mostInFlight: state.mostInFlight, load});
      log(`N=${n} ${variant} #${k}: ${(r.wall / 1000).toFixed(1)} s wall, ${(r.cpu / 1000).toFixed(1)} s CPU, Load site ${r.loadSite?.toFixed(0)} ms, loadContent ${r.loadContent?.toFixed(0)} ms, allContentLoaded ${r.allContentLoaded?.toFixed(0)} ms, ${state.requests} requests (${state.mostInFlight} at once), load ${load.toFixed(2)}`);
    }
  } finally {
    server.close();
  }
  const summary = Object.fromEntries(
    VARIANTS.map((v) => {
      const m = (key) => median(runs[v].map((r) => r[key] ?? NaN));
      return [v, {wall: m('wall'), cpu: m('cpu'), loadSite: m('loadSite'), loadContent: m('loadContent'), allContentLoaded: m('allContentLoaded'), requests: runs[v][0].requests, mostInFlight: Math.min(...runs[v].map((r) => r.mostInFlight))}];
    }),
  );
  return {n, delayMs: DELAY_MS, builds: BUILDS, order, conversion, summary, runs};
}

async function main() {
  if (!fs.existsSync(path.join(PLUGIN_LIB, 'index.js'))) fail('the plugin is not compiled (plugins/docusaurus-plugin-innersource-sig/lib); wait for the rebuild and retry');
  const results = [];
  for (const n of SIZES) results.push(await measure(n));
  const s = (value) => (value / 1000).toFixed(1);
  const ms = (value) => value.toFixed(0);
  const sign = (value) => (value >= 0 ? '+' : '') + s(value);
  const three = (key, fmt) => (r) => `${fmt(r.live[key])} / ${fmt(r.offline[key])} / ${fmt(r.none[key])}`;
  const rows = [
    '| N sources | delay | wall: live / offline / none | live − none | offline − none | CPU: live / offline / none | "Load site" phase: live / offline / none | plugin loadContent(): live / offline / none | requests: live / offline | most live requests at once (fewest of the builds) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map(({n, delayMs, summary: r}) =>
      `| ${n} | ${delayMs} ms | ${three('wall', s)(r)} s | ${sign(r.live.wall - r.none.wall)} s | ${sign(r.offline.wall - r.none.wall)} s | ${three('cpu', s)(r)} s | ${three('loadSite', ms)(r)} ms | ${three('loadContent', ms)(r)} ms | ${r.live.requests} / ${r.offline.requests} | ${r.live.mostInFlight} |`,
    ),
  ];
  console.log(`\nMedians of ${BUILDS} build(s) per variant (machine: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}):\n\n${rows.join('\n')}\n`);
  const file = path.join(OUT, 'sources.json');
  const previous = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  for (const r of results) previous[`n=${r.n},delay=${r.delayMs}`] = {...r, at: new Date().toISOString(), cores: os.cpus().length, node: process.version};
  fs.writeFileSync(file, `${JSON.stringify(previous, null, 2)}\n`);
  log(`wrote ${path.relative(ROOT, file)}`);
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exit(1);
});
