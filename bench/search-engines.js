#!/usr/bin/env node
/**
 * Offline search engines measured on the synthetic portal, to choose one by measurement (issue
 * 13): Pagefind (chunked index, run on the built site) against @easyops-cn/docusaurus-search-local
 * (lunr index built in postBuild, downloaded whole). Same generated site, same machine, one run.
 *
 *   node bench/search-engines.js                 1,000 docs
 *   node bench/search-engines.js --docs=1000,5000 --report=/tmp/search.md
 *
 * Both tools are installed with `npm install --no-save` (package.json and the lock file stay as
 * they are); they are not dependencies of the portal. Sites and builds go to bench/out/search-*
 * (git-ignored). Writes bench/SEARCH.md unless --report is given. Needs Chromium (CHROMIUM_PATH or
 * /usr/bin/chromium) for the bytes of a first search.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const {spawnSync} = require('node:child_process');
const {performance} = require('node:perf_hooks');
const {generateSites} = require('./lib/generate-site');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(__dirname, 'out');
const DOCUSAURUS = path.join(ROOT, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
const PLUGIN_LIB = path.join(ROOT, 'plugins', 'docusaurus-plugin-innersource-sig', 'lib');
const TOOLS = {pagefind: '1.6.0', '@easyops-cn/docusaurus-search-local': '0.55.3'};
// What SIG members ask; the synthetic docs are made of these words (see lib/generate-site.js).
const QUERIES = ['trusted committer', 'inner source metrics', 'onboarding'];

function parseArgs(argv) {
  const opts = {docs: [1000], report: path.join(__dirname, 'SEARCH.md')};
  for (const arg of argv) {
    const m = /^--([a-z]+)=(.*)$/.exec(arg);
    if (m?.[1] === 'docs') opts.docs = m[2].split(',').map(Number);
    else if (m?.[1] === 'report') opts.report = path.resolve(m[2]);
  }
  return opts;
}

const log = (message) => console.log(`[search ${new Date().toISOString().slice(11, 19)}] ${message}`);

function run(cmd, args, cwd) {
  const started = performance.now();
  const result = spawnSync(cmd, args, {cwd, encoding: 'utf8', env: {...process.env, NODE_ENV: 'production'}, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024});
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`);
  return {ms: performance.now() - started, output: result.stdout};
}

function installTools() {
  const missing = Object.keys(TOOLS).filter((name) => !fs.existsSync(path.join(ROOT, 'node_modules', name, 'package.json')));
  if (missing.length === 0) return;
  log(`installing ${missing.join(', ')} (--no-save)`);
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', ...missing.map((name) => `${name}@${TOOLS[name]}`)], ROOT);
}

/** Every file under `dir` matching `test`, with its raw and gzip size. */
function filesUnder(dir, test = () => true) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const bytes = fs.readFileSync(file);
      return {file, raw: bytes.length, gzip: zlib.gzipSync(bytes, {level: 6}).length};
    });
}

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Bytes a reader downloads for one search, cold cache: everything the browser fetches from the
 * moment the query is typed (the engine's script, its index, the result data), as transferred
 * (the static server gzips text like any host).
 */
async function firstSearchBytes(buildDir, engine) {
  const {serve} = await import('./lib/lighthouse.mjs');
  const {chromium} = require('playwright-core');
  const {server, url} = await serve(buildDir);
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox']});
  try {
    const results = [];
    for (const query of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, {waitUntil: 'networkidle'});
      let bytes = 0;
      const requests = [];
      page.on('requestfinished', (request) => requests.push(request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize))));
      const started = performance.now();
      let found;
      if (engine === 'pagefind') {
        found = await page.evaluate(async (q) => {
          const pagefind = await import('/pagefind/pagefind.js');
          const search = await pagefind.search(q);
          const top = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
          return {count: search.results.length, top: top.map((d) => d.url)};
        }, query);
      } else {
        // The theme's own search box: the index loads on focus, the results show as you type.
        const input = page.locator('input.navbar__search-input');
        await input.click();
        await input.fill(query);
        await page.locator('.ds-dropdown-menu, [class*="searchBar"] [role="listbox"], .aa-dropdown-menu').first().waitFor({timeout: 60_000}).catch(() => undefined);
        await page.waitForLoadState('networkidle');
        found = {count: await page.locator('.aa-suggestion, [class*="suggestion"]').count(), top: []};
      }
      const ms = performance.now() - started;
      await page.waitForLoadState('networkidle');
      await Promise.all(requests);
      results.push({query, bytes, ms, count: found.count, top: found.top});
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

async function measureSize(docs) {
  const siteRoot = path.join(OUT, `search-${docs}`);
  log(`generating ${docs} docs`);
  const generated = generateSites({
    outDir: siteRoot,
    seed: 20261123,
    docCount: docs,
    tagCount: 40,
    seriesCount: Math.round(docs / 10),
    eventCount: Math.round(docs / 20),
    meetingsLib: require(path.join(PLUGIN_LIB, 'meetings', 'index.js')),
    events: {supported: true},
  });
  fs.rmSync(generated.sites.without, {recursive: true, force: true});
  const siteDir = generated.sites.with;

  log('build without a search engine, then Pagefind on its output');
  const plainBuild = path.join(siteRoot, 'build-pagefind');
  const plain = run('node', [DOCUSAURUS, 'build', siteDir, '--out-dir', plainBuild], ROOT);
  const pagefind = run(path.join(ROOT, 'node_modules', '.bin', 'pagefind'), ['--site', plainBuild], ROOT);
  const pagefindFiles = filesUnder(path.join(plainBuild, 'pagefind'));
  const pageCount = filesUnder(plainBuild, (name) => name.endsWith('.html')).length;

  log('build with @easyops-cn/docusaurus-search-local');
  const config = path.join(siteDir, 'docusaurus.easyops.config.js');
  fs.writeFileSync(
    config,
    `const base = require('./docusaurus.config.js');\nmodule.exports = {...base, themes: [[${JSON.stringify(require.resolve('@easyops-cn/docusaurus-search-local', {paths: [ROOT]}))}, {hashed: true, indexPages: true, indexBlog: false}]]};\n`,
  );
  const easyopsBuild = path.join(siteRoot, 'build-easyops');
  const easyops = run('node', [DOCUSAURUS, 'build', siteDir, '--config', config, '--out-dir', easyopsBuild], ROOT);
  const easyopsIndex = filesUnder(easyopsBuild, (name) => /^search-index.*\.json$/.test(name));

  log('first searches in Chromium');
  return {
    docs,
    pages: pageCount,
    plainBuildMs: plain.ms,
    pagefind: {indexMs: pagefind.ms, files: pagefindFiles.length, raw: sum(pagefindFiles, 'raw'), searches: await firstSearchBytes(plainBuild, 'pagefind')},
    easyops: {buildMs: easyops.ms, files: easyopsIndex.length, raw: sum(easyopsIndex, 'raw'), gzip: sum(easyopsIndex, 'gzip'), searches: await firstSearchBytes(easyopsBuild, 'easyops')},
  };
}

function report(results) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const lines = [
    '# Offline search engines on the synthetic portal',
    '',
    `Generated by \`node bench/search-engines.js --docs=${results.map((r) => r.docs).join(',')}\` on ${new Date().toISOString().slice(0, 10)}, one run, this machine (2 cores). Pagefind ${TOOLS.pagefind}, @easyops-cn/docusaurus-search-local ${TOOLS['@easyops-cn/docusaurus-search-local']}. The synthetic portal is the benchmark's (bench/lib/generate-site.js): docs, meeting series (docs/10), events (docs/20), /meetings and /events.`,
    '',
    '| docs (HTML pages) | engine | index build | index on disk | first search, bytes transferred (median of the queries) | first search time (median) |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const pf = r.pagefind;
    const eo = r.easyops;
    lines.push(`| ${r.docs} (${r.pages}) | Pagefind | ${s(pf.indexMs)} after a ${s(r.plainBuildMs)} build (${((pf.indexMs / r.plainBuildMs) * 100).toFixed(1)} %) | ${mb(pf.raw)} in ${pf.files} files | ${kb(median(pf.searches.map((q) => q.bytes)))} | ${median(pf.searches.map((q) => q.ms)).toFixed(0)} ms |`);
    lines.push(`| ${r.docs} (${r.pages}) | easyops (lunr) | build ${s(eo.buildMs)}, +${s(eo.buildMs - r.plainBuildMs)} over the plain build | ${mb(eo.raw)} raw, ${mb(eo.gzip)} gzip, in ${eo.files} file(s) | ${kb(median(eo.searches.map((q) => q.bytes)))} | ${median(eo.searches.map((q) => q.ms)).toFixed(0)} ms |`);
  }
  lines.push('', '## Queries', '');
  for (const r of results) {
    for (const engine of ['pagefind', 'easyops']) {
      for (const q of r[engine].searches) lines.push(`- ${r.docs} docs, ${engine}, "${q.query}": ${kb(q.bytes)}, ${q.ms.toFixed(0)} ms, ${q.count} results${q.top.length ? ` (first: ${q.top[0]})` : ''}`);
    }
  }
  lines.push(
    '',
    'Bytes are what Chromium fetched from typing the query to the results (cold cache; the page itself already loaded), as transferred: the static server gzips text as hosts do, and Pagefind ships its index pre-compressed. For Pagefind the query runs through its JS API (`pagefind.search`, the first five results\' data), for easyops through its own navbar search box, so its figure includes its search UI code.',
    '',
  );
  return lines.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(PLUGIN_LIB, 'index.js'))) run('npm', ['run', 'build:plugin'], ROOT);
  installTools();
  const results = [];
  for (const docs of opts.docs) results.push(await measureSize(docs));
  fs.mkdirSync(path.dirname(opts.report), {recursive: true});
  fs.writeFileSync(opts.report, report(results));
  fs.writeFileSync(path.join(OUT, 'search-results.json'), JSON.stringify(results, null, 2));
  log(`wrote ${path.relative(process.cwd(), opts.report)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
