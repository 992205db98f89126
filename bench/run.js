#!/usr/bin/env node
/**
 * Benchmark of docusaurus-plugin-innersource-sig. Writes bench/REPORT.md (and bench/out/results.json).
 *
 *   npm run bench                       full run (1,000 docs, 100 series, 4 builds per variant, ...)
 *   npm run bench -- --docs=1000,5000 --series=100,500 --events=50,250 --builds=3,1
 *                                       several sizes side by side (lists are paired by position:
 *                                       here 3 alternating builds per variant at 1,000 docs, 1 at 5,000)
 *   npm run bench -- --quick            small run for development (50 docs, 10 series, 1 build)
 *   npm run bench -- --builds=5 --lh-runs=5 --skip=lighthouse --no-build-plugin --seed=7
 *   node bench/run.js --from-results[=bench/out/results.json] [--report=PATH]
 *                                       verdicts and report again from saved measurements
 *
 * Options: --docs=N[,N…] --series=N[,N…] --events=N[,N…] --builds=N[,N…] (per variant, per size;
 * a shorter list repeats its last value) --tags=N --ics-runs=N --lh-runs=N (per preset and page)
 * --seed=N --locales=en,fr,ja (of the synthetic portal; default en)
 * --skip=builds,assets,ics,lighthouse,locales,search,dev --no-build-plugin --report=PATH (default
 * bench/REPORT.md) --label=TEXT (said at the top of the report) --easyops (run
 * bench/search-engines.js at the same sizes first, for the whole-index figure of this run;
 * otherwise the one it recorded is used).
 *
 * Three steps, in this order: measure (bench/lib/measure-*.js, bench/lib/build-timing.js, shared
 * with bench/plugin-phases.js), then the verdicts (bench/lib/verdicts.js: results → PASS/MISS per
 * target, saved with the measurements in bench/out/results.json), then the report
 * (bench/lib/report.js: results + verdicts → Markdown). Everything generated goes to bench/out/
 * (git-ignored). Plain Node.js, no compile step.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {execFileSync} = require('node:child_process');
const {performance} = require('node:perf_hooks');
const {stats, fmtS, fmtMs} = require('./lib/util');
const {generateSites} = require('./lib/generate-site');
const {ROOT, DOCUSAURUS_BIN, run, timedBuild, pluginPhases} = require('./lib/build-timing');
const {measureBuilds} = require('./lib/measure-builds');
const {indexOnDisk, firstSearches, easyopsReference} = require('./lib/measure-search');
const {measureDevIcs} = require('./lib/measure-dev-ics');
const {measureGlobalData, measureClientJs, measureReference} = require('./lib/measure-assets');
const {measureIcs} = require('./lib/measure-ics');
const {buildRealSite, realSiteGlobalData, measureLighthouse} = require('./lib/measure-real-site');
const {computeVerdicts} = require('./lib/verdicts');
const {renderReport} = require('./lib/report');

const OUT = path.join(__dirname, 'out');
const PLUGIN_DIR = path.join(ROOT, 'plugins', 'docusaurus-plugin-innersource-sig');
const PLUGIN_LIB = path.join(PLUGIN_DIR, 'lib');

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
    else if (['docs', 'series', 'events', 'builds'].includes(key)) opts[key] = m[2].split(',').map(Number);
    else if (key in opts && typeof opts[key] === 'number') opts[key] = Number(m[2]);
    else throw new Error(`unknown option ${arg}`);
  }
  // Sizes: the lists paired by position; a shorter list repeats its last value.
  const at = (v, i) => [v].flat()[Math.min(i, [v].flat().length - 1)];
  opts.sizes = [opts.docs].flat().map((docs, i) => ({docs, series: at(opts.series, i), events: at(opts.events, i), builds: at(opts.builds, i)}));
  for (const size of opts.sizes) {
    if (!Object.values(size).every((n) => Number.isInteger(n) && n >= 0) || size.builds < 1) throw new Error(`bad size ${JSON.stringify(size)}`);
  }
  // Figures 2–6 (assets, .ics, Lighthouse) are measured once, on the first size.
  Object.assign(opts, opts.sizes[0]);
  return opts;
}

// ---------------------------------------------------------------- helpers

const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

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
    // --no-optional-locks: a benchmark must not write the repository's index (status may refresh it).
    const dirty = execFileSync('git', ['--no-optional-locks', 'status', '--porcelain', '--', 'plugins/docusaurus-plugin-innersource-sig/src'], {cwd: ROOT, encoding: 'utf8'}).trim();
    return `${head}${dirty ? ` + ${dirty.split('\n').length} uncommitted change(s) in the plugin's src/` : ''}`;
  } catch {
    return 'unknown';
  }
}

/** The machine and the versions measured with, recorded in results.json for the report. */
function machineInfo() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalmem: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    pluginVersion: readJson(path.join(PLUGIN_DIR, 'package.json')).version,
    versions: Object.fromEntries(['@docusaurus/core', '@docusaurus/faster', '@rspack/core', 'lighthouse', 'chrome-launcher', 'esbuild'].map((pkg) => [pkg, versionOf(pkg)])),
  };
}

