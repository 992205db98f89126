#!/usr/bin/env node
/**
 * The plugin's lifecycle (loadContent, translateContent, contentLoaded, allContentLoaded) on a
 * generated site (bench/plugin-phases.js writes bench/out/phases-<docs>/site-with), each phase
 * run alone, in a fresh process, timed in wall and CPU time (process.cpuUsage: all threads, GC
 * included). Unlike plugin-phases.js, nothing warms the plugin's caches first (there, the site
 * generator runs the meetings code in the same process, and runs after the first reuse them).
 * The docs plugin's content (for the tag index) is loaded once and kept in bench/out/profile/.
 *
 *   node bench/profile/lifecycle-cpu.js --site=<siteDir> [--lib=<plugin lib>] [--now=<ISO time>]
 *       [--digest=<file> [--keep]] [--count | --count=steps]
 *
 * --lib      a plugin compiled elsewhere (tsc --outDir <dir>/plugins/docusaurus-plugin-innersource-sig/lib,
 *            with <dir>/node_modules a link to the repository's), loaded instead of PLUGIN/lib
 * --now      the build time (the outputs depend on it): fix it to compare two libs' outputs
 * --digest   a hash of every data file, route, global data and generated file (paths of the lib
 *            replaced), to check that two libs write the same bytes; --keep writes them in full too
 * --count    calls and time of some zone, rule and Intl functions; --count=steps of the lifecycle steps
 */
const path = require('node:path');
const fs = require('node:fs');
const crypto = require('node:crypto');
const Module = require('node:module');
const args = Object.fromEntries(process.argv.slice(2).map((a) => /^--([a-z-]+)=(.*)$/.exec(a)?.slice(1) ?? [a.replace(/^--/, ''), 'true']));
const ROOT = path.resolve(__dirname, '../..');
const DEFAULT_LIB = path.join(ROOT, 'plugins/docusaurus-plugin-innersource-sig/lib') + path.sep;
const LIB = path.resolve(args.lib ?? DEFAULT_LIB) + path.sep;
if (LIB !== DEFAULT_LIB) {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (...a) {
    const file = resolve.apply(this, a);
    if (!file.startsWith(DEFAULT_LIB)) return file;
    const other = path.join(LIB, file.slice(DEFAULT_LIB.length));
    return fs.existsSync(other) ? other : file;
  };
}
if (args.now) {
  const RealDate = Date;
  const FIXED = RealDate.parse(args.now);
  global.Date = class extends RealDate {
    constructor(...a) { if (a.length) super(...a); else super(FIXED); }
    static now() { return FIXED; }
  };
}
process.env.NODE_ENV = 'production';
const siteDir = path.resolve(args.site);
const req = (m) => require(require.resolve(m, {paths: [ROOT]}));

