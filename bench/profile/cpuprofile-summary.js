#!/usr/bin/env node
/**
 * Summarises a V8 .cpuprofile (node --cpu-prof) of bench/plugin-phases.js or lifecycle-cpu.js:
 * time by phase (samples with a frame of the plugin's lib on the stack, before and after its first
 * allContentLoaded sample; the bench's site generation; the content checks; the rest), and in
 * each phase self time by function and by file, and inclusive time of the plugin's functions.
 * Times are the profile's sample intervals (wall time of the sampled thread): on a busy machine
 * compare shares, not milliseconds.
 *
 *   node bench/profile/cpuprofile-summary.js <file.cpuprofile> [topN] [--under=<function>] [--focus=<regex>]
 *
 * --under keeps only the samples with that function on the stack (what a call costs, inside).
 */
const fs = require('fs');
const file = process.argv[2];
const top = Number(process.argv[3] ?? 25);
const focus = (process.argv.find((a) => a.startsWith('--focus=')) ?? '').slice(8);
const under = (process.argv.find((a) => a.startsWith('--under=')) ?? '').slice(8);
const p = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const short = (url) => url.replace(/^file:\/\//, '').replace(/.*\/plugins\/docusaurus-plugin-innersource-sig\//, 'PLUGIN/').replace(/.*\/node_modules\//, 'nm/').replace(/.*\/work\/main\//, '');
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const isPlugin = (n) => /innersource-sig\/lib\//.test(n.callFrame.url);
const stackCache = new Map();
function stack(id) {
  if (stackCache.has(id)) return stackCache.get(id);
  const s = [];
  for (let x = id; x !== undefined; x = parent.get(x)) s.push(byId.get(x));
  stackCache.set(id, s);
  return s;
}
// time of each sample
let t = p.startTime;
const times = p.timeDeltas.map((d) => (t += d));
// dt: time until the next sample
const dts = times.map((x, i) => (i + 1 < times.length ? times[i + 1] - x : 0));
let acStart = Infinity, acEnd = -Infinity;
p.samples.forEach((id, i) => {
  if (stack(id).some((n) => n.callFrame.functionName === 'allContentLoaded' && /index\.js$/.test(n.callFrame.url) && isPlugin(n))) {
    acStart = Math.min(acStart, times[i]);
    acEnd = Math.max(acEnd, times[i]);
  }
});
const phases = {};
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
p.samples.forEach((id, i) => {
  const s = stack(id);
  const dt = dts[i];
  let phase;
  if (under && !s.some((n) => n.callFrame.functionName === under)) return;
  if (s.some((n) => /generate-site\.js/.test(n.callFrame.url))) phase = 'bench-generate';
  else if (s.some((n) => /reportContentProblems|content-checks|check\//.test(n.callFrame.url)) && s.some(isPlugin)) phase = 'contentChecks';
  else if (s.some(isPlugin)) phase = times[i] < acStart ? 'plugin:loadContent-window' : 'plugin:allContentLoaded-window';
  else if (['(idle)', '(program)', '(garbage collector)'].includes(s[0].callFrame.functionName)) phase = s[0].callFrame.functionName;
  else phase = 'other (docusaurus, docs plugin, ...)';
  const ph = (phases[phase] ??= {total: 0, self: new Map(), incl: new Map(), files: new Map()});
  ph.total += dt;
  add(ph.self, key(s[0]), dt);
  add(ph.files, short(s[0].callFrame.url) || s[0].callFrame.functionName, dt);
  for (const k of new Set(s.map(key))) add(ph.incl, k, dt);
});
const ms = (us) => (us / 1000).toFixed(0).padStart(6) + ' ms';
console.log(`${file}\ntotal ${ms(times[times.length - 1] - p.startTime)}; plugin allContentLoaded window ${ms(acEnd - acStart)}`);
for (const [name, ph] of Object.entries(phases).sort((a, b) => b[1].total - a[1].total)) {
  console.log(`\n== ${name}: ${ms(ph.total)}`);
  if (name.startsWith('(')) continue;
  console.log('  -- self, by function');
  for (const [k, v] of [...ph.self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(v)}  ${k}`);
  console.log('  -- self, by file');
  for (const [k, v] of [...ph.files].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms(v)}  ${k}`);
  console.log('  -- inclusive (plugin functions' + (focus ? ` + /${focus}/` : '') + ')');
  for (const [k, v] of [...ph.incl].filter(([k]) => /PLUGIN\//.test(k) || (focus && new RegExp(focus).test(k))).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(v)}  ${k}`);
}