/** The search theme: the plugin package's second entry point. */
function searchEntry() {
  return path.relative(ROOT, require.resolve('docusaurus-plugin-innersource-sig/search', {paths: [ROOT]}));
}

// ---------------------------------------------------------------- one size

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

const generate = ({outDir, seed, size, tags, locales, meetingsLib}) =>
  generateSites({outDir, seed, docCount: size.docs, tagCount: tags, seriesCount: size.series, eventCount: size.events, meetingsLib, events: {supported: size.events > 0}, locales, search: true});

async function measureSize(size, index, opts, meetingsLib) {
  const dir = path.join(OUT, `docs-${size.docs}`);
  fs.mkdirSync(path.join(dir, 'logs'), {recursive: true});
  log(`${size.docs} docs, ${size.series} series, ${size.events} events: generating the synthetic portal`);
  const generated = generate({outDir: dir, seed: opts.seed, size, tags: opts.tags, locales: opts.locales, meetingsLib});
  const r = {size, dir: path.relative(ROOT, dir), gen: summarizeGenerated(generated)};
  if (!opts.skip.has('builds')) {
    r.builds = await measureBuilds({sites: generated.sites, runs: size.builds, dir, seed: opts.seed, log});
    r.pluginPhases = pluginPhases(r.builds.runs.with);
  }
  const buildWith = path.join(dir, 'build-with');
  if (!opts.skip.has('search') && fs.existsSync(buildWith)) {
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

// ---------------------------------------------------------------- measure

async function measure(opts) {
  const t0 = performance.now();
  const saved = {opts: {...opts, skip: [...opts.skip]}, loadStart: load(), freememStart: os.freemem(), machine: machineInfo(), chromium: chromiumVersion(), results: {}};
  const {results} = saved;
  fs.mkdirSync(path.join(OUT, 'logs'), {recursive: true});
  log(`start: ${opts.sizes.map((z) => `${z.docs} docs/${z.series} series/${z.events} events, ${z.builds} build(s) per variant`).join(' + ')}; load ${saved.loadStart}`);

  saved.pluginBuilt = 'as found (--no-build-plugin)';
  if (opts.buildPlugin) {
    log('building the plugin (npm run build:plugin)');
    try {
      await run('npm', ['run', 'build:plugin'], {logFile: path.join(OUT, 'logs', 'build-plugin.log')});
      saved.pluginBuilt = 'rebuilt by this run';
    } catch (error) {
      saved.pluginBuilt = `build:plugin FAILED (${error.message}); measured the lib/ found`;
      log(saved.pluginBuilt);
    }
  }
  saved.git = gitState();
  saved.search = {entry: searchEntry()};
  const meetingsLib = require(path.join(PLUGIN_LIB, 'meetings', 'index.js'));

  if (opts.easyops && !opts.skip.has('search')) {
    // Writes bench/out/search-results.json, which easyopsReference reads first.
    log(`whole-index alternative: bench/search-engines.js --docs=${opts.sizes.map((z) => z.docs).join(',')}, load ${load()}`);
    await run(process.execPath, [path.join(__dirname, 'search-engines.js'), `--docs=${opts.sizes.map((z) => z.docs).join(',')}`, `--report=${path.join(OUT, 'SEARCH-this-run.md')}`], {logFile: path.join(OUT, 'logs', 'search-engines.log')});
  }
  if (!opts.skip.has('builds')) {
    // The first build of a run reads Docusaurus, rspack and the plugin from a cold disk cache;
    // measured builds start with the plugin's, so an unmeasured small build goes first.
    const warm = generate({outDir: path.join(OUT, 'warm-up'), seed: opts.seed, size: {docs: 20, series: 3, events: 2}, tags: 10, locales: ['en'], meetingsLib});
    log('warm-up build (not measured)');
    await timedBuild(warm.sites.with, path.join(OUT, 'warm-up', 'build'), path.join(OUT, 'logs', 'warm-up.log'));
  }
  results.sizes = [];
  let generated;
  for (const [i, size] of opts.sizes.entries()) {
    const measured = await measureSize(size, i, opts, meetingsLib);
    results.sizes.push(measured.result);
    // Figures 1–4 are of the first size.
    if (i === 0) generated = measured.generated;
  }
  const first = results.sizes[0];
  results.builds = first.builds;
  const firstDir = path.join(ROOT, first.dir);

  if (!opts.skip.has('assets')) {
    if (!results.builds) {
      log('building both variants once for the asset figures');
      await timedBuild(generated.sites.with, path.join(firstDir, 'build-with'), path.join(firstDir, 'logs', 'build-with-assets.log'));
      await timedBuild(generated.sites.without, path.join(firstDir, 'build-without'), path.join(firstDir, 'logs', 'build-without-assets.log'));
    }
    log('measuring global data and client JS');
    results.globalData = measureGlobalData({buildWith: path.join(firstDir, 'build-with'), buildWithout: path.join(firstDir, 'build-without'), siteWith: generated.sites.with});
    results.clientJs = await measureClientJs({pluginLib: PLUGIN_LIB, outDir: path.join(OUT, 'client-js'), repoRoot: ROOT});
    results.ref = measureReference(OUT);
  }

  if (!opts.skip.has('ics')) {
    log('measuring .ics generation');
    // A failing figure is reported as such; the run's other figures are kept.
    results.ics = await measureIcs({pluginLib: PLUGIN_LIB, meetingFiles: generated.meetingFiles, eventFiles: generated.eventFiles, runs: opts.icsRuns, scratchDir: path.join(OUT, 'ics-scratch')}).catch((error) => {
      log(`.ics figures failed: ${error.stack ?? error}`);
      return {error: String(error.message ?? error)};
    });
  }

  // The real site (all its locales) for figure 6 and Lighthouse.
  const real = opts.skip.has('locales') && opts.skip.has('lighthouse') ? undefined : await buildRealSite({outRoot: OUT, log});
  if (real) results.realBuild = {copied: real.copied, timing: real.timing};
  if (real && !opts.skip.has('lighthouse')) {
    results.lighthouse = await measureLighthouse({real, runs: opts.lhRuns, outRoot: OUT, log}).catch((error) => {
      log(`Lighthouse failed: ${error.stack ?? error}`);
      return {error: String(error.message ?? error)};
    });
  }

  saved.loadEnd = load();
  saved.totalMs = performance.now() - t0;
  saved.finishedAt = new Date().toISOString();
  saved.genSummary = summarizeGenerated(generated);
  return saved;
}

// ---------------------------------------------------------------- verdicts and report

/** Verdicts from the measurements, saved next to them; then the report from both. */
function judgeAndWrite(saved, {resultsFile, report}) {
  const {verdicts: _old, ...measurements} = saved;
  const judged = {...measurements, verdicts: computeVerdicts(measurements)};
  if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(judged, null, 2));
  fs.writeFileSync(report, renderReport(judged));
  return judged;
}

/**
 * --from-results[=file]: verdicts and REPORT.md again from a saved results.json (e.g. after a
 * change to a target or to the report's wording), without measuring.
 */
function rerender(file, reportPath) {
  const saved = readJson(file);
  const report = reportPath ?? saved.opts.report;
  const lh = saved.results.lighthouse;
  if (lh && !lh.error && !lh.realGlobalData) lh.realGlobalData = realSiteGlobalData(path.join(OUT, 'real-build'));
  saved.writtenAt = new Date().toISOString();
  saved.rerenderedFrom = {file: path.relative(ROOT, file), finishedAt: `${(saved.finishedAt ?? fs.statSync(file).mtime.toISOString()).slice(0, 16).replace('T', ' ')} UTC`};
  judgeAndWrite(saved, {resultsFile: undefined, report});
  log(`re-rendered ${path.relative(ROOT, report)} from ${path.relative(ROOT, file)}`);
}

async function main() {
  const fromResults = process.argv.find((a) => a === '--from-results' || a.startsWith('--from-results='));
  if (fromResults) {
    const reportArg = process.argv.find((a) => a.startsWith('--report='));
    return rerender(path.resolve(fromResults.split('=')[1] ?? path.join(OUT, 'results.json')), reportArg && path.resolve(reportArg.slice(9)));
  }
  const opts = parseArgs(process.argv.slice(2));
  const saved = await measure(opts);
  saved.writtenAt = saved.finishedAt;
  judgeAndWrite(saved, {resultsFile: path.join(OUT, 'results.json'), report: opts.report});
  log(`done in ${fmtS(saved.totalMs)}; load ${saved.loadEnd}; wrote ${path.relative(ROOT, opts.report)} and bench/out/results.json`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
