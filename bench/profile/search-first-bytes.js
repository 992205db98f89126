// Bytes of a cold first search (Chromium, new context per query, the bench's static server with
// gzip) against a built site's index or its variants (search-variants.mjs), through a page that
// does what the SearchBar does: options({excerptLength}), init(), debouncedSearch(q), then data()
// of the first k results. Prints JSON; the SearchBar's own 3.1 KB (in the main bundle) is not in it.
//   node bench/profile/search-first-bytes.js <buildDir> '[{"dir": "pagefind", "k": 5, "excerptLength": 24}]' [queries.json]
// queries.json: [{kind, query, expect}] as bench/run.js chooses them (default <buildDir>/../queries.json).
const fs = require('node:fs');
const path = require('node:path');
const [buildDir, variantsJson, queriesFile] = process.argv.slice(2);
const variants = JSON.parse(variantsJson);
const queries = JSON.parse(fs.readFileSync(queriesFile ?? path.join(buildDir, '..', 'queries.json'), 'utf8'));
fs.writeFileSync(path.join(buildDir, 'search-harness.html'), `<!doctype html><html><head><meta charset="utf-8"><title>harness</title></head><body><script type="module">
window.runSearch = async (dir, q, k, excerptLength) => {
  const pf = await import('/' + dir + '/pagefind.js');
  await pf.options({excerptLength});
  await pf.init();
  const s = await pf.debouncedSearch(q, {}, 120);
  const results = await Promise.all(s.results.slice(0, k).map((r) => r.data()));
  return {total: s.results.length, results: results.map((r) => ({url: r.url, title: r.meta.title, excerpt: r.excerpt}))};
};
window.harnessReady = true;
</script></body></html>`);
function kindOf(url) {
  const {pathname} = new URL(url);
  if (pathname.endsWith('.js')) return 'pagefindJs';
  if (pathname.endsWith('.wasm') || pathname.includes('wasm')) return 'wasm';
  if (pathname.includes('pf_fragment') || pathname.includes('/fragment/')) return 'fragments';
  if (pathname.includes('pf_index') || pathname.includes('/index/') || pathname.includes('pf_filter') || pathname.includes('/filter/')) return 'index';
  return 'meta';
}
(async () => {
  const {serve} = await import(path.join(__dirname, '..', 'lib', 'lighthouse.mjs'));
  const {chromium} = require('playwright-core');
  const {server, url} = await serve(path.resolve(buildDir));
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox']});
  const out = [];
  try {
    for (const v of variants) for (const q of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url + 'search-harness.html', {waitUntil: 'networkidle'});
      await page.waitForFunction(() => window.harnessReady);
      const requests = [];
      page.on('requestfinished', (request) => requests.push(request.sizes().then((s) => ({url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize}))));
      const result = await page.evaluate(([d, qq, k, e]) => window.runSearch(d, qq, k, e), [v.dir, q.query, v.k, v.excerptLength ?? 24]);
      await page.waitForLoadState('networkidle');
      const done = await Promise.all(requests);
      const bytes = {total: 0, pagefindJs: 0, wasm: 0, meta: 0, index: 0, fragments: 0};
      for (const r of done) { bytes.total += r.bytes; bytes[kindOf(r.url)] += r.bytes; }
      const first = result.results[0];
      out.push({files: done.map((r) => [new URL(r.url).pathname.split('/').slice(-2).join('/'), r.bytes]), variant: v, kind: q.kind, query: q.query, total: result.total, bytes, requests: done.length, first: first?.url, firstOk: !!first && first.url.includes(q.expect), titles: result.results.map((r) => r.title), excerpt: first?.excerpt});
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(JSON.stringify(out));
})();
