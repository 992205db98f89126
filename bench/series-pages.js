#!/usr/bin/env node
/**
 * What the series pages (/meetings/<id>), the minutes pages (/meetings/<id>/<date>) and the month
 * view (/meetings/calendar[/<YYYY-MM>]) add to a build with many meeting series. Writes
 * bench/SERIES.md and bench/out/series-results.json.
 *
 *   node bench/series-pages.js [--series=500] [--docs=100] [--events=50] [--builds=3]
 *                              [--variants=A,B,C] [--minutes-share=0.2] [--seed=20261204]
 *                              [--load-runs=3] [--no-browser] [--report-only | --analyse-only]
 *
 * One synthetic site (bench/lib/generate-site.js, en only) with its meeting series aged (weekly
 * series and those on a day of the month start 1 to 6 years before 2026, so that their pages have
 * years of past meetings) and two minutes files, on the last two meetings held, for about one
 * series in five. It is built cold, alternately (A B C, C B A, A B C, …), in three variants that
 * differ only in the plugin's options:
 *   A  seriesPages: false     the meetings page and the month view (16 pages), no series or minutes pages
 *   B  default                A + a page per series + a page per minutes file
 *   C  meetingsRoute: false   none of the meetings pages (no meetings page, month view, series or minutes pages)
 * B − A is what the series and minutes pages cost; A − C bounds what the meetings page and the month
 * view cost together (C also drops the navbar's and the home page's link to /meetings).
 *
 * Page weight is read from the last build of each variant: the page's HTML, the scripts and
 * stylesheet its HTML names (runtime, main bundle, CSS) and the route's own chunks (its component
 * and data modules), found through .docusaurus/routes.js, routesChunkNames.json and
 * client-manifest.json, all gzipped (level 9). With Chromium (/usr/bin/chromium, or CHROMIUM_PATH)
 * each measured page is also opened from a local server, to check that list against what the
 * browser fetches and to count what Docusaurus prefetches for the links in view.
 *
 * Needs the plugin's compiled lib/ (npm run build:plugin); waits for it when another build is
 * rewriting it. Everything generated goes to bench/out/series/ (git-ignored). --report-only
 * rewrites bench/SERIES.md from bench/out/series-results.json; --analyse-only measures the pages
 * again (and rewrites both) from the builds the last run left in bench/out/series/.
 */
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const {execFileSync, spawn} = require('node:child_process');
const {performance} = require('node:perf_hooks');
const {createRandom, stats, gzipSize} = require('./lib/util');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(__dirname, 'out');
const WORK = path.join(OUT, 'series');
const RESULTS_FILE = path.join(OUT, 'series-results.json');
const REPORT_FILE = path.join(__dirname, 'SERIES.md');
const PLUGIN_LIB = path.join(ROOT, 'plugins', 'docusaurus-plugin-innersource-sig', 'lib');
const DOCUSAURUS_BIN = path.join(ROOT, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const DAY_MS = 86_400_000;

const VARIANTS = {
  A: {options: {seriesPages: false}, label: '`seriesPages: false`', includes: 'meetings page + month view (16 pages); no series or minutes pages'},
  B: {options: {}, label: 'default (`seriesPages: true`)', includes: 'A + one page per series + one page per minutes file'},
  C: {options: {meetingsRoute: false}, label: '`meetingsRoute: false`', includes: 'no meetings page, month view, series or minutes pages (and no link to /meetings in the navbar and home page)'},
};

const argv = process.argv.slice(2);
const args = Object.fromEntries(argv.map((a) => /^--([a-z-]+)=(.*)$/.exec(a)?.slice(1) ?? [a.replace(/^--/, ''), 'true']));
const opts = {
  series: Number(args.series ?? 500),
  docs: Number(args.docs ?? 100),
  events: Number(args.events ?? 50),
  builds: Number(args.builds ?? 3),
  variants: String(args.variants ?? 'A,B,C').split(',').filter((v) => VARIANTS[v]),
  minutesShare: Number(args['minutes-share'] ?? 0.2),
  seed: Number(args.seed ?? 20261204),
  browser: args['no-browser'] === undefined,
  reportOnly: args['report-only'] !== undefined,
  analyseOnly: args['analyse-only'] !== undefined,
  loadRuns: Number(args['load-runs'] ?? 3),
};

const log = (...parts) => console.log(`[series ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const round = (n, digits = 0) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const summary = (values) => ({...stats(values), mean: mean(values)});
const isoDate = (date) => date.toISOString().slice(0, 10);
const addDays = (ymd, days) => isoDate(new Date(Date.parse(`${ymd}T00:00:00Z`) + days * DAY_MS));
const write = (file, text) => {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
};

// ---------------------------------------------------------------- the plugin's lib

const LIB_FILES = ['index.js', 'meetings/index.js', 'meetings/history.js'].map((f) => path.join(PLUGIN_LIB, f));

/** Another engineer's `npm run build:plugin` empties lib/ for a while: wait for it (up to 15 min). */
async function waitForLib() {
  for (let waited = 0; ; waited += 10) {
    if (LIB_FILES.every((f) => fs.existsSync(f))) {
      if (waited) await new Promise((r) => setTimeout(r, 5000)); // let the compiler finish writing
      return;
    }
    if (waited >= 900) throw new Error(`the plugin's lib/ is missing (${path.relative(ROOT, PLUGIN_LIB)}): run npm run build:plugin`);
    if (waited % 60 === 0) log(`lib/ is missing or being rebuilt; waiting (${waited} s so far)`);
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

const libStamp = () => {
  try {
    return fs.statSync(path.join(PLUGIN_LIB, 'index.js')).mtime.toISOString();
  } catch {
    return 'missing';
  }
};

// ---------------------------------------------------------------- the site

/**
 * Weekly series and those on a day of the month start `years` (1–6, from the file's number)
 * earlier: by 52 weeks a year (same weekday, an even number of weeks for fortnightly ones) or the
 * same day of the month. Other rules (nth weekday, daily, yearly, one-offs) keep their 2026 start.
 */
function ageMeetingFile(file, text) {
  const i = Number(/(\d+)/.exec(file)?.[1] ?? 0);
  const years = 1 + (Math.floor(i / 10) % 6);
  const start = /^start: (\d{4}-\d{2}-\d{2})T/m.exec(text)?.[1];
  const repeat = /^repeat: (.*)$/m.exec(text)?.[1];
  if (!start || !repeat) return {text, years: 0};
  let moved;
  if (/^FREQ=WEEKLY(;|$)/.test(repeat)) moved = addDays(start, -364 * years);
  else if (/^FREQ=MONTHLY;BYMONTHDAY=\d+$/.test(repeat)) moved = `${Number(start.slice(0, 4)) - years}${start.slice(4)}`;
  if (!moved) return {text, years: 0, repeat};
  return {text: text.replace(`start: ${start}T`, `start: ${moved}T`), years, repeat};
}

const NAMES = ['Sam Rivera', 'Alex Chen', 'Priya Nair', 'Jonas Berg', 'Aiko Tanaka', 'Lucía Gómez', 'Tom Okafor', 'Mei Lin', 'Ana Souza', 'Ben Carter'];
const TOPICS = ['Maturity model pilots', 'Contribution guidelines', 'Onboarding new hosts', 'Metrics dashboard', 'Trusted committer training', 'Funding the programme office', 'Next summit', 'Pattern review'];

function minutesText(rng, title, date) {
  const lines = [];
  if (rng.chance(0.5)) lines.push('---', `description: ${JSON.stringify(`Minutes of the ${title} of ${date}.`)}`, '---', '');
  lines.push('<!-- Synthetic minutes written by bench/series-pages.js. -->', '');
  lines.push(`**Present:** ${rng.int(4, 20)} members from ${rng.int(2, 9)} organisations. **Chair:** ${rng.pick(NAMES)}. **Notes:** ${rng.pick(NAMES)}.`, '');
  for (const topic of rng.sample(TOPICS, rng.int(2, 3))) {
    lines.push(`## ${topic}`, '');
    for (let k = rng.int(2, 4); k > 0; k--) {
      lines.push(`- ${rng.pick(NAMES)} ${rng.pick(['reported that', 'proposed that', 'asked whether', 'noted that'])} the ${topic.toLowerCase()} ${rng.pick(['needs a second reviewer', 'is ready for the next release', 'should wait for the survey results', 'goes to the working group', 'gets a page in the body of knowledge'])}.`);
    }
    lines.push('');
  }
  lines.push('## Actions', '', `- ${rng.pick(NAMES)}: circulate the draft before the next call.`, '');
  return lines.join('\n');
}

/**
 * The synthetic site (generateSites' site with the plugin), aged and with minutes files, then
 * one copy per variant with the plugin's options set. Returns what the measurements need.
 */
function prepareSites() {
  const {generateSites, REFERENCE_DAY} = require('./lib/generate-site');
  const meetingsLib = require(path.join(PLUGIN_LIB, 'meetings', 'index.js'));
  const history = require(path.join(PLUGIN_LIB, 'meetings', 'history.js'));
  const genDir = path.join(WORK, 'gen');
  const gen = generateSites({
    outDir: genDir,
    seed: opts.seed,
    docCount: opts.docs,
    tagCount: 20,
    seriesCount: opts.series,
    eventCount: opts.events,
    meetingsLib,
    events: {supported: true},
  });
  fs.rmSync(gen.sites.without, {recursive: true, force: true});
  const site = gen.sites.with;
  const meetingsDir = path.join(site, 'meetings');

  // Age the series, check them with the plugin's parser, rewrite the lock file for them.
  const parsed = [];
  const aged = {};
  const repeats = new Map();
  for (const {file} of gen.meetingFiles) {
    const original = fs.readFileSync(path.join(meetingsDir, file), 'utf8');
    const {text, years, repeat} = ageMeetingFile(file, original);
    if (years) aged[years] = (aged[years] ?? 0) + 1;
    fs.writeFileSync(path.join(meetingsDir, file), text);
    const meeting = meetingsLib.parseMeetingFile(`meetings/${file}`, text);
    parsed.push(meeting);
    repeats.set(meeting.id, /^repeat: (.*)$/m.exec(text)?.[1] ?? repeat ?? '');
  }
  const clashes = meetingsLib.validateMeetingSet(parsed);
  if (Array.isArray(clashes) && clashes.length) throw new Error(`aged meeting files clash: ${clashes.map(String).join('; ')}`);
  const lock = Object.fromEntries(parsed.map((m) => [m.id, meetingsLib.nextLockEntry(m, undefined, REFERENCE_DAY)]));
  fs.writeFileSync(path.join(meetingsDir, 'calendar.lock.json'), meetingsLib.serializeLock(lock));

  // Minutes: the last two meetings held (or moved) before now, for about one series in five.
  const now = new Date();
  const rng = createRandom(opts.seed ^ 0x3141);
  const minutes = [];
  const pastCount = new Map();
  let chosen = 0;
  let tooFew = 0;
  for (const meeting of parsed) {
    const past = history.seriesHistory(meeting, history.seriesBegins(meeting), now).filter((r) => r.status !== 'cancelled' && r.end <= now);
    pastCount.set(meeting.id, history.seriesHistory(meeting, history.seriesBegins(meeting), now).filter((r) => r.end <= now).length);
    if (!rng.chance(opts.minutesShare)) continue;
    chosen += 1;
    if (past.length < 2) {
      tooFew += 1;
      continue;
    }
    for (const record of past.slice(-2)) {
      const name = `${meeting.id}/${record.date}.md`;
      write(path.join(meetingsDir, name), minutesText(rng, meeting.title, record.date));
      minutes.push({id: meeting.id, date: record.date, status: record.status});
    }
  }

  // A typical series: weekly, one day a week, started years ago; the median by past meetings.
  const weekly = parsed
    .filter((m) => /^FREQ=WEEKLY;BYDAY=[A-Z]{2}$/.test(repeats.get(m.id)) && pastCount.get(m.id) >= 52)
    .sort((a, b) => pastCount.get(a.id) - pastCount.get(b.id) || (a.id < b.id ? -1 : 1));
  const typical = weekly[Math.floor((weekly.length - 1) / 2)];
  if (!typical) throw new Error('no weekly series with a year of past meetings: use more --series');

  // One copy per variant.
  const sites = {};
  for (const v of opts.variants) {
    const dir = path.join(WORK, `site-${v}`);
    fs.rmSync(dir, {recursive: true, force: true});
    fs.cpSync(site, dir, {recursive: true, filter: (src) => !src.includes(`${path.sep}.docusaurus`)});
    const configFile = path.join(dir, 'docusaurus.config.js');
    let config = fs.readFileSync(configFile, 'utf8');
    const anchor = "calendarName: 'Synthetic SIG meetings'}";
    if (!config.includes(anchor)) throw new Error(`generated config has no ${anchor}: update bench/series-pages.js`);
    const extra = Object.entries(VARIANTS[v].options).map(([k, value]) => `, ${k}: ${JSON.stringify(value)}`).join('');
    config = config.replace(anchor, `calendarName: 'Synthetic SIG meetings'${extra}}`);
    if (VARIANTS[v].options.meetingsRoute === false) {
      // No meetings page: its links would be broken links (onBrokenLinks: 'throw').
      config = config.replace("{to: '/meetings', label: 'Meetings', position: 'left'}, ", '');
      const home = path.join(dir, 'src', 'pages', 'index.mdx');
      fs.writeFileSync(home, fs.readFileSync(home, 'utf8').replace('link="/meetings"', 'link="/docs/tags"'));
    }
    fs.writeFileSync(configFile, config);
    sites[v] = dir;
  }

  const firstOf = (kind) => gen.docs.find((d) => d.kind === kind);
  const plain = firstOf('plain');
  const meetingDoc = firstOf('meeting');
  return {
    sites,
    docsCount: gen.docs.length,
    eventCount: gen.eventCount,
    seriesCount: parsed.length,
    aged,
    minutes: {files: minutes.length, seriesWithMinutes: new Set(minutes.map((m) => m.id)).size, chosen, tooFew, moved: minutes.filter((m) => m.status === 'moved').length, list: minutes},
    typical: {id: typical.id, start: typical.start, timezone: typical.timezone, repeat: repeats.get(typical.id), past: pastCount.get(typical.id)},
    pastMeetings: {...summary([...pastCount.values()]), total: [...pastCount.values()].reduce((a, b) => a + b, 0)},
    pages: {
      plainDoc: `/docs/${plain.section}/${plain.file}`,
      meetingDoc: meetingDoc && `/docs/${meetingDoc.section}/${meetingDoc.file}`,
      meetingDocShows: meetingDoc?.meetings,
    },
    generatedAt: now.toISOString(),
  };
}

// ---------------------------------------------------------------- builds

/** Docusaurus' perf logger lines: label → ms. */
function perfPhases(text) {
  const phases = {};
  for (const line of text.split('\n')) {
    const m = /^\[PERF\] (.*) - ([\d.]+) (ms|seconds)!? - \(Heap/.exec(line);
    if (m && !m[1].startsWith('SSG Worker')) phases[m[1]] = Number(m[2]) * (m[3] === 'seconds' ? 1000 : 1);
  }
  return phases;
}

const PHASES = {
  loadSite: 'Build > en > Load site',
  pluginLoadContent: 'Build > en > Load site > Load plugins > Load plugins content > Load innersource-sig@default > loadContent()',
  pluginAllContentLoaded: 'Build > en > Load site > Load plugins > allContentLoaded() > allContentLoaded() - innersource-sig@default',
  bundling: 'Build > en > Bundling with rspack',
  ssg: 'Build > en > SSG',
  postBuild: 'Build > en > postBuild()',
  brokenLinks: 'Build > en > Broken links checker',
  build: 'Build > en',
};

/** The plugin's own timings (SIG_PLUGIN_TIMINGS), summed over the build's processes. */
function readPluginTimings(file) {
  const totals = {};
  if (!fs.existsSync(file)) return totals;
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    for (const [phase, t] of Object.entries(JSON.parse(line).totals)) totals[phase] = (totals[phase] ?? 0) + t.ms;
  }
  return totals;
}

function walkFiles(dir) {
  return fs.readdirSync(dir, {recursive: true, withFileTypes: true}).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function folderSummary(dir) {
  const files = walkFiles(dir);
  const byTop = {};
  let bytes = 0;
  let html = 0;
  for (const file of files) {
    const size = fs.statSync(file).size;
    bytes += size;
    if (file.endsWith('.html')) html += 1;
    const rel = path.relative(dir, file).split(path.sep);
    const top = rel.length === 1 ? '(top)' : rel[0] === 'assets' ? `assets/${rel[1]}` : rel[0];
    byTop[top] = (byTop[top] ?? 0) + size;
  }
  return {files: files.length, bytes, htmlPages: html, byTop};
}

function timedBuild(variant, k) {
  const siteDir = path.join(WORK, `site-${variant}`);
  const outDir = path.join(WORK, `build-${variant}`);
  const logFile = path.join(WORK, 'logs', `${variant}-${k}.log`);
  const timeFile = `${logFile}.time`;
  const timingsFile = `${logFile}.timings`;
  fs.mkdirSync(path.dirname(logFile), {recursive: true});
  fs.rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
  fs.rmSync(outDir, {recursive: true, force: true});
  fs.rmSync(timingsFile, {force: true});
  const load = os.loadavg();
  const lib = libStamp();
  const fd = fs.openSync(logFile, 'w');
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, DOCUSAURUS_BIN, 'build', siteDir, '--out-dir', outDir, '--locale', 'en'], {
      cwd: ROOT,
      stdio: ['ignore', fd, fd],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        // Cold builds, as bench/run.js: no rspack persistent cache.
        DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
        DOCUSAURUS_PERF_LOGGER: 'true',
        SIG_PLUGIN_TIMINGS: timingsFile,
        SIG_OFFLINE: '1',
      },
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      fs.closeSync(fd);
      const wall = performance.now() - start;
      const text = fs.readFileSync(logFile, 'utf8');
      if (code !== 0) return reject(Object.assign(new Error(`build ${variant}#${k} exited with ${code}; see ${path.relative(ROOT, logFile)}`), {text}));
      const [, user, sys, rssKb] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      const all = perfPhases(text);
      const phases = Object.fromEntries(Object.entries(PHASES).map(([key, label]) => [key, all[label]]));
      const warnings = text.split('\n').filter((line) => /\[WARNING\]|\[ERROR\]/.test(line));
      const added = /\[innersource-sig\] Added (.*)$/m.exec(text)?.[1];
      resolve({
        variant,
        k,
        wall,
        cpu: (user + sys) * 1000,
        maxRssMb: rssKb / 1024,
        load1: load[0],
        lib,
        libAfter: libStamp(),
        phases,
        plugin: readPluginTimings(timingsFile),
        warnings,
        added,
        folder: folderSummary(outDir),
      });
    });
  });
}

