'use strict';
/** Small helpers shared by the benchmark: seeded PRNG, statistics, gzip, formatting. */

const zlib = require('node:zlib');

/** mulberry32: a tiny deterministic PRNG; same seed, same sequence on every machine. */
function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  /** k distinct items of list, in a random order. */
  const sample = (list, k) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, k);
  };
  return {next, int, pick, chance, sample};
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return {min: NaN, median: NaN, max: NaN, n: 0, values: []};
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return {min: sorted[0], median, max: sorted[n - 1], n, values};
}

const gzipSize = (data) => zlib.gzipSync(Buffer.isBuffer(data) ? data : Buffer.from(data), {level: 9}).length;
const brotliSize = (data) =>
  zlib.brotliCompressSync(Buffer.isBuffer(data) ? data : Buffer.from(data), {
    params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11},
  }).length;

const kb = (bytes, digits = 1) => `${(bytes / 1024).toFixed(digits)} KB`;

/** "min / median / max" with a formatter. */
const mmm = (s, fmt) => `${fmt(s.min)} / **${fmt(s.median)}** / ${fmt(s.max)}`;

const verdict = (ok) => (ok ? '**PASS**' : '**MISS**');

// Durations and ratios as the report writes them.
const fmtS = (ms) => `${(ms / 1000).toFixed(1)} s`;
const fmtMs = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
/** Seconds from 1 s up, milliseconds below (the plugin's phases span both). */
const fmtDur = (ms) => (ms >= 1000 ? fmtS(ms) : `${ms.toFixed(0)} ms`);
const fmtUs = (ms) => `${(ms * 1000).toFixed(0)} µs`;
const fmtRatio = (r) => r.toFixed(3);
const fmtMb = (mb) => (mb >= 1024 ? `${(mb / 1024).toFixed(2)} GiB` : `${mb.toFixed(0)} MB`);
const pct = (x) => `${(x * 100).toFixed(1)} %`;

module.exports = {createRandom, stats, gzipSize, brotliSize, kb, mmm, verdict, fmtS, fmtMs, fmtDur, fmtUs, fmtRatio, fmtMb, pct};

/**
 * Resident memory of a process and all its descendants (bytes), from /proc: a build's peak is
 * the sum over the CLI, its worker threads (same process) and any child processes.
 */
function treeRssBytes(rootPid) {
  const fs = require('node:fs');
  const children = new Map();
  const rss = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after "(comm) ": state ppid … rss is the 24th field of the line.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * 4096);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // The process ended while we read.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples treeRssBytes(pid) every `everyMs`; stop() returns the peak. */
function sampleRss(pid, everyMs = 500) {
  let peak = 0;
  const tick = () => (peak = Math.max(peak, treeRssBytes(pid)));
  const timer = setInterval(tick, everyMs);
  tick();
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

module.exports.treeRssBytes = treeRssBytes;
module.exports.sampleRss = sampleRss;
