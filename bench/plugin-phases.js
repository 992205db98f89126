#!/usr/bin/env node
/**
 * The plugin's own build phases on a synthetic portal, without a full build: loads the site as
 * `docusaurus build` does (every plugin's loadContent, then allContentLoaded; Docusaurus' perf
 * logger) and, given a folder the site was built into, times the postBuild content checks on it.
 * With --build, runs full cold builds instead, timed by the same function as bench/run.js
 * (bench/lib/build-timing.js), and prints the plugin's lifecycle time as run.js's target counts it.
 *
 *   node bench/plugin-phases.js --docs=5000 --series=500 --events=250 [--runs=2] [--built=<dir>] [--lib=<dir>]
 *   node bench/plugin-phases.js --docs=1000 --build [--runs=3]
 *
 * The site is generated into bench/out/phases-<docs> (same generator and seed as bench/run.js).
 * Build the plugin first (npm run build:plugin). For a CPU profile, run it under
 * `node --cpu-prof --cpu-prof-dir=<dir>`.
 */
const path = require('node:path');
const fs = require('node:fs');
const {generateSites} = require('./lib/generate-site');
const {ROOT, parsePerfLog, perfLabels, timedBuild, pluginPhases} = require('./lib/build-timing');
const {fmtS, fmtDur} = require('./lib/util');

const args = Object.fromEntries(process.argv.slice(2).map((a) => /^--([a-z]+)(?:=(.*))?$/.exec(a)?.slice(1).map((v) => v ?? 'true') ?? [a, 'true']));
const DEFAULT_LIB = path.join(ROOT, 'plugins/docusaurus-plugin-innersource-sig/lib');
// --lib=<dir>: the plugin compiled elsewhere (tsc --outDir, under a folder whose node_modules
// resolve its dependencies), loaded wherever the site or this script would load PLUGIN/lib.
const PLUGIN_LIB = args.lib ? path.resolve(args.lib) : DEFAULT_LIB;
if (args.lib) {
  const Module = require('node:module');
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (...resolveArgs) {
    const file = resolveFilename.apply(this, resolveArgs);
    const other = file.startsWith(DEFAULT_LIB + path.sep) && path.join(PLUGIN_LIB, path.relative(DEFAULT_LIB, file));
    return other && fs.existsSync(other) ? other : file;
  };
}
const docs = Number(args.docs ?? 1000);

async function main() {
  process.env.NODE_ENV = 'production';
  process.env.DOCUSAURUS_PERF_LOGGER = 'true';
  const outDir = path.join(__dirname, 'out', `phases-${docs}`);
  const {sites} = generateSites({
    outDir,
    seed: 20261123,
    docCount: docs,
    tagCount: 40,
    seriesCount: Number(args.series ?? docs / 10),
    eventCount: Number(args.events ?? docs / 20),
    meetingsLib: require(path.join(PLUGIN_LIB, 'meetings/index.js')),
    events: {supported: true},
  });
  const siteDir = sites.with;
  if (args.build) return timeBuilds(siteDir, outDir);
  const {loadSite} = require(require.resolve('@docusaurus/core/lib/server/site.js', {paths: [ROOT]}));
  // The perf logger prints one line per phase; keep the plugin's.
  const log = console.log;
  for (let run = 1; run <= Number(args.runs ?? 1); run++) {
    fs.rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
    const lines = [];
    console.log = (...parts) => lines.push(parts.join(' '));
    const site = await loadSite({siteDir, locale: 'en'}).finally(() => (console.log = log));
    // The labels of a build from 'Load plugins' on: loadSite() alone is not in a build's 'Build > en > Load site'.
    const phases = parsePerfLog(lines.join('\n'));
    const phase = (label) => {
      const key = Object.keys(phases).find((k) => k.endsWith(label.replace(/^.*? > Load plugins/, 'Load plugins')));
      return key ? fmtDur(phases[key]) : '–';
    };
    const labels = perfLabels();
    log(`run ${run}: loadContent ${phase(labels.loadContent)}, allContentLoaded ${phase(labels.allContentLoaded)}, docs plugin ${phase(labels.docs)}`);
    if (args.built) await timeContentChecks(site, siteDir, path.resolve(args.built), log);
  }
}

/** --build: full cold builds, timed as bench/run.js times them; the plugin's lifecycle phases of each. */
async function timeBuilds(siteDir, outDir) {
  const runs = [];
  for (let run = 1; run <= Number(args.runs ?? 1); run++) {
    const r = await timedBuild(siteDir, path.join(outDir, 'build'), path.join(outDir, 'logs', `build-${run}.log`));
    runs.push(r);
    const p = pluginPhases([r]);
    console.log(`build ${run}: ${fmtS(r.wall)} wall, ${r.pages} pages; plugin lifecycle ${fmtDur(p.sum)}: loadContent ${fmtDur(p.loadContent)}, contentLoaded ${fmtDur(p.contentLoaded)}, allContentLoaded ${fmtDur(p.allContentLoaded)}, page-data loader ${fmtDur(p.pageDataLoader)}, postBuild ${fmtDur(p.postBuild)}${p.missing.length ? ` (not measured: ${p.missing.join(', ')})` : ''}`);
  }
  if (runs.length > 1) console.log(`median of ${runs.length} builds: plugin lifecycle ${fmtDur(pluginPhases(runs).sum)}`);
}

/** postBuild's content checks on a built copy of the site, with the routes and sources this load found. */
async function timeContentChecks(site, siteDir, outDir, log) {
  const {scanSiteSources} = require(path.join(PLUGIN_LIB, 'pageData/sources.js'));
  const {sourceMayShowProblems} = require(path.join(PLUGIN_LIB, 'pageData/usages.js'));
  const {reportContentProblems} = require(path.join(PLUGIN_LIB, 'check/reportContentProblems.js'));
  const {problemSources} = await scanSiteSources(siteDir, [outDir, path.join(siteDir, '.docusaurus')], path.join(siteDir, 'meetings'));
  const pages = {routes: site.props.routes, sources: problemSources, configMayShowProblems: sourceMayShowProblems(JSON.stringify(site.props.siteConfig))};
  for (const [name, selection] of [['pages that can hold a problem', pages], ['every page', undefined]]) {
    const [start, cpu] = [performance.now(), process.cpuUsage()];
    await reportContentProblems({outDir, siteUrl: site.props.siteConfig.url, baseUrl: site.props.baseUrl, level: 'warn', pages: selection});
    const used = process.cpuUsage(cpu);
    log(`  content checks, ${name}: ${Math.round(performance.now() - start)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