async function runBuilds() {
  const order = [];
  for (let b = 0; b < opts.builds; b++) order.push(...(b % 2 ? [...opts.variants].reverse() : opts.variants));
  const runs = Object.fromEntries(opts.variants.map((v) => [v, []]));
  for (const variant of order) {
    const k = runs[variant].length + 1;
    let result;
    for (let attempt = 1; ; attempt++) {
      await waitForLib();
      try {
        result = await timedBuild(variant, k);
        break;
      } catch (error) {
        // lib/ rewritten under the build: wait for it and build again (once).
        const libGone = !LIB_FILES.every((f) => fs.existsSync(f)) || /Cannot find module[^\n]*docusaurus-plugin-innersource-sig/.test(error.text ?? '');
        if (attempt >= 2 || !libGone) throw error;
        log(`${variant}#${k} failed while the plugin's lib/ was being rebuilt; retrying`);
      }
    }
    runs[variant].push(result);
    log(
      `${variant}#${k}: ${(result.wall / 1000).toFixed(1)} s wall, ${(result.cpu / 1000).toFixed(1)} s CPU, ${result.folder.htmlPages} pages, ` +
        `${(result.folder.bytes / 2 ** 20).toFixed(1)} MiB, plugin allContentLoaded ${result.phases.pluginAllContentLoaded?.toFixed(0)} ms, ` +
        `SSG ${((result.phases.ssg ?? NaN) / 1000).toFixed(1)} s, load ${result.load1.toFixed(2)}${result.warnings.length ? `, ${result.warnings.length} warning line(s)` : ''}`,
    );
  }
  return {order, runs};
}

