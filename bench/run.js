#!/usr/bin/env node
/**
 * Benchmark of docusaurus-plugin-innersource-sig. Writes bench/REPORT.md (and bench/out/results.json).
 *
 *   npm run bench                       full run (1,000 docs, 100 series, 4 builds per variant, ...)
 *   npm run bench -- --docs=1000,5000 --series=100,500 --events=50,250 --builds=1
 *                                       several sizes side by side (lists are paired by position)
 *   npm run bench -- --quick            small run for development (50 docs, 10 series, 1 build)
 *   npm run bench -- --builds=5 --lh-runs=5 --skip=lighthouse --no-build-plugin --seed=7
 *
 * Options: --docs=N[,N…] --series=N[,N…] --events=N[,N…] --tags=N --builds=N (per variant and
 * size) --ics-runs=N --lh-runs=N (per preset) --seed=N --locales=en,fr,ja (of the synthetic
 * portal; default en) --skip=builds,assets,ics,lighthouse,locales,search,dev --no-build-plugin
 * --report=PATH (default bench/REPORT.md) --label=TEXT (said at the top of the report) --easyops (run bench/search-engines.js at the same
 * sizes first, for the whole-index figure of this run; otherwise the one it recorded is used).
 *
 * Everything generated goes to bench/out/ (git-ignored). Plain Node.js, no compile step.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {execFileSync, spawn} = require('node:child_process');
const {performance} = require('node:perf_hooks');
const {stats, kb, mmm, verdict, gzipSize, sampleRss} = require('./lib/util');
const {generateSites, padWithPlainPages} = require('./lib/generate-site');
const {indexOnDisk, parseIndexLine, firstSearches, easyopsReference} = require('./lib/measure-search');
const {measureDevIcs} = require('./lib/measure-dev-ics');
const {measureGlobalData, measureClientJs, measureReference, findGlobalData} = require('./lib/measure-assets');
const {measureIcs} = require('./lib/measure-ics');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(__dirname, 'out');
const PLUGIN_DIR = path.join(ROOT, 'plugins', 'docusaurus-plugin-innersource-sig');
const PLUGIN_LIB = path.join(PLUGIN_DIR, 'lib');
const DOCUSAURUS_BIN = path.join(ROOT, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const quick = argv.includes('--quick');
  const opts = {
    quick,
    docs: quick ? 50 : 1000,
    tags: 40,
    series: quick ? 10 : 100,
    events: quick ? 5 : 50,
    builds: quick ? 1 : 4,
    icsRuns: quick ? 3 : 10,
    lhRuns: quick ? 1 : 5,
    seed: 20261123,
    locales: ['en'],
    skip: new Set(),
    buildPlugin: !argv.includes('--no-build-plugin'),
    easyops: argv.includes('--easyops'),
    report: path.join(__dirname, 'REPORT.md'),
    label: '',
  };
  const names = {'ics-runs': 'icsRuns', 'lh-runs': 'lhRuns'};
  for (const arg of argv) {
    const m = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!m) continue;
    const key = names[m[1]] ?? m[1];
    if (key === 'skip') m[2].split(',').forEach((s) => opts.skip.add(s.trim()));
    else if (key === 'locales') opts.locales = m[2].split(',').map((s) => s.trim()).filter(Boolean);
    else if (key === 'report') opts.report = path.resolve(m[2]);
    else if (key === 'label') opts.label = m[2];
    else if (['docs', 'series', 'events'].includes(key)) opts[key] = m[2].split(',').map(Number);
    else if (key in opts && typeof opts[key] === 'number') opts[key] = Number(m[2]);
    else throw new Error(`unknown option ${arg}`);
  }
  // Sizes: the lists paired by position; a shorter list repeats its last value.
  const list = (v) => [v].flat();
  opts.sizes = list(opts.docs).map((docs, i) => ({
    docs,
    series: list(opts.series)[Math.min(i, list(opts.series).length - 1)],
    events: list(opts.events)[Math.min(i, list(opts.events).length - 1)],
  }));
  // Figures 2–6 (assets, .ics, Lighthouse) are measured once, on the first size.
  Object.assign(opts, opts.sizes[0]);
  return opts;
}

// ---------------------------------------------------------------- helpers

const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const fmtS = (ms) => `${(ms / 1000).toFixed(1)} s`;
const fmtMs = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
/** Seconds from 1 s up, milliseconds below (the plugin's phases span both). */
const fmtDur = (ms) => (ms >= 1000 ? fmtS(ms) : `${ms.toFixed(0)} ms`);
const fmtUs = (ms) => `${(ms * 1000).toFixed(0)} µs`;
const fmtRatio = (r) => r.toFixed(3);

