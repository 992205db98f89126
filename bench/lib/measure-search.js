'use strict';
/**
 * The search figures of issue 13 on a built synthetic site: the index Pagefind wrote (size on
 * disk), and the bytes a reader downloads for a first search on a cold cache, in Chromium,
 * through the navbar search box (the theme `docusaurus-plugin-innersource-sig/search`).
 */

const fs = require('node:fs');
const path = require('node:path');
const {performance} = require('node:perf_hooks');

/** Files and bytes under <buildDir>/pagefind, or undefined when the build has no index. */
function indexOnDisk(buildDir) {
  const dir = path.join(buildDir, 'pagefind');
  if (!fs.existsSync(dir)) return undefined;
  const files = fs.readdirSync(dir, {recursive: true, withFileTypes: true}).filter((e) => e.isFile());
  return {files: files.length, bytes: files.reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0)};
}

/** `Search index: <N> pages and <M> meeting records in <ms> ms`, the theme's postBuild log line. */
function parseIndexLine(logText) {
  const m = /Search index: (\d+) pages and (\d+) meeting records in ([\d.]+) ms/.exec(logText);
  return m ? {pages: Number(m[1]), meetings: Number(m[2]), ms: Number(m[3])} : undefined;
}

/** What a request is, for the breakdown of a first search's bytes. */
function kindOf(url) {
  const {pathname} = new URL(url);
  if (!pathname.includes('/pagefind/')) return 'ui';
  if (pathname.endsWith('.js')) return 'pagefindJs';
  if (pathname.endsWith('.wasm') || pathname.includes('wasm')) return 'wasm';
  if (pathname.includes('pf_fragment') || pathname.includes('/fragment/')) return 'fragments';
  if (pathname.includes('pf_index') || pathname.includes('/index/') || pathname.includes('pf_filter') || pathname.includes('/filter/')) return 'index';
  return 'meta';
}

/**
 * One cold-cache search per query (a new browser context each): load the home page, open the
 * search dialog with the navbar button, type the query, wait for the results. Bytes are as
 * transferred (the server gzips text like a static host; Pagefind's index is pre-compressed),
 * split into what opening the dialog fetched and what the query fetched.
 */
async function firstSearches({buildDir, queries, chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}) {
  const {serve} = await import('./lighthouse.mjs');
  const {chromium} = require('playwright-core');
  const {server, url} = await serve(buildDir);
  const browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']});
  try {
    const results = [];
    for (const q of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(url, {waitUntil: 'networkidle'});
        // Docusaurus prefetches the chunks of visible links when the browser is idle, after the
        // load: let that finish, so that it is not counted as the search's.
        await page.waitForTimeout(3000);
        await page.waitForLoadState('networkidle');
        const requests = [];
        page.on('requestfinished', (request) =>
          requests.push(request.sizes().then((sizes) => ({url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize}))),
        );
        const started = performance.now();
        await page.locator('button[aria-keyshortcuts]').first().click();
        const input = page.locator('dialog input[type="search"]');
        await input.waitFor({timeout: 30_000});
        await page.waitForLoadState('networkidle');
        const onOpen = (await Promise.all(requests)).length;
        await input.fill(q.query);
        const first = page.locator('a[data-search-result]').first();
        await first.waitFor({timeout: 60_000});
        const ms = performance.now() - started;
        await page.waitForLoadState('networkidle');
        const done = await Promise.all(requests);
        const link = new URL(await first.getAttribute('href'), url);
        const href = link.pathname + link.hash;
        const bytes = {total: 0, open: 0, ui: 0, pagefindJs: 0, wasm: 0, meta: 0, index: 0, fragments: 0};
        done.forEach((r, i) => {
          bytes.total += r.bytes;
          bytes[kindOf(r.url)] += r.bytes;
          if (i < onOpen) bytes.open += r.bytes;
        });
        // What was fetched outside /pagefind/, largest first, to tell search UI code from anything else.
        const others = done.filter((x) => kindOf(x.url) === 'ui').sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((x) => ({path: new URL(x.url).pathname, bytes: x.bytes}));
        results.push({...q, ms, bytes, others, requests: done.length, firstHref: href, foundFirst: href.includes(q.expect)});
      } catch (error) {
        results.push({...q, error: String(error.message ?? error).split('\n')[0]});
      } finally {
        await context.close();
      }
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The whole-index alternative (@easyops-cn/docusaurus-search-local: one lunr index downloaded
 * whole) at `docs` docs, as bench/search-engines.js measured it: its results.json when this
 * checkout has one (`thisRun` says how it came), else the table of bench/SEARCH.md.
 */
function easyopsReference(benchDir, docs, thisRun) {
  const json = path.join(benchDir, 'out', 'search-results.json');
  if (fs.existsSync(json)) {
    const r = JSON.parse(fs.readFileSync(json, 'utf8')).find((x) => x.docs === docs);
    if (r) {
      const sorted = r.easyops.searches.map((s) => s.bytes).sort((a, b) => a - b);
      return {bytes: sorted[Math.floor(sorted.length / 2)], source: thisRun ?? `bench/out/search-results.json (search-engines.js, ${fs.statSync(json).mtime.toISOString().slice(0, 10)})`};
    }
  }
  const md = path.join(benchDir, 'SEARCH.md');
  if (!fs.existsSync(md)) return undefined;
  for (const line of fs.readFileSync(md, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[1]?.startsWith(`${docs} (`) && cells[2]?.startsWith('easyops')) {
      return {bytes: Number.parseFloat(cells[5]) * 1024, source: `bench/SEARCH.md (${/on (\d{4}-\d\d-\d\d)/.exec(fs.readFileSync(md, 'utf8'))?.[1] ?? 'undated'}, earlier synthetic vocabulary)`};
    }
  }
  return undefined;
}

module.exports = {indexOnDisk, parseIndexLine, firstSearches, easyopsReference};