// ---------------------------------------------------------------- the load phase alone

const LOAD_PHASES = {
  pluginLoadContent: 'Load innersource-sig@default > loadContent()',
  pluginAllContentLoaded: 'allContentLoaded() - innersource-sig@default',
};

/**
 * Child process (--load-site=<dir>): loads the site as `docusaurus build` does before bundling
 * (every plugin's loadContent, contentLoaded, allContentLoaded; .docusaurus written) and prints
 * its wall and CPU time: CPU time, unlike the wall time of a build, barely depends on what else
 * the machine runs.
 */
async function childLoadSite(siteDir) {
  const {loadSite} = require(require.resolve('@docusaurus/core/lib/server/site.js', {paths: [ROOT]}));
  const lines = [];
  const print = console.log;
  console.log = (...parts) => lines.push(parts.join(' '));
  const [cpu0, t0] = [process.cpuUsage(), performance.now()];
  try {
    await loadSite({siteDir, locale: 'en'});
  } finally {
    console.log = print;
  }
  const used = process.cpuUsage(cpu0);
  const phases = {};
  for (const line of lines) {
    const m = /^\[PERF\] (.*) - ([\d.]+) (ms|seconds)!? - \(Heap/.exec(line);
    if (!m) continue;
    for (const [key, suffix] of Object.entries(LOAD_PHASES)) if (m[1].endsWith(suffix)) phases[key] = Number(m[2]) * (m[3] === 'seconds' ? 1000 : 1);
  }
  print(JSON.stringify({wall: performance.now() - t0, cpu: (used.user + used.system) / 1000, phases}));
}

/** `--load-runs` loads of each variant's site (a copy, so the builds' .docusaurus stay), alternating. */
async function runLoads() {
  const runs = Object.fromEntries(opts.variants.map((v) => [v, []]));
  if (opts.loadRuns <= 0) return runs;
  for (const v of opts.variants) {
    const copy = path.join(WORK, `load-${v}`);
    fs.rmSync(copy, {recursive: true, force: true});
    fs.cpSync(path.join(WORK, `site-${v}`), copy, {recursive: true, filter: (src) => !src.includes(`${path.sep}.docusaurus`)});
  }
  for (let b = 0; b < opts.loadRuns; b++) {
    for (const v of b % 2 ? [...opts.variants].reverse() : opts.variants) {
      await waitForLib();
      const copy = path.join(WORK, `load-${v}`);
      fs.rmSync(path.join(copy, '.docusaurus'), {recursive: true, force: true});
      const load1 = os.loadavg()[0];
      const stdout = execFileSync(process.execPath, [__filename, `--load-site=${copy}`], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20,
        env: {...process.env, NODE_ENV: 'production', DOCUSAURUS_PERF_LOGGER: 'true', SIG_OFFLINE: '1'},
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const result = {...JSON.parse(stdout.trim().split('\n').pop()), load1};
      runs[v].push(result);
      log(`load ${v}#${runs[v].length}: ${(result.wall / 1000).toFixed(1)} s wall, ${(result.cpu / 1000).toFixed(1)} s CPU, plugin allContentLoaded ${result.phases.pluginAllContentLoaded?.toFixed(0)} ms, load ${load1.toFixed(2)}`);
    }
  }
  return runs;
}

// ---------------------------------------------------------------- page weight

const gzipCache = new Map();
function fileSizes(file) {
  if (!gzipCache.has(file)) {
    const data = fs.readFileSync(file);
    gzipCache.set(file, {raw: data.length, gzip: gzipSize(data)});
  }
  return gzipCache.get(file);
}

/** The route tree of a build (.docusaurus/routes.js), each node's component as its routesChunkNames key. */
function loadRoutes(siteDir) {
  const dir = path.join(siteDir, '.docusaurus');
  let text = fs.readFileSync(path.join(dir, 'routes.js'), 'utf8');
  text = text.replace(/^import .*$/gm, '').replace(/^export default/m, 'module.exports =');
  const sandbox = {module: {exports: undefined}, ComponentCreator: (p, hash) => `${p}-${hash}`};
  vm.runInNewContext(text, sandbox);
  return {
    tree: sandbox.module.exports,
    chunkNames: JSON.parse(fs.readFileSync(path.join(dir, 'routesChunkNames.json'), 'utf8')),
    manifest: JSON.parse(fs.readFileSync(path.join(dir, 'client-manifest.json'), 'utf8')),
  };
}

/** Keys of the route and its parents (layouts) that render `target`. */
function routeChain(nodes, target) {
  for (const node of nodes) {
    if (node.path === target && (node.exact || !node.routes)) return [node.component];
    const prefix = node.path.endsWith('/') ? node.path : `${node.path}/`;
    if (node.routes && (node.path === target || target.startsWith(prefix))) {
      const sub = routeChain(node.routes, target);
      if (sub) return [node.component, ...sub];
    }
  }
  return undefined;
}

/** All routes with a path matching `test`, leaves only. */
function routePaths(nodes, test, out = []) {
  for (const node of nodes) {
    if (node.routes) routePaths(node.routes, test, out);
    else if (test(node.path)) out.push(node.path);
  }
  return out;
}

const flatten = (value, key = '') =>
  typeof value === 'string' ? [[key, value]] : Object.entries(value ?? {}).flatMap(([k, v]) => flatten(v, key ? `${key}.${k}` : k));

/** Files (relative to the build folder) of a chunk name, through the client manifest. */
function chunkFiles(manifest, name) {
  const files = [];
  for (const id of manifest.origins[name] ?? []) {
    for (const kind of ['js', 'css']) for (const asset of manifest.assets[id]?.[kind] ?? []) files.push(asset.file);
  }
  return files;
}

function htmlFileOf(buildDir, route) {
  const candidates = [path.join(buildDir, route, 'index.html'), path.join(buildDir, `${route.replace(/\/$/, '')}.html`)];
  return candidates.find((f) => fs.existsSync(f));
}

/** What a page loads: its HTML, the assets its HTML names, its route's chunks; raw and gzip bytes. */
function pageWeight(build, routes, route) {
  const htmlFile = htmlFileOf(build, route);
  if (!htmlFile) return undefined;
  const html = fs.readFileSync(htmlFile, 'utf8');
  const named = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)) named.add(m[1].replace(/^\//, ''));
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    if (/\brel=["']?(stylesheet|preload|modulepreload)\b/.test(m[0])) {
      const href = /\bhref=["']?([^"' >]+)/.exec(m[0])?.[1];
      if (href && /\.(js|css)$/.test(href)) named.add(href.replace(/^\//, ''));
    }
  }
  const chain = routeChain(routes.tree, route);
  if (!chain) throw new Error(`no route ${route} in routes.js`);
  const routeFiles = new Map(); // file → data key (e.g. "series", "__comp") it came for
  for (const key of chain) {
    for (const [dataKey, name] of flatten(routes.chunkNames[key])) {
      for (const file of chunkFiles(routes.manifest, name)) if (!named.has(file) && !routeFiles.has(file)) routeFiles.set(file, dataKey);
    }
  }
  const sum = (files) => files.reduce((acc, f) => ({raw: acc.raw + fileSizes(path.join(build, f)).raw, gzip: acc.gzip + fileSizes(path.join(build, f)).gzip}), {raw: 0, gzip: 0});
  const htmlSizes = {raw: Buffer.byteLength(html), gzip: gzipSize(html)};
  const entry = sum([...named]);
  const own = sum([...routeFiles.keys()]);
  const byKey = {};
  for (const [file, key] of routeFiles) {
    const s = fileSizes(path.join(build, file));
    byKey[key] ??= {raw: 0, gzip: 0, files: 0};
    byKey[key].raw += s.raw;
    byKey[key].gzip += s.gzip;
    byKey[key].files += 1;
  }
  return {
    route,
    html: htmlSizes,
    entry,
    routeChunks: own,
    byKey,
    total: {raw: htmlSizes.raw + entry.raw + own.raw, gzip: htmlSizes.gzip + entry.gzip + own.gzip},
    files: [...named, ...routeFiles.keys()],
  };
}

// ---------------------------------------------------------------- Chromium

function chromiumAvailable() {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    require.resolve('playwright-core', {paths: [ROOT]});
    return true;
  } catch {
    return false;
  }
}

async function withBrowser(builds, fn) {
  const {chromium} = require(require.resolve('playwright-core', {paths: [ROOT]}));
  const handler = require(require.resolve('serve-handler', {paths: [path.dirname(require.resolve('@docusaurus/core/package.json', {paths: [ROOT]}))]}));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    timeout: 60_000,
  });
  const servers = [];
  try {
    const origins = {};
    for (const [variant, dir] of Object.entries(builds)) {
      const server = http.createServer((req, res) => handler(req, res, {public: dir, cleanUrls: true, directoryListing: false}).catch(() => res.writeHead(500).end()));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      origins[variant] = `http://127.0.0.1:${server.address().port}`;
    }
    return await fn(browser, origins);
  } finally {
    await browser.close();
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
  }
}

/**
 * Opens a page at 1280×800 with an empty cache; what it fetches to show and hydrate (document,
 * scripts, styles) and what Docusaurus prefetches afterwards for the links in view (Sec-Purpose:
 * prefetch), as files of the build, gzipped.
 */
async function browserWeight(browser, origin, build, route) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  const requests = [];
  let lastRequest = performance.now();
  page.on('request', (request) => {
    requests.push(request);
    lastRequest = performance.now();
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}${route}`, {waitUntil: 'load', timeout: 120_000});
  // Hydrated (Docusaurus sets the attribute), then quiet: no request for 2 s (prefetches come after hydration).
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 120_000}).catch(() => errors.push('not hydrated within 120 s'));
  const until = performance.now() + 60_000;
  while (performance.now() - lastRequest < 2000 && performance.now() < until) await page.waitForTimeout(250);
  const loaded = new Set();
  const prefetched = new Set();
  for (const request of requests) {
    const url = new URL(request.url());
    if (url.origin !== origin) continue;
    const headers = await request.allHeaders().catch(() => ({}));
    const file = decodeURIComponent(url.pathname).replace(/^\//, '');
    if (!/\.(js|css)$/.test(file)) continue;
    if (/prefetch/.test(headers['sec-purpose'] ?? headers.purpose ?? '')) prefetched.add(file);
    else loaded.add(file);
  }
  await context.close();
  const sum = (files) => [...files].reduce((acc, f) => {
    const full = path.join(build, f);
    if (!fs.existsSync(full)) return acc;
    const s = fileSizes(full);
    return {raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, files: acc.files + 1};
  }, {raw: 0, gzip: 0, files: 0});
  const onlyPrefetched = [...prefetched].filter((f) => !loaded.has(f));
  return {loaded: [...loaded], loadedBytes: sum(loaded), prefetchedBytes: sum(onlyPrefetched), errors};
}

// ---------------------------------------------------------------- analysis

const STATUS_CODES = {held: 0, moved: 1, cancelled: 2};

/**
 * What the month modules would weigh in two leaner shapes, for the report's suggestion:
 * "dictionary" keeps every field but names each series once (id, title, link, zone) and items
 * point to it; "minimal" keeps per meeting only [series, start, duration, status(, movedFrom)],
 * the rest (day, time label) being derived in the component with Intl, as it is redone for the
 * reader's zone anyway. Events stay as they are. Read from .docusaurus (months but the build's).
 */
function monthEncodings(siteDir) {
  const dir = path.join(siteDir, '.docusaurus', 'docusaurus-plugin-innersource-sig', 'default');
  if (!fs.existsSync(dir)) return undefined;
  const files = fs.readdirSync(dir).filter((f) => /^meeting-calendar-\d{4}-\d{2}.*\.json$/.test(f)).sort();
  const sizes = (value) => {
    const text = JSON.stringify(value);
    return {raw: Buffer.byteLength(text), gzip: gzipSize(text)};
  };
  const months = files.map((file) => {
    const month = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const index = new Map();
    const series = [];
    const ref = (item) => {
      const key = `${item.kind}:${item.id}`;
      if (!index.has(key)) {
        index.set(key, series.length);
        series.push([item.kind, item.id, item.title, item.href ?? item.icsPath ?? null, item.timezone]);
      }
      return index.get(key);
    };
    const dictItem = (item) => {
      if (item.kind === 'event') return item;
      const {kind: _k, id: _i, title: _t, href: _h, icsPath: _p, timezone: _z, ...rest} = item;
      return {s: ref(item), ...rest};
    };
    const minimalItem = (item) => (item.kind === 'event' ? item : [ref(item), item.start, item.end - item.start, STATUS_CODES[item.status] ?? item.status, ...(item.movedFrom ? [item.movedFrom] : [])]);
    const items = month.weeks.flat().filter(Boolean).flatMap((day) => day.items);
    const dictionary = {...month, weeks: month.weeks.map((week) => week.map((day) => day && {...day, items: day.items.map(dictItem)})), nearby: month.nearby.map(dictItem), series};
    const {weeks: _w, nearby: _n, ...head} = month;
    const minimal = {...head, days: month.weeks.flat().filter(Boolean).map((day) => [day.date, day.items.map(minimalItem)]), nearby: month.nearby.map(minimalItem), series};
    return {month: month.month, items: items.length, nearby: month.nearby.length, series: series.length, current: sizes(month), dictionary: sizes(dictionary), minimal: sizes(minimal)};
  });
  const total = (key, unit) => months.reduce((n, m) => n + m[key][unit], 0);
  return {
    months,
    items: summary(months.map((m) => m.items)),
    ratioRaw: {dictionary: total('current', 'raw') / total('dictionary', 'raw'), minimal: total('current', 'raw') / total('minimal', 'raw')},
    ratioGzip: {dictionary: total('current', 'gzip') / total('dictionary', 'gzip'), minimal: total('current', 'gzip') / total('minimal', 'gzip')},
  };
}

function analyse(prep, buildResults) {
  const out = {};
  const builds = Object.fromEntries(opts.variants.map((v) => [v, path.join(WORK, `build-${v}`)]));
  for (const v of opts.variants) {
    const routes = loadRoutes(path.join(WORK, `site-${v}`));
    const build = builds[v];
    const weight = (route) => route && pageWeight(build, routes, route);
    const pages = {
      home: weight('/'),
      plainDoc: weight(prep.pages.plainDoc),
      meetingDoc: weight(prep.pages.meetingDoc),
      meetings: weight('/meetings'),
      calendar: weight('/meetings/calendar'),
    };
    const result = {pages};
    const isSeries = (p) => /^\/meetings\/[^/]+$/.test(p) && p !== '/meetings/calendar';
    const seriesRoutes = routePaths(routes.tree, isSeries);
    const minutesRoutes = routePaths(routes.tree, (p) => /^\/meetings\/[^/]+\/\d{4}-\d{2}-\d{2}$/.test(p));
    const monthRoutes = routePaths(routes.tree, (p) => /^\/meetings\/calendar\/\d{4}-\d{2}$/.test(p));
    result.routeCounts = {series: seriesRoutes.length, minutes: minutesRoutes.length, months: monthRoutes.length};
    if (seriesRoutes.length) {
      const all = seriesRoutes.map((r) => pageWeight(build, routes, r));
      const heaviest = all.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
      pages.typicalSeries = weight(`/meetings/${prep.typical.id}`);
      pages.heaviestSeries = heaviest;
      result.series = {
        totalGzip: summary(all.map((p) => p.total.gzip)),
        routeChunksGzip: summary(all.map((p) => p.routeChunks.gzip)),
        seriesDataGzip: summary(all.map((p) => p.byKey.series?.gzip ?? 0)),
        seriesDataRaw: summary(all.map((p) => p.byKey.series?.raw ?? 0)),
        htmlGzip: summary(all.map((p) => p.html.gzip)),
        htmlRaw: summary(all.map((p) => p.html.raw)),
      };
    }
    if (minutesRoutes.length) {
      const all = minutesRoutes.map((r) => pageWeight(build, routes, r));
      const ofTypical = minutesRoutes.find((r) => r.startsWith(`/meetings/${prep.typical.id}/`));
      pages.minutes = ofTypical ? all[minutesRoutes.indexOf(ofTypical)] : all[0];
      result.minutesPages = {totalGzip: summary(all.map((p) => p.total.gzip)), htmlGzip: summary(all.map((p) => p.html.gzip))};
    }
    if (monthRoutes.length) {
      const all = monthRoutes.map((r) => pageWeight(build, routes, r));
      result.months = {
        routes: monthRoutes,
        dataRaw: summary(all.map((p) => p.byKey.month?.raw ?? 0)),
        dataGzip: summary(all.map((p) => p.byKey.month?.gzip ?? 0)),
        htmlRaw: summary(all.map((p) => p.html.raw)),
        htmlGzip: summary(all.map((p) => p.html.gzip)),
        totalGzip: summary(all.map((p) => p.total.gzip)),
        // Every month page's own data, once: what the 16 pages add to the build folder's JS.
        allDataRaw: all.reduce((n, p) => n + (p.byKey.month?.raw ?? 0), 0),
        perMonth: all.map((p) => ({route: p.route, dataRaw: p.byKey.month?.raw ?? 0, dataGzip: p.byKey.month?.gzip ?? 0, htmlRaw: p.html.raw, htmlGzip: p.html.gzip})),
      };
    }
    result.routeCounts.all = routePaths(routes.tree, () => true).length;
    if (monthRoutes.length) result.monthEncodings = monthEncodings(path.join(WORK, `site-${v}`));
    // The files every page loads (named by the HTML), by kind: the route table lives in main and runtime~main.
    result.entryFiles = Object.fromEntries(
      (pages.home?.files ?? [])
        .filter((f) => /^assets\/(js\/(runtime~main|main)\.|css\/styles\.)/.test(f))
        .map((f) => [/runtime~main/.test(f) ? 'runtime~main.js' : /\/main\./.test(f) ? 'main.js' : 'styles.css', fileSizes(path.join(build, f))]),
    );
    const last = buildResults.runs[v][buildResults.runs[v].length - 1];
    result.folder = last.folder;
    out[v] = result;
  }
  return out;
}

async function browserCheck(prep, analysis) {
  const builds = Object.fromEntries(opts.variants.map((v) => [v, path.join(WORK, `build-${v}`)]));
  return withBrowser(builds, async (browser, origins) => {
    const result = {};
    for (const v of opts.variants) {
      result[v] = {};
      for (const [name, weight] of Object.entries(analysis[v].pages)) {
        if (!weight) continue;
        const seen = await browserWeight(browser, origins[v], builds[v], weight.route);
        const expected = new Set(weight.files);
        const loaded = new Set(seen.loaded);
        result[v][name] = {
          route: weight.route,
          loadedGzip: seen.loadedBytes.gzip + weight.html.gzip,
          loadedFiles: seen.loadedBytes.files,
          prefetchedGzip: seen.prefetchedBytes.gzip,
          prefetchedFiles: seen.prefetchedBytes.files,
          // Files the route analysis lists but the browser did not fetch, and the other way round.
          notFetched: [...expected].filter((f) => !loaded.has(f)),
          unexpected: [...loaded].filter((f) => !expected.has(f)),
          errors: seen.errors,
        };
        log(`browser ${v} ${weight.route}: ${(result[v][name].loadedGzip / 1024).toFixed(1)} KB loaded, ${(seen.prefetchedBytes.gzip / 1024).toFixed(1)} KB prefetched (${seen.prefetchedBytes.files} files)`);
      }
    }
    return result;
  });
}

// ---------------------------------------------------------------- report

const KB = (bytes, digits = 1) => (bytes === undefined || Number.isNaN(bytes) ? '–' : `${(bytes / 1024).toFixed(digits)} KB`);
const MIB = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const S = (ms, digits = 1) => (ms === undefined || Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(digits)} s`);
const MS = (ms) => (ms === undefined || Number.isNaN(ms) ? '–' : `${Math.round(ms)} ms`);
const signed = (n, fmt) => {
  const text = fmt(Math.abs(n));
  return `${/^0(\.0+)?( |$)/.test(text) ? '±' : n >= 0 ? '+' : '−'}${text}`;
};

function buildStats(runs) {
  const pick = (fn) => summary(runs.map(fn).filter((x) => x !== undefined && !Number.isNaN(x)));
  return {
    wall: pick((r) => r.wall),
    cpu: pick((r) => r.cpu),
    maxRssMb: pick((r) => r.maxRssMb),
    phases: Object.fromEntries(Object.keys(PHASES).map((k) => [k, pick((r) => r.phases[k])])),
    pluginTimings: Object.fromEntries([...new Set(runs.flatMap((r) => Object.keys(r.plugin)))].map((k) => [k, pick((r) => r.plugin[k])])),
    pages: runs[runs.length - 1].folder.htmlPages,
    bytes: runs[runs.length - 1].folder.bytes,
    files: runs[runs.length - 1].folder.files,
    added: runs[runs.length - 1].added,
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    load1: pick((r) => r.load1),
  };
}

function machine() {
  const cpus = os.cpus();
  let nproc = '?';
  try {
    nproc = execFileSync('nproc', {encoding: 'utf8'}).trim();
  } catch {}
  let git = 'unknown';
  try {
    git = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: ROOT, encoding: 'utf8'}).trim();
  } catch {}
  const version = (pkg) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  };
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    nproc,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    docusaurus: version('@docusaurus/core'),
    rspack: version('@rspack/core'),
    git,
  };
}