function run(cmd, args, {cwd = ROOT, env = {}, logFile, onSpawn} = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, 'w') : 'inherit';
    const child = spawn(cmd, args, {cwd, env: {...process.env, ...env}, stdio: ['ignore', out, out]});
    onSpawn?.(child);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (logFile) fs.closeSync(out);
      if (code === 0) resolve();
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}${logFile ? `; see ${path.relative(ROOT, logFile)}` : ''}`));
    });
  });
}

function versionOf(pkg) {
  try {
    return readJson(path.join(ROOT, 'node_modules', pkg, 'package.json')).version;
  } catch {
    return 'not installed';
  }
}

function chromiumVersion() {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    return 'not found';
  }
}

function gitState() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: ROOT, encoding: 'utf8'}).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'plugins/docusaurus-plugin-innersource-sig/src'], {cwd: ROOT, encoding: 'utf8'}).trim();
    return `${head}${dirty ? ` + ${dirty.split('\n').length} uncommitted change(s) in the plugin's src/` : ''}`;
  } catch {
    return 'unknown';
  }
}

/**
 * The events feature: measurable once the plugin compiles src/events and the site has an events/
 * folder. Until then the report says so.
 */
function detectEvents(count) {
  const libEvents = path.join(PLUGIN_LIB, 'lifecycle', 'loadEvents.js');
  const siteEvents = path.join(ROOT, 'events');
  const wired = fs.existsSync(libEvents) && fs.readFileSync(path.join(PLUGIN_LIB, 'index.js'), 'utf8').includes('loadEvents');
  if (count <= 0) return {supported: false, reason: 'left out (--events=0)'};
  if (wired) return {supported: true, reason: `plugin lib/lifecycle/loadEvents.js is wired into lib/index.js; site events/ ${fs.existsSync(siteEvents) ? 'exists' : 'does not exist'}`};
  return {supported: false, reason: `not yet measurable: the compiled plugin has no events loader wired in (lib/lifecycle/loadEvents.js ${fs.existsSync(libEvents) ? 'exists but is not used by lib/index.js' : 'missing'})`};
}

// ---------------------------------------------------------------- builds

// Issue 13: with equal page sets, the build with the plugin takes at most 3 % longer.
const BUILD_RATIO_TARGET = 1.03;

/** Phases of a build from Docusaurus' perf logger (DOCUSAURUS_PERF_LOGGER=true): label → ms. */
function parsePerfLog(logFile) {
  const phases = {};
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    const m = /^\[PERF\] (.*) - ([\d.]+) (ms|seconds)!? - \(Heap/.exec(line);
    if (!m || m[1].startsWith('SSG Worker')) continue;
    phases[m[1]] = Number(m[2]) * (m[3] === 'seconds' ? 1000 : 1);
  }
  return phases;
}

const PHASES = [
  ['Load site (all plugins: content, routes, global data)', 'Build > en > Load site'],
  ['… plugin loadContent() + translateContent() (meetings, events, lock file)', 'Build > en > Load site > Load plugins > Load plugins content > Load innersource-sig@default'],
  ['… plugin allContentLoaded() (calendars, meeting data, tag index, routes)', 'Build > en > Load site > Load plugins > allContentLoaded() > allContentLoaded() - innersource-sig@default'],
  ['… docs plugin', 'Build > en > Load site > Load plugins > Load plugins content > Load docs@default'],
  ['Bundling with rspack (client + server)', 'Build > en > Bundling with rspack'],
  ['SSG (rendering every page to HTML)', 'Build > en > SSG'],
  ['postBuild() (all plugins; ours: content checks of every HTML file)', 'Build > en > postBuild()'],
  ['Broken links checker', 'Build > en > Broken links checker'],
  ['Whole build (perf logger)', 'Build > en'],
];

/** The plugin's own timings (SIG_PLUGIN_TIMINGS, src/timings.ts), summed over the build's processes. */
function readPluginTimings(file) {
  const totals = {};
  if (!fs.existsSync(file)) return totals;
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    for (const [phase, t] of Object.entries(JSON.parse(line).totals)) {
      totals[phase] ??= {calls: 0, ms: 0};
      totals[phase].calls += t.calls;
      totals[phase].ms += t.ms;
    }
  }
  return totals;
}

/** HTML files of a build, as paths relative to it ('events/2026/index.html'). */
const htmlFiles = (dir) =>
  fs.readdirSync(dir, {recursive: true, withFileTypes: true}).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));

async function timedBuild(siteDir, outDir, logFile) {
  fs.rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
  fs.rmSync(outDir, {recursive: true, force: true});
  const timeFile = `${logFile}.time`;
  const timingsFile = `${logFile}.timings`;
  fs.rmSync(timingsFile, {force: true});
  const loadBefore = os.loadavg()[0];
  const start = performance.now();
  let rss;
  await run('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, DOCUSAURUS_BIN, 'build', siteDir, '--out-dir', outDir], {
    logFile,
    // Cold builds: no rspack persistent cache (and none written into node_modules/.cache).
    // The perf logger prints phase durations (same small cost in both variants).
    env: {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', NODE_ENV: 'production', DOCUSAURUS_PERF_LOGGER: 'true', SIG_PLUGIN_TIMINGS: timingsFile},
    onSpawn: (child) => (rss = sampleRss(child.pid)),
  });
  const wall = performance.now() - start;
  const treeRssMb = rss.stop() / 2 ** 20;
  const phases = parsePerfLog(logFile);
  const [, user, sys, rssKb] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return {
    wall,
    cpu: (user + sys) * 1000,
    maxRssMb: rssKb / 1024,
    treeRssMb,
    loadBefore,
    phases,
    plugin: readPluginTimings(timingsFile),
    searchIndex: parseIndexLine(fs.readFileSync(logFile, 'utf8')),
    pages: htmlFiles(outDir).length,
  };
}

// The plugin's pages in the build with it: event pages, the events listing routes and
// /meetings (the options' defaults, as the synthetic site's config leaves them).
const PLUGIN_ROUTE_DIRS = ['events', 'meetings'];

async function measureBuilds(sites, runs, dir, seed) {
  const results = {with: [], without: []};
  const sequence = [];
  // ABBA order (with, without, without, with, …) balances a drift in machine load. The plugin's
  // build comes first: its pages decide how many plain pages the other site gets.
  const order = [];
  for (let i = 0; i < runs; i++) order.push(...(i % 2 === 0 ? ['with', 'without'] : ['without', 'with']));
  let padding;
  for (const [i, variant] of order.entries()) {
    const n = results[variant].length + 1;
    log(`build ${i + 1}/${order.length}: ${variant} plugin (run ${n}), load ${load()}`);
    const outDir = path.join(dir, `build-${variant}`);
    const r = await timedBuild(sites[variant], outDir, path.join(dir, 'logs', `build-${variant}-${n}.log`));
    log(`  ${fmtS(r.wall)} wall, ${fmtS(r.cpu)} CPU, ${r.pages} pages, peak RSS ${r.treeRssMb.toFixed(0)} MB`);
    results[variant].push(r);
    sequence.push({variant, n, loadBefore: r.loadBefore, wall: r.wall, cpu: r.cpu});
    if (!padding) {
      const routes = htmlFiles(outDir)
        .filter((f) => PLUGIN_ROUTE_DIRS.includes(f.split(path.sep)[0]))
        .map((f) => `/${path.dirname(f).split(path.sep).join('/')}/`);
      padding = {routes: routes.length, files: padWithPlainPages(sites.without, routes, seed).length};
      log(`  padded the site without the plugin with ${padding.files} plain pages`);
    }
  }
  const phaseStats = PHASES.map(([name, label]) => ({
    name,
    with: stats(results.with.map((r) => r.phases[label]).filter((v) => v !== undefined)),
    without: stats(results.without.map((r) => r.phases[label]).filter((v) => v !== undefined)),
  }));
  // The search index has its own target (≤ 10 % of the build): the ratio is the plugin's cost
  // without it (the time the theme logs for it), and with it for information.
  const searchMs = (r) => r.searchIndex?.ms ?? 0;
  const pairs = results.with.map((w, i) => ({wall: (w.wall - searchMs(w)) / results.without[i].wall, cpu: w.cpu / results.without[i].cpu}));
  const s = (variant, key) => stats(results[variant].map((r) => r[key]));
  return {
    order,
    sequence,
    padding,
    pages: {with: results.with[0].pages, without: results.without[0].pages},
    phases: phaseStats,
    runs: results,
    with: {wall: s('with', 'wall'), cpu: s('with', 'cpu'), rss: s('with', 'maxRssMb'), treeRss: s('with', 'treeRssMb')},
    without: {wall: s('without', 'wall'), cpu: s('without', 'cpu'), rss: s('without', 'maxRssMb'), treeRss: s('without', 'treeRssMb')},
    pairWall: stats(pairs.map((p) => p.wall)),
    pairCpu: stats(pairs.map((p) => p.cpu)),
    ratioWall: stats(results.with.map((r) => r.wall - searchMs(r))).median / s('without', 'wall').median,
    ratioWallWithSearch: s('with', 'wall').median / s('without', 'wall').median,
    searchMs: stats(results.with.map(searchMs)).median,
    ratioCpu: s('with', 'cpu').median / s('without', 'cpu').median,
  };
}

// ---------------------------------------------------------------- real site

const REAL_SITE_ENTRIES = ['docusaurus.config.ts', 'docusaurus.config.js', 'sidebars.ts', 'sidebars.js', 'package.json', 'tsconfig.json', 'babel.config.js', 'docs', 'src', 'static', 'meetings', 'events', 'i18n', 'blog'];

/**
 * Builds a copy of the real site: the repository's own .docusaurus/ and build/ belong to other
 * builds (npm test) that may run at the same time.
 */
async function buildRealSite() {
  const siteDir = path.join(OUT, 'real-site');
  const outDir = path.join(OUT, 'real-build');
  fs.rmSync(siteDir, {recursive: true, force: true});
  fs.mkdirSync(siteDir, {recursive: true});
  const copied = [];
  for (const entry of REAL_SITE_ENTRIES) {
    const from = path.join(ROOT, entry);
    if (!fs.existsSync(from)) continue;
    fs.cpSync(from, path.join(siteDir, entry), {recursive: true});
    copied.push(entry);
  }
  log(`building the real site (copy of ${copied.join(', ')}), load ${load()}`);
  const timing = await timedBuild(siteDir, outDir, path.join(OUT, 'logs', 'build-real.log'));
  log(`  ${fmtS(timing.wall)}`);
  return {outDir, copied, timing};
}

/** The plugin's global data and the main bundle of the real site's build, gzip. */
function realSiteGlobalData(buildDir) {
  const found = fs.existsSync(buildDir) ? findGlobalData(buildDir) : undefined;
  const plugin = found?.globalData['docusaurus-plugin-innersource-sig']?.default;
  return found && {pluginGzip: plugin ? gzipSize(JSON.stringify(plugin)) : 0, mainGzip: found.fileGzip};
}

// ---------------------------------------------------------------- one size (issue 13)

const titleOf = (text) => JSON.parse(/^title: (".*")$/m.exec(text)[1]);

/** A reader's questions: a doc's, an event's and a meeting's title (`expect` is in the page's URL), and two terms. */
function searchQueries(generated) {
  const middle = (list) => list[Math.floor(list.length / 2)];
  const queries = [];
  const doc = middle(generated.docs.filter((d) => d.kind === 'plain'));
  if (doc) queries.push({kind: 'doc', query: doc.title, expect: doc.file});
  const event = middle(generated.eventFiles.filter((e) => !/^redirect: /m.test(e.text)));
  if (event) queries.push({kind: 'event', query: titleOf(event.text), expect: event.file.replace(/\.mdx?$/, '')});
  const meeting = middle(generated.meetingFiles);
  if (meeting) queries.push({kind: 'meeting', query: titleOf(meeting.text), expect: '/meetings'});
  // What SIG members type, as bench/search-engines.js measures them (comparable with bench/SEARCH.md).
  for (const query of ['trusted committer', 'onboarding']) queries.push({kind: 'term', query, expect: '/'});
  return queries;
}

/** Medians over the builds with the plugin of what the plugin itself spends (ms), per phase. */
function pluginPhases(b) {
  const label = 'Build > en > Load site > Load plugins > Load plugins content > Load innersource-sig@default';
  const median = (get) => stats(b.runs.with.map(get).filter((v) => v !== undefined)).median;
  const phases = {
    loadContent: median((r) => r.phases[`${label} > loadContent()`]),
    // The rest of the plugin's load step: translateContent() and contentLoaded() (event routes).
    contentLoaded: median((r) => (r.phases[label] ?? NaN) - (r.phases[`${label} > loadContent()`] ?? 0)),
    allContentLoaded: median((r) => r.phases['Build > en > Load site > Load plugins > allContentLoaded() > allContentLoaded() - innersource-sig@default']),
    pageDataLoader: median((r) => r.plugin.pageDataLoader?.ms),
    postBuild: median((r) => r.plugin.postBuild?.ms),
  };
  const loaderCalls = median((r) => r.plugin.pageDataLoader?.calls);
  const sum = Object.values(phases).reduce((total, v) => total + (Number.isNaN(v) ? 0 : v), 0);
  return {...phases, loaderCalls, sum, measured: Object.entries(phases).filter(([, v]) => Number.isNaN(v)).map(([k]) => k)};
}

async function measureSize(size, index, opts, ctx, meetingsLib) {
  const dir = path.join(OUT, `docs-${size.docs}`);
  fs.mkdirSync(path.join(dir, 'logs'), {recursive: true});
  log(`${size.docs} docs, ${size.series} series, ${size.events} events: generating the synthetic portal`);
  const events = detectEvents(size.events);
  const generated = generateSites({
    outDir: dir,
    seed: opts.seed,
    docCount: size.docs,
    tagCount: opts.tags,
    seriesCount: size.series,
    eventCount: size.events,
    meetingsLib,
    events,
    locales: opts.locales,
    search: ctx.search.available,
  });
  const r = {size, dir: path.relative(ROOT, dir), events, gen: summarizeGenerated(generated)};
  if (!opts.skip.has('builds')) {
    r.builds = await measureBuilds(generated.sites, opts.builds, dir, opts.seed);
    r.pluginPhases = pluginPhases(r.builds);
  }
  const buildWith = path.join(dir, 'build-with');
  if (!opts.skip.has('search') && ctx.search.available && fs.existsSync(buildWith)) {
    log(`search: index on disk and first searches in Chromium (${size.docs} docs), load ${load()}`);
    const lines = (r.builds?.runs.with ?? []).map((x) => x.searchIndex).filter(Boolean);
    r.search = {
      index: indexOnDisk(buildWith),
      indexMs: stats(lines.map((x) => x.ms)),
      indexLine: lines[0],
      easyops: easyopsReference(__dirname, size.docs, opts.easyops ? 'bench/search-engines.js, run by this benchmark (--easyops) on the same synthetic portal' : undefined),
      queries: await firstSearches({buildDir: buildWith, queries: searchQueries(generated)}).catch((error) => [{error: String(error.message ?? error)}]),
    };
  }
  if (!opts.skip.has('dev') && generated.meetingFiles.length) {
    const i = generated.meetingFiles.findIndex((f) => /^duration: /m.test(f.text) && /^repeat: /m.test(f.text) && !/^ics: /m.test(f.text));
    if (i >= 0) {
      log(`docusaurus start: time from saving ${generated.meetingFiles[i].file} to its new .ics (${size.docs} docs), load ${load()}`);
      r.devIcs = await measureDevIcs({
        docusaurusBin: DOCUSAURUS_BIN,
        siteDir: generated.sites.with,
        meetingFile: path.join(generated.sites.with, 'meetings', generated.meetingFiles[i].file),
        meetingId: generated.meetingIds[i],
        port: 3900 + index,
        logFile: path.join(dir, 'logs', 'dev-server.log'),
      });
      log(r.devIcs.error ? `  failed: ${r.devIcs.error}` : `  served after ${fmtS(r.devIcs.startupMs)}; new .ics ${fmtMs(r.devIcs.changeMs)} after saving`);
    }
  }
  return {result: r, generated};
}

/** Where the search theme is: the second entry point of the plugin package, once it exists. */
function detectSearch() {
  try {
    return {available: true, entry: path.relative(ROOT, require.resolve('docusaurus-plugin-innersource-sig/search', {paths: [ROOT]}))};
  } catch {
    return {available: false, entry: 'docusaurus-plugin-innersource-sig/search does not resolve (the search theme has not landed in this checkout)'};
  }
}

// ---------------------------------------------------------------- report

/** What the report says about the synthetic portal (also saved in results.json). */
function summarizeGenerated(gen) {
  return {
    docs: gen.docs.length,
    folders: new Set(gen.docs.map((d) => d.section)).size,
    tags: gen.tags.length,
    componentPages: gen.componentPages,
    meetings: gen.meetingFiles.length,
    zones: new Set(gen.meetingFiles.map((f) => /timezone: (.*)/.exec(f.text)[1])).size,
    events: gen.eventCount,
    vocabulary: gen.vocabulary,
  };
}

function machineSection(ctx) {
  const cpus = os.cpus();
  return [
    '## Machine and versions',
    '',
    `| | |`,
    `| --- | --- |`,
    `| CPU | ${cpus.length} × ${cpus[0]?.model ?? 'unknown'} (os.cpus()) |`,
    `| Memory | ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(ctx.freememStart / 2 ** 30).toFixed(1)} GiB free at start |`,
    `| OS | ${os.type()} ${os.release()} ${os.arch()} |`,
    `| Load average (1/5/15 min) | start: ${ctx.loadStart}; end: ${ctx.loadEnd} |`,
    `| Node.js | ${process.version} |`,
    `| Docusaurus | @docusaurus/core ${versionOf('@docusaurus/core')}, @docusaurus/faster ${versionOf('@docusaurus/faster')} (rspack ${versionOf('@rspack/core')}) |`,
    `| Plugin | docusaurus-plugin-innersource-sig ${readJson(path.join(PLUGIN_DIR, 'package.json')).version}, git ${ctx.git}; lib/ ${ctx.pluginBuilt} |`,
    `| Chromium | ${ctx.chromium} |`,
    `| Lighthouse | ${versionOf('lighthouse')} (chrome-launcher ${versionOf('chrome-launcher')}) |`,
    `| esbuild | ${versionOf('esbuild')} |`,
    '',
  ];
}

/**
 * The build verdict. The wall-time ratio of medians decides, unless the builds were too noisy to
 * tell: then the phase timings give an estimate of what the plugin adds.
 */
function buildVerdict(b) {
  const diff = (prefix) => {
    const p = b.phases.find((x) => x.name.startsWith(prefix));
    return p ? (p.with.n ? p.with.median : 0) - (p.without.n ? p.without.median : 0) : 0;
  };
  const base = b.without.wall.median;
  const hooks = diff('Load site') + diff('postBuild') - (b.searchMs ?? 0);
  const withSsg = hooks + diff('SSG');
  const spread = Math.max(b.without.wall.max / b.without.wall.min, b.with.wall.max / b.with.wall.min);
  const straddles = b.pairWall.min <= BUILD_RATIO_TARGET && b.pairWall.max > BUILD_RATIO_TARGET;
  const noisy = straddles || spread > 1.15;
  const ok = b.ratioWall <= BUILD_RATIO_TARGET;
  return {
    ok,
    noisy,
    spread,
    estimate: {hooks, withSsg, bundling: diff('Bundling'), hooksPct: (hooks / base) * 100, withSsgPct: (withSsg / base) * 100},
    label: noisy ? `**INCONCLUSIVE** (by the medians ${ok ? 'PASS' : 'MISS'})` : verdict(ok),
  };
}

function buildSection(b, opts) {
  if (!b) return ['## 1. Build-time overhead', '', '_Skipped (--skip=builds)._', ''];
  const v = buildVerdict(b);
  const row = (name, x) => `| ${name} | ${mmm(x.wall, fmtS)} | ${mmm(x.cpu, fmtS)} | ${x.rss.median.toFixed(0)} MB |`;
  const lines = [
    '## 1. Build-time overhead of the plugin',
    '',
    `\`docusaurus build\` of the synthetic site, cold (\`.docusaurus/\` and the output removed before each build, rspack persistent cache off with DOCUSAURUS_NO_PERSISTENT_CACHE), ${opts.builds} builds per variant in the order ${b.order.map((v) => (v === 'with' ? 'W' : 'N')).join(' ')} (N = without, W = with). Wall time is what the target is about; CPU time (user + system of the build and its threads) is less disturbed by other work on the machine.`,
    '',
    '| Variant | Wall: min / **median** / max | CPU: min / **median** / max | peak RSS (median) |',
    '| --- | --- | --- | --- |',
    row('Without the plugin', b.without),
    row('With the plugin', b.with),
    '',
    `| Ratio with / without | value | target | |`,
    `| --- | --- | --- | --- |`,
    `| Wall, median / median${b.searchMs ? ' (with: minus the search index time)' : ''} | **${fmtRatio(b.ratioWall)}** | ≤ ${BUILD_RATIO_TARGET} | ${v.label} |`,
    ...(b.searchMs ? [`| Wall, median / median, search index included (for information) | ${fmtRatio(b.ratioWallWithSearch)} | | |`] : []),
    `| Wall, per pair (run i with / run i without): min / median / max | ${mmm(b.pairWall, fmtRatio)} | | |`,
    `| CPU, median / median (for information) | ${fmtRatio(b.ratioCpu)} | | |`,
    `| CPU, per pair: min / median / max | ${mmm(b.pairCpu, fmtRatio)} | | |`,
    '',
    'Where the time goes (Docusaurus perf logger, median of the builds; a phase absent from a variant shows –):',
    '',
    '| Phase | without | with | difference |',
    '| --- | --- | --- | --- |',
    ...b.phases.map((p) => {
      const f = (x) => (x.n ? fmtS(x.median) : '–');
      const diff = p.with.n && p.without.n ? `${p.with.median >= p.without.median ? '+' : ''}${fmtS(p.with.median - p.without.median)}` : p.with.n ? `+${fmtS(p.with.median)}` : '';
      return `| ${p.name} | ${f(p.without)} | ${f(p.with)} | ${diff} |`;
    }),
    '',
    ...(v.noisy
      ? [
          `**Noise:** the slowest build of a variant took ${v.spread.toFixed(2)}× its fastest, and the per-pair ratios ${b.pairWall.min <= BUILD_RATIO_TARGET && b.pairWall.max > BUILD_RATIO_TARGET ? 'straddle' : 'miss'} the target, because other builds shared the 2 cores (load averages below). The medians cannot decide a ${((BUILD_RATIO_TARGET - 1) * 100).toFixed(0)} % difference here. Estimate from the phases instead: the load phase (where the plugin's loadContent and allContentLoaded run, partly in parallel with other plugins) and postBuild add **+${fmtS(v.estimate.hooks)} (${v.estimate.hooksPct.toFixed(1)} % of the median build without the plugin)**; with SSG's difference **+${fmtS(v.estimate.withSsg)} (${v.estimate.withSsgPct.toFixed(1)} %)**; the bundling difference (${v.estimate.bundling >= 0 ? '+' : ''}${fmtS(v.estimate.bundling)}) is left out as noise, since the plugin only adds to the bundles. So the overhead is likely ${v.estimate.hooksPct > (BUILD_RATIO_TARGET - 1) * 100 ? 'above' : v.estimate.withSsgPct > (BUILD_RATIO_TARGET - 1) * 100 ? 'around or above' : 'within'} the ${((BUILD_RATIO_TARGET - 1) * 100).toFixed(0)} % target; rerun \`npm run bench -- --skip=lighthouse,ics\` on a quiet machine to decide.`,
          '',
        ]
      : []),
    `Load average (1 min) before each build, in build order: ${b.sequence.map((r) => `${r.variant === 'with' ? 'W' : 'N'}${r.n} ${r.loadBefore.toFixed(2)}`).join(', ')}.`,
    '',
  ];
  return lines;
}

