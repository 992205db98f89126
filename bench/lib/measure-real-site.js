'use strict';
/**
 * Figures 5 and 6: a copy of the real site, built cold (all its locales), and Lighthouse on it:
 * the home page against a plain doc page without the plugin's components, measured alternately
 * in the same run (mobile), the home page alone (desktop), and a console/hydration check.
 */

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {gzipSize, fmtS} = require('./util');
const {ROOT, timedBuild} = require('./build-timing');
const {findGlobalData} = require('./measure-assets');

const REAL_SITE_ENTRIES = ['docusaurus.config.ts', 'docusaurus.config.js', 'sidebars.ts', 'sidebars.js', 'package.json', 'tsconfig.json', 'babel.config.js', 'docs', 'src', 'static', 'meetings', 'events', 'i18n', 'blog'];

/** A doc page of the real site without any of the plugin's components (Lighthouse reference). */
const REFERENCE_PAGE = '/docs/glossary';

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/**
 * Builds a copy of the real site: the repository's own .docusaurus/ and build/ belong to other
 * builds (npm test) that may run at the same time.
 */
async function buildRealSite({outRoot, log}) {
  const siteDir = path.join(outRoot, 'real-site');
  const outDir = path.join(outRoot, 'real-build');
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
  const timing = await timedBuild(siteDir, outDir, path.join(outRoot, 'logs', 'build-real.log'));
  log(`  ${fmtS(timing.wall)}`);
  return {outDir, copied, timing};
}

/** The plugin's global data and the main bundle of the real site's build, gzip. */
function realSiteGlobalData(buildDir) {
  const found = fs.existsSync(buildDir) ? findGlobalData(buildDir) : undefined;
  const plugin = found?.globalData['docusaurus-plugin-innersource-sig']?.default;
  return found && {pluginGzip: plugin ? gzipSize(JSON.stringify(plugin)) : 0, mainGzip: found.fileGzip};
}

/**
 * Lighthouse on the real site's build: mobile, the home page and REFERENCE_PAGE alternately
 * (`runs` each, ABBA); desktop, the home page (`runs`); then the console/hydration check.
 */
async function measureLighthouse({real, runs, outRoot, log}) {
  const {serve, runOnce, runAlternating, hydrationCheck, CHROME_FLAGS} = await import('./lighthouse.mjs');
  if (!fs.existsSync(path.join(real.outDir, REFERENCE_PAGE, 'index.html'))) throw new Error(`the reference page ${REFERENCE_PAGE} is not in the real site's build`);
  const {server, url} = await serve(real.outDir);
  try {
    log(`Lighthouse mobile on ${url} and ${REFERENCE_PAGE}, alternately (${runs} runs each), load ${load()}`);
    const mobile = await runAlternating({
      urls: {a: url, b: `${url}${REFERENCE_PAGE.slice(1)}`},
      runs,
      preset: 'mobile',
      saveDir: path.join(outRoot, 'lighthouse'),
      onRun: (page, n) => log(`  mobile, ${page === 'a' ? 'home page' : REFERENCE_PAGE} run ${n}, load ${load()}`),
    });
    log(`Lighthouse desktop on ${url} (${runs} runs)`);
    const desktop = [];
    for (let i = 1; i <= runs; i++) desktop.push(await runOnce({url, preset: 'desktop', saveFile: path.join(outRoot, 'lighthouse', `desktop-${i}.json`)}));
    log('checking the home page for console and hydration errors');
    const hydration = await hydrationCheck(url).catch((error) => ({skipped: String(error.message ?? error)}));
    const results = {mobile: mobile.a, desktop};
    return {
      results,
      reference: {page: REFERENCE_PAGE, results: {mobile: mobile.b}},
      order: mobile.order.map((page) => (page === 'a' ? 'H' : 'R')),
      runs,
      copied: real.copied,
      buildTiming: real.timing,
      flags: CHROME_FLAGS,
      hydration,
      realGlobalData: realSiteGlobalData(real.outDir),
      searchBox: fs.readFileSync(path.join(real.outDir, 'index.html'), 'utf8').includes('aria-keyshortcuts'),
      version: mobile.a[0].lighthouseVersion,
      benchmarkIndex: [...new Set([...mobile.a, ...mobile.b, ...desktop].map((r) => Math.round(r.benchmarkIndex)))].join(', '),
    };
  } finally {
    server.close();
  }
}

module.exports = {buildRealSite, realSiteGlobalData, measureLighthouse, REFERENCE_PAGE};
