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
  const frontMatterByPermalink = new Map();
  for (const name of fs.readdirSync(dir).filter((n) => n.startsWith('site-docs-') && n.endsWith('.json')).sort()) {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    if (!meta.tags?.length || meta.unlisted || meta.draft) continue;
    entries.push({...meta.frontMatter, title: meta.title, permalink: meta.permalink});
    frontMatterByPermalink.set(meta.permalink, meta.frontMatter);
  }
  return {docs: entries.length, ...sizes(entries), frontMatterByPermalink};
}

function measureGlobalData({buildWith, buildWithout, siteWith}) {
  const found = findGlobalData(buildWith);
  if (!found) throw new Error(`global data not found in ${buildWith}/assets/js`);
  const plugin = found.globalData[PLUGIN_NAME]?.default;
  if (!plugin) throw new Error(`no ${PLUGIN_NAME} entry in the global data of ${found.file}`);
  const withoutFound = findGlobalData(buildWithout);
  const parts = {
    whole: sizes(plugin),
    docs: sizes(plugin.docs),
    meetings: sizes(plugin.meetings),
    meetingsOccurrences: sizes(Object.values(plugin.meetings).map((m) => m.occurrences)),
    meetingsCalendarUrls: sizes(Object.values(plugin.meetings).map((m) => [m.googleCalendarUrl, m.outlookUrl])),
    events: plugin.events ? sizes(plugin.events) : undefined,
  };
  const counts = {
    docs: Object.values(plugin.docs).reduce((n, index) => n + index.docs.length, 0),
    tags: Object.values(plugin.docs).reduce((n, index) => n + index.tags.length, 0),
    meetings: Object.keys(plugin.meetings).length,
    occurrences: Object.values(plugin.meetings).reduce((n, m) => n + m.occurrences.length, 0),
    events: plugin.events?.length,
  };
  const mainFile = (dir) => fs.readdirSync(path.join(dir, 'assets', 'js')).find((f) => /^main\.[0-9a-f]+\.js$/.test(f));
  const mainWith = fs.readFileSync(path.join(buildWith, 'assets', 'js', mainFile(buildWith)));
  const mainWithout = fs.readFileSync(path.join(buildWithout, 'assets', 'js', mainFile(buildWithout)));
  const {frontMatterByPermalink, ...baseline} = frontMatterBaseline(siteWith);
  // What-ifs, to size the fixes: the same data with less in it.
  const trimmedDocs = Object.fromEntries(
    Object.entries(plugin.docs).map(([id, index]) => [
      id,
      {
        tags: index.tags,
        docs: index.docs.map(({description, imageAlt, ...doc}) => {
          const fmDescription = frontMatterByPermalink.get(doc.permalink)?.description;
          return {...doc, ...(fmDescription ? {description: fmDescription} : {}), ...(imageAlt && imageAlt !== doc.title ? {imageAlt} : {})};
        }),
      },
    ]),
  );
  const trimmedMeetings = Object.fromEntries(
    Object.entries(plugin.meetings).map(([id, {googleCalendarUrl, outlookUrl, occurrences, ...m}]) => [id, {...m, occurrences: occurrences.slice(0, 3)}]),
  );
  const whatIf = {
    docsFrontMatterDescriptionOnly: sizes(trimmedDocs),
    meetingsNext3NoUrls: sizes(trimmedMeetings),
    withoutMeetingsAndEvents: sizes({...plugin, meetings: undefined, events: undefined}),
    titlesAndPermalinksOnly: sizes(Object.values(plugin.docs).map((index) => index.docs.map((d) => [d.title, d.permalink]))),
  };
  return {
    location: found.file,
    whatIf,
    globalDataWhole: sizes(found.globalData),
    plugin: parts,
    counts,
    baseline,
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
  const resolveTheme = {
    name: 'theme-aliases',
    setup(build) {
      // @theme/X of our own theme → lib/theme/X; everything else of Docusaurus stays external.
      build.onResolve({filter: /^@theme(-init|-original)?\//}, (args) => {
        const name = args.path.split('/')[1];
        if (args.path.startsWith('@theme/') && ownTheme.has(name)) return {path: path.join(themeDir, name, 'index.js')};
        return {path: args.path, external: true};
      });
    },
  };
  const variants = {
    components: ['BoxOut', 'BokTagList', 'MeetingTable'],
    allTheme: [...ownTheme].filter((n) => fs.existsSync(path.join(themeDir, n, 'index.js'))).sort(),
  };
  const results = {};
  for (const [variant, names] of Object.entries(variants)) {
    const dir = path.join(outDir, variant);
    fs.rmSync(dir, {recursive: true, force: true});
    const result = await esbuild.build({
      stdin: {
        contents: names.map((n) => `export {default as ${n}} from ${JSON.stringify(path.join(themeDir, n, 'index.js'))};`).join('\n'),
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