function globalDataSection(g) {
  if (!g) return ['## 2. Bytes the plugin adds to every page', '', '_Skipped._', ''];
  const ratio = g.plugin.whole.gzip / g.baseline.gzip;
  const row = (name, s) => `| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
  const pd = g.pageData;
  const pdRow = (name, group) =>
    `| ${name} | ${group.count} | ${kb(group.total.gzip)} | ${kb(group.gzipMin)} / ${kb(group.gzipMedian)} / ${kb(group.gzipMax)} |`;
  return [
    '## 2. Bytes the plugin adds to every page (global data)',
    '',
    `Where: Docusaurus inlines all plugins' global data as one \`JSON.parse('…')\` string in \`${g.location.replace(/\.[0-9a-f]+\.js$/, '.<hash>.js')}\`, the main bundle every page loads (the plugin's part is \`globalData["docusaurus-plugin-innersource-sig"].default\`). Sizes are of that JSON, re-serialized; gzip level 9, brotli quality 11. Sizes are deterministic for one build (one figure, no spread).`,
    '',
    `Content: the names of ${g.counts.tags} tags, the ids of ${g.counts.meetings} meeting series and the build time. The lists, tables and event cards themselves are page data (below): a page gets them only if it shows them.`,
    '',
    '| Part | raw | gzip | brotli |',
    '| --- | --- | --- | --- |',
    row("Plugin's global data, whole", g.plugin.whole),
    row('… tag names (`tags`)', g.plugin.tags),
    row('… meeting ids (`meetingIds`)', g.plugin.meetingIds),
    row(`Baseline: front matter + title + permalink of the ${g.baseline.docs} tagged docs`, g.baseline),
    row('All global data of the site (every plugin)', g.globalDataWhole),
    '',
    '| Figure | value | target | |',
    '| --- | --- | --- | --- |',
    `| Plugin global data / front-matter baseline (gzip) | **${(ratio * 100).toFixed(1)} %** (${kb(g.plugin.whole.gzip)} / ${kb(g.baseline.gzip)}) | ≤ 25 % | ${verdict(ratio <= 0.25)} |`,
    '',
    `Main bundle \`main.<hash>.js\`, which every page loads: ${kb(g.main.with.gzip)} gzip with the plugin vs ${kb(g.main.without.gzip)} without (+${kb(g.main.with.gzip - g.main.without.gzip)}: the global data above plus the components' code, figure 3, and MDX wrappers). All JS chunks of the build: ${kb(g.jsTotals.with.gzip)} vs ${kb(g.jsTotals.without.gzip)} gzip (+${kb(g.jsTotals.with.gzip - g.jsTotals.without.gzip)}, which also counts the component pages, the event pages and /meetings).`,
    '',
    'Page data: generated modules the build imports into the pages that use a component, so they land in those pages\' chunks (a tag list\'s page loads its tag\'s module and no other). Gzip of each module on its own (in a chunk, gzip shares context, so these are upper bounds):',
    '',
    '| Modules | count | total gzip | min / median / max gzip |',
    '| --- | --- | --- | --- |',
    pdRow('one per tag (docs of that tag)', pd.tags),
    pdRow('one per meeting series', pd.meetings),
    pdRow('events (all summaries)', pd.events),
    '',
  ];
}

function clientJsSection(c, ref) {
  if (!c) return ['## 3. Client JS of the components', '', '_Skipped._', ''];
  const comp = c.components;
  const ok = comp.js.gzip <= 10 * 1024;
  const refText = ref.measured
    ? `add-to-calendar-button ${ref.version}, measured here: \`${ref.module.file}\` (its ES module entry) ${kb(ref.module.raw)} raw, **${kb(ref.module.gzip)} gzip**; the CDN file \`${ref.cdn.file}\` ${kb(ref.cdn.gzip)} gzip`
    : `add-to-calendar-button ~87 KB gzip as the issue states (could not fetch it: ${ref.error})`;
  return [
    '## 3. Client JS of BoxOut + BokTagList + MeetingTable',
    '',
    `The compiled theme (\`lib/theme\`, \`lib/client\`) bundled with esbuild ${c.esbuildVersion} (ESM, es2020, minified, \`process.env.NODE_ENV=production\`), with what every Docusaurus page already loads left external: ${comp.externals.map((e) => `\`${e}\``).join(', ')}. Our own \`@theme/CalendarFileLink\` and \`@theme/SigNotice\` are bundled. Sizes are deterministic (one figure).`,
    '',
    '| Bundle | JS raw | JS gzip | JS brotli | CSS gzip | target | |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| BoxOut + BokTagList + MeetingTable (+ CalendarFileLink, SigNotice, lib/client) | ${kb(comp.js.raw)} | **${kb(comp.js.gzip)}** | ${kb(comp.js.brotli)} | ${kb(c.components.css.gzip)} | ≤ 10 KB gzip | ${verdict(ok)} |`,
    `| Whole theme (adds ${c.allTheme.names.filter((n) => !comp.names.includes(n) && n !== 'CalendarFileLink' && n !== 'SigNotice').join(', ')}) | ${kb(c.allTheme.js.raw)} | ${kb(c.allTheme.js.gzip)} | ${kb(c.allTheme.js.brotli)} | ${kb(c.allTheme.css.gzip)} | | |`,
    `| Reference: ${refText} | | | | | | |`,
    '',
    `JS + CSS of the three components: ${kb(comp.js.gzip + comp.css.gzip)} gzip, ${((comp.js.gzip + comp.css.gzip) / ref.module.gzip * 100).toFixed(1)} % of the reference. Modules bundled: ${comp.inputs.filter((i) => !i.includes('entry.js')).map((i) => `\`${i}\``).join(', ')}.`,
    '',
  ];
}

function eventIcsLines(e) {
  if (!e) return ['Events: none generated, so no event calendars were timed.', ''];
  if (e.error) return [`Events: could not time the event calendars (${e.error}).`, ''];
  return [
    `Events (/ics/events/<slug>.ics), ${e.events} synthetic event files, ${e.rendered} with a page and calendar:`,
    '',
    '| Step | min / **median** / max |',
    '| --- | --- |',
    `| Parse front matter + validate all ${e.events} event files | ${mmm(e.parse, fmtMs)} |`,
    `| Render all ${e.rendered} event .ics files | ${mmm(e.render, fmtMs)} |`,
    `| Per event .ics | ${mmm(e.perEvent, fmtUs)} |`,
    '',
  ];
}

function icsSection(r) {
  if (!r) return ['## 4. .ics generation', '', '_Skipped._', ''];
  if (r.error) return ['## 4. .ics generation', '', `_Failed: ${r.error}_`, ''];
  return [
    '## 4. .ics generation',
    '',
    `The compiled plugin's \`lib/meetings\` on the ${r.series} synthetic series (the same YAML as the build), ${r.runs} runs after one warm-up run, in this Node process. Per run: parse + validate every file and compute lock entries; render one .ics per series; render the combined feed; compute the browser data (occurrences for 400 days, calendar links) per series. Then \`loadMeetingsContent\` and \`renderGeneratedFiles\` end to end (read the files and the lock file, render every calendar and the browser data) ${r.runs} times.`,
    '',
    '| Step | min / **median** / max |',
    '| --- | --- |',
    `| Render one series' .ics (each of ${r.series} × ${r.runs} calls) | ${mmm(r.perSeriesRender, fmtUs)} |`,
    `| Everything per series (run total / ${r.series}) | ${mmm(r.perSeriesTotal, fmtUs)} |`,
    `| Parse + validate all ${r.series} files | ${mmm(r.parse, fmtMs)} |`,
    `| Render all ${r.series} own .ics files | ${mmm(r.renderEach, fmtMs)} |`,
    `| Render the combined feed (${r.series} series) | ${mmm(r.combined, fmtMs)} |`,
    `| Browser data for all ${r.series} series | ${mmm(r.clientData, fmtMs)} |`,
    `| **All ${r.series} series, total** | ${mmm(r.total, fmtMs)} |`,
    `| loadMeetingsContent + renderGeneratedFiles end to end (with file I/O) | ${mmm(r.loadContent, fmtMs)} |`,
    '',
    ...eventIcsLines(r.events),
    `Output: ${kb(r.bytes)} in ${r.series} files, combined feed ${kb(r.combinedBytes)}. No target was set; for scale, the median cold build of the synthetic site is in figure 1. \`bench/ics-bench.js\` (\`npm run bench:ics\`) measures 1,000 series with an ical.js check of each file.`,
    '',
  ];
}