/** Bytes of the page's own data modules: its route chunks but the component (__comp), which pages of a kind share. */
const ownData = (p) => Object.entries(p?.byKey ?? {}).filter(([k]) => k !== '__comp').reduce((n, [, s]) => n + s.gzip, 0);

function verdicts(r) {
  const out = [];
  const {A, B} = r.builds;
  const a = r.analysis;
  const doc = a.B?.pages.plainDoc;
  if (A && B) {
    const added = B.pages - A.pages;
    const wall = B.wall.mean - A.wall.mean;
    const cpu = B.cpu.mean - A.cpu.mean;
    const cpuPerAdded = cpu / Math.max(1, added);
    const cpuPerPageA = A.cpu.mean / A.pages;
    const ok = cpuPerAdded <= 2 * cpuPerPageA;
    out.push(
      `- **Build time of the series and minutes pages: ${ok ? 'acceptable' : 'not acceptable'}.** B − A = ${signed(wall, S)} wall (${((wall / A.wall.mean) * 100).toFixed(0)} %, runs ${S(A.wall.min)}–${S(A.wall.max)} against ${S(B.wall.min)}–${S(B.wall.max)}) and ${signed(cpu, S)} CPU (${((cpu / A.cpu.mean) * 100).toFixed(0)} %) for ${added} more pages: ${MS(cpuPerAdded)} CPU per added page against ${MS(cpuPerPageA)} per page on average in build A (criterion: at most twice that, i.e. these pages cost about what any page costs; lenient, since A's average includes the build's fixed costs). ` +
        `The plugin's own allContentLoaded() grows by ${signed((B.phases.pluginAllContentLoaded.mean ?? 0) - (A.phases.pluginAllContentLoaded.mean ?? 0), MS)} (${MS(A.phases.pluginAllContentLoaded.mean)} → ${MS(B.phases.pluginAllContentLoaded.mean)}); the rest is Docusaurus bundling, rendering and checking more pages (SSG ${signed(B.phases.ssg.mean - A.phases.ssg.mean, S)}, bundling ${signed(B.phases.bundling.mean - A.phases.bundling.mean, S)}, postBuild ${signed(B.phases.postBuild.mean - A.phases.postBuild.mean, S)}). Wall times on this shared machine are noisy; CPU time is the steadier figure.${r.loadSummary ? ` Measured alone, the load phase takes ${signed(r.loadSummary.B.cpu.mean - r.loadSummary.A.cpu.mean, S)} CPU more in B (${S(r.loadSummary.A.cpu.mean)} → ${S(r.loadSummary.B.cpu.mean)}), the plugin's allContentLoaded() ${MS(r.loadSummary.A.acl.mean)} → ${MS(r.loadSummary.B.acl.mean)}.` : ''}`,
    );
  }
  const typical = a.B?.pages.typicalSeries;
  if (typical && doc) {
    const ok = ownData(typical) <= 15 * 1024 && typical.total.gzip <= doc.total.gzip + 5 * 1024;
    out.push(
      `- **Typical series page (\`${typical.route}\`, ${r.site.typical.past} past meetings): ${ok ? 'acceptable' : 'not acceptable'}.** ${KB(typical.total.gzip)} gzip in all; its own data modules ${KB(ownData(typical))} (series ${KB(typical.byKey.series?.gzip)}, meeting ${KB(typical.byKey.meeting?.gzip)}), the series page component ${KB(typical.byKey.__comp?.gzip)} (shared by all series pages); HTML ${KB(typical.html.raw)} raw / ${KB(typical.html.gzip)} gzip. A plain doc page of the same build: ${KB(doc.total.gzip)}. Criterion: own data at most 15 KB gzip and the page no heavier than a doc page + 5 KB.`,
    );
  }
  const heavy = a.B?.pages.heaviestSeries;
  if (heavy) {
    const ok = ownData(heavy) <= 50 * 1024;
    out.push(
      `- **Heaviest series page (\`${heavy.route}\`): ${ok ? 'acceptable' : 'not acceptable'}.** ${KB(heavy.total.gzip)} gzip in all, own data ${KB(ownData(heavy))} (series data ${KB(heavy.byKey.series?.raw)} raw, ${KB(heavy.byKey.series?.gzip)} gzip), HTML ${KB(heavy.html.raw)} raw / ${KB(heavy.html.gzip)} gzip; the cap of 1,000 past meetings (\`MAX_PAST_MEETINGS\`) bounds it. Criterion: own data at most 50 KB gzip.`,
    );
  }
  const minutes = a.B?.pages.minutes;
  if (minutes && doc) {
    const ok = minutes.total.gzip <= doc.total.gzip + 5 * 1024;
    out.push(`- **Minutes page (\`${minutes.route}\`): ${ok ? 'acceptable' : 'not acceptable'}.** ${KB(minutes.total.gzip)} gzip in all (component ${KB(minutes.byKey.__comp?.gzip)}, shared by all minutes pages; content and data ${KB(ownData(minutes))}); a plain doc page: ${KB(doc.total.gzip)}. Criterion: no heavier than a doc page + 5 KB.`);
  }
  const months = a.B?.months ?? a.A?.months;
  const cal = a.B?.pages.calendar ?? a.A?.pages.calendar;
  if (months && cal) {
    const data = cal.byKey.month ?? {raw: 0, gzip: 0};
    const ok = data.gzip <= 50 * 1024 && cal.html.gzip <= 100 * 1024;
    const pf = r.browser?.B?.calendar ?? r.browser?.A?.calendar;
    const enc = a.B?.monthEncodings ?? a.A?.monthEncodings;
    out.push(
      `- **Month view (\`${cal.route}\`): ${ok ? 'acceptable' : 'not acceptable'}.** Its data module is ${KB(data.raw)} raw, **${KB(data.gzip)} gzip**; its HTML ${KB(cal.html.raw)} raw / ${KB(cal.html.gzip)} gzip; the page loads ${KB(cal.total.gzip)} gzip in all, and the browser then prefetched ${pf ? KB(pf.prefetchedGzip) : '(not measured)'} for the links in view${pf ? ` (${pf.prefetchedFiles} files)` : ''}. The ${months.routes.length} month pages' data modules are ${KB(months.dataGzip.min)}–${KB(months.dataGzip.max)} gzip (${KB(months.dataRaw.min)}–${KB(months.dataRaw.max)} raw; ${MIB(months.allDataRaw)} raw in all). Criterion: data at most 50 KB gzip and HTML at most 100 KB gzip (a page, not a download).` +
        (ok
          ? ''
          : ` **Suggestion:** the module holds ${enc ? `about ${Math.round(enc.items.median)} meetings a month` : 'every meeting of the month'}, each repeating its series' id, title, zone and .ics path and carrying its day and formatted time. Name each series once and keep per meeting only [series index, start, duration, status], deriving the day and the time label in the component with Intl (redone for the reader's zone anyway)${enc ? `: measured on this run's ${enc.months.length} other months, that divides the module by ${enc.ratioRaw.minimal.toFixed(1)} raw and ${enc.ratioGzip.minimal.toFixed(1)} gzip (naming series once but keeping every other field: ${enc.ratioRaw.dictionary.toFixed(1)} raw, ${enc.ratioGzip.dictionary.toFixed(1)} gzip)` : ''}. Past a few hundred meetings a month, also consider showing each day as a count linking to that day's list, and turning off Link prefetching for the calendar's items (the prefetch above).`),
    );
  }
  if (A && B && a.A?.entryFiles && a.B?.entryFiles) {
    const ea = a.A.entryFiles;
    const eb = a.B.entryFiles;
    const dMain = (eb['main.js']?.gzip ?? 0) - (ea['main.js']?.gzip ?? 0);
    const dRuntime = (eb['runtime~main.js']?.gzip ?? 0) - (ea['runtime~main.js']?.gzip ?? 0);
    const routes = a.B.routeCounts.all - a.A.routeCounts.all;
    const ok = dMain + dRuntime <= 5 * 1024;
    out.push(
      `- **Every page's shared bundles: ${ok ? 'acceptable' : 'not acceptable'}.** From A to B, \`main.js\` grows by ${KB(dMain)} gzip (${KB(ea['main.js']?.gzip)} → ${KB(eb['main.js']?.gzip)}) and \`runtime~main.js\` by ${KB(dRuntime)} (${KB(ea['runtime~main.js']?.gzip)} → ${KB(eb['runtime~main.js']?.gzip)}): Docusaurus puts every route (path, chunk names, loader) in the main bundle and every chunk's name in the runtime, so the ${routes} added routes cost about ${Math.round((dMain + dRuntime) / Math.max(1, routes))} B gzip each **on every page of the site**, read and parsed on every first visit. Criterion: at most 5 KB gzip on every page.` +
        (ok
          ? ''
          : ` **Suggestion:** fewer routes, not smaller pages: give minutes no route of their own (show each one on its series page, under an anchor per meeting), and make series pages opt-in above a number of series (e.g. \`seriesPages: 'auto'\` creating pages only for series with minutes or link maps, the others linking to their \`.ics\`/table as with \`seriesPages: false\`).`),
    );
  }
  const cmp = (name, label) => {
    const pa = a.A?.pages[name];
    const pb = a.B?.pages[name];
    if (!pa || !pb) return;
    const d = pb.total.gzip - pa.total.gzip;
    const dOwn = pb.routeChunks.gzip - pa.routeChunks.gzip;
    const ba = r.browser?.A?.[name];
    const bb = r.browser?.B?.[name];
    const pf = ba && bb ? ` Prefetched after load for the links in view: ${KB(ba.prefetchedGzip)} (A) → ${KB(bb.prefetchedGzip)} (B).` : '';
    out.push(`- **${label} (\`${pa.route}\`): ${Math.abs(d) <= 1024 ? 'unchanged' : d > 0 ? 'heavier' : 'lighter'}.** ${KB(pa.total.gzip)} (A) → ${KB(pb.total.gzip)} (B) gzip, ${signed(d / 1024, (x) => `${x.toFixed(1)} KB`)}, of which ${signed(dOwn / 1024, (x) => `${x.toFixed(1)} KB`)} in its own chunks and HTML ${signed((pb.html.gzip - pa.html.gzip) / 1024, (x) => `${x.toFixed(1)} KB`)} (the rest: shared bundles, above).${pf}`);
  };
  cmp('home', 'Home page');
  cmp('plainDoc', 'Doc page');
  cmp('meetingDoc', 'Doc page with a MeetingTable');
  cmp('meetings', 'Meetings page');
  const {C} = r.builds;
  if (A && C && a.A && a.C) {
    const entry = (x) => (a[x].entryFiles['main.js']?.gzip ?? 0) + (a[x].entryFiles['runtime~main.js']?.gzip ?? 0);
    const pa = r.browser?.A?.home;
    const pc = r.browser?.C?.home;
    const meetingsData = a.A.pages.meetings?.byKey.meetings;
    out.push(
      `- **The meetings page and the month view together (A − C): ${(A.cpu.mean - C.cpu.mean) / C.cpu.mean <= 0.25 ? 'acceptable in build time' : 'costly in build time'} (${signed(((A.cpu.mean - C.cpu.mean) / C.cpu.mean) * 100, (x) => `${x.toFixed(0)} %`)} CPU)${pa && pc && pa.prefetchedGzip - pc.prefetchedGzip > 50 * 1024 ? ', one concern in bytes' : ''}.** ${signed(A.wall.mean - C.wall.mean, S)} wall, ${signed(A.cpu.mean - C.cpu.mean, S)} CPU${r.loadSummary ? ` (load phase alone ${signed(r.loadSummary.A.cpu.mean - r.loadSummary.C.cpu.mean, S)} CPU: the month data is computed in C too, for \`<MeetingCalendar>\`)` : ''}, ${A.pages - C.pages} pages (bundling ${signed(A.phases.bundling.mean - C.phases.bundling.mean, S)}, SSG ${signed(A.phases.ssg.mean - C.phases.ssg.mean, S)}: the month modules${a.A.months ? ` (${MIB(a.A.months.allDataRaw)} raw)` : ''} and the meetings page's go through rspack, and each month page renders ${a.A.months ? `about ${KB(a.A.months.htmlRaw.median, 0)}` : 'a large page'} of HTML), ${signed(A.bytes - C.bytes, MIB)} of build folder, ${signed(entry('A') - entry('C'), (x) => KB(x))} gzip on every page's shared bundles.` +
        (pa && pc && meetingsData ? ` But with the navbar's "Meetings" link, **every page** then prefetches the meetings page's chunks: ${KB(pc.prefetchedGzip)} (C) → ${KB(pa.prefetchedGzip)} (A) prefetched after the home page loads, most of it the meetings page's data module (${KB(meetingsData.raw)} raw, ${KB(meetingsData.gzip)} gzip at ${r.site.seriesCount} series). Not new with this work, but worth a lean module (as for the month view) or a navbar link that does not prefetch.` : ''),
    );
  }
  if (A && B) {
    const d = B.bytes - A.bytes;
    out.push(`- **Build folder: ${signed(d, MIB)} (${((d / A.bytes) * 100).toFixed(0)} %)** from A to B, ${B.files - A.files} more files, about ${KB(d / Math.max(1, B.pages - A.pages))} per added page: acceptable for a static host.`);
  }
  return out;
}

function pageRow(name, label, v, r) {
  const p = r.analysis[v]?.pages[name];
  if (!p) return undefined;
  const b = r.browser?.[v]?.[name];
  const keys = Object.entries(p.byKey)
    .filter(([, s]) => s.gzip >= 200)
    .sort((x, y) => y[1].gzip - x[1].gzip)
    .slice(0, 3)
    .map(([k, s]) => `${k} ${KB(s.gzip)}`)
    .join(', ');
  return `| ${label} | ${v} | \`${p.route}\` | ${KB(p.html.raw)} / ${KB(p.html.gzip)} | ${KB(p.entry.gzip)} | ${KB(p.routeChunks.gzip)}${keys ? ` (${keys})` : ''} | **${KB(p.total.gzip)}** | ${b ? `${KB(b.loadedGzip)}${b.notFetched.length || b.unexpected.length ? ` (${b.notFetched.length} listed not fetched, ${b.unexpected.length} fetched not listed)` : ' (same files)'}` : '–'} | ${b ? `${KB(b.prefetchedGzip)} (${b.prefetchedFiles})` : '–'} |`;
}

function writeReport(r) {
  const v = Object.keys(r.builds);
  const lines = [];
  const {A, B, C} = r.builds;
  lines.push(
    '# Benchmark: series pages, minutes pages and the month view at 500 series',
    '',
    `Written by \`node bench/series-pages.js\` on ${r.finishedAt.slice(0, 16).replace('T', ' ')} UTC (run took ${(r.tookMs / 60000).toFixed(1)} min). Results: \`bench/out/series-results.json\`; sites, builds and build logs: \`bench/out/series/\` (git-ignored).`,
    '',
    '## Command',
    '',
    '```sh',
    r.command,
    '```',
    '',
    ...(r.analysedAgain ? [`Page weight and this report were then computed again from the same builds with \`${r.analysedAgain.command}\` (${r.analysedAgain.at.slice(0, 16).replace('T', ' ')} UTC).`, ''] : []),
    '`npm run bench:series` does the same after compiling the plugin (`npm run build:plugin`).',
    '',
    '## What was run',
    '',
    `- **Site**: \`bench/lib/generate-site.js\` (seed ${r.options.seed}), one locale (en): ${r.site.docsCount} docs, ${r.site.eventCount} events, **${r.site.seriesCount} meeting series**. The generator's series start in 2026; to give their pages a history, weekly, fortnightly, weekday and day-of-month series were moved 1 to 6 years earlier (${Object.entries(r.site.aged).map(([y, n]) => `${n} by ${y} y`).join(', ')}; same weekday and time, lock file rewritten with the plugin's \`nextLockEntry\`). Past meetings per series (up to the run): min ${r.site.pastMeetings.min}, median ${r.site.pastMeetings.median}, max ${r.site.pastMeetings.max}, ${r.site.pastMeetings.total} in all (a page lists at most 1,000).`,
    `- **Minutes**: for ${r.site.minutes.chosen} series drawn at random (share ${r.options.minutesShare}), two files \`meetings/<id>/<YYYY-MM-DD>.md\` on the last two meetings held before the run, found with the plugin's \`seriesHistory\` (so every file names a real meeting day; ${r.site.minutes.moved} are moved meetings); ${r.site.minutes.tooFew} drawn series had fewer than two past meetings. **${r.site.minutes.files} minutes files** for ${r.site.minutes.seriesWithMinutes} series, about 1 KB each.`,
    `- **Typical series** (page weight (a)): \`${r.site.typical.id}\`, \`repeat: ${r.site.typical.repeat}\`, start ${r.site.typical.start} (${r.site.typical.timezone}), ${r.site.typical.past} past meetings: the weekly series with a year or more of history whose count is the median of such series.`,
    `- **Variants** (same files, only the plugin's options differ):`,
    '',
    '  | Variant | plugin options | pages of the plugin for meetings |',
    '  | --- | --- | --- |',
    ...v.map((x) => `  | ${x} | ${VARIANTS[x].label} | ${VARIANTS[x].includes} |`),
    '',
    `- **Builds**: \`docusaurus build --locale en\`, cold (\`.docusaurus/\` and the output removed, \`DOCUSAURUS_NO_PERSISTENT_CACHE=true\`), \`NODE_ENV=production\`, \`SIG_OFFLINE=1\`, perf logger on (\`DOCUSAURUS_PERF_LOGGER=true\`); ${r.options.builds} builds per variant in the order ${r.order.join(' ')}. Wall time around the process; CPU = user + system from \`/usr/bin/time\`.`,
    '- **Page weight**: from the last build of each variant. A page loads its HTML, the runtime, main bundle and stylesheet its HTML names (the HTML names no route chunk: Docusaurus 3 loads those from the runtime), and its route\'s chunks (component and data modules, and the split chunks they need), read from `.docusaurus/routes.js`, `routesChunkNames.json` and `client-manifest.json`. Sizes are of the files in the build folder, gzip level 9 (`bench/lib/util.js` `gzipSize`). ' +
      (r.browser ? 'Each page was also opened in Chromium (1280 × 800, empty cache) from a local server: "browser" is what it fetched before going idle (HTML + scripts + styles; it should be the same files), "prefetched" what Docusaurus then prefetched for the links in view (`<Link>` prefetches the chunks of every internal link that scrolls into view).' : 'Chromium was not used (no browser, or --no-browser).'),
    '',
    '## Machine',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${r.machine.cpu} (os.cpus()); nproc ${r.machine.nproc} |`,
    `| Memory | ${r.machine.memoryGiB} GiB |`,
    `| OS | ${r.machine.os} |`,
    `| Node.js | ${r.machine.node} |`,
    `| Docusaurus | @docusaurus/core ${r.machine.docusaurus}, rspack ${r.machine.rspack} |`,
    `| Git | ${r.machine.git} + uncommitted work in the tree; plugin lib/ compiled ${r.libStamps.join(', ')} |`,
    `| Load average (1 min) before the builds | ${v.map((x) => `${x}: ${r.builds[x].load1.min.toFixed(1)}–${r.builds[x].load1.max.toFixed(1)}`).join('; ')} (${Math.max(...v.map((x) => r.builds[x].load1.max)) > 2 * Number(r.machine.nproc || os.cpus().length) ? 'the cores were shared with other work: wall times are inflated and noisy' : 'the 1-minute average includes the previous build\'s tail; little other work'}) |`,
    '',
    '## Build',
    '',
    '| | ' + v.join(' | ') + (A && B ? ' | B − A | B / A' : '') + (A && C ? ' | A − C' : '') + ' |',
    '| --- | ' + v.map(() => '---').join(' | ') + (A && B ? ' | --- | ---' : '') + (A && C ? ' | ---' : '') + ' |',
  );
  const row = (label, get, fmt, diff = true) => {
    const vals = Object.fromEntries(v.map((x) => [x, get(r.builds[x])]));
    let line = `| ${label} | ${v.map((x) => fmt(vals[x])).join(' | ')}`;
    if (A && B) line += diff ? ` | ${signed(vals.B - vals.A, fmt)} | ${(vals.B / vals.A).toFixed(3)}` : ' | | ';
    if (A && C) line += diff ? ` | ${signed(vals.A - vals.C, fmt)}` : ' | ';
    return `${line} |`;
  };
  lines.push(
    row('Wall time, mean', (b) => b.wall.mean, S),
    `| Wall time, min / max | ${v.map((x) => `${S(r.builds[x].wall.min)} / ${S(r.builds[x].wall.max)}`).join(' | ')}${A && B ? ' | | ' : ''}${A && C ? ' | ' : ''} |`,
    row('CPU time (user + sys), mean', (b) => b.cpu.mean, S),
    row('Peak RSS of the build process, mean', (b) => b.maxRssMb.mean, (x) => `${Math.round(x)} MiB`),
    row('Plugin loadContent(), mean', (b) => b.phases.pluginLoadContent.mean, MS),
    row('Plugin allContentLoaded(), mean (min–max)', (b) => b.phases.pluginAllContentLoaded.mean, MS),
    `| … its runs | ${v.map((x) => r.builds[x].phases.pluginAllContentLoaded.values.map((t) => Math.round(t)).join(', ') + ' ms').join(' | ')}${A && B ? ' | | ' : ''}${A && C ? ' | ' : ''} |`,
    row('Load site (all plugins), mean', (b) => b.phases.loadSite.mean, S),
    row('Bundling with rspack, mean', (b) => b.phases.bundling.mean, S),
    row('SSG, mean', (b) => b.phases.ssg.mean, S),
    row('postBuild() (all plugins), mean', (b) => b.phases.postBuild.mean, S),
    ...(['postBuild', 'pageDataLoader'].filter((k) => v.some((x) => r.builds[x].pluginTimings[k])).map((k) => row(`… plugin's own ${k} (SIG_PLUGIN_TIMINGS), mean`, (b) => b.pluginTimings[k]?.mean ?? 0, MS))),
    row('HTML pages', (b) => b.pages, (x) => String(x)),
    row('Build folder', (b) => b.bytes, MIB),
    row('Files in the build folder', (b) => b.files, (x) => String(x)),
    '',
    ...v.filter((x) => r.builds[x].added).map((x) => `${x}: the plugin says "Added ${r.builds[x].added}"`),
    '',
  );
  const folderDiff = A && B ? Object.keys({...r.analysis.A.folder.byTop, ...r.analysis.B.folder.byTop}).map((k) => [k, (r.analysis.B.folder.byTop[k] ?? 0) - (r.analysis.A.folder.byTop[k] ?? 0)]).filter(([, d]) => Math.abs(d) >= 10 * 1024).sort((x, y) => y[1] - x[1]) : [];
  if (folderDiff.length) lines.push(`Build folder, B − A by folder: ${folderDiff.map(([k, d]) => `\`${k}\` ${signed(d, MIB)}`).join(', ')}.`, '');
  const loads = r.loads && v.every((x) => r.loads[x]?.length) ? Object.fromEntries(v.map((x) => [x, {wall: summary(r.loads[x].map((l) => l.wall)), cpu: summary(r.loads[x].map((l) => l.cpu)), acl: summary(r.loads[x].map((l) => l.phases.pluginAllContentLoaded ?? NaN)), lc: summary(r.loads[x].map((l) => l.phases.pluginLoadContent ?? NaN))}])) : undefined;
  if (loads) {
    const mmmS = (st, fmt) => `${fmt(st.mean)} (${fmt(st.min)}–${fmt(st.max)})`;
    const d = (get, fmt) => (A && B ? ` | ${signed(get(loads.B) - get(loads.A), fmt)}` : '') + (A && C ? ` | ${signed(get(loads.A) - get(loads.C), fmt)}` : '');
    lines.push(
      `### The load phase alone`,
      '',
      `Docusaurus' \`loadSite()\` (every plugin's loadContent, contentLoaded and allContentLoaded, \`.docusaurus/\` written; what \`docusaurus build\` does before bundling), in a fresh process, ${r.loads[v[0]].length} times per variant, alternating, on copies of the sites. Its CPU time (process.cpuUsage) depends little on the other work on the machine. Mean (min–max):`,
      '',
      '| | ' + v.join(' | ') + (A && B ? ' | B − A' : '') + (A && C ? ' | A − C' : '') + ' |',
      '| --- | ' + v.map(() => '---').join(' | ') + (A && B ? ' | ---' : '') + (A && C ? ' | ---' : '') + ' |',
      `| CPU time of the load | ${v.map((x) => mmmS(loads[x].cpu, S)).join(' | ')}${d((l) => l.cpu.mean, S)} |`,
      `| Wall time of the load | ${v.map((x) => mmmS(loads[x].wall, S)).join(' | ')}${d((l) => l.wall.mean, S)} |`,
      `| Plugin allContentLoaded() (perf logger, wall) | ${v.map((x) => mmmS(loads[x].acl, MS)).join(' | ')}${d((l) => l.acl.mean, MS)} |`,
      `| Plugin loadContent() (perf logger, wall) | ${v.map((x) => mmmS(loads[x].lc, MS)).join(' | ')}${d((l) => l.lc.mean, MS)} |`,
      '',
    );
    r.loadSummary = loads;
  }
  if (v.every((x) => r.analysis[x].entryFiles)) {
    const kinds = ['runtime~main.js', 'main.js', 'styles.css'];
    lines.push(
      '### Routes and the bundles every page loads',
      '',
      '| | ' + v.join(' | ') + ' |',
      '| --- | ' + v.map(() => '---').join(' | ') + ' |',
      `| Routes (leaves of routes.js) | ${v.map((x) => r.analysis[x].routeCounts.all).join(' | ')} |`,
      `| … series / minutes / month pages | ${v.map((x) => `${r.analysis[x].routeCounts.series} / ${r.analysis[x].routeCounts.minutes} / ${r.analysis[x].routeCounts.months}`).join(' | ')} |`,
      ...kinds.map((k) => `| \`${k}\` raw / gzip | ${v.map((x) => (r.analysis[x].entryFiles[k] ? `${KB(r.analysis[x].entryFiles[k].raw)} / ${KB(r.analysis[x].entryFiles[k].gzip)}` : '–')).join(' | ')} |`),
      '',
    );
  }
  if (A && C) {
    lines.push(
      `A − C, what the meetings page and the month view cost together: ${signed(A.wall.mean - C.wall.mean, S)} wall, ${signed(A.cpu.mean - C.cpu.mean, S)} CPU, ${A.pages - C.pages} pages, ${signed(A.bytes - C.bytes, MIB)} of build folder. B − C, all the meetings pages: ${B ? `${signed(B.wall.mean - C.wall.mean, S)} wall, ${signed(B.cpu.mean - C.cpu.mean, S)} CPU, ${B.pages - C.pages} pages, ${signed(B.bytes - C.bytes, MIB)}` : '–'}.`,
      '',
    );
  }
  lines.push(
    '## Page weight',
    '',
    'Gzip unless marked raw. "Entry" = runtime + main bundle + stylesheet, shared by every page (cached after the first); "own chunks" = the route\'s chunks beyond the entry (largest parts by route module key).',
    '',
    '| Page | variant | route | HTML raw / gzip | entry | own chunks | **total** | browser (check) | prefetched after load |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  const pageList = [
    ['typicalSeries', '(a) typical series page'],
    ['heaviestSeries', '(b) heaviest series page'],
    ['minutes', '(c) minutes page'],
    ['calendar', '(d) month view, build month'],
    ['home', '(e) home page'],
    ['plainDoc', '(e) doc page'],
    ['meetingDoc', '(e) doc page with MeetingTable'],
    ['meetings', 'meetings page'],
  ];
  for (const [name, label] of pageList) for (const x of v) {
    const line = pageRow(name, label, x, r);
    if (line) lines.push(line);
  }
  lines.push('');
  const s = r.analysis.B?.series;
  if (s) {
    lines.push(
      `All ${r.analysis.B.routeCounts.series} series pages (B): total ${KB(s.totalGzip.min)} / median ${KB(s.totalGzip.median)} / max ${KB(s.totalGzip.max)} gzip; series data module ${KB(s.seriesDataRaw.median)} raw, ${KB(s.seriesDataGzip.median)} gzip at the median, ${KB(s.seriesDataRaw.max)} / ${KB(s.seriesDataGzip.max)} at most; HTML ${KB(s.htmlRaw.median)} raw / ${KB(s.htmlGzip.median)} gzip at the median, ${KB(s.htmlRaw.max)} / ${KB(s.htmlGzip.max)} at most.`,
    );
    if (r.analysis.B.minutesPages) lines.push('', `All ${r.analysis.B.routeCounts.minutes} minutes pages (B): total ${KB(r.analysis.B.minutesPages.totalGzip.min)} – ${KB(r.analysis.B.minutesPages.totalGzip.max)} gzip.`);
    lines.push('');
  }
  const months = r.analysis.B?.months ?? r.analysis.A?.months;
  if (months) {
    lines.push(
      `### Month view pages (${months.routes.length} months + \`/meetings/calendar\`, in A and B)`,
      '',
      '| month | data module raw | data module gzip | HTML raw | HTML gzip |',
      '| --- | --- | --- | --- | --- |',
      ...months.perMonth.map((m) => `| ${m.route.split('/').pop()} | ${KB(m.dataRaw)} | ${KB(m.dataGzip)} | ${KB(m.htmlRaw)} | ${KB(m.htmlGzip)} |`),
      '',
    );
  }
  lines.push('## Verdicts', '', 'The issue sets no size or time target for these pages; the criteria below are this report\'s, stated with each verdict.', '', ...verdicts(r), '');
  const odd = [];
  for (const x of v) {
    if (r.builds[x].warnings.length) odd.push(`- ${x}: warning/error lines in the build log: ${r.builds[x].warnings.slice(0, 3).map((w) => `\`${w.slice(0, 160).replace(/`/g, "'")}\``).join('; ')}`);
  }
  if (r.libStamps.length > 1) odd.push(`- The plugin's lib/ was recompiled during the run (${r.libStamps.join(' → ')}): builds may have used different code.`);
  for (const x of v) for (const [name, b] of Object.entries(r.browser?.[x] ?? {})) {
    if (b.errors.length) odd.push(`- ${x} ${b.route}: page errors in Chromium: ${b.errors.slice(0, 2).join('; ')}`);
  }
  if (r.notes?.length) odd.push(...r.notes.map((n) => `- ${n}`));
  if (odd.length) lines.push('## Notes', '', ...odd, '');
  fs.writeFileSync(REPORT_FILE, `${lines.join('\n')}\n`);
  log(`wrote ${path.relative(ROOT, REPORT_FILE)}`);
}

