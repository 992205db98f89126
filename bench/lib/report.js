'use strict';
/**
 * REPORT.md's text from a benchmark run's results.json: its measurements and the verdicts
 * bench/lib/verdicts.js derived from them. Pure: no measuring, no files, no clock (the date it
 * prints is the results' `writtenAt`), so `node bench/run.js --from-results` writes the same text
 * from the same results.
 */

const {stats, kb, mmm, verdict, fmtS, fmtMs, fmtDur, fmtUs, fmtRatio, fmtMb, pct} = require('./util');
const {searchBytes, buildsPerVariant, BUILD_RATIO_TARGET, MIN_BUILDS, MIN_LIGHTHOUSE_RUNS} = require('./verdicts');

function machineSection(saved) {
  const m = saved.machine;
  if (!m) return ['## Machine and versions', '', '_Not recorded in this results.json._', ''];
  const v = m.versions;
  return [
    '## Machine and versions',
    '',
    `| | |`,
    `| --- | --- |`,
    `| CPU | ${m.cpus} × ${m.cpuModel} (os.cpus()) |`,
    `| Memory | ${(m.totalmem / 2 ** 30).toFixed(1)} GiB total, ${(saved.freememStart / 2 ** 30).toFixed(1)} GiB free at start |`,
    `| OS | ${m.os} |`,
    `| Load average (1/5/15 min) | start: ${saved.loadStart}; end: ${saved.loadEnd} |`,
    `| Node.js | ${m.node} |`,
    `| Docusaurus | @docusaurus/core ${v['@docusaurus/core']}, @docusaurus/faster ${v['@docusaurus/faster']} (rspack ${v['@rspack/core']}) |`,
    `| Plugin | docusaurus-plugin-innersource-sig ${m.pluginVersion}, git ${saved.git}; lib/ ${saved.pluginBuilt} |`,
    `| Chromium | ${saved.chromium} |`,
    `| Lighthouse | ${v.lighthouse} (chrome-launcher ${v['chrome-launcher']}) |`,
    `| esbuild | ${v.esbuild} |`,
    '',
  ];
}

/**
 * The build verdict. The wall-time ratio of medians decides, unless the builds were too noisy to
 * tell: then the phase timings give an estimate of what the plugin adds.
 */

function buildSection(b, v) {
  if (!b) return ['## 1. Build-time overhead', '', '_Skipped (--skip=builds)._', ''];
  const row = (name, x) => `| ${name} | ${mmm(x.wall, fmtS)} | ${mmm(x.cpu, fmtS)} | ${x.rss.median.toFixed(0)} MB |`;
  const lines = [
    '## 1. Build-time overhead of the plugin',
    '',
    `\`docusaurus build\` of the synthetic site, cold (\`.docusaurus/\` and the output removed before each build, rspack persistent cache off with DOCUSAURUS_NO_PERSISTENT_CACHE), ${v.builds} builds per variant in the order ${b.order.map((v) => (v === 'with' ? 'W' : 'N')).join(' ')} (N = without, W = with). Wall time is what the target is about; CPU time (user + system of the build and its threads) is less disturbed by other work on the machine.`,
    '',
    '| Variant | Wall: min / **median** / max | CPU: min / **median** / max | peak RSS (median) |',
    '| --- | --- | --- | --- |',
    row('Without the plugin', b.without),
    row('With the plugin', b.with),
    '',
    `| Ratio with / without | value | target | |`,
    `| --- | --- | --- | --- |`,
    `| Wall, median / median${b.searchMs ? ' (with: minus the search index time)' : ''} | **${fmtRatio(b.ratioWall)}** | ${v.applies ? `≤ ${BUILD_RATIO_TARGET} (≥ ${MIN_BUILDS} builds)` : 'for information'} | ${v.label} |`,
    ...(b.searchMs ? [`| Wall, median / median, search index included (for information) | ${fmtRatio(b.ratioWallWithSearch)} | | |`] : []),
    `| Wall, per pair (run i with / run i without): min / median / max | ${mmm(b.pairWall, fmtRatio)} | | |`,
    `| CPU, median / median (for information) | ${fmtRatio(b.ratioCpu)} | | |`,
    `| CPU, per pair: min / median / max | ${mmm(b.pairCpu, fmtRatio)} | | |`,
    '',
    'Where the time goes (Docusaurus perf logger, median of the builds; a phase absent from a variant shows –):',
    '',
    '| Phase | without | with | difference |',
    '| --- | --- | --- | --- |',
    ...b.phases.map((p) => {
      const f = (x) => (x.n ? fmtS(x.median) : '–');
      const diff = p.with.n && p.without.n ? `${p.with.median >= p.without.median ? '+' : ''}${fmtS(p.with.median - p.without.median)}` : p.with.n ? `+${fmtS(p.with.median)}` : '';
      return `| ${p.name} | ${f(p.without)} | ${f(p.with)} | ${diff} |`;
    }),
    '',
    ...(v.noisy
      ? [
          `**Noise:** the slowest build of a variant took ${v.spread.toFixed(2)}× its fastest, and the per-pair ratios ${b.pairWall.min <= BUILD_RATIO_TARGET && b.pairWall.max > BUILD_RATIO_TARGET ? 'straddle' : 'miss'} the target, because other builds shared the 2 cores (load averages below). The medians cannot decide a ${((BUILD_RATIO_TARGET - 1) * 100).toFixed(0)} % difference here. Estimate from the phases instead: the load phase (where the plugin's loadContent and allContentLoaded run, partly in parallel with other plugins) and postBuild add **+${fmtS(v.estimate.hooks)} (${v.estimate.hooksPct.toFixed(1)} % of the median build without the plugin)**; with SSG's difference **+${fmtS(v.estimate.withSsg)} (${v.estimate.withSsgPct.toFixed(1)} %)**; the bundling difference (${v.estimate.bundling >= 0 ? '+' : ''}${fmtS(v.estimate.bundling)}) is left out as noise, since the plugin only adds to the bundles. So the overhead is likely ${v.estimate.hooksPct > (BUILD_RATIO_TARGET - 1) * 100 ? 'above' : v.estimate.withSsgPct > (BUILD_RATIO_TARGET - 1) * 100 ? 'around or above' : 'within'} the ${((BUILD_RATIO_TARGET - 1) * 100).toFixed(0)} % target; rerun \`npm run bench -- --skip=lighthouse,ics\` on a quiet machine to decide.`,
          '',
        ]
      : []),
    `Load average (1 min) before each build, in build order: ${b.sequence.map((r) => `${r.variant === 'with' ? 'W' : 'N'}${r.n} ${r.loadBefore.toFixed(2)}`).join(', ')}.`,
    '',
  ];
  return lines;
}