/** What the hydration check saw of MeetingTable tables growing after hydration. */
function meetingGrowth(h) {
  const tables = (h?.results ?? []).flatMap((r) => (r.meetingTables ?? []).map((t) => ({...t, zone: r.timezoneId})));
  if (tables.length === 0) {
    return "seen with playwright while this benchmark was developed: the server HTML of the Americas table has no 'your time' lines, the hydrated one has four for a reader in Europe/London";
  }
  const grown = tables.filter((t) => t.hydratedChars > t.serverChars);
  return `measured by the console/hydration check of this run: ${grown.length} of ${tables.length} table renderings grew after hydration, ${grown.map((t) => `${t.id} in ${t.zone} ${t.serverChars}→${t.hydratedChars} characters`).join(', ') || 'none'}`;
}

function hydrationLines(h) {
  if (!h) return [];
  if (h.skipped) return [`Console/hydration check skipped: ${h.skipped}.`];
  const lines = ['Console and hydration errors of the home page, loaded in Chromium (playwright-core) with the reader in two time zones; React component stack innermost first (minified names, @chunk):', ''];
  for (const r of h.results) {
    if (r.errors.length === 0) lines.push(`- ${r.timezoneId}: none`);
    for (const e of r.errors) lines.push(`- ${r.timezoneId}: ${e.text.replace(/`/g, "'")}${e.components.length ? ` — in \`${e.components.join(' < ')}\`` : ''}`);
    if (r.meetingTables?.length) lines.push(`  - MeetingTable text (characters, static HTML → after hydration): ${r.meetingTables.map((t) => `${t.id} ${t.serverChars} → ${t.hydratedChars}`).join(', ')}`);
  }
  return lines;
}

/** The plugin's phases of one locale's build, as the perf logger labels them. */
function localePhases(phases, locale) {
  const site = `Build > ${locale} > Load site > Load plugins`;
  return {
    build: phases[`Build > ${locale}`],
    loadContent: phases[`${site} > Load plugins content > Load innersource-sig@default`],
    allContentLoaded: phases[`${site} > allContentLoaded() > allContentLoaded() - innersource-sig@default`],
    ssg: phases[`Build > ${locale} > SSG`],
  };
}

/** The locales a build went through, in build order. */
const localesBuilt = (phases) => Object.keys(phases).flatMap((label) => /^Build > ([^>]+)$/.exec(label)?.[1] ?? []);

function localeRows(phaseRuns) {
  const locales = localesBuilt(phaseRuns[0] ?? {});
  return locales.map((locale) => {
    const median = (key) => {
      const values = phaseRuns.map((phases) => localePhases(phases, locale)[key]).filter((v) => v !== undefined);
      return values.length ? fmtS(stats(values).median) : '–';
    };
    return `| ${locale} | ${median('build')} | ${median('loadContent')} | ${median('allContentLoaded')} | ${median('ssg')} |`;
  });
}

function localesSection(ctx) {
  const real = ctx.results.realBuild;
  const synthetic = ctx.results.builds?.runs.with.map((r) => r.phases) ?? [];
  const header = ['| Locale | whole build | plugin loadContent() | plugin allContentLoaded() | SSG |', '| --- | --- | --- | --- | --- |'];
  const lines = ['## 6. Build time per locale', ''];
  if (!real) lines.push('_Real site not built (--skip=locales,lighthouse)._', '');
  else {
    lines.push(
      `\`docusaurus build\` of a copy of the real site, which has ${localesBuilt(real.timing.phases).length} locales (one cold build, all locales in one run, ${fmtS(real.timing.wall)} in all; Docusaurus perf logger). Every locale loads the plugin's content again: its meeting tables, calendars and event pages are written in that locale's language.`,
      '',
      ...header,
      ...localeRows([real.timing.phases]),
      '',
    );
  }
  if (ctx.opts.locales.length > 1 && synthetic.length) {
    lines.push(`The synthetic portal with the plugin, locales ${ctx.opts.locales.join(', ')} (no translations: each locale shows the docs as written and the plugin in its own language), median of ${synthetic.length} builds:`, '', ...header, ...localeRows(synthetic), '');
  } else {
    lines.push('The synthetic portal was built in one locale; `--locales=en,fr,ja` builds it in several and adds a table here.', '');
  }
  return lines;
}

/** A doc page of the real site without any of the plugin's components (Lighthouse reference). */
const REFERENCE_PAGE = '/docs/glossary';

function lighthouseSection(lh) {
  if (!lh) return ['## 5. Lighthouse', '', '_Skipped (--skip=lighthouse)._', ''];
  if (lh.error) return ['## 5. Lighthouse', '', `_Failed: ${lh.error}_`, ''];
  // Issue 13: 95 / 100 / 100 / 100 with the search box in the navbar.
  const targets = {performance: 95, accessibility: 100, 'best-practices': 100, seo: 100};
  const lines = [
    '## 5. Lighthouse, home page of the real site',
    '',
    `A copy of the real site (${lh.copied.join(', ')}) built into \`bench/out/real-build\` (cold, ${fmtS(lh.buildTiming.wall)}), served on 127.0.0.1 with gzip and \`Cache-Control: max-age=600\` (as GitHub Pages). Lighthouse ${lh.version}, Chromium at /usr/bin/chromium (\`${lh.flags.join(' ')}\`), a new browser per run, ${lh.runs} runs per preset. Presets: Lighthouse's default mobile config (simulated throttling: slow 4G, 4× CPU slowdown, Moto G Power screen) and its desktop config (\`desktopConfig\`: simulated, 1350×940). benchmarkIndex ${lh.benchmarkIndex}.`,
    '',
    '| Preset | Category | min / **median** / max | target | |',
    '| --- | --- | --- | --- | --- |',
  ];
  const verdicts = [];
  for (const [preset, runs] of Object.entries(lh.results)) {
    for (const [cat, target] of Object.entries(targets)) {
      const s = stats(runs.map((r) => r.scores[cat]));
      const ok = s.median >= target;
      verdicts.push({preset, cat, ok, s, target});
      lines.push(`| ${preset} | ${cat} | ${mmm(s, (v) => String(v))} | ${target === 100 ? '100' : `≥ ${target}`} | ${verdict(ok)} |`);
    }
  }
  lines.push('', '| Preset | FCP | LCP | TBT | CLS | Speed Index |', '| --- | --- | --- | --- | --- | --- |');
  for (const [preset, runs] of Object.entries(lh.results)) {
    const m = (k, f) => mmm(stats(runs.map((r) => r.metrics[k])), f);
    lines.push(`| ${preset} (min / **median** / max) | ${m('FCP', (v) => `${Math.round(v)} ms`)} | ${m('LCP', (v) => `${Math.round(v)} ms`)} | ${m('TBT', (v) => `${Math.round(v)} ms`)} | ${m('CLS', (v) => v.toFixed(3))} | ${m('SI', (v) => `${Math.round(v)} ms`)} |`);
  }
  if (lh.reference) {
    lines.push('', `Reference: \`${lh.reference.page}\`, a doc of the same site with none of the plugin's components (so what Docusaurus alone scores on this machine), mobile, ${lh.runs} runs:`, '', '| Page | performance | LCP | TBT | CLS |', '| --- | --- | --- | --- | --- |');
    const row = (name, runs) => {
      const m = (k, f) => mmm(stats(runs.map((r) => r.metrics[k])), f);
      return `| ${name} | ${mmm(stats(runs.map((r) => r.scores.performance)), (v) => String(v))} | ${m('LCP', (v) => `${Math.round(v)} ms`)} | ${m('TBT', (v) => `${Math.round(v)} ms`)} | ${m('CLS', (v) => v.toFixed(3))} |`;
    };
    lines.push(row('home page (cards, tag list, meeting tables, events)', lh.results.mobile), row(`${lh.reference.page} (no plugin component)`, lh.reference.results.mobile));
  }
  lines.push('', 'Per run (performance score; Lighthouse benchmarkIndex, higher = faster machine at that moment; 1-min load average before the run): the simulated mobile score multiplies observed main-thread time by 4, so it drops when other builds share the 2 cores.', '');
  for (const [preset, runs] of Object.entries(lh.results)) {
    lines.push(`- ${preset}: ${runs.map((r) => `${r.scores.performance} (${Math.round(r.benchmarkIndex)}; ${r.loadBefore.toFixed(2)})`).join(', ')}`);
  }
  lines.push('', 'Audits that cost points (in any run; weight in the category, and up to four offending elements):', '');
  for (const [preset, runs] of Object.entries(lh.results)) {
    const seen = new Map();
    for (const r of runs) {
      for (const [cat, audits] of Object.entries(r.lost)) {
        for (const a of audits) {
          const key = `${cat}:${a.id}`;
          if (!seen.has(key)) seen.set(key, {cat, ...a, count: 0});
          seen.get(key).count++;
        }
      }
    }
    if (seen.size === 0) lines.push(`- ${preset}: none`);
    for (const a of seen.values()) {
      lines.push(`- ${preset}, ${a.cat}: **${a.id}** (${a.title}${a.displayValue ? `, ${a.displayValue}` : ''}${a.weight ? `, weight ${a.weight}` : ''}) in ${a.count}/${runs.length} runs${a.items?.length ? `: ${a.items.map((i) => `\`${i.replace(/`/g, "'")}\``).join('; ')}` : ''}`);
    }
  }
  lines.push('', ...hydrationLines(lh.hydration));
  lines.push('', `Raw Lighthouse results: \`bench/out/lighthouse/<preset>-<run>.json\`.`, '');
  lh.verdicts = verdicts;
  return lines;
}

