'use strict';
/** Figures 2 and 3: what the plugin ships to the browser. */

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const {execFileSync} = require('node:child_process');
const {gzipSize, brotliSize} = require('./util');

const PLUGIN_NAME = 'docusaurus-plugin-innersource-sig';

/**
 * Docusaurus 3 ships global data inside the main bundle: @generated/globalData is inlined by the
 * bundler as `JSON.parse('…')` (a single-quoted JS string) in assets/js/main.<hash>.js, loaded by
 * every page. Finds that literal and returns the parsed object and where it was.
 */
function findGlobalData(buildDir) {
  const jsDir = path.join(buildDir, 'assets', 'js');
  const files = fs.readdirSync(jsDir).filter((f) => f.endsWith('.js'));
  // main.* first: that is where it is expected.
  files.sort((a, b) => Number(b.startsWith('main.')) - Number(a.startsWith('main.')));
  const literal = /JSON\.parse\('((?:[^'\\]|\\.)*)'\)/g;
  for (const file of files) {
    const code = fs.readFileSync(path.join(jsDir, file), 'utf8');
    if (!code.includes(PLUGIN_NAME)) continue;
    for (const match of code.matchAll(literal)) {
      if (!match[1].includes('docusaurus-plugin-content-docs')) continue;
      let data;
      try {
        data = JSON.parse(vm.runInNewContext(`'${match[1]}'`));
      } catch {
        continue;
      }
      if (data && typeof data === 'object' && (PLUGIN_NAME in data || 'docusaurus-plugin-content-docs' in data)) {
        return {file: `assets/js/${file}`, literalBytes: Buffer.byteLength(match[0]), globalData: data, fileBytes: Buffer.byteLength(code), fileGzip: gzipSize(code)};
      }
    }
  }
  return undefined;
}

function sizes(value) {
  const json = JSON.stringify(value);
  return {raw: Buffer.byteLength(json), gzip: gzipSize(json), brotli: brotliSize(json)};
}

/**
 * What existing SIG sites ship instead: every tagged doc's whole front matter plus title and
 * permalink, read from the docs plugin's own metadata in .docusaurus/.
 */
function frontMatterBaseline(siteDir) {
  const dir = path.join(siteDir, '.docusaurus', 'docusaurus-plugin-content-docs', 'default');
  const entries = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.startsWith('site-docs-') && n.endsWith('.json')).sort()) {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    if (!meta.tags?.length || meta.unlisted || meta.draft) continue;
    entries.push({...meta.frontMatter, title: meta.title, permalink: meta.permalink});
  }
  return {docs: entries.length, ...sizes(entries)};
}

/**
 * The page-data modules the plugin generates (.docusaurus/<plugin>/default/page-data-*.js): what
 * a page using a component loads on top of every page's bytes. Collections ("all tags", "all
 * meetings") only re-import the others, so they are left out of the totals.
 */
function pageDataModules(siteDir) {
  const dir = path.join(siteDir, '.docusaurus', PLUGIN_NAME, 'default');
  const groups = {tag: [], meeting: [], events: []};
  for (const name of fs.readdirSync(dir)) {
    const kind = /^page-data-(tag|meeting|events)[-.]/.exec(name)?.[1];
    if (!kind) continue;
    const source = fs.readFileSync(path.join(dir, name));
    groups[kind].push({raw: source.length, gzip: gzipSize(source)});
  }
  const summary = (list) => {
    const gz = list.map((m) => m.gzip).sort((a, b) => a - b);
    return {
      count: list.length,
      total: {raw: list.reduce((n, m) => n + m.raw, 0), gzip: gz.reduce((n, v) => n + v, 0)},
      gzipMin: gz[0] ?? 0,
      gzipMedian: gz.length ? gz[Math.floor((gz.length - 1) / 2)] : 0,
      gzipMax: gz[gz.length - 1] ?? 0,
    };
  };
  return {tags: summary(groups.tag), meetings: summary(groups.meeting), events: summary(groups.events)};
}

function measureGlobalData({buildWith, buildWithout, siteWith}) {
  const found = findGlobalData(buildWith);
  if (!found) throw new Error(`global data not found in ${buildWith}/assets/js`);
  const plugin = found.globalData[PLUGIN_NAME]?.default;
  if (!plugin) throw new Error(`no ${PLUGIN_NAME} entry in the global data of ${found.file}`);
  const withoutFound = findGlobalData(buildWithout);
  const parts = {
    whole: sizes(plugin),
    tags: sizes(plugin.tags),
    meetingIds: sizes(plugin.meetingIds),
  };
  const counts = {
    tags: Object.values(plugin.tags).reduce((n, tags) => n + tags.length, 0),
    meetings: plugin.meetingIds.length,
  };
  const mainFile = (dir) => fs.readdirSync(path.join(dir, 'assets', 'js')).find((f) => /^main\.[0-9a-f]+\.js$/.test(f));
  const mainWith = fs.readFileSync(path.join(buildWith, 'assets', 'js', mainFile(buildWith)));
  const mainWithout = fs.readFileSync(path.join(buildWithout, 'assets', 'js', mainFile(buildWithout)));
  const baseline = frontMatterBaseline(siteWith);
  return {
    location: found.file,
    globalDataWhole: sizes(found.globalData),
    plugin: parts,
    counts,
    baseline,
    pageData: pageDataModules(siteWith),
    main: {with: {raw: mainWith.length, gzip: gzipSize(mainWith)}, without: {raw: mainWithout.length, gzip: gzipSize(mainWithout)}},
    globalDataWithoutPlugin: withoutFound ? sizes(withoutFound.globalData) : undefined,
    jsTotals: {with: jsTotal(buildWith), without: jsTotal(buildWithout)},
  };
}

