'use strict';
/**
 * One cold `docusaurus build` of a site, timed: wall and CPU time, peak memory, the phases of
 * Docusaurus' perf logger (DOCUSAURUS_PERF_LOGGER) and the plugin's own timings
 * (SIG_PLUGIN_TIMINGS, src/timings.ts); and the plugin's lifecycle time read from them. Shared by
 * bench/run.js (figures 1, 6, 7 and the lifecycle target) and bench/plugin-phases.js (--build).
 */

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {spawn} = require('node:child_process');
const {performance} = require('node:perf_hooks');
const {stats, sampleRss} = require('./util');
const {parseIndexLine} = require('./measure-search');

const ROOT = path.resolve(__dirname, '..', '..');
const DOCUSAURUS_BIN = path.join(ROOT, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

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

/** Phases of a build from Docusaurus' perf logger output: label → ms. */
function parsePerfLog(text) {
  const phases = {};
  // eslint-disable-next-line no-control-regex -- the logger colours its output on a terminal
  for (const line of text.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const m = /^\[PERF\] (.*) - ([\d.]+) (ms|seconds)!? - \(Heap/.exec(line);
    if (!m || m[1].startsWith('SSG Worker')) continue;
    phases[m[1]] = Number(m[2]) * (m[3] === 'seconds' ? 1000 : 1);
  }
  return phases;
}

/** The perf logger's labels of the plugin's steps, in the first (or given) locale's build. */
const perfLabels = (locale = 'en') => {
  const plugins = `Build > ${locale} > Load site > Load plugins`;
  const load = `${plugins} > Load plugins content > Load innersource-sig@default`;
  return {
    load,
    loadContent: `${load} > loadContent()`,
    allContentLoaded: `${plugins} > allContentLoaded() > allContentLoaded() - innersource-sig@default`,
    docs: `${plugins} > Load plugins content > Load docs@default`,
  };
};

/** Figure 1's phases: [name in the report, perf logger label]. */
const PHASES = [
  ['Load site (all plugins: content, routes, global data)', 'Build > en > Load site'],
  ['… plugin loadContent() + translateContent() (meetings, events, lock file)', perfLabels().load],
  ['… plugin allContentLoaded() (calendars, meeting data, tag index, routes)', perfLabels().allContentLoaded],
  ['… docs plugin', perfLabels().docs],
  ['Bundling with rspack (client + server)', 'Build > en > Bundling with rspack'],
  ['SSG (rendering every page to HTML)', 'Build > en > SSG'],
  ['postBuild() (all plugins; ours: content checks of the pages that can show a problem)', 'Build > en > postBuild()'],
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

/**
 * A cold build of siteDir into outDir (`.docusaurus/` and the output removed first, no rspack
 * persistent cache), its output in logFile. Returns wall and CPU time (ms), peak RSS (MB: GNU
 * time's largest process, and the process tree sampled from /proc), the perf logger's phases,
 * the plugin's own timings, the search theme's index line and the number of HTML pages.
 */
async function timedBuild(siteDir, outDir, logFile, {env = {}} = {}) {
  fs.rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
  fs.rmSync(outDir, {recursive: true, force: true});
  fs.mkdirSync(path.dirname(logFile), {recursive: true});
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
    env: {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', NODE_ENV: 'production', DOCUSAURUS_PERF_LOGGER: 'true', SIG_PLUGIN_TIMINGS: timingsFile, ...env},
    onSpawn: (child) => (rss = sampleRss(child.pid)),
  });
  const wall = performance.now() - start;
  const treeRssMb = rss.stop() / 2 ** 20;
  const logText = fs.readFileSync(logFile, 'utf8');
  const [, user, sys, rssKb] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return {
    wall,
    cpu: (user + sys) * 1000,
    maxRssMb: rssKb / 1024,
    treeRssMb,
    loadBefore,
    phases: parsePerfLog(logText),
    plugin: readPluginTimings(timingsFile),
    searchIndex: parseIndexLine(logText),
    pages: htmlFiles(outDir).length,
  };
}

/**
 * What the plugin itself spends (ms) over builds with it (timedBuild results), median per phase:
 * the lifecycle target's parts. `missing` lists the parts no build measured.
 */
function pluginPhases(runs) {
  const labels = perfLabels();
  const median = (get) => stats(runs.map(get).filter((v) => v !== undefined && !Number.isNaN(v))).median;
  const phases = {
    loadContent: median((r) => r.phases[labels.loadContent]),
    // The rest of the plugin's load step: translateContent() and contentLoaded() (event routes).
    contentLoaded: median((r) => (r.phases[labels.load] ?? NaN) - (r.phases[labels.loadContent] ?? 0)),
    allContentLoaded: median((r) => r.phases[labels.allContentLoaded]),
    pageDataLoader: median((r) => r.plugin.pageDataLoader?.ms),
    postBuild: median((r) => r.plugin.postBuild?.ms),
  };
  const loaderCalls = median((r) => r.plugin.pageDataLoader?.calls);
  const sum = Object.values(phases).reduce((total, v) => total + (Number.isNaN(v) ? 0 : v), 0);
  return {...phases, loaderCalls, sum, missing: Object.entries(phases).filter(([, v]) => Number.isNaN(v)).map(([k]) => k)};
}

module.exports = {ROOT, DOCUSAURUS_BIN, run, parsePerfLog, perfLabels, PHASES, readPluginTimings, htmlFiles, timedBuild, pluginPhases};