function globalDataSection(g) {
  if (!g) return ['## 2. Bytes the plugin adds to every page', '', '_Skipped._', ''];
  const ratio = g.plugin.whole.gzip / g.baseline.gzip;
  const row = (name, s) => `| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
  const pd = g.pageData;
  const pdRow = (name, group) =>
    `| ${name} | ${group.count} | ${kb(group.total.gzip)} | ${kb(group.gzipMin)} / ${kb(group.gzipMedian)} / ${kb(group.gzipMax)} |`;
  return [
    '## 2. Bytes the plugin adds to every page (global data)',
    '',
    `Where: Docusaurus inlines all plugins' global data as one \`JSON.parse('…')\` string in \`${g.location.replace(/\.[0-9a-f]+\.js$/, '.<hash>.js')}\`, the main bundle every page loads (the plugin's part is \`globalData["docusaurus-plugin-innersource-sig"].default\`). Sizes are of that JSON, re-serialized; gzip level 9, brotli quality 11. Sizes are deterministic for one build (one figure, no spread).`,
    '',
    `Content: the names of ${g.counts.tags} tags, the ids of ${g.counts.meetings} meeting series and the build time. The lists, tables and event cards themselves are page data (below): a page gets them only if it shows them.`,
    '',
    '| Part | raw | gzip | brotli |',
    '| --- | --- | --- | --- |',
    row("Plugin's global data, whole", g.plugin.whole),
    row('… tag names (`tags`)', g.plugin.tags),
    row('… meeting ids (`meetingIds`)', g.plugin.meetingIds),
    row(`Baseline: front matter + title + permalink of the ${g.baseline.docs} tagged docs`, g.baseline),
    row('All global data of the site (every plugin)', g.globalDataWhole),
    '',
    '| Figure | value | target | |',
    '| --- | --- | --- | --- |',
    `| Plugin global data / front-matter baseline (gzip) | **${(ratio * 100).toFixed(1)} %** (${kb(g.plugin.whole.gzip)} / ${kb(g.baseline.gzip)}) | ≤ 25 % | ${verdict(ratio <= 0.25)} |`,
    '',
    `Main bundle \`main.<hash>.js\`, which every page loads: ${kb(g.main.with.gzip)} gzip with the plugin vs ${kb(g.main.without.gzip)} without (+${kb(g.main.with.gzip - g.main.without.gzip)}: the global data above plus the components' code, figure 3, and MDX wrappers). All JS chunks of the build: ${kb(g.jsTotals.with.gzip)} vs ${kb(g.jsTotals.without.gzip)} gzip (+${kb(g.jsTotals.with.gzip - g.jsTotals.without.gzip)}, which also counts the component pages, the event pages and /meetings).`,
    '',
    'Page data: generated modules the build imports into the pages that use a component, so they land in those pages\' chunks (a tag list\'s page loads its tag\'s module and no other). Gzip of each module on its own (in a chunk, gzip shares context, so these are upper bounds):',
    '',
    '| Modules | count | total gzip | min / median / max gzip |',
    '| --- | --- | --- | --- |',
    pdRow('one per tag (docs of that tag)', pd.tags),
    pdRow('one per meeting series', pd.meetings),
    pdRow('events (all summaries)', pd.events),
    '',
  ];
}

function clientJsSection(c, ref) {
  if (!c) return ['## 3. Client JS of the components', '', '_Skipped._', ''];
  const comp = c.components;
  const ok = comp.js.gzip <= 10 * 1024;
  const refText = ref.measured
    ? `add-to-calendar-button ${ref.version}, measured here: \`${ref.module.file}\` (its ES module entry) ${kb(ref.module.raw)} raw, **${kb(ref.module.gzip)} gzip**; the CDN file \`${ref.cdn.file}\` ${kb(ref.cdn.gzip)} gzip`
    : `add-to-calendar-button ~87 KB gzip as the issue states (could not fetch it: ${ref.error})`;
  return [
    '## 3. Client JS of BoxOut + BokTagList + MeetingTable',
    '',
    `The compiled theme (\`lib/theme\`, \`lib/client\`) bundled with esbuild ${c.esbuildVersion} (ESM, es2020, minified, \`process.env.NODE_ENV=production\`), with what every Docusaurus page already loads left external: ${comp.externals.map((e) => `\`${e}\``).join(', ')}. Our own \`@theme/CalendarFileLink\` and \`@theme/SigNotice\` are bundled. Sizes are deterministic (one figure).`,
    '',
    '| Bundle | JS raw | JS gzip | JS brotli | CSS gzip | target | |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| BoxOut + BokTagList + MeetingTable (+ CalendarFileLink, SigNotice, lib/client) | ${kb(comp.js.raw)} | **${kb(comp.js.gzip)}** | ${kb(comp.js.brotli)} | ${kb(c.components.css.gzip)} | ≤ 10 KB gzip | ${verdict(ok)} |`,
    `| Whole theme (adds ${c.allTheme.names.filter((n) => !comp.names.includes(n) && n !== 'CalendarFileLink' && n !== 'SigNotice').join(', ')}) | ${kb(c.allTheme.js.raw)} | ${kb(c.allTheme.js.gzip)} | ${kb(c.allTheme.js.brotli)} | ${kb(c.allTheme.css.gzip)} | | |`,
    `| Reference: ${refText} | | | | | | |`,
    '',
    `JS + CSS of the three components: ${kb(comp.js.gzip + comp.css.gzip)} gzip, ${((comp.js.gzip + comp.css.gzip) / ref.module.gzip * 100).toFixed(1)} % of the reference. Modules bundled: ${comp.inputs.filter((i) => !i.includes('entry.js')).map((i) => `\`${i}\``).join(', ')}.`,
    '',
  ];
}

function eventIcsLines(e) {
  if (!e) return ['Events: none generated, so no event calendars were timed.', ''];
  if (e.error) return [`Events: could not time the event calendars (${e.error}).`, ''];
  return [
    `Events (/ics/events/<slug>.ics), ${e.events} synthetic event files, ${e.rendered} with a page and calendar:`,
    '',
    '| Step | min / **median** / max |',
    '| --- | --- |',
    `| Parse front matter + validate all ${e.events} event files | ${mmm(e.parse, fmtMs)} |`,
    `| Render all ${e.rendered} event .ics files | ${mmm(e.render, fmtMs)} |`,
    `| Per event .ics | ${mmm(e.perEvent, fmtUs)} |`,
    '',
  ];
}

function icsSection(r) {
  if (!r) return ['## 4. .ics generation', '', '_Skipped._', ''];
  if (r.error) return ['## 4. .ics generation', '', `_Failed: ${r.error}_`, ''];
  return [
    '## 4. .ics generation',
    '',
    `The compiled plugin's \`lib/meetings\` on the ${r.series} synthetic series (the same YAML as the build), ${r.runs} runs after one warm-up run, in this Node process. Per run: parse + validate every file and compute lock entries; render one .ics per series; render the combined feed; compute the browser data (occurrences for 400 days, calendar links) per series. Then \`loadMeetingsContent\` and \`renderGeneratedFiles\` end to end (read the files and the lock file, render every calendar and the browser data) ${r.runs} times.`,
    '',
    '| Step | min / **median** / max |',
    '| --- | --- |',
    `| Render one series' .ics (each of ${r.series} × ${r.runs} calls) | ${mmm(r.perSeriesRender, fmtUs)} |`,
    `| Everything per series (run total / ${r.series}) | ${mmm(r.perSeriesTotal, fmtUs)} |`,
    `| Parse + validate all ${r.series} files | ${mmm(r.parse, fmtMs)} |`,
    `| Render all ${r.series} own .ics files | ${mmm(r.renderEach, fmtMs)} |`,
    `| Render the combined feed (${r.series} series) | ${mmm(r.combined, fmtMs)} |`,
    `| Browser data for all ${r.series} series | ${mmm(r.clientData, fmtMs)} |`,
    `| **All ${r.series} series, total** | ${mmm(r.total, fmtMs)} |`,
    `| loadMeetingsContent + renderGeneratedFiles end to end (with file I/O) | ${mmm(r.loadContent, fmtMs)} |`,
    '',
    ...eventIcsLines(r.events),
    `Output: ${kb(r.bytes)} in ${r.series} files, combined feed ${kb(r.combinedBytes)}. No target was set; for scale, the median cold build of the synthetic site is in figure 1. \`bench/ics-bench.js\` (\`npm run bench:ics\`) measures 1,000 series with an ical.js check of each file.`,
    '',
  ];
}