/** All JS of a build (every chunk), raw and gzip: context for the per-page figure. */
function jsTotal(buildDir) {
  const dir = path.join(buildDir, 'assets', 'js');
  let raw = 0;
  let gzip = 0;
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const data = fs.readFileSync(path.join(dir, f));
    raw += data.length;
    gzip += gzipSize(data);
  }
  return {raw, gzip};
}

// ---------------------------------------------------------------- figure 3

/**
 * Bundles the compiled theme components with esbuild, as a site's bundler would, with React,
 * clsx and @docusaurus/* left out (every Docusaurus page already loads them).
 */
async function measureClientJs({pluginLib, outDir, repoRoot}) {
  const esbuild = require('esbuild');
  const themeDir = path.join(pluginLib, 'theme');
  const ownTheme = new Set(fs.readdirSync(themeDir));
  // The theme ships its JSX as written (index.jsx), as the official themes do, for write-translations.
  const entryOf = (name) => ['index.jsx', 'index.js'].map((file) => path.join(themeDir, name, file)).find((file) => fs.existsSync(file));
  const resolveTheme = {
    name: 'theme-aliases',
    setup(build) {
      // @theme/X of our own theme → lib/theme/X; everything else of Docusaurus stays external.
      build.onResolve({filter: /^@theme(-init|-original)?\//}, (args) => {
        const name = args.path.split('/')[1];
        if (args.path.startsWith('@theme/') && ownTheme.has(name)) return {path: entryOf(name)};
        return {path: args.path, external: true};
      });
    },
  };
  const variants = {
    components: ['BoxOut', 'BokTagList', 'MeetingTable'],
    allTheme: [...ownTheme].filter((n) => entryOf(n)).sort(),
  };
  // The search theme's navbar box (its own entry point, lib/search-theme), once it exists.
  const searchBar = path.join(pluginLib, 'search-theme', 'SearchBar', 'index.jsx');
  if (fs.existsSync(searchBar)) variants.searchBar = ['SearchBar'];
  const fileOf = (name) => (name === 'SearchBar' && variants.searchBar ? searchBar : entryOf(name));
  const results = {};
  for (const [variant, names] of Object.entries(variants)) {
    const dir = path.join(outDir, variant);
    fs.rmSync(dir, {recursive: true, force: true});
    const result = await esbuild.build({
      stdin: {
        contents: names.map((n) => `export {default as ${n}} from ${JSON.stringify(fileOf(n))};`).join('\n'),
        resolveDir: repoRoot,
        sourcefile: 'entry.js',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2020',
      outdir: dir,
      entryNames: 'bundle',
      external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@docusaurus/*', 'clsx'],
      loader: {'.module.css': 'local-css', '.css': 'css'},
      plugins: [resolveTheme],
      metafile: true,
      logLevel: 'silent',
      define: {'process.env.NODE_ENV': '"production"'},
      legalComments: 'none',
    });
    const js = fs.readFileSync(path.join(dir, 'bundle.js'));
    const cssPath = path.join(dir, 'bundle.css');
    const css = fs.existsSync(cssPath) ? fs.readFileSync(cssPath) : Buffer.alloc(0);
    const inputs = Object.keys(result.metafile.inputs).map((p) => path.relative(pluginLib, path.resolve(repoRoot, p)));
    results[variant] = {
      names,
      js: {raw: js.length, gzip: gzipSize(js), brotli: brotliSize(js)},
      css: {raw: css.length, gzip: gzipSize(css)},
      inputs,
      externals: [...new Set(Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)))].sort(),
    };
  }
  return {esbuildVersion: esbuild.version, ...results};
}

/** The reference: add-to-calendar-button's ES module entry (and CDN file), gzip. Cached in outDir. */
function measureReference(outDir) {
  const dir = path.join(outDir, 'ref');
  const pkgDir = path.join(dir, 'package');
  try {
    if (!fs.existsSync(path.join(pkgDir, 'package.json'))) {
      fs.mkdirSync(dir, {recursive: true});
      const tarball = execFileSync('npm', ['pack', 'add-to-calendar-button@2', '--silent', '--pack-destination', dir], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
        .trim()
        .split('\n')
        .pop();
      execFileSync('tar', ['xzf', path.join(dir, tarball), '-C', dir]);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
    const file = (rel) => {
      const data = fs.readFileSync(path.join(pkgDir, rel));
      return {file: rel, raw: data.length, gzip: gzipSize(data)};
    };
    return {measured: true, version: pkg.version, module: file('dist/module/index.js'), cdn: file('dist/atcb.js')};
  } catch (error) {
    return {measured: false, error: String(error.message ?? error).split('\n')[0], module: {gzip: 87 * 1024}};
  }
}

module.exports = {measureGlobalData, measureClientJs, measureReference, findGlobalData};