const sizeName = (z) => `${z.docs} docs`;
const fmtMb = (mb) => (mb >= 1024 ? `${(mb / 1024).toFixed(2)} GiB` : `${mb.toFixed(0)} MB`);
const pct = (x) => `${(x * 100).toFixed(1)} %`;

/** The lifecycle target of issue 13 at a size: 1.0 s up to 1,000 docs, 3 s up to 5,000, none above. */
const lifecycleTarget = (docs) => (docs <= 1000 ? 1000 : docs <= 5000 ? 3000 : undefined);
const CI_LIMITS = {minutes: 90, gib: 24};
const FIRST_SEARCH_BYTES = 300 * 1024;

/** Median over the first searches that worked. */
function searchBytes(search) {
  const ok = (search?.queries ?? []).filter((q) => !q.error);
  return ok.length ? {total: stats(ok.map((q) => q.bytes.total)), open: stats(ok.map((q) => q.bytes.open)), ui: stats(ok.map((q) => q.bytes.ui)), ok} : undefined;
}

/**
 * Every target of issue 13, per size, with PASS or MISS and the cause of a miss (from the
 * measurements: the largest part of what was measured).
 */
function targetRows(ctx) {
  const rows = [];
  for (const r of ctx.results.sizes ?? []) {
    const z = sizeName(r.size);
    const b = r.builds;
    if (b) {
      const v = buildVerdict(b);
      const diffs = b.phases
        .filter((p) => !p.name.startsWith('Whole') && !p.name.startsWith('Load site') && p.with.n)
        .map((p) => ({name: p.name.replace(/ \(.*\)$/, ''), diff: p.with.median - (p.without.n ? p.without.median : 0) - (p.name.startsWith('postBuild') ? b.searchMs ?? 0 : 0)}))
        .sort((x, y) => y.diff - x.diff)
        .slice(0, 3);
      const withSearch = b.searchMs ? ` (search index's ${fmtS(b.searchMs)} left out; with it ${fmtRatio(b.ratioWallWithSearch)})` : '';
      rows.push({
        target: `Build wall time, with / without the plugin, equal page sets (${b.pages.with} / ${b.pages.without} HTML pages)`,
        size: z,
        measured: `${fmtRatio(b.ratioWall)}${withSearch}; CPU ${fmtRatio(b.ratioCpu)}`,
        goal: `≤ ${BUILD_RATIO_TARGET}`,
        ok: b.pages.with !== b.pages.without ? false : v.noisy ? 'noisy' : v.ok,
        cause: b.pages.with !== b.pages.without
          ? `page sets differ (${b.pages.with} vs ${b.pages.without}): the padding missed some of the plugin's routes`
          : `${v.noisy ? `spread ${v.spread.toFixed(2)}× between builds of a variant (shared machine); ` : ''}largest differences: ${diffs.map((p) => `${p.name} ${p.diff >= 0 ? '+' : ''}${fmtS(p.diff)}`).join(', ')}`,
      });
      const worst = Math.max(b.with.wall.max, b.without.wall.max);
      const peak = Math.max(b.with.treeRss.max, b.without.treeRss.max);
      rows.push({
        target: `Build fits CI (${CI_LIMITS.minutes} min, ${CI_LIMITS.gib} GiB, 2 cores)`,
        size: z,
        measured: `slowest build ${fmtS(worst)}, peak RSS ${fmtMb(peak)}`,
        goal: `≤ ${CI_LIMITS.minutes} min and ≤ ${CI_LIMITS.gib} GiB`,
        ok: worst <= CI_LIMITS.minutes * 60_000 && peak <= CI_LIMITS.gib * 1024,
        cause: worst > CI_LIMITS.minutes * 60_000 ? 'build time' : 'memory',
      });
    }
    const p = r.pluginPhases;
    const limit = lifecycleTarget(r.size.docs);
    if (p && limit) {
      const parts = [['loadContent()', p.loadContent], ['contentLoaded()', p.contentLoaded], ['allContentLoaded()', p.allContentLoaded], ['page-data loader', p.pageDataLoader], ['postBuild()', p.postBuild]].sort((x, y) => (y[1] || 0) - (x[1] || 0));
      rows.push({
        target: "Plugin lifecycle time (loadContent + contentLoaded + allContentLoaded + page-data loader + postBuild; search index apart)",
        size: z,
        measured: fmtDur(p.sum) + (p.measured.length ? ` (not measured: ${p.measured.join(', ')})` : ''),
        goal: `≤ ${fmtS(limit)}`,
        ok: p.measured.length ? 'incomplete' : p.sum <= limit,
        cause: `largest: ${parts.slice(0, 2).map(([n, ms]) => `${n} ${fmtDur(ms)}`).join(', ')}`,
      });
    }
    const sb = searchBytes(r.search);
    if (r.search?.indexMs?.n && b) {
      const share = r.search.indexMs.median / b.with.wall.median;
      rows.push({target: 'Search index build time / build time', size: z, measured: `${pct(share)} (${fmtS(r.search.indexMs.median)} of ${fmtS(b.with.wall.median)})`, goal: '≤ 10 %', ok: share <= 0.1, cause: `${r.search.indexLine.pages} pages and ${r.search.indexLine.meetings} meeting records indexed`});
    }
    if (sb) {
      const worst = sb.ok.reduce((x, y) => (y.bytes.total > x.bytes.total ? y : x));
      const parts = ['ui', 'pagefindJs', 'wasm', 'meta', 'index', 'fragments'].map((k) => [k, worst.bytes[k]]).sort((x, y) => y[1] - x[1]);
      // JS included: the search box's code, which ships in the main bundle, counts too.
      const box = ctx.results.clientJs?.searchBar;
      const boxBytes = box ? box.js.gzip + box.css.gzip : 0;
      const total = sb.total.max + boxBytes;
      rows.push({
        target: 'Bytes of a first search, cold cache, JS included (largest of the queries, plus the search box code)',
        size: z,
        measured: `${kb(total)} (${kb(sb.total.max)} fetched + ${box ? `${kb(boxBytes)} SearchBar` : 'SearchBar not measured'})`,
        goal: '≤ 300 KB',
        ok: total <= FIRST_SEARCH_BYTES,
        cause: `"${worst.query}": ${parts.slice(0, 3).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`,
      });
      const e = r.search.easyops;
      if (e) rows.push({target: 'First search / whole-index alternative (easyops, lunr, its UI included)', size: z, measured: `${(total / e.bytes).toFixed(3)} (${kb(total)} / ${kb(e.bytes)})`, goal: '≤ 0.1', ok: total / e.bytes <= 0.1, cause: `easyops figure from ${e.source}`});
    }
  }
  const lh = ctx.results.lighthouse;
  for (const v of lh?.verdicts ?? []) {
    rows.push({target: `Lighthouse ${v.preset} ${v.cat}, home page of the real site${lh.searchBox === false ? ' (NO search box found in its navbar)' : ' with the search box'}`, size: 'real site', measured: String(v.s.median), goal: v.target === 100 ? '100' : `≥ ${v.target}`, ok: v.ok, cause: 'see figure 5 and the misses below'});
  }
  return rows;
}

function targetsSection(ctx) {
  const rows = targetRows(ctx);
  if (rows.length === 0) return [];
  const mark = (ok) => (ok === true ? '**PASS**' : ok === false ? '**MISS**' : ok === 'noisy' ? '**INCONCLUSIVE**' : '**INCOMPLETE**');
  return [
    '## Targets of issue 13',
    '',
    '| Target | size | measured | target | | cause (of a miss) / note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((x) => `| ${x.target} | ${x.size} | ${x.measured} | ${x.goal} | ${mark(x.ok)} | ${x.ok === true ? '' : x.cause} |`),
    '',
  ];
}