/** What the hydration check saw of MeetingTable tables growing after hydration. */
function meetingGrowth(h) {
  const tables = (h?.results ?? []).flatMap((r) => (r.meetingTables ?? []).map((t) => ({...t, zone: r.timezoneId})));
  if (tables.length === 0) {
    return 'the hydration check of this run saw no MeetingTable';
  }
  const grown = tables.filter((t) => t.hydratedChars > t.serverChars);
  return `measured by the console/hydration check of this run: ${grown.length} of ${tables.length} table renderings grew after hydration, ${grown.map((t) => `${t.id} in ${t.zone} ${t.serverChars}→${t.hydratedChars} characters`).join(', ') || 'none'}`;
}

function hydrationLines(h) {
  if (!h) return [];
  if (h.skipped) return [`Console/hydration check skipped: ${h.skipped}.`];
  const lines = ['Console and hydration errors of the home page, loaded in Chromium (playwright-core) with the reader in two time zones; React component stack innermost first (minified names, @chunk):', ''];
  for (const r of h.results) {
    if (r.errors.length === 0) lines.push(`- ${r.timezoneId}: none`);
    for (const e of r.errors) lines.push(`- ${r.timezoneId}: ${e.text.replace(/`/g, "'")}${e.components.length ? ` — in \`${e.components.join(' < ')}\`` : ''}`);
    if (r.meetingTables?.length) lines.push(`  - MeetingTable text (characters, static HTML → after hydration): ${r.meetingTables.map((t) => `${t.id} ${t.serverChars} → ${t.hydratedChars}`).join(', ')}`);
  }
  return lines;
}

/** The plugin's phases of one locale's build, as the perf logger labels them. */
function localePhases(phases, locale) {
  const site = `Build > ${locale} > Load site > Load plugins`;
  return {
    build: phases[`Build > ${locale}`],
    loadContent: phases[`${site} > Load plugins content > Load innersource-sig@default`],
    allContentLoaded: phases[`${site} > allContentLoaded() > allContentLoaded() - innersource-sig@default`],
    ssg: phases[`Build > ${locale} > SSG`],
  };
}

/** The locales a build went through, in build order. */
const localesBuilt = (phases) => Object.keys(phases).flatMap((label) => /^Build > ([^>]+)$/.exec(label)?.[1] ?? []);

function localeRows(phaseRuns) {
  const locales = localesBuilt(phaseRuns[0] ?? {});
  return locales.map((locale) => {
    const median = (key) => {
      const values = phaseRuns.map((phases) => localePhases(phases, locale)[key]).filter((v) => v !== undefined);
      return values.length ? fmtS(stats(values).median) : '–';
    };
    return `| ${locale} | ${median('build')} | ${median('loadContent')} | ${median('allContentLoaded')} | ${median('ssg')} |`;
  });
}

function localesSection(ctx) {
  const real = ctx.results.realBuild;
  const synthetic = ctx.results.builds?.runs.with.map((r) => r.phases) ?? [];
  const header = ['| Locale | whole build | plugin loadContent() | plugin allContentLoaded() | SSG |', '| --- | --- | --- | --- | --- |'];
  const lines = ['## 6. Build time per locale', ''];
  if (!real) lines.push('_Real site not built (--skip=locales,lighthouse)._', '');
  else {
    lines.push(
      `\`docusaurus build\` of a copy of the real site, which has ${localesBuilt(real.timing.phases).length} locales (one cold build, all locales in one run, ${fmtS(real.timing.wall)} in all; Docusaurus perf logger). Every locale loads the plugin's content again: its meeting tables, calendars and event pages are written in that locale's language.`,
      '',
      ...header,
      ...localeRows([real.timing.phases]),
      '',
    );
  }
  if (ctx.opts.locales.length > 1 && synthetic.length) {
    lines.push(`The synthetic portal with the plugin, locales ${ctx.opts.locales.join(', ')} (no translations: each locale shows the docs as written and the plugin in its own language), median of ${synthetic.length} builds:`, '', ...header, ...localeRows(synthetic), '');
  } else {
    lines.push('The synthetic portal was built in one locale; `--locales=en,fr,ja` builds it in several and adds a table here.', '');
  }
  return lines;
}