// ---------------------------------------------------------------- main

async function main() {
  if (args['load-site']) {
    await childLoadSite(path.resolve(args['load-site']));
    return;
  }
  if (opts.reportOnly) {
    writeReport(JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')));
    return;
  }
  if (opts.analyseOnly) {
    // Page weight and report again from the builds left in bench/out/series/ by the last run.
    const previous = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8'));
    opts.variants = previous.options.variants;
    const prep = {...previous.site, minutes: {...previous.site.minutes, list: previous.minutesFiles}};
    const analysis = analyse(prep, {order: previous.order, runs: previous.runs});
    const browser = opts.browser && chromiumAvailable() ? await browserCheck(prep, analysis) : previous.browser;
    const loads = opts.loadRuns > 0 ? await runLoads() : previous.loads;
    const results = {...previous, analysis, browser, loads, analysedAgain: {command: `node bench/series-pages.js ${argv.join(' ')}`, at: new Date().toISOString()}};
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 1)}\n`);
    log(`wrote ${path.relative(ROOT, RESULTS_FILE)}`);
    writeReport(results);
    return;
  }
  const started = performance.now();
  await waitForLib();
  log(`generating ${opts.series} series, ${opts.docs} docs, ${opts.events} events into ${path.relative(ROOT, WORK)}`);
  const prep = prepareSites();
  log(`${prep.minutes.files} minutes files for ${prep.minutes.seriesWithMinutes} series; typical series ${prep.typical.id} (${prep.typical.past} past meetings)`);
  const buildResults = await runBuilds();
  const analysis = analyse(prep, buildResults);
  let browser;
  if (opts.browser && chromiumAvailable()) {
    try {
      browser = await browserCheck(prep, analysis);
    } catch (error) {
      log(`Chromium check failed: ${error.message}`);
    }
  }
  const loads = await runLoads();
  const builds = Object.fromEntries(opts.variants.map((v) => [v, buildStats(buildResults.runs[v])]));
  const results = {
    command: `node bench/series-pages.js ${argv.join(' ')}`.trim(),
    options: opts,
    machine: machine(),
    site: {...prep, minutes: {...prep.minutes, list: undefined}},
    minutesFiles: prep.minutes.list,
    order: buildResults.order,
    runs: buildResults.runs,
    builds,
    analysis,
    browser,
    loads,
    libStamps: [...new Set(Object.values(buildResults.runs).flat().flatMap((r) => [r.lib, r.libAfter]))],
    finishedAt: new Date().toISOString(),
    tookMs: performance.now() - started,
  };
  fs.mkdirSync(OUT, {recursive: true});
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 1)}\n`);
  log(`wrote ${path.relative(ROOT, RESULTS_FILE)}`);
  writeReport(results);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