/** Figures 7–9: the issue 13 figures, one column per size. */
function sizesSection(ctx) {
  const sizes = ctx.results.sizes ?? [];
  if (sizes.length === 0) return [];
  const head = `| | ${sizes.map((r) => `${r.size.docs} docs, ${r.size.series} series, ${r.size.events} events`).join(' | ')} |`;
  const sep = `| --- | ${sizes.map(() => '---').join(' | ')} |`;
  const row = (name, f) => `| ${name} | ${sizes.map((r) => {
    try {
      return f(r) ?? '–';
    } catch {
      return '–';
    }
  }).join(' | ')} |`;
  const q = (kind, f) => (r) => {
    const x = r.search?.queries?.find((y) => y.kind === kind);
    return x ? (x.error ? `failed: ${x.error}` : f(x)) : undefined;
  };
  const lines = [
    '## 7. Build, memory and plugin phases per size',
    '',
    `Each size is its own synthetic portal (same seed), built cold ${ctx.opts.builds} time(s) per variant as in figure 1, with the plugin first (after one unmeasured warm-up build of a 20-doc site, so that no measured build pays for reading the toolchain from a cold disk cache). Equal page sets: after the first build with the plugin, every HTML page it wrote under ${PLUGIN_ROUTE_DIRS.map((d) => `\`/${d}\``).join(' and ')} (the event pages, the events listing routes and /meetings) gets a plain Markdown page at the same path in the site without the plugin, so both builds render the same number of pages. Peak RSS: the sum over the build's process tree (the CLI with its SSG worker threads, and any child process), sampled from /proc every 0.5 s; GNU time's maximum RSS of the largest single process is given too. Plugin phases: \`loadContent()\` and \`allContentLoaded()\` from Docusaurus' perf logger; contentLoaded() (event routes) and translateContent() as the rest of the plugin's load step; the page-data loader and postBuild (content checks) from the plugin's own timings, which it writes when \`SIG_PLUGIN_TIMINGS\` names a file (src/timings.ts, off by default): the loader's time is the sum over all its calls in both compilers, run on the main thread.`,
    '',
    head,
    sep,
    row('HTML pages with / without the plugin (plain pages added)', (r) => `${r.builds.pages.with} / ${r.builds.pages.without} (${r.builds.padding.files})`),
    row('Build wall, with / without (median)', (r) => `${fmtS(r.builds.with.wall.median)} / ${fmtS(r.builds.without.wall.median)}`),
    row('Build CPU (user + sys), with / without (median)', (r) => `${fmtS(r.builds.with.cpu.median)} / ${fmtS(r.builds.without.cpu.median)}`),
    row(`**Ratio wall**, search index time left out (target ≤ ${BUILD_RATIO_TARGET}) / ratio CPU`, (r) => `**${fmtRatio(r.builds.ratioWall)}** / ${fmtRatio(r.builds.ratioCpu)}`),
    row('Ratio wall with the search index time included (for information)', (r) => (r.builds.searchMs ? fmtRatio(r.builds.ratioWallWithSearch) : 'no search index')),
    row('Peak RSS, process tree, with / without (max of the builds)', (r) => `${fmtMb(r.builds.with.treeRss.max)} / ${fmtMb(r.builds.without.treeRss.max)}`),
    row('Peak RSS, largest process (GNU time), with / without', (r) => `${fmtMb(r.builds.with.rss.max)} / ${fmtMb(r.builds.without.rss.max)}`),
    row('Bundling / SSG, with (median)', (r) => `${fmtS(r.builds.phases.find((p) => p.name.startsWith('Bundling')).with.median)} / ${fmtS(r.builds.phases.find((p) => p.name.startsWith('SSG')).with.median)}`),
    row('Plugin `loadContent()`', (r) => fmtDur(r.pluginPhases.loadContent)),
    row('Plugin translateContent() + contentLoaded()', (r) => fmtDur(r.pluginPhases.contentLoaded)),
    row('Plugin `allContentLoaded()`', (r) => fmtDur(r.pluginPhases.allContentLoaded)),
    row('Page-data loader (all calls)', (r) => (Number.isNaN(r.pluginPhases.pageDataLoader) ? 'not measured' : `${fmtDur(r.pluginPhases.pageDataLoader)} (${r.pluginPhases.loaderCalls} calls)`)),
    row('Plugin `postBuild()` (content checks)', (r) => (Number.isNaN(r.pluginPhases.postBuild) ? 'not measured' : fmtDur(r.pluginPhases.postBuild))),
    row('**Plugin lifecycle, sum** (target ≤ 1.0 s at 1,000, ≤ 3 s at 5,000)', (r) => `**${fmtDur(r.pluginPhases.sum)}**`),
    row('All postBuild() (every plugin and theme, perf logger)', (r) => fmtS(r.builds.phases.find((p) => p.name.startsWith('postBuild')).with.median)),
    '',
    '## 8. Search per size',
    '',
    ctx.search?.available
      ? `The site with the plugin enables the search theme (\`themes: ['docusaurus-plugin-innersource-sig/search']\`, resolved to \`${ctx.search.entry}\`). Index time: the theme's own log line (\`Search index: … in <ms> ms\`) of each build with the plugin, median. Size: every file under \`<build>/pagefind/\`. First search: Chromium (playwright-core), a new browser context per query (cold cache), the home page loaded first, then the navbar button \`button[aria-keyshortcuts]\` clicked, the query typed into the dialog's \`input[type="search"]\`, until the first \`a[data-search-result]\` shows and the network is idle. The home page is left idle for 3 s after it loads (Docusaurus prefetches the chunks of visible links then), so that its prefetches are not counted. Bytes as transferred (the bench server gzips text like a static host; Pagefind's index files are pre-compressed): "on opening" is what clicking the button fetched, the rest what typing fetched; "UI" counts every file outside \`/pagefind/\` fetched from the click on: lazy code, and the chunks Docusaurus prefetches for result links as they appear. The search box's own code (SearchBar, in the main bundle every page loads, so already in the cache when a search starts) is measured apart, bundled with esbuild as in figure 3; the first-search totals do not include it. Queries: the title of a doc, of an event and of a meeting series from the middle of the generated lists (2–6 words: Pagefind fetches an index chunk per word), and the terms "trusted committer" and "onboarding" of bench/SEARCH.md.`
      : `_The search theme is not in this checkout: ${ctx.search?.entry ?? 'not detected'}. The search figures are wired (bench/lib/measure-search.js) but were not measured._`,
    '',
  ];
  if (ctx.search?.available) {
    lines.push(
      head,
      sep,
      row('Indexed (theme log line)', (r) => `${r.search.indexLine.pages} pages, ${r.search.indexLine.meetings} meeting records`),
      row('**Index build time** / share of the build (target ≤ 10 %)', (r) => `**${fmtS(r.search.indexMs.median)}** / ${pct(r.search.indexMs.median / r.builds.with.wall.median)}`),
      row('Index on disk', (r) => `${(r.search.index.bytes / 2 ** 20).toFixed(2)} MB in ${r.search.index.files} files`),
      ...(sizes[0].search?.queries ?? []).filter((x) => x.kind === 'term').map((t) =>
        row(`First search for "${t.query}": bytes (on opening + query) / time / first result`, (r) => {
          const x = r.search.queries.find((y) => y.query === t.query);
          return x.error ? `failed: ${x.error}` : `**${kb(x.bytes.total)}** (${kb(x.bytes.open)} + ${kb(x.bytes.total - x.bytes.open)}; index ${kb(x.bytes.index)}) / ${x.ms.toFixed(0)} ms / \`${x.firstHref}\``;
        }),
      ),
      ...['doc', 'event', 'meeting'].flatMap((kind) => [
        row(`First search for ${kind === 'event' ? 'an' : 'a'} ${kind} title: bytes (on opening + query) / time`, q(kind, (x) => `**${kb(x.bytes.total)}** (${kb(x.bytes.open)} + ${kb(x.bytes.total - x.bytes.open)}) / ${x.ms.toFixed(0)} ms`)),
        row(`… breakdown: UI / pagefind.js / wasm / meta / index / fragments`, q(kind, (x) => `${['ui', 'pagefindJs', 'wasm', 'meta', 'index', 'fragments'].map((k) => kb(x.bytes[k])).join(' / ')}${x.others?.length ? `; outside /pagefind/: ${x.others.map((o) => `\`${o.path}\` ${kb(o.bytes)}`).join(', ')}` : ''}`)),
        row(`… first result (expected in its URL: the ${kind}'s ${kind === 'meeting' ? 'page /meetings' : 'slug'})`, q(kind, (x) => `\`${x.firstHref}\` ${x.foundFirst ? '(yes)' : '(**no**)'}; query "${x.query}"`)),
      ]),
      row('**Search UI bytes**: the SearchBar component, bundled (figure 3\'s method), JS + CSS gzip', () => (ctx.results.clientJs?.searchBar ? `**${kb(ctx.results.clientJs.searchBar.js.gzip + ctx.results.clientJs.searchBar.css.gzip)}** (${kb(ctx.results.clientJs.searchBar.js.gzip)} + ${kb(ctx.results.clientJs.searchBar.css.gzip)}; in the main bundle, every page)` : 'not measured (--skip=assets)')),
    row('Fetched outside /pagefind/ during a first search (median of the queries)', (r) => kb(searchBytes(r.search).ui.median)),
      row('Whole-index alternative: easyops first search', (r) => (r.search.easyops ? `${kb(r.search.easyops.bytes)} (${r.search.easyops.source})` : 'no figure at this size')),
      '',
    );
  }
  lines.push(
    '## 9. Dev server: saving a meeting file to the new .ics',
    '',
    '`docusaurus start` on the generated site with the plugin (development mode). The time until `/ics/<id>.ics` first answers is the start-up; then the meeting\'s `start:` is moved one hour later in its YAML file and `/ics/<id>.ics` is fetched every 100 ms until its DTSTART shows the new time. The file is restored afterwards.',
    '',
    head,
    sep,
    row('Dev server start-up until the .ics is served', (r) => (r.devIcs.error ? `failed: ${r.devIcs.error}` : fmtS(r.devIcs.startupMs))),
    row('**Save → new .ics served**', (r) => (r.devIcs.error ? '–' : `**${fmtMs(r.devIcs.changeMs)}** (\`${r.devIcs.url}\`, ${r.devIcs.file})`)),
    row('Dev server peak RSS (process tree)', (r) => (r.devIcs.error ? '–' : fmtMb(r.devIcs.peakRss / 2 ** 20))),
    '',
  );
  return lines;
}

function summarySection(ctx) {
  const rows = [];
  const {builds: b, globalData: g, clientJs: c, ref, ics, lighthouse: lh} = ctx.results;
  if (b) {
    const v = buildVerdict(b);
    rows.push([
      '1. Build time with / without plugin (wall, median)',
      `${fmtRatio(b.ratioWall)}${v.noisy ? ` (pairs ${fmtRatio(b.pairWall.min)}–${fmtRatio(b.pairWall.max)}; phase estimate +${v.estimate.hooksPct.toFixed(1)} to +${v.estimate.withSsgPct.toFixed(1)} %)` : ''}`,
      `≤ ${BUILD_RATIO_TARGET}`,
      v.noisy ? v.label : v.ok,
    ]);
  }
  if (g) rows.push(['2. Plugin global data / front-matter JSON (gzip)', `${((g.plugin.whole.gzip / g.baseline.gzip) * 100).toFixed(0)} % (${kb(g.plugin.whole.gzip)} vs ${kb(g.baseline.gzip)})`, '≤ 25 %', g.plugin.whole.gzip / g.baseline.gzip <= 0.25]);
  if (c) rows.push(['3. Client JS of the three components (gzip)', `${kb(c.components.js.gzip)} (reference ${kb(ref.module.gzip)})`, '≤ 10 KB', c.components.js.gzip <= 10240]);
  if (ics && !ics.error) rows.push(['4. .ics: per series / all series (median)', `${fmtUs(ics.perSeriesTotal.median)} / ${fmtMs(ics.total.median)}`, '(none)', null]);
  if (lh?.verdicts) {
    for (const v of lh.verdicts) rows.push([`5. Lighthouse ${v.preset} ${v.cat} (median)`, String(v.s.median), v.target === 100 ? '100' : `≥ ${v.target}`, v.ok]);
  }
  const real = ctx.results.realBuild;
  if (real) {
    const perLocale = localesBuilt(real.timing.phases).map((locale) => `${locale} ${fmtS(localePhases(real.timing.phases, locale).build)}`);
    rows.push(['6. Real site build per locale', perLocale.join(', '), '(none)', null]);
  }
  return [
    '## Summary',
    '',
    '| Figure | measured | target | |',
    '| --- | --- | --- | --- |',
    ...rows.map(([a, m, t, ok]) => `| ${a} | ${m} | ${t} | ${ok === null ? '' : typeof ok === 'string' ? ok : verdict(ok)} |`),
    '',
  ];
}