function lighthouseSection(lh, lv) {
  if (!lh) return ['## 5. Lighthouse', '', '_Skipped (--skip=lighthouse)._', ''];
  if (lh.error) return ['## 5. Lighthouse', '', `_Failed: ${lh.error}_`, ''];
  const ratio = lv?.ratio;
  const page = lh.reference?.page;
  const lines = [
    '## 5. Lighthouse, home page of the real site',
    '',
    `A copy of the real site (${lh.copied.join(', ')}) built into \`bench/out/real-build\` (cold, ${fmtS(lh.buildTiming.wall)}), served on 127.0.0.1 with gzip and \`Cache-Control: max-age=600\` (as GitHub Pages). Lighthouse ${lh.version}, Chromium at /usr/bin/chromium (\`${lh.flags.join(' ')}\`), a new browser per run, ${lh.runs} runs per preset and page. Presets: Lighthouse's default mobile config (simulated throttling: slow 4G, 4× CPU slowdown, Moto G Power screen) and its desktop config (\`desktopConfig\`: simulated, 1350×940). benchmarkIndex ${lh.benchmarkIndex}.`,
    '',
  ];
  if (ratio) {
    lines.push(
      `Mobile performance is judged against \`${page}\`, a doc of the same site with none of the plugin's components (what Docusaurus alone scores on this machine at that moment): ${ratio.alternating ? `both pages measured alternately in this run, in the order ${lh.order.join(' ')} (H = home page, R = \`${page}\`)` : 'both pages measured in this run'}, and the target is the ratio of their median scores (≥ ${ratio.target}: the score moves by about ±5 points between runs on a shared machine; below that the home page costs more than noise).`,
      '',
      '| Mobile performance | min / **median** / max | target | |',
      '| --- | --- | --- | --- |',
      `| Home page (cards, tag list, meeting tables, events) | ${mmm(ratio.home, String)} | | |`,
      `| \`${page}\` (no plugin component) | ${mmm(ratio.reference, String)} | | |`,
      `| **Home / \`${page}\`**, medians | **${fmtRatio(ratio.value)}** | ≥ ${ratio.target} (≥ ${MIN_LIGHTHOUSE_RUNS} runs each) | ${ratio.ok === 'incomplete' ? `**INCOMPLETE** (${ratio.runs} runs each; by the medians ${ratio.pass ? 'PASS' : 'MISS'})` : verdict(ratio.ok)} |`,
      `| … per pair (run i home / run i plain): min / median / max | ${mmm(ratio.pairs, fmtRatio)} | | |`,
      '',
    );
  }
  lines.push('| Preset | Category | min / **median** / max | target | |', '| --- | --- | --- | --- | --- |');
  for (const [preset, runs] of Object.entries(lh.results)) {
    for (const cat of ['performance', 'accessibility', 'best-practices', 'seo']) {
      const s = stats(runs.map((r) => r.scores[cat]));
      const v = (lv?.rows ?? []).find((x) => x.preset === preset && x.cat === cat);
      const target = v ? (v.target === 100 ? '100' : `≥ ${v.target}`) : ratio && preset === 'mobile' && cat === 'performance' ? `ratio, above` : '';
      lines.push(`| ${preset} | ${cat} | ${mmm(s, (x) => String(x))} | ${target} | ${v ? verdict(v.ok) : ''} |`);
    }
  }
  lines.push('', '| Preset | FCP | LCP | TBT | CLS | Speed Index |', '| --- | --- | --- | --- | --- | --- |');
  for (const [preset, runs] of Object.entries(lh.results)) {
    const m = (k, f) => mmm(stats(runs.map((r) => r.metrics[k])), f);
    lines.push(`| ${preset} (min / **median** / max) | ${m('FCP', (v) => `${Math.round(v)} ms`)} | ${m('LCP', (v) => `${Math.round(v)} ms`)} | ${m('TBT', (v) => `${Math.round(v)} ms`)} | ${m('CLS', (v) => v.toFixed(3))} | ${m('SI', (v) => `${Math.round(v)} ms`)} |`);
  }
  if (lh.reference) {
    lines.push('', `Home page and reference \`${lh.reference.page}\`, mobile, ${lh.runs} runs each:`, '', '| Page | performance | LCP | TBT | CLS |', '| --- | --- | --- | --- | --- |');
    const row = (name, runs) => {
      const m = (k, f) => mmm(stats(runs.map((r) => r.metrics[k])), f);
      return `| ${name} | ${mmm(stats(runs.map((r) => r.scores.performance)), (v) => String(v))} | ${m('LCP', (v) => `${Math.round(v)} ms`)} | ${m('TBT', (v) => `${Math.round(v)} ms`)} | ${m('CLS', (v) => v.toFixed(3))} |`;
    };
    lines.push(row('home page (cards, tag list, meeting tables, events)', lh.results.mobile), row(`${lh.reference.page} (no plugin component)`, lh.reference.results.mobile));
  }
  lines.push('', 'Per run (performance score; Lighthouse benchmarkIndex, higher = faster machine at that moment; 1-min load average before the run): the simulated mobile score multiplies observed main-thread time by 4, so it drops when other builds share the 2 cores.', '');
  const perRun = (runs) => runs.map((r) => `${r.scores.performance} (${Math.round(r.benchmarkIndex)}; ${r.loadBefore.toFixed(2)})`).join(', ');
  for (const [preset, runs] of Object.entries(lh.results)) lines.push(`- ${preset}${lh.reference && preset === 'mobile' ? ', home page' : ''}: ${perRun(runs)}`);
  if (lh.reference) lines.push(`- mobile, \`${lh.reference.page}\`: ${perRun(lh.reference.results.mobile)}`);
  lines.push('', 'Audits that cost points (in any run; weight in the category, and up to four offending elements):', '');
  for (const [preset, runs] of Object.entries(lh.results)) {
    const seen = new Map();
    for (const r of runs) {
      for (const [cat, audits] of Object.entries(r.lost)) {
        for (const a of audits) {
          const key = `${cat}:${a.id}`;
          if (!seen.has(key)) seen.set(key, {cat, ...a, count: 0});
          seen.get(key).count++;
        }
      }
    }
    if (seen.size === 0) lines.push(`- ${preset}: none`);
    for (const a of seen.values()) {
      lines.push(`- ${preset}, ${a.cat}: **${a.id}** (${a.title}${a.displayValue ? `, ${a.displayValue}` : ''}${a.weight ? `, weight ${a.weight}` : ''}) in ${a.count}/${runs.length} runs${a.items?.length ? `: ${a.items.map((i) => `\`${i.replace(/`/g, "'")}\``).join('; ')}` : ''}`);
    }
  }
  lines.push('', ...hydrationLines(lh.hydration));
  lines.push('', `Raw Lighthouse results: \`bench/out/lighthouse/\` (\`mobile-a-<run>.json\` the home page, \`mobile-b-<run>.json\` the plain page, \`desktop-<run>.json\`).`, '');
  return lines;
}

function targetsSection(rows) {
  if (rows.length === 0) return [];
  const mark = (ok) => (ok === true ? '**PASS**' : ok === false ? '**MISS**' : ok === 'noisy' ? '**INCONCLUSIVE**' : '**INCOMPLETE**');
  return [
    '## Targets of issues 13 and 20',
    '',
    '| Target | size | measured | target | | cause (of a miss) / note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((x) => `| ${x.target} | ${x.size} | ${x.measured} | ${x.goal} | ${mark(x.ok)} | ${x.ok === true ? '' : x.cause} |`),
    '',
  ];
}

