'use strict';
/**
 * Figure 1 and 7: cold builds of the synthetic portal with and without the plugin, alternating
 * (ABBA), on equal page sets. Returns the measurements and their statistics; the verdicts are
 * bench/lib/verdicts.js's.
 */

const os = require('node:os');
const path = require('node:path');
const {stats, fmtS} = require('./util');
const {padWithPlainPages} = require('./generate-site');
const {timedBuild, htmlFiles, PHASES} = require('./build-timing');

// The plugin's pages in the build with it: event pages, the events listing routes and
// /meetings (the options' defaults, as the synthetic site's config leaves them).
const PLUGIN_ROUTE_DIRS = ['events', 'meetings'];

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

async function measureBuilds({sites, runs, dir, seed, log}) {
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
      padding = {dirs: PLUGIN_ROUTE_DIRS, routes: routes.length, files: padWithPlainPages(sites.without, routes, seed).length};
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
    perVariant: runs,
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

module.exports = {measureBuilds, PLUGIN_ROUTE_DIRS};