function writeReport(ctx, analysis) {
  const {opts} = ctx;
  const gen = ctx.genSummary;
  const header = ctx.rerenderedFrom
    ? ` **Figures from the run that finished ${ctx.rerenderedFrom.finishedAt} (${fmtS(ctx.totalMs)} in all); this text was re-rendered from its \`${ctx.rerenderedFrom.file}\` by \`--from-results\`, without measuring again.**`
    : ` Total runtime ${fmtS(ctx.totalMs)}.`;
  const lines = [
    '# Benchmark: docusaurus-plugin-innersource-sig',
    '',
    `Written by \`npm run bench\` (bench/run.js) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.${header}${opts.quick ? ' **Quick development run (--quick): small site, 1 build per variant; not the figures of record.**' : ''}${opts.label ? ` **${opts.label}**` : ''}`,
    '',
    ...targetsSection(ctx),
    ...summarySection(ctx),
    ...machineSection(ctx),
    '## Synthetic portal',
    '',
    gen
      ? `Seed ${opts.seed} (mulberry32; same seed, same files). ${gen.docs} docs in ${gen.folders} folders with 1–4 tags each out of ${gen.tags} declared in \`docs/tags.yml\`; front matter: title; description (70 %), sidebar_label (20 %), sidebar_position (50 %), list_image (30 %, half with list_image_alt), keywords (30 %), hide_table_of_contents / toc_max_heading_level (10 % each). Bodies: 1–3 sections of generated prose, lists and code blocks, 0–2 links to other docs. Prose: ${gen.vocabulary ? `words drawn from a vocabulary of ${gen.vocabulary.distinct} distinct words with a Zipf distribution (weight 1/rank): ${gen.vocabulary.functionWords} English function words at the top ranks, ${gen.vocabulary.domainWords} InnerSource terms spread over ranks 40–2,000, deterministic pseudo-words (from the seed) for the rest; titles, headings and tags use no function words. (Before issue 13 the prose used 117 words uniformly, so every query matched nearly every page and a search downloaded most of Pagefind's index.)` : 'the earlier 117-word uniform vocabulary.'} Component pages: ${gen.componentPages.topic} topic pages with \`<BokTagList>\`, ${gen.componentPages.meeting} with \`<MeetingTable>\`, ${gen.componentPages.card} with \`<BoxOut>\`, and a home page with 4 BoxOuts (one holding a compact 2-series MeetingTable) and 2 BokTagLists; without the plugin these are plain Markdown text. ${gen.meetings} meeting series in the plugin's YAML format over ${gen.zones} zones (monthly nth / last weekday, weekly, fortnightly with UNTIL, weekdays, monthly by day, quarterly, every 3 days with COUNT, yearly, one-offs; \`duration\` or \`end\`; cancelled and moved occurrences; some \`ics\` names). Events: ${ctx.events.supported ? `${gen.events} event pages in \`events/\` (2024–2028, past and upcoming, 1–3 days, 0–3 sessions in 22 zones, some redirect-only, 30 % .mdx with a BoxOut; ${ctx.events.reason})` : ctx.events.reason}. Files: \`${ctx.results.sizes?.[0]?.dir ?? 'bench/out'}/site-with\`, \`…/site-without\`${(ctx.results.sizes?.length ?? 0) > 1 ? `; the other sizes in ${ctx.results.sizes.slice(1).map((r) => `\`${r.dir}\``).join(', ')}, generated the same way with their counts` : ''}. Figures 1–4 are of the first size (${ctx.opts.docs} docs); figures 7–9 of every size.`
      : '_Not generated._',
    '',
    `Runs: ${opts.builds} builds per variant; .ics ${opts.icsRuns} runs; Lighthouse ${opts.lhRuns} runs per preset.`,
    '',
    ...buildSection(ctx.results.builds, opts),
    ...globalDataSection(ctx.results.globalData),
    ...clientJsSection(ctx.results.clientJs, ctx.results.ref),
    ...icsSection(ctx.results.ics),
    ...lighthouseSection(ctx.results.lighthouse),
    ...localesSection(ctx),
    ...sizesSection(ctx),
    ...analysis,
    '## How to run',
    '',
    '```sh',
    'npm run bench                 # full run (about the runtime above); writes bench/REPORT.md',
    'npm run bench -- --quick      # small development run',
    'npm run bench -- --docs=1000,5000 --series=100,500 --events=50,250 --builds=1   # issue 13: both sizes side by side',
    'npm run bench -- --skip=lighthouse --builds=5',
    '```',
    '',
    'Needs Debian\'s Chromium at /usr/bin/chromium (or CHROME_PATH) and the dev dependencies `lighthouse` and `esbuild`. The plugin is rebuilt first (`npm run build:plugin`) unless `--no-build-plugin` is given. Generated files, builds, logs and raw results are in `bench/out/` (git-ignored); `bench/out/results.json` has every number.',
    '',
  ];
  fs.writeFileSync(opts.report, lines.join('\n'));
}

/**
 * Why targets are missed and what would fix them: derived from the measurements where possible.
 */
function analysisSection(ctx) {
  const out = ['## Misses: why, and what would fix them', ''];
  const {builds: b, globalData: g, clientJs: c, lighthouse: lh} = ctx.results;
  let any = false;
  if (b && (b.ratioWall > BUILD_RATIO_TARGET || buildVerdict(b).noisy)) {
    any = true;
    const v = buildVerdict(b);
    const diffs = b.phases
      .filter((p) => !p.name.startsWith('Whole') && !p.name.startsWith('Load site'))
      // postBuild() also runs the search theme's index, which has its own figure (8).
      .map((p) => ({name: p.name, diff: (p.with.n ? p.with.median : 0) - (p.without.n ? p.without.median : 0) - (p.name.startsWith('postBuild') ? b.searchMs ?? 0 : 0)}))
      .filter((p) => p.diff > 50)
      .sort((x, y) => y.diff - x.diff);
    out.push(
      `- **Build time** (median ratio ${fmtRatio(b.ratioWall)}${v.noisy ? `, inconclusive: pairs ${fmtRatio(b.pairWall.min)}–${fmtRatio(b.pairWall.max)} on a shared machine; phase estimate +${v.estimate.hooksPct.toFixed(1)} to +${v.estimate.withSsgPct.toFixed(1)} %` : ''}). By phase (median difference, plugin-related phases): ${diffs.map((p) => `${p.name} +${fmtS(p.diff)}`).join('; ') || 'no single phase stands out'}.`,
    );
    const diffOf = (prefix) => diffs.find((p) => p.name.startsWith(prefix))?.diff ?? 0;
    if (diffOf('SSG') > 500) {
      out.push(`  - SSG (+${fmtS(diffOf('SSG'))}): the extra pages (/meetings with ${ctx.genSummary?.meetings ?? 0} MeetingTables${ctx.events?.supported ? `, ${ctx.genSummary?.events ?? 0} event pages and /events` : ''}) and the component pages; and every SSG worker evaluates the server bundle, which holds all page-data modules.`);
    }
    if (diffOf('Bundling') > 500) {
      out.push(`  - Bundling (+${fmtS(diffOf('Bundling'))}): the page-data pre-loader reads every MDX and JS source, and the page-data modules (figure 2) are bundled into the client and the server bundle${ctx.events?.supported ? ', plus one MDX module per event page' : ''}.`);
    }
    if (diffOf('… plugin loadContent') > 200) {
      out.push(`  - loadContent() (+${fmtS(diffOf('… plugin loadContent'))}): reads and validates every meeting file and the lock file${ctx.events?.supported ? ', and reads and validates every event page (and its translation), writing its days and session times in the page\'s language' : ''}.`);
    }
    if (diffOf('… plugin allContentLoaded') > 200) {
      out.push(`  - allContentLoaded() (+${fmtS(diffOf('… plugin allContentLoaded'))}): renders every calendar and the browser data of every series${ctx.results.ics && !ctx.results.ics.error ? ` (${fmtMs(ctx.results.ics.loadContent.median)} for the meetings alone with their file reading, figure 4; the browser data ${fmtMs(ctx.results.ics.clientData.median)} for ${ctx.results.ics.series}: occurrences and their labels through rrule and Intl)` : ''}, and the tag index, written as page-data modules. Fix: compute occurrences only for the window shown (MeetingTable shows 3 dates).`);
    }
    if (diffOf('postBuild') > 200) {
      out.push(`  - postBuild() (+${fmtS(diffOf('postBuild'))}, the search index's ${fmtS(b.searchMs ?? 0)} left out): the content checks read every HTML file of the build. Fix: check only pages whose source uses the components, or run the checks on the SSG output in memory.`);
    }
  }
  if (g && g.plugin.whole.gzip / g.baseline.gzip > 0.25) {
    any = true;
    out.push(
      `- **Global data** (${kb(g.plugin.whole.gzip)} gzip = ${((g.plugin.whole.gzip / g.baseline.gzip) * 100).toFixed(0)} % of the front-matter JSON): it holds only tag names (${kb(g.plugin.tags.gzip)}) and meeting ids (${kb(g.plugin.meetingIds.gzip)}), so a miss means a portal with very many tags or series for few docs. Fix: drop the names from global data and let the page-data modules alone decide (the components' notices would then need the build's view of unknown names, e.g. a generated "unknown" module).`,
    );
  }
  if (c && c.components.js.gzip > 10240) {
    any = true;
    out.push(`- **Client JS** (${kb(c.components.js.gzip)} > 10 KB): see the bundled modules list in figure 3.`);
  }
  const hydrationErrors = (lh?.hydration?.results ?? []).flatMap((r) => r.errors.map((e) => ({...e, zone: r.timezoneId})));
  if (hydrationErrors.length) {
    const first = hydrationErrors[0];
    out.push(
      `- **Console errors on the home page** (${hydrationErrors.length} in ${new Set(hydrationErrors.map((e) => e.zone)).size} time zone(s)): ${first.text.replace(/`/g, "'").slice(0, 160)}${first.components.length ? ` in \`${first.components.slice(0, 8).join(' < ')}\`` : ''}. ${/#418|#423|#425|hydrat/i.test(first.text) ? 'A hydration mismatch: React throws away the server HTML of the whole root and renders it again on the client, which costs main-thread time (TBT), moves content (CLS) and logs the error (best practices errors-in-console). Fix: render the same text on the server and in the first client render (anything that depends on the reader\'s clock, zone or locale only after hydration, behind useIsBrowser, and the same ICU/Intl options on both sides).' : ''}`,
    );
  }
  if (lh?.verdicts) {
    const failing = lh.verdicts.filter((x) => !x.ok);
    const lostById = new Map();
    for (const v of failing) {
      any = true;
      const lost = new Map();
      for (const r of lh.results[v.preset]) for (const a of r.lost[v.cat] ?? []) lost.set(a.id, a);
      for (const [id, a] of lost) if (!lostById.has(id)) lostById.set(id, a);
      out.push(`- **Lighthouse ${v.preset} ${v.cat}** (median ${v.s.median} < ${v.target}): lost on ${[...lost.values()].map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`).join(', ') || 'nothing listed'}.`);
    }
    const diag = (id) => {
      for (const runs of Object.values(lh.results)) for (const r of runs) for (const d of r.lost.diagnostics ?? []) if (d.id === id) return d;
      return undefined;
    };
    const bench = Object.values(lh.results).flat().map((r) => r.benchmarkIndex);
    if (failing.length) out.push('- **Lighthouse: causes and fixes**');
    if (lostById.has('cumulative-layout-shift')) {
      const shifts = diag('layout-shifts');
      const inCard = shifts?.items?.some((i) => /boxOut|data-meeting|table/.test(i));
      out.push(
        `  - Layout shift: ${shifts ? `the shifted elements are ${shifts.items.map((i) => `\`${i.replace(/`/g, "'").slice(0, 120)}\``).join(', ')}` : 'see figure 5'}. ${inCard ? `That is the BoxOut card holding the home page's MeetingTable: MeetingTable adds the reader's-time lines ("16:00–17:00 your time (London)", and "(… your time)" after each date) only after hydration, because the static HTML cannot know the reader's zone, so the card grows once the page hydrates (${meetingGrowth(lh.hydration)}). ` : ''}**Fix in the plugin (MeetingTable):** reserve the space in the static HTML, e.g. render the reader-time line and the per-date spans from the start with \`visibility: hidden\` and placeholder text of the same length (or a \`min-height\` for the line) and fill them after hydration, or replace the meeting-zone text in place instead of adding lines.`,
      );
    }
    if (lostById.has('link-in-text-block')) {
      const link = lostById.get('link-in-text-block').items?.[0];
      out.push(
        `  - Links told apart by colour only${link ? `: \`${link.replace(/`/g, "'").slice(0, 140)}\`` : ''}. Infima underlines links only on hover. **Fix in the plugin (BoxOut/styles.module.css):** underline links in the card body, e.g. \`.body a:not(.button) { text-decoration: underline; }\` (or the site's custom.css for all content links). This is the only accessibility finding; with it the score would be 100.`,
      );
    }
    if (lostById.has('total-blocking-time') || lostById.has('speed-index')) {
      const boot = diag('bootup-time');
      const real = lh.realGlobalData;
      out.push(
        `  - Main-thread time (TBT${lostById.has('speed-index') ? ', Speed Index' : ''}): ${boot ? `${boot.items.slice(0, 2).map((i) => `\`${i.replace(/`/g, "'")}\``).join('; ')}` : 'see figure 5'}. Mostly Docusaurus and React evaluating the main bundle${real ? ` (${kb(real.mainGzip)} gzip on the real site, of which the plugin's global data is ${kb(real.pluginGzip)})` : ''}; the mobile preset multiplies the observed time by 4${Math.min(...bench) < 1800 ? `, and this machine was busy (Lighthouse benchmarkIndex ${Math.round(Math.min(...bench))}–${Math.round(Math.max(...bench))} during these runs, while about 2,150 was measured on this machine at a quieter moment), so these figures are pessimistic: rerun \`npm run bench -- --skip=builds,assets,ics\` on a quiet machine before acting on them` : ` (benchmarkIndex ${Math.round(Math.min(...bench))}–${Math.round(Math.max(...bench))}: the machine was not slowed down)`}. Plugin share: on the 1,000-doc synthetic site the plugin adds ${ctx.results.globalData ? kb(ctx.results.globalData.main.with.gzip - ctx.results.globalData.main.without.gzip) : '(not measured)'} gzip to main.js (figure 2: global data, components and MDX wrappers); the home page also loads its page-data modules (one tag list, two meeting series, the events).`,
      );
    }
    const ref = lh.reference?.results?.mobile;
    if (ref && failing.some((v) => v.preset === 'mobile' && v.cat === 'performance')) {
      const med = (runs, get) => stats(runs.map(get)).median;
      const home = lh.results.mobile;
      out.push(
        `  - Framework baseline: \`${lh.reference.page}\`, a doc without any of the plugin's components, scores a median ${med(ref, (r) => r.scores.performance)} (LCP ${Math.round(med(ref, (r) => r.metrics.LCP))} ms, TBT ${Math.round(med(ref, (r) => r.metrics.TBT))} ms) against the home page's ${med(home, (r) => r.scores.performance)} (LCP ${Math.round(med(home, (r) => r.metrics.LCP))} ms, TBT ${Math.round(med(home, (r) => r.metrics.TBT))} ms). ${med(ref, (r) => r.scores.performance) < 95 ? 'Docusaurus alone misses the mobile target here, so the remaining gap is not the plugin\'s: it would close by shrinking what every Docusaurus page runs before and during hydration (theme code in main.js), not by changing the components.' : 'Docusaurus alone meets the target here: the difference is the home page\'s content and components.'}`,
      );
    }
    if (lostById.has('largest-contentful-paint')) {
      const lcp = diag('largest-contentful-paint-element');
      const phases = (lcp?.items ?? []).map((i) => {
        try {
          const p = JSON.parse(i);
          return p.phase ? `${p.phase} ${p.percent}` : undefined;
        } catch {
          return undefined;
        }
      }).filter(Boolean);
      out.push(
        `  - LCP: ${lcp ? `element \`${lcp.items[0].replace(/`/g, "'").slice(0, 120)}\`; ${phases.join(', ')}${phases.some((p) => p.startsWith('Render')) ? '' : ', the rest render delay'}` : 'see figure 5'}. The text is in the static HTML, so it waits for the main thread and the render-blocking CSS, not the network: it moves with the main-thread and layout-shift causes above.`,
      );
    }
  }
  if (!any) out.push('- None.');
  out.push('');
  return out;
}

// ---------------------------------------------------------------- main

/**
 * --from-results[=file]: writes REPORT.md again from a saved results.json (e.g. after a change
 * to the report's wording), without measuring. The synthetic portal's description is recomputed
 * from the seed when the file predates genSummary.
 */
async function rerender(file, reportPath) {
  const saved = readJson(file);
  const opts = {...saved.opts, skip: new Set(saved.opts.skip), report: reportPath ?? saved.opts.report};
  const ctx = {...saved, opts, rerenderedFrom: {file: path.relative(ROOT, file), finishedAt: saved.finishedAt ?? `${fs.statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC`}};
  if (!ctx.genSummary) {
    const regen = generateSites({
      outDir: path.join(OUT, 'regen'),
      seed: opts.seed,
      docCount: opts.docs,
      tagCount: opts.tags,
      seriesCount: opts.series,
      eventCount: opts.events,
      meetingsLib: require(path.join(PLUGIN_LIB, 'meetings', 'index.js')),
      events: saved.events,
    });
    ctx.genSummary = summarizeGenerated(regen);
    fs.rmSync(path.join(OUT, 'regen'), {recursive: true, force: true});
  }
  const lh = ctx.results.lighthouse;
  if (lh && !lh.error && !lh.realGlobalData) lh.realGlobalData = realSiteGlobalData(path.join(OUT, 'real-build'));
  lighthouseSection(lh);
  writeReport(ctx, analysisSection(ctx));
  log(`re-rendered ${path.relative(ROOT, opts.report)} from ${path.relative(ROOT, file)}`);
}

async function main() {
  const fromResults = process.argv.find((a) => a === '--from-results' || a.startsWith('--from-results='));
  if (fromResults) {
    const reportArg = process.argv.find((a) => a.startsWith('--report='));
    return rerender(path.resolve(fromResults.split('=')[1] ?? path.join(OUT, 'results.json')), reportArg && path.resolve(reportArg.slice(9)));
  }
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const ctx = {opts, loadStart: load(), freememStart: os.freemem(), results: {}, chromium: chromiumVersion()};
  fs.mkdirSync(path.join(OUT, 'logs'), {recursive: true});
  log(`start: ${opts.sizes.map((z) => `${z.docs} docs/${z.series} series/${z.events} events`).join(' + ')}, ${opts.builds} builds per variant; load ${ctx.loadStart}`);

  ctx.pluginBuilt = 'as found (--no-build-plugin)';
  if (opts.buildPlugin) {
    log('building the plugin (npm run build:plugin)');
    try {
      await run('npm', ['run', 'build:plugin'], {logFile: path.join(OUT, 'logs', 'build-plugin.log')});
      ctx.pluginBuilt = 'rebuilt by this run';
    } catch (error) {
      ctx.pluginBuilt = `build:plugin FAILED (${error.message}); measured the lib/ found`;
      log(ctx.pluginBuilt);
    }
  }
  ctx.git = gitState();
  ctx.events = detectEvents(opts.events);
  const meetingsLib = require(path.join(PLUGIN_LIB, 'meetings', 'index.js'));

  ctx.search = detectSearch();
  if (opts.easyops && ctx.search.available && !opts.skip.has('search')) {
    // Writes bench/out/search-results.json, which easyopsReference reads first.
    log(`whole-index alternative: bench/search-engines.js --docs=${opts.sizes.map((z) => z.docs).join(',')}, load ${load()}`);
    await run(process.execPath, [path.join(__dirname, 'search-engines.js'), `--docs=${opts.sizes.map((z) => z.docs).join(',')}`, `--report=${path.join(OUT, 'SEARCH-this-run.md')}`], {logFile: path.join(OUT, 'logs', 'search-engines.log')});
  }
  if (!opts.skip.has('builds')) {
    // The first build of a run reads Docusaurus, rspack and the plugin from a cold disk cache;
    // measured builds start with the plugin's, so an unmeasured small build goes first.
    const warm = generateSites({outDir: path.join(OUT, 'warm-up'), seed: opts.seed, docCount: 20, tagCount: 10, seriesCount: 3, eventCount: 2, meetingsLib, events: detectEvents(2), search: ctx.search.available});
    log('warm-up build (not measured)');
    await timedBuild(warm.sites.with, path.join(OUT, 'warm-up', 'build'), path.join(OUT, 'logs', 'warm-up.log'));
  }
  ctx.results.sizes = [];
  for (const [i, size] of opts.sizes.entries()) {
    const {result, generated} = await measureSize(size, i, opts, ctx, meetingsLib);
    ctx.results.sizes.push(result);
    // Figures 1–4 are of the first size.
    if (i === 0) ctx.generated = generated;
  }
  const first = ctx.results.sizes[0];
  ctx.results.builds = first.builds;
  const firstDir = path.join(ROOT, first.dir);

  if (!opts.skip.has('assets')) {
    if (!ctx.results.builds) {
      log('building both variants once for the asset figures');
      await timedBuild(ctx.generated.sites.with, path.join(firstDir, 'build-with'), path.join(firstDir, 'logs', 'build-with-assets.log'));
      await timedBuild(ctx.generated.sites.without, path.join(firstDir, 'build-without'), path.join(firstDir, 'logs', 'build-without-assets.log'));
    }
    log('measuring global data and client JS');
    ctx.results.globalData = measureGlobalData({buildWith: path.join(firstDir, 'build-with'), buildWithout: path.join(firstDir, 'build-without'), siteWith: ctx.generated.sites.with});
    ctx.results.clientJs = await measureClientJs({pluginLib: PLUGIN_LIB, outDir: path.join(OUT, 'client-js'), repoRoot: ROOT});
    ctx.results.ref = measureReference(OUT);
  }

  if (!opts.skip.has('ics')) {
    log('measuring .ics generation');
    // A failing figure is reported as such; the run's other figures are kept.
    ctx.results.ics = await measureIcs({pluginLib: PLUGIN_LIB, meetingFiles: ctx.generated.meetingFiles, eventFiles: ctx.generated.eventFiles, runs: opts.icsRuns, scratchDir: path.join(OUT, 'ics-scratch')}).catch((error) => {
      log(`.ics figures failed: ${error.stack ?? error}`);
      return {error: String(error.message ?? error)};
    });
  }

  // The real site (all its locales) for figure 6 and Lighthouse.
  const real = opts.skip.has('locales') && opts.skip.has('lighthouse') ? undefined : await buildRealSite();
  if (real) ctx.results.realBuild = {copied: real.copied, timing: real.timing};

  if (real && !opts.skip.has('lighthouse')) {
    try {
      const {serve, runLighthouse, hydrationCheck, CHROME_FLAGS} = await import('./lib/lighthouse.mjs');
      const {server, url} = await serve(real.outDir);
      try {
        log(`Lighthouse on ${url} (${opts.lhRuns} runs per preset), load ${load()}`);
        const results = await runLighthouse({url, runs: opts.lhRuns, saveDir: path.join(OUT, 'lighthouse')});
        const first = Object.values(results)[0][0];
        // The same measurement on a doc that uses none of the plugin's components: what Docusaurus
        // alone scores here, to tell the plugin's share from the framework's.
        log(`Lighthouse reference: ${REFERENCE_PAGE} (mobile)`);
        const reference = fs.existsSync(path.join(real.outDir, REFERENCE_PAGE, 'index.html'))
          ? await runLighthouse({url: `${url}${REFERENCE_PAGE.slice(1)}`, runs: opts.lhRuns, presets: ['mobile'], saveDir: path.join(OUT, 'lighthouse-reference')})
          : undefined;
        log('checking the home page for console and hydration errors');
        const hydration = await hydrationCheck(url).catch((error) => ({skipped: String(error.message ?? error)}));
        ctx.results.lighthouse = {
          results,
          reference: reference && {page: REFERENCE_PAGE, results: reference},
          runs: opts.lhRuns,
          copied: real.copied,
          buildTiming: real.timing,
          flags: CHROME_FLAGS,
          hydration,
          realGlobalData: realSiteGlobalData(real.outDir),
          searchBox: fs.readFileSync(path.join(real.outDir, 'index.html'), 'utf8').includes('aria-keyshortcuts'),
          version: first.lighthouseVersion,
          benchmarkIndex: [...new Set(Object.values(results).flat().map((r) => Math.round(r.benchmarkIndex)))].join(', '),
        };
      } finally {
        server.close();
      }
    } catch (error) {
      log(`Lighthouse failed: ${error.stack ?? error}`);
      ctx.results.lighthouse = {error: String(error.message ?? error)};
    }
  }

  ctx.loadEnd = load();
  ctx.totalMs = performance.now() - t0;
  ctx.finishedAt = new Date().toISOString();
  ctx.genSummary = summarizeGenerated(ctx.generated);
  const {generated, ...rest} = ctx;
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({...rest, opts: {...opts, skip: [...opts.skip]}}, null, 2));
  // The Lighthouse section computes verdicts that the summary and analysis use: render it first.
  lighthouseSection(ctx.results.lighthouse);
  writeReport(ctx, analysisSection(ctx));
  log(`done in ${fmtS(ctx.totalMs)}; load ${ctx.loadEnd}; wrote ${path.relative(ROOT, opts.report)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