/** Figures 7–9: the issue 13 figures, one column per size. */
function sizesSection(ctx) {
  const sizes = ctx.results.sizes ?? [];
  if (sizes.length === 0) return [];
  const head = `| | ${sizes.map((r) => `${r.size.docs} docs, ${r.size.series} series, ${r.size.events} events`).join(' | ')} |`;
  const sep = `| --- | ${sizes.map(() => '---').join(' | ')} |`;
  const row = (name, f) => `| ${name} | ${sizes.map((r) => {
    try {
      return f(r) ?? '–';
    } catch {
      return '–';
    }
  }).join(' | ')} |`;
  const q = (kind, f) => (r) => {
    const x = r.search?.queries?.find((y) => y.kind === kind);
    return x ? (x.error ? `failed: ${x.error}` : f(x)) : undefined;
  };
  const lines = [
    '## 7. Build, memory and plugin phases per size',
    '',
    `Each size is its own synthetic portal (same seed), built cold ${sizes.map((r) => r.builds ? buildsPerVariant(r.builds) : '–').join(', ')} time(s) per variant as in figure 1 (in the order of the columns), with the plugin first (after one unmeasured warm-up build of a 20-doc site, so that no measured build pays for reading the toolchain from a cold disk cache). Equal page sets: after the first build with the plugin, every HTML page it wrote under ${(sizes.find((r) => r.builds)?.builds.padding.dirs ?? ['events', 'meetings']).map((d) => `\`/${d}\``).join(' and ')} (the event pages, the events listing routes and /meetings) gets a plain Markdown page at the same path in the site without the plugin, so both builds render the same number of pages. Peak RSS: the sum over the build's process tree (the CLI with its SSG worker threads, and any child process), sampled from /proc every 0.5 s; GNU time's maximum RSS of the largest single process is given too. Plugin phases: \`loadContent()\` and \`allContentLoaded()\` from Docusaurus' perf logger; contentLoaded() (event routes) and translateContent() as the rest of the plugin's load step; the page-data loader and postBuild (content checks) from the plugin's own timings, which it writes when \`SIG_PLUGIN_TIMINGS\` names a file (src/timings.ts, off by default): the loader's time is the sum over all its calls in both compilers, run on the main thread.`,
    '',
    head,
    sep,
    row('HTML pages with / without the plugin (plain pages added)', (r) => `${r.builds.pages.with} / ${r.builds.pages.without} (${r.builds.padding.files})`),
    row('Build wall, with / without (median)', (r) => `${fmtS(r.builds.with.wall.median)} / ${fmtS(r.builds.without.wall.median)}`),
    row('Build CPU (user + sys), with / without (median)', (r) => `${fmtS(r.builds.with.cpu.median)} / ${fmtS(r.builds.without.cpu.median)}`),
    row(`**Ratio wall**, search index time left out (target ≤ ${BUILD_RATIO_TARGET}) / ratio CPU`, (r) => `**${fmtRatio(r.builds.ratioWall)}** / ${fmtRatio(r.builds.ratioCpu)}`),
    row('Ratio wall with the search index time included (for information)', (r) => (r.builds.searchMs ? fmtRatio(r.builds.ratioWallWithSearch) : 'no search index')),
    row('Peak RSS, process tree, with / without (max of the builds)', (r) => `${fmtMb(r.builds.with.treeRss.max)} / ${fmtMb(r.builds.without.treeRss.max)}`),
    row('Peak RSS, largest process (GNU time), with / without', (r) => `${fmtMb(r.builds.with.rss.max)} / ${fmtMb(r.builds.without.rss.max)}`),
    row('Bundling / SSG, with (median)', (r) => `${fmtS(r.builds.phases.find((p) => p.name.startsWith('Bundling')).with.median)} / ${fmtS(r.builds.phases.find((p) => p.name.startsWith('SSG')).with.median)}`),
    row('Plugin `loadContent()`', (r) => fmtDur(r.pluginPhases.loadContent)),
    row('Plugin translateContent() + contentLoaded()', (r) => fmtDur(r.pluginPhases.contentLoaded)),
    row('Plugin `allContentLoaded()`', (r) => fmtDur(r.pluginPhases.allContentLoaded)),
    row('Page-data loader (all calls)', (r) => (Number.isNaN(r.pluginPhases.pageDataLoader) ? 'not measured' : `${fmtDur(r.pluginPhases.pageDataLoader)} (${r.pluginPhases.loaderCalls} calls)`)),
    row('Plugin `postBuild()` (content checks)', (r) => (Number.isNaN(r.pluginPhases.postBuild) ? 'not measured' : fmtDur(r.pluginPhases.postBuild))),
    row('**Plugin lifecycle, sum** (target ≤ 1.0 s at 1,000, ≤ 3 s at 5,000)', (r) => `**${fmtDur(r.pluginPhases.sum)}**`),
    row('All postBuild() (every plugin and theme, perf logger)', (r) => fmtS(r.builds.phases.find((p) => p.name.startsWith('postBuild')).with.median)),
    '',
    '## 8. Search per size',
    '',
    !sizes.some((r) => r.search)
      ? '_Skipped (--skip=search)._'
      : `The site with the plugin enables the search theme (\`themes: ['docusaurus-plugin-innersource-sig/search']\`, resolved to \`${ctx.search.entry}\`). Index time: the theme's own log line (\`Search index: … in <ms> ms\`) of each build with the plugin, median. Size: every file under \`<build>/pagefind/\`. First search: Chromium (playwright-core), a new browser context per query (cold cache), the home page loaded first, then the navbar button \`button[aria-keyshortcuts]\` clicked, the query typed into the dialog's \`input[type="search"]\`, until the first \`a[data-search-result]\` shows and the network is idle. The home page is left idle for 3 s after it loads (Docusaurus prefetches the chunks of visible links then), so that its prefetches are not counted. Bytes as transferred (the bench server gzips text like a static host; Pagefind's index files are pre-compressed): "on opening" is what clicking the button fetched, the rest what typing fetched; "UI" counts every file outside \`/pagefind/\` fetched from the click on: lazy code, and the chunks Docusaurus prefetches for result links as they appear. The search box's own code (SearchBar, in the main bundle every page loads, so already in the cache when a search starts) is measured apart, bundled with esbuild as in figure 3; the first-search totals do not include it. Queries: the title of a doc, of an event and of a meeting series from the middle of the generated lists (2–6 words: Pagefind fetches an index chunk per word), and the terms "trusted committer" and "onboarding" of bench/SEARCH.md.`,
    '',
  ];
  if (sizes.some((r) => r.search)) {
    lines.push(
      head,
      sep,
      row('Indexed (theme log line)', (r) => `${r.search.indexLine.pages} pages, ${r.search.indexLine.meetings} meeting records`),
      row('**Index build time** / share of the build (target ≤ 10 %)', (r) => `**${fmtS(r.search.indexMs.median)}** / ${pct(r.search.indexMs.median / r.builds.with.wall.median)}`),
      row('Index on disk', (r) => `${(r.search.index.bytes / 2 ** 20).toFixed(2)} MB in ${r.search.index.files} files`),
      ...(sizes[0].search?.queries ?? []).filter((x) => x.kind === 'term').map((t) =>
        row(`First search for "${t.query}": bytes (on opening + query) / time / first result`, (r) => {
          const x = r.search.queries.find((y) => y.query === t.query);
          return x.error ? `failed: ${x.error}` : `**${kb(x.bytes.total)}** (${kb(x.bytes.open)} + ${kb(x.bytes.total - x.bytes.open)}; index ${kb(x.bytes.index)}) / ${x.ms.toFixed(0)} ms / \`${x.firstHref}\``;
        }),
      ),
      ...['doc', 'event', 'meeting'].flatMap((kind) => [
        row(`First search for ${kind === 'event' ? 'an' : 'a'} ${kind} title: bytes (on opening + query) / time`, q(kind, (x) => `**${kb(x.bytes.total)}** (${kb(x.bytes.open)} + ${kb(x.bytes.total - x.bytes.open)}) / ${x.ms.toFixed(0)} ms`)),
        row(`… breakdown: UI / pagefind.js / wasm / meta / index / fragments`, q(kind, (x) => `${['ui', 'pagefindJs', 'wasm', 'meta', 'index', 'fragments'].map((k) => kb(x.bytes[k])).join(' / ')}${x.others?.length ? `; outside /pagefind/: ${x.others.map((o) => `\`${o.path}\` ${kb(o.bytes)}`).join(', ')}` : ''}`)),
        row(`… first result (expected in its URL: the ${kind}'s ${kind === 'meeting' ? 'page /meetings' : 'slug'})`, q(kind, (x) => `\`${x.firstHref}\` ${x.foundFirst ? '(yes)' : '(**no**)'}; query "${x.query}"`)),
      ]),
      row('**Search UI bytes**: the SearchBar component, bundled (figure 3\'s method), JS + CSS gzip', () => (ctx.results.clientJs?.searchBar ? `**${kb(ctx.results.clientJs.searchBar.js.gzip + ctx.results.clientJs.searchBar.css.gzip)}** (${kb(ctx.results.clientJs.searchBar.js.gzip)} + ${kb(ctx.results.clientJs.searchBar.css.gzip)}; in the main bundle, every page)` : 'not measured (--skip=assets)')),
    row('Fetched outside /pagefind/ during a first search (median of the queries)', (r) => kb(searchBytes(r.search).ui.median)),
      row('Whole-index alternative: easyops first search', (r) => (r.search.easyops ? `${kb(r.search.easyops.bytes)} (${r.search.easyops.source})` : 'no figure at this size')),
      '',
    );
  }
  lines.push(
    '## 9. Dev server: saving a meeting file to the new .ics',
    '',
    '`docusaurus start` on the generated site with the plugin (development mode). The time until `/ics/<id>.ics` first answers is the start-up; then the meeting\'s `start:` is moved one hour later in its YAML file and `/ics/<id>.ics` is fetched every 100 ms until its DTSTART shows the new time. The file is restored afterwards.',
    '',
    head,
    sep,
    row('Dev server start-up until the .ics is served', (r) => (r.devIcs.error ? `failed: ${r.devIcs.error}` : fmtS(r.devIcs.startupMs))),
    row('**Save → new .ics served**', (r) => (r.devIcs.error ? '–' : `**${fmtMs(r.devIcs.changeMs)}** (\`${r.devIcs.url}\`, ${r.devIcs.file})`)),
    row('Dev server peak RSS (process tree)', (r) => (r.devIcs.error ? '–' : fmtMb(r.devIcs.peakRss / 2 ** 20))),
    '',
  );
  return lines;
}

