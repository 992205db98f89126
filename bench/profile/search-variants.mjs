// Writes a variant of a built site's Pagefind index beside its own (<build>/pf-<name>/), from the
// pages and meeting records the search theme indexed (read back from the index's fragments), with
// the theme's settings (src/search/writeIndex.ts) plus the variant's:
//   node bench/profile/search-variants.mjs <buildDir> <name> '{"extraExclude": [".x"], "rootSelector": "main", "maxFragments": 1000}'
// The first run keeps the recovered entries in <buildDir>/../pf-entries.json.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const pagefind = await import(path.join(ROOT, 'node_modules/pagefind/lib/index.js'));
const [buildDir, name, configJson] = process.argv.slice(2);
const config = JSON.parse(configJson ?? '{}');
const fragDir = path.join(buildDir, 'pagefind', 'fragment');
const cacheFile = path.join(buildDir, '..', 'pf-entries.json');
let entries;
if (fs.existsSync(cacheFile)) entries = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
else {
  entries = fs.readdirSync(fragDir).map((f) => {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(fragDir, f))).toString('utf8');
    const json = JSON.parse(raw.slice(raw.indexOf('{')));
    return {url: json.url, content: json.content, meta: json.meta, custom: json.url.includes('#') || !json.url.endsWith('/')};
  });
  fs.writeFileSync(cacheFile, JSON.stringify(entries));
}
const started = Date.now();
const inputDir = fs.mkdtempSync(path.join(path.dirname(buildDir), '.pf-variant-'));
try {
  for (const e of entries.filter((e) => !e.custom)) {
    const rel = e.url.replace(/^\//, '').replace(/\/$/, '');
    const source = [path.join(buildDir, rel, 'index.html'), path.join(buildDir, `${rel}.html`), path.join(buildDir, rel || 'index.html')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    if (!source) { console.error('no html for', e.url); continue; }
    const target = path.join(inputDir, rel === '' ? 'index.html' : `${rel}/index.html`);
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.linkSync(source, target);
  }
  const {index, errors} = await pagefind.createIndex({
    forceLanguage: 'en',
    excludeSelectors: ['.theme-doc-toc-desktop', '.theme-doc-toc-mobile', 'a[href="#__docusaurus_skipToContent_fallback"]', ...(config.extraExclude ?? [])],
    ...(config.rootSelector && {rootSelector: config.rootSelector}),
    ...(config.maxFragments && {maxFragments: config.maxFragments}),
  });
  if (errors.length) throw new Error(errors.join('; '));
  const added = await index.addDirectory({path: inputDir});
  if (added.errors.length) throw new Error(added.errors.join('; '));
  for (const e of entries.filter((e) => e.custom)) {
    const r = await index.addCustomRecord({url: e.url, content: e.content, language: 'en', meta: {title: e.meta.title}});
    if (r.errors.length) throw new Error(r.errors.join('; '));
  }
  const out = path.join(buildDir, `pf-${name}`);
  fs.rmSync(out, {recursive: true, force: true});
  const w = await index.writeFiles({outputPath: out});
  if (w.errors.length) throw new Error(w.errors.join('; '));
  const files = fs.readdirSync(out, {recursive: true, withFileTypes: true}).filter((d) => d.isFile());
  console.log(JSON.stringify({name, pages: added.page_count, records: entries.filter((e) => e.custom).length, ms: Date.now() - started, files: files.length, bytes: files.reduce((s, d) => s + fs.statSync(path.join(d.parentPath, d.name)).size, 0)}));
} finally {
  await pagefind.close();
  fs.rmSync(inputDir, {recursive: true, force: true});
}