async function main() {
  const {loadContext} = req('@docusaurus/core/lib/server/site.js');
  const {initPlugins} = req('@docusaurus/core/lib/server/plugins/init.js');
  const {createPluginActionsUtils} = req('@docusaurus/core/lib/server/plugins/actions.js');
  const {localizePluginTranslationFile} = req('@docusaurus/core/lib/server/translations/translations.js');
  if (args.count) {
    const counts = (global.__counts = {});
    const steps = args.count === 'steps' ? [['lifecycle/renderFiles.js', ['renderContent', 'renderGeneratedFiles']], ['meetings/monthView.js', ['buildMonthViews']], ['meetings/clientData.js', ['meetingClientData']], ['meetings/ics.js', ['renderMeetingCalendars']], ['events/index.js', ['renderEventIcs', 'renderEventsIcs', 'renderEventFeeds']], ['lifecycle/collectDocs.js', ['collectTagIndexes']], ['lifecycle/pageRoutes.js', ['buildPageRoutes']], ['meetings/seriesPages.js', ['seriesPagesContent']], ['pageData/modules.js', ['buildPageDataModules']], ['lifecycle/globalData.js', ['buildGlobalData']], ['pageData/sources.js', ['scanSiteSources']], ['lifecycle/loadContent.js', ['loadPluginContent']], ['lifecycle/loadMeetings.js', ['readMeetingFiles', 'loadMeetingsContent']], ['lifecycle/loadEvents.js', ['loadEventsContent']], ['lifecycle/loadMinutes.js', ['loadMinutes']], ['lifecycle/loadSources.js', ['readSourceFiles', 'loadSourceMeetings']], ['lifecycle/eventsLock.js', ['readEventsLock', 'updateEventsLock']]]: undefined;
    for (const [mod, names] of steps ?? [['meetings/occurrences.js', ['scheduledStarts', 'scheduledStartOn', 'meetingOccurrences', 'firstOccurrences']], ['calendar/zones.js', ['wallClockToInstant', 'instantToWallClock']], ['meetings/rule.js', ['parseRule', 'floatingRRule']], ['meetings/history.js', ['seriesHistory']], ['intl/index.js', ['formatTimeRange', 'formatDateTime', 'formatTime', 'zoneName']]]) {
      let m; try { m = require(path.join(LIB, mod)); } catch (e) { console.error('no module', mod); continue; }
      for (const name of names) {
        const f = m[name];
        if (typeof f !== 'function') { console.error('no function', mod, name); continue; }
        const wrapped = function (...a) {
          const c = (counts[name] ??= {calls: 0, ms: 0}); c.calls++; const t = performance.now();
          const r = f.apply(this, a);
          if (r && typeof r.then === 'function') return r.finally(() => { c.ms += performance.now() - t; });
          c.ms += performance.now() - t; return r;
        };
        try { Object.defineProperty(m, name, {value: wrapped, writable: true, configurable: true, enumerable: true}); } catch (e) { console.error('cannot wrap', mod, name, e.message); }
      }
    }
    process.on('exit', () => console.error(Object.entries(counts).map(([k, v]) => `${k} ${v.calls}× ${v.ms.toFixed(0)} ms`).join('\n')));
  }
  const context = await loadContext({siteDir, locale: 'en'});
  const plugins = await initPlugins(context);
  const ours = plugins.find((p) => p.name === 'docusaurus-plugin-innersource-sig');
  console.error(`plugin loaded from ${Object.keys(require.cache).find((f) => /innersource-sig.*\/lib\/index\.js$/.test(f))}`);
  if (!require.resolve('docusaurus-plugin-innersource-sig', {paths: [siteDir]}).startsWith(LIB) && !ours) throw new Error('plugin not found');
  const docsPlugin = plugins.find((p) => p.name === 'docusaurus-plugin-content-docs');
  fs.mkdirSync(path.join(ROOT, 'bench/out/profile'), {recursive: true});
  const cacheFile = path.join(ROOT, 'bench/out/profile', `docs-content-${crypto.createHash('md5').update(siteDir).digest('hex').slice(0, 8)}.json`);
  let docsContent;
  if (fs.existsSync(cacheFile)) docsContent = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  else {
    docsContent = await docsPlugin.loadContent();
    fs.writeFileSync(cacheFile, JSON.stringify(docsContent));
  }
  const times = {};
  const phase = async (name, fn) => {
    const [wall, cpu] = [performance.now(), process.cpuUsage()];
    const result = await fn();
    const used = process.cpuUsage(cpu);
    times[name] = {cpu: (used.user + used.system) / 1000, wall: performance.now() - wall};
    return result;
  };
  const created = new Map();
  const actionsFor = async () => {
    const utils = await createPluginActionsUtils({plugin: ours, generatedFilesDir: context.generatedFilesDir, baseUrl: context.siteConfig.baseUrl, trailingSlash: context.siteConfig.trailingSlash});
    const actions = utils.getActions();
    return {utils, actions: {...actions, createData: (name, data) => { global.__cd ??= {first: performance.now(), last: 0, n: 0, bytes: 0}; global.__cd.n++; const text = typeof data === 'string' ? data : JSON.stringify(data); global.__cd.bytes += text.length; created.set(name, text); return actions.createData(name, data).finally(() => { global.__cd.last = performance.now(); }); }}};
  };
  let content = await phase('loadContent', () => ours.loadContent());
  content = await phase('translateContent', async () => {
    const files = await Promise.all(((await ours.getTranslationFiles?.({content})) ?? []).map((translationFile) => localizePluginTranslationFile({localizationDir: context.localizationDir, translationFile, plugin: ours})));
    return ours.translateContent?.({content, translationFiles: files}) ?? content;
  });
  const cl = await actionsFor();
  await phase('contentLoaded', () => ours.contentLoaded?.({content, actions: cl.actions}));
  const acl = await actionsFor();
  const allContent = {'docusaurus-plugin-content-docs': {default: docsContent}, 'docusaurus-plugin-innersource-sig': {default: content}};
  await phase('allContentLoaded', () => ours.allContentLoaded({allContent, actions: acl.actions}));
  const total = Object.values(times).reduce((s, t) => ({cpu: s.cpu + t.cpu, wall: s.wall + t.wall}), {cpu: 0, wall: 0});
  times.total = total;
  if (args.digest) {
    const emit = ours.configureWebpack({}, false, {}, content).plugins.find((p) => p.getFiles);
    const out = {
      data: Object.fromEntries([...created].sort().map(([k, v]) => [k, sha(v)])),
      routes: sha(JSON.stringify([...cl.utils.getRoutes(), ...acl.utils.getRoutes()])),
      globalData: sha(JSON.stringify([cl.utils.getGlobalData(), acl.utils.getGlobalData()])),
      files: Object.fromEntries([...emit.getFiles().files].sort().map(([k, v]) => [k, sha(v)])),
    };
    fs.writeFileSync(args.digest, JSON.stringify(out, null, 1));
    if (args.keep) fs.writeFileSync(args.digest + '.full.json', JSON.stringify({data: Object.fromEntries(created), files: Object.fromEntries(emit.getFiles().files), routes: [...cl.utils.getRoutes(), ...acl.utils.getRoutes()]}, null, 1));
  }
  if (global.__cd) console.error(`createData: ${global.__cd.n} files, ${(global.__cd.bytes / 1e6).toFixed(1)} MB, ${Math.round(global.__cd.last - global.__cd.first)} ms from first call to last write`);
  console.log(JSON.stringify(times));
}
const norm = (s) => s.split(path.dirname(LIB)).join('<PKG>');
const sha = (s) => crypto.createHash('sha256').update(norm(s)).digest('hex').slice(0, 16);
main().catch((e) => { console.error(e); process.exit(1); });