function summarySection(ctx) {
  const rows = [];
  const {builds: b, globalData: g, clientJs: c, ref, ics} = ctx.results;
  const {builds, lighthouse: lv, figures} = ctx.verdicts;
  const v = builds[0]?.build;
  if (b && v) {
    rows.push([
      '1. Build time with / without plugin (wall, median)',
      `${fmtRatio(b.ratioWall)}${v.noisy ? ` (pairs ${fmtRatio(b.pairWall.min)}–${fmtRatio(b.pairWall.max)}; phase estimate +${v.estimate.hooksPct.toFixed(1)} to +${v.estimate.withSsgPct.toFixed(1)} %)` : ''}`,
      v.applies ? `≤ ${BUILD_RATIO_TARGET}` : '(information)',
      v.ok === true || v.ok === false ? v.ok : v.applies ? v.label : null,
    ]);
  }
  if (g) rows.push(['2. Plugin global data / front-matter JSON (gzip)', `${(figures.globalData.value * 100).toFixed(0)} % (${kb(g.plugin.whole.gzip)} vs ${kb(g.baseline.gzip)})`, `≤ ${figures.globalData.target * 100} %`, figures.globalData.ok]);
  if (c) rows.push(['3. Client JS of the three components (gzip)', `${kb(c.components.js.gzip)} (reference ${kb(ref.module.gzip)})`, `≤ ${figures.clientJs.target / 1024} KB`, figures.clientJs.ok]);
  if (ics && !ics.error) rows.push(['4. .ics: per series / all series (median)', `${fmtUs(ics.perSeriesTotal.median)} / ${fmtMs(ics.total.median)}`, '(none)', null]);
  const ratio = lv?.ratio;
  if (ratio) {
    rows.push([
      `5. Lighthouse mobile performance, home page / \`${ratio.page}\` (medians, alternating runs)`,
      `${fmtRatio(ratio.value)} (${ratio.home.median} / ${ratio.reference.median})`,
      `≥ ${ratio.target}`,
      ratio.ok === 'incomplete' ? `**INCOMPLETE** (${ratio.runs} runs each; by the medians ${ratio.pass ? 'PASS' : 'MISS'})` : ratio.ok,
    ]);
  }
  for (const x of lv?.rows ?? []) rows.push([`5. Lighthouse ${x.preset} ${x.cat} (median)`, String(x.s.median), x.target === 100 ? '100' : `≥ ${x.target}`, x.ok]);
  const real = ctx.results.realBuild;
  if (real) {
    const perLocale = localesBuilt(real.timing.phases).map((locale) => `${locale} ${fmtS(localePhases(real.timing.phases, locale).build)}`);
    rows.push(['6. Real site build per locale', perLocale.join(', '), '(none)', null]);
  }
  return [
    '## Summary',
    '',
    '| Figure | measured | target | |',
    '| --- | --- | --- | --- |',
    ...rows.map(([a, m, t, ok]) => `| ${a} | ${m} | ${t} | ${ok === null ? '' : typeof ok === 'string' ? ok : verdict(ok)} |`),
    '',
  ];
}

/** results.json with its verdicts → REPORT.md's text. */
function renderReport(ctx) {
  const {opts} = ctx;
  const sizes = ctx.results.sizes ?? [];
  const gen = ctx.genSummary;
  const header = ctx.rerenderedFrom
    ? ` **Figures from the run that finished ${ctx.rerenderedFrom.finishedAt} (${fmtS(ctx.totalMs)} in all); this text was re-rendered from its \`${ctx.rerenderedFrom.file}\` by \`--from-results\`, without measuring again.**`
    : ` Total runtime ${fmtS(ctx.totalMs)}.`;
  const lines = [
    '# Benchmark: docusaurus-plugin-innersource-sig',
    '',
    `Written by \`npm run bench\` (bench/run.js) on ${ctx.writtenAt.slice(0, 16).replace('T', ' ')} UTC.${header}${opts.quick ? ' **Quick development run (--quick): small site, 1 build per variant; not the figures of record.**' : ''}${opts.label ? ` **${opts.label}**` : ''}`,
    '',
    ...targetsSection(ctx.verdicts.targets),
    ...summarySection(ctx),
    ...machineSection(ctx),
    '## Synthetic portal',
    '',
    gen
      ? `Seed ${opts.seed} (mulberry32; same seed, same files). ${gen.docs} docs in ${gen.folders} folders with 1–4 tags each out of ${gen.tags} declared in \`docs/tags.yml\`; front matter: title; description (70 %), sidebar_label (20 %), sidebar_position (50 %), list_image (30 %, half with list_image_alt), keywords (30 %), hide_table_of_contents / toc_max_heading_level (10 % each). Bodies: 1–3 sections of generated prose, lists and code blocks, 0–2 links to other docs. Prose: words drawn from a vocabulary of ${gen.vocabulary.distinct} distinct words with a Zipf distribution (weight 1/rank): ${gen.vocabulary.functionWords} English function words at the top ranks, ${gen.vocabulary.domainWords} InnerSource terms spread over ranks 40–2,000, deterministic pseudo-words (from the seed) for the rest; titles, headings and tags use no function words. (Before issue 13 the prose used 117 words uniformly, so every query matched nearly every page and a search downloaded most of Pagefind's index.) Component pages: ${gen.componentPages.topic} topic pages with \`<BokTagList>\`, ${gen.componentPages.meeting} with \`<MeetingTable>\`, ${gen.componentPages.card} with \`<BoxOut>\`, and a home page with 4 BoxOuts (one holding a compact 2-series MeetingTable) and 2 BokTagLists; without the plugin these are plain Markdown text. ${gen.meetings} meeting series in the plugin's YAML format over ${gen.zones} zones (monthly nth / last weekday, weekly, fortnightly with UNTIL, weekdays, monthly by day, quarterly, every 3 days with COUNT, yearly, one-offs; \`duration\` or \`end\`; cancelled and moved occurrences; some \`ics\` names). Events: ${gen.events ? `${gen.events} event pages in \`events/\` (2024–2028, past and upcoming, 1–3 days, 0–3 sessions in 22 zones, some redirect-only, 30 % .mdx with a BoxOut)` : 'none (--events=0)'}. Files: \`${ctx.results.sizes?.[0]?.dir ?? 'bench/out'}/site-with\`, \`…/site-without\`${(ctx.results.sizes?.length ?? 0) > 1 ? `; the other sizes in ${ctx.results.sizes.slice(1).map((r) => `\`${r.dir}\``).join(', ')}, generated the same way with their counts` : ''}. Figures 1–4 are of the first size (${sizes[0]?.size.docs ?? ctx.opts.docs} docs); figures 7–9 of every size.`
      : '_Not generated._',
    '',
    `Runs: ${sizes.map((r) => `${r.builds ? buildsPerVariant(r.builds) : 0} builds per variant at ${r.size.docs} docs`).join(', ') || 'no builds'}; .ics ${opts.icsRuns} runs; Lighthouse ${opts.lhRuns} runs per preset and page.`,
    '',
    ...buildSection(ctx.results.builds, ctx.verdicts.builds[0]?.build),
    ...globalDataSection(ctx.results.globalData),
    ...clientJsSection(ctx.results.clientJs, ctx.results.ref),
    ...icsSection(ctx.results.ics),
    ...lighthouseSection(ctx.results.lighthouse, ctx.verdicts.lighthouse),
    ...localesSection(ctx),
    ...sizesSection(ctx),
    ...analysisSection(ctx),
    '## How to run',
    '',
    '```sh',
    'npm run bench                 # full run (about the runtime above); writes bench/REPORT.md',
    'npm run bench -- --quick      # small development run',
    'npm run bench -- --docs=1000,5000 --series=100,500 --events=50,250 --builds=3,1   # issues 13 and 20: both sizes side by side, 3 alternating builds at 1,000 docs',
    'node bench/run.js --from-results   # verdicts and this report again from bench/out/results.json, without measuring',
    'npm run bench -- --skip=lighthouse --builds=5',
    '```',
    '',
    'Needs Debian\'s Chromium at /usr/bin/chromium (or CHROME_PATH) and the dev dependencies `lighthouse` and `esbuild`. The plugin is rebuilt first (`npm run build:plugin`) unless `--no-build-plugin` is given. Generated files, builds, logs and raw results are in `bench/out/` (git-ignored); `bench/out/results.json` has every number.',
    '',
  ];
  return lines.join('\n');
}

/**
 * Why targets are missed and what would fix them: derived from the measurements where possible.
 */
function analysisSection(ctx) {
  const out = ['## Misses: why, and what would fix them', ''];
  const {builds: b, globalData: g, clientJs: c, lighthouse: lh} = ctx.results;
  let any = false;
  const bv = ctx.verdicts.builds[0]?.build;
  if (b && bv && (b.ratioWall > BUILD_RATIO_TARGET || bv.noisy)) {
    any = true;
    const v = bv;
    const diffs = b.phases
      .filter((p) => !p.name.startsWith('Whole') && !p.name.startsWith('Load site'))
      // postBuild() also runs the search theme's index, which has its own figure (8).
      .map((p) => ({name: p.name, diff: (p.with.n ? p.with.median : 0) - (p.without.n ? p.without.median : 0) - (p.name.startsWith('postBuild') ? b.searchMs ?? 0 : 0)}))
      .filter((p) => p.diff > 50)
      .sort((x, y) => y.diff - x.diff);
    out.push(
      `- **Build time** (median ratio ${fmtRatio(b.ratioWall)}${v.noisy ? `, inconclusive: pairs ${fmtRatio(b.pairWall.min)}–${fmtRatio(b.pairWall.max)} on a shared machine; phase estimate +${v.estimate.hooksPct.toFixed(1)} to +${v.estimate.withSsgPct.toFixed(1)} %` : ''}). By phase (median difference, plugin-related phases): ${diffs.map((p) => `${p.name} +${fmtS(p.diff)}`).join('; ') || 'no single phase stands out'}.`,
    );
    const diffOf = (prefix) => diffs.find((p) => p.name.startsWith(prefix))?.diff ?? 0;
    if (diffOf('SSG') > 500) {
      out.push(`  - SSG (+${fmtS(diffOf('SSG'))}): the extra pages (/meetings with ${ctx.genSummary?.meetings ?? 0} MeetingTables${ctx.genSummary?.events ? `, ${ctx.genSummary.events} event pages and /events` : ''}) and the component pages; and every SSG worker evaluates the server bundle, which holds all page-data modules.`);
    }
    if (diffOf('Bundling') > 500) {
      out.push(`  - Bundling (+${fmtS(diffOf('Bundling'))}): the page-data pre-loader reads every MDX and JS source, and the page-data modules (figure 2) are bundled into the client and the server bundle${ctx.genSummary?.events ? ', plus one MDX module per event page' : ''}.`);
    }
    if (diffOf('… plugin loadContent') > 200) {
      out.push(`  - loadContent() (+${fmtS(diffOf('… plugin loadContent'))}): reads and validates every meeting file and the lock file${ctx.genSummary?.events ? ', and reads and validates every event page (and its translation), writing its days and session times in the page\'s language' : ''}.`);
    }
    if (diffOf('… plugin allContentLoaded') > 200) {
      out.push(`  - allContentLoaded() (+${fmtS(diffOf('… plugin allContentLoaded'))}): renders every calendar and the browser data of every series${ctx.results.ics && !ctx.results.ics.error ? ` (${fmtMs(ctx.results.ics.loadContent.median)} for the meetings alone with their file reading, figure 4; the browser data ${fmtMs(ctx.results.ics.clientData.median)} for ${ctx.results.ics.series}: occurrences and their labels through rrule and Intl)` : ''}, and the tag index, written as page-data modules. Fix: compute occurrences only for the window shown (MeetingTable shows 3 dates).`);
    }
    if (diffOf('postBuild') > 200) {
      out.push(`  - postBuild() (+${fmtS(diffOf('postBuild'))}, the search index's ${fmtS(b.searchMs ?? 0)} left out): the content checks read the pages, named by the routes, whose source can show a problem. Fix: run the checks on the SSG output in memory.`);
    }
  }
  const missed = (prefix) => (ctx.verdicts.targets ?? []).filter((t) => t.target.startsWith(prefix) && t.ok === false);
  for (const t of missed('Plugin lifecycle')) {
    any = true;
    out.push(
      `- **Plugin lifecycle at ${t.size}** (${t.measured}, target ${t.goal}; ${t.cause}): measured inside a real build, where the plugin's hooks share the 2 cores with the other plugins and rspack, so it is above the isolated profile (bench/PROFILE.md, \`bench/profile/lifecycle-cpu.js\`). What is left, by bench/PROFILE.md: in allContentLoaded, the month views and series pages (every series' history, and 16 month-view JSON files that repeat each series' title, .ics path and zone per item: a compact format with a series table), the page-data modules and createData writes; in loadContent, YAML parsing of the meeting files (about half of reading them).`,
    );
  }
  for (const t of missed('Bytes of a first search')) {
    any = true;
    out.push(
      `- **First search at ${t.size}** (${t.measured}; ${t.cause}): the fixed part (pagefind.js, its wasm and the meta file) is about 114 KB at 5,000 docs and Pagefind 1.6 cannot split the meta file; the rest is one index chunk per word, and a long title's common words ("community", "call") sit in large chunks. Result fragments are small since the BokTagList lists left the index. Fix: smaller index chunks (not an option of Pagefind 1.6), or fewer words searched at once.`,
    );
  }
  if (g && g.plugin.whole.gzip / g.baseline.gzip > 0.25) {
    any = true;
    out.push(
      `- **Global data** (${kb(g.plugin.whole.gzip)} gzip = ${((g.plugin.whole.gzip / g.baseline.gzip) * 100).toFixed(0)} % of the front-matter JSON): it holds only tag names (${kb(g.plugin.tags.gzip)}) and meeting ids (${kb(g.plugin.meetingIds.gzip)}), so a miss means a portal with very many tags or series for few docs. Fix: drop the names from global data and let the page-data modules alone decide (the components' notices would then need the build's view of unknown names, e.g. a generated "unknown" module).`,
    );
  }
  if (c && c.components.js.gzip > 10240) {
    any = true;
    out.push(`- **Client JS** (${kb(c.components.js.gzip)} > 10 KB): see the bundled modules list in figure 3.`);
  }
  const hydrationErrors = (lh?.hydration?.results ?? []).flatMap((r) => r.errors.map((e) => ({...e, zone: r.timezoneId})));
  if (hydrationErrors.length) {
    const first = hydrationErrors[0];
    out.push(
      `- **Console errors on the home page** (${hydrationErrors.length} in ${new Set(hydrationErrors.map((e) => e.zone)).size} time zone(s)): ${first.text.replace(/`/g, "'").slice(0, 160)}${first.components.length ? ` in \`${first.components.slice(0, 8).join(' < ')}\`` : ''}. ${/#418|#423|#425|hydrat/i.test(first.text) ? 'A hydration mismatch: React throws away the server HTML of the whole root and renders it again on the client, which costs main-thread time (TBT), moves content (CLS) and logs the error (best practices errors-in-console). Fix: render the same text on the server and in the first client render (anything that depends on the reader\'s clock, zone or locale only after hydration, behind useIsBrowser, and the same ICU/Intl options on both sides).' : ''}`,
    );
  }
  const lv = ctx.verdicts.lighthouse;
  if (lh && lv) {
    const ratio = lv.ratio;
    const failing = [
      ...(ratio && !ratio.pass ? [{preset: 'mobile', cat: 'performance', ratio}] : []),
      ...lv.rows.filter((x) => !x.ok),
    ];
    const lostById = new Map();
    for (const v of failing) {
      any = true;
      const lost = new Map();
      for (const r of lh.results[v.preset]) for (const a of r.lost[v.cat] ?? []) lost.set(a.id, a);
      for (const [id, a] of lost) if (!lostById.has(id)) lostById.set(id, a);
      const what = v.ratio
        ? `home page median ${v.ratio.home.median} / \`${v.ratio.page}\` median ${v.ratio.reference.median} = ${fmtRatio(v.ratio.value)} < ${v.ratio.target}`
        : `median ${v.s.median} < ${v.target}`;
      out.push(`- **Lighthouse ${v.preset} ${v.cat}** (${what}): the home page lost on ${[...lost.values()].map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`).join(', ') || 'nothing listed'}.`);
    }
    const diag = (id) => {
      for (const runs of Object.values(lh.results)) for (const r of runs) for (const d of r.lost.diagnostics ?? []) if (d.id === id) return d;
      return undefined;
    };
    const bench = Object.values(lh.results).flat().map((r) => r.benchmarkIndex);
    if (failing.length) out.push('- **Lighthouse: causes and fixes**');
    if (lostById.has('cumulative-layout-shift')) {
      const shifts = diag('layout-shifts');
      const inCard = shifts?.items?.some((i) => /boxOut|data-meeting|table/.test(i));
      out.push(
        `  - Layout shift: ${shifts ? `the shifted elements are ${shifts.items.map((i) => `\`${i.replace(/`/g, "'").slice(0, 120)}\``).join(', ')}` : 'see figure 5'}. ${inCard ? `That is the BoxOut card holding the home page's MeetingTable: MeetingTable adds the reader's-time lines ("16:00–17:00 your time (London)", and "(… your time)" after each date) only after hydration, because the static HTML cannot know the reader's zone, so the card grows once the page hydrates (${meetingGrowth(lh.hydration)}). ` : ''}**Fix in the plugin (MeetingTable):** reserve the space in the static HTML, e.g. render the reader-time line and the per-date spans from the start with \`visibility: hidden\` and placeholder text of the same length (or a \`min-height\` for the line) and fill them after hydration, or replace the meeting-zone text in place instead of adding lines.`,
      );
    }
    if (lostById.has('link-in-text-block')) {
      const link = lostById.get('link-in-text-block').items?.[0];
      out.push(
        `  - Links told apart by colour only${link ? `: \`${link.replace(/`/g, "'").slice(0, 140)}\`` : ''}. Infima underlines links only on hover. **Fix in the plugin (BoxOut/styles.module.css):** underline links in the card body, e.g. \`.body a:not(.button) { text-decoration: underline; }\` (or the site's custom.css for all content links). This is the only accessibility finding; with it the score would be 100.`,
      );
    }
    if (lostById.has('total-blocking-time') || lostById.has('speed-index')) {
      const boot = diag('bootup-time');
      const real = lh.realGlobalData;
      out.push(
        `  - Main-thread time (TBT${lostById.has('speed-index') ? ', Speed Index' : ''}): ${boot ? `${boot.items.slice(0, 2).map((i) => `\`${i.replace(/`/g, "'")}\``).join('; ')}` : 'see figure 5'}. Mostly Docusaurus and React evaluating the main bundle${real ? ` (${kb(real.mainGzip)} gzip on the real site, of which the plugin's global data is ${kb(real.pluginGzip)})` : ''}; the mobile preset multiplies the observed time by 4${Math.min(...bench) < 1800 ? `, and this machine was busy (Lighthouse benchmarkIndex ${Math.round(Math.min(...bench))}–${Math.round(Math.max(...bench))} during these runs, while about 2,150 was measured on this machine at a quieter moment), so these figures are pessimistic: rerun \`npm run bench -- --skip=builds,assets,ics\` on a quiet machine before acting on them` : ` (benchmarkIndex ${Math.round(Math.min(...bench))}–${Math.round(Math.max(...bench))}: the machine was not slowed down)`}. Plugin share: on the 1,000-doc synthetic site the plugin adds ${ctx.results.globalData ? kb(ctx.results.globalData.main.with.gzip - ctx.results.globalData.main.without.gzip) : '(not measured)'} gzip to main.js (figure 2: global data, components and MDX wrappers); the home page also loads its page-data modules (one tag list, two meeting series, the events).`,
      );
    }
    const ref = lh.reference?.results?.mobile;
    if (ref && failing.some((v) => v.preset === 'mobile' && v.cat === 'performance')) {
      const med = (runs, get) => stats(runs.map(get)).median;
      const home = lh.results.mobile;
      out.push(
        `  - Framework baseline: \`${lh.reference.page}\`, a doc without any of the plugin's components, scores a median ${med(ref, (r) => r.scores.performance)} (LCP ${Math.round(med(ref, (r) => r.metrics.LCP))} ms, TBT ${Math.round(med(ref, (r) => r.metrics.TBT))} ms) against the home page's ${med(home, (r) => r.scores.performance)} (LCP ${Math.round(med(home, (r) => r.metrics.LCP))} ms, TBT ${Math.round(med(home, (r) => r.metrics.TBT))} ms), measured alternately. What both pages load (Docusaurus and React in main.js, the theme, the search box, the plugin's global data) weighs on both and is outside this ratio; the gap is the home page's own content and components (cards, tag lists, meeting tables, events), and their page-data modules.`,
      );
    }
    if (lostById.has('largest-contentful-paint')) {
      const lcp = diag('largest-contentful-paint-element');
      const phases = (lcp?.items ?? []).map((i) => {
        try {
          const p = JSON.parse(i);
          return p.phase ? `${p.phase} ${p.percent}` : undefined;
        } catch {
          return undefined;
        }
      }).filter(Boolean);
      out.push(
        `  - LCP: ${lcp ? `element \`${lcp.items[0].replace(/`/g, "'").slice(0, 120)}\`; ${phases.join(', ')}${phases.some((p) => p.startsWith('Render')) ? '' : ', the rest render delay'}` : 'see figure 5'}. The text is in the static HTML, so it waits for the main thread and the render-blocking CSS, not the network: it moves with the main-thread and layout-shift causes above.`,
      );
    }
  }
  if (!any) out.push('- None.');
  out.push('');
  return out;
}

module.exports = {renderReport};
