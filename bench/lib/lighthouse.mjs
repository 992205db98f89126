/**
 * Figure 5: Lighthouse on a built site's home page, served on 127.0.0.1 by a small static server
 * that compresses like common static hosts (gzip, Cache-Control max-age=600 as GitHub Pages sends).
 * Chromium is Debian's /usr/bin/chromium, started by chrome-launcher with a fresh profile per run.
 */
import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import lighthouse, {desktopConfig} from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.xml', '.txt', '.ics']);

export function serve(rootDir) {
  const cache = new Map();
  const resolveFile = (urlPath) => {
    const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
    const base = path.join(rootDir, clean);
    const candidates = clean.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
    return candidates.find((c) => c.startsWith(rootDir) && fs.existsSync(c) && fs.statSync(c).isFile());
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = resolveFile(url.pathname);
    let status = 200;
    if (!file) {
      file = path.join(rootDir, '404.html');
      status = 404;
    }
    const ext = path.extname(file);
    let body = fs.readFileSync(file);
    const headers = {'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=600'};
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!cache.has(file)) cache.set(file, zlib.gzipSync(body, {level: 6}));
      body = cache.get(file);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({server, url: `http://127.0.0.1:${server.address().port}/`}));
  });
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

/** Up to 4 offending elements or resources of an audit, short. */
function itemsOf(audit) {
  const flat = [];
  const walk = (items) => {
    for (const item of items ?? []) {
      if (item?.type === 'table' || item?.type === 'list') walk(item.items);
      else flat.push(item);
    }
  };
  walk(audit.details?.items);
  return flat.slice(0, 6).map((item) => {
    const node = item.node ?? item.element ?? (item.items && item.items[0]?.node);
    const text = node ? `${node.selector ?? ''} ${node.snippet ?? ''}` : item.url ?? item.source?.url ?? JSON.stringify(item).slice(0, 160);
    if (item.groupLabel) return `${item.groupLabel} ${Math.round(item.duration)} ms`;
    const extra =
      item.score !== undefined
        ? ` (shift ${Number(item.score).toFixed(3)})`
        : item.wastedBytes
          ? ` (${Math.round(item.wastedBytes / 1024)} KB unused)`
          : item.total !== undefined
            ? ` (${Math.round(item.total)} ms CPU, ${Math.round(item.scripting ?? 0)} ms script evaluation)`
            : '';
    return `${String(text).replace(/\s+/g, ' ').slice(0, 200)}${extra}`;
  });
}

/** Audits that cost points: in a category with weight, score below 1. */
function lostPoints(lhr) {
  const lost = {};
  for (const id of CATEGORIES) {
    lost[id] = lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ref, audit: lhr.audits[ref.id]}))
      .filter(({audit}) => audit && typeof audit.score === 'number' && audit.score < 1)
      .map(({ref, audit}) => ({id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, displayValue: audit.displayValue, items: itemsOf(audit)}));
  }
  // What causes the layout shift and which element is the LCP: diagnostics without weight.
  lost.diagnostics = ['layout-shifts', 'largest-contentful-paint-element', 'render-blocking-resources', 'unused-javascript', 'bootup-time', 'mainthread-work-breakdown']
    .map((id) => lhr.audits[id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => ({id: audit.id, title: audit.title, displayValue: audit.displayValue, items: itemsOf(audit)}));
  return lost;
}

/** One Lighthouse run of `url` with a preset ('mobile' or 'desktop'), in a new Chromium; the report saved to saveFile. */
export async function runOnce({url, preset, saveFile}) {
  const loadBefore = os.loadavg()[0];
  const chrome = await chromeLauncher.launch({chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent'});
  try {
    const flags = {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES};
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result.lhr;
    fs.mkdirSync(path.dirname(saveFile), {recursive: true});
    fs.writeFileSync(saveFile, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])),
      metrics: Object.fromEntries(Object.entries(METRICS).map(([id, short]) => [short, lhr.audits[id]?.numericValue])),
      lost: lostPoints(lhr),
      warnings: lhr.runWarnings,
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      loadBefore,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      throttling: lhr.configSettings.throttlingMethod,
      formFactor: lhr.configSettings.formFactor,
    };
  } finally {
    await chrome.kill();
  }
}

/** Runs Lighthouse `runs` times per preset on `url`; one Chromium per run. */
export async function runLighthouse({url, runs, presets = ['mobile', 'desktop'], saveDir}) {
  const out = {};
  for (const preset of presets) {
    out[preset] = [];
    for (let i = 0; i < runs; i++) out[preset].push(await runOnce({url, preset, saveFile: path.join(saveDir, `${preset}-${i + 1}.json`)}));
  }
  return out;
}

/**
 * Two pages measured alternately with one preset, `runs` times each, in ABBA order (a, b, b, a,
 * a, b, …), so that a drift in machine load weighs on both alike. Returns {a: [...], b: [...],
 * order: ['a', 'b', …]}; the reports are saved as <saveDir>/<preset>-<a|b>-<n>.json.
 */
export async function runAlternating({urls, runs, preset = 'mobile', saveDir, onRun}) {
  const out = {a: [], b: [], order: []};
  for (let i = 0; i < runs; i++) {
    for (const page of i % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
      onRun?.(page, out[page].length + 1);
      out[page].push(await runOnce({url: urls[page], preset, saveFile: path.join(saveDir, `${preset}-${page}-${out[page].length + 1}.json`)}));
      out.order.push(page);
    }
  }
  return out;
}

/** "at time (<anonymous>)" → "time"; "at g (http://…/assets/js/1f391b9e.3bc84d65.js:1:5295)" → "g@1f391b9e.js". */
function componentFrames(stack, max = 10) {
  return String(stack ?? '')
    .split('\n')
    .map((l) => /^\s*at (\S+)(?: \((.*)\))?/.exec(l))
    .filter(Boolean)
    .map(([, name, where]) => (where && where !== '<anonymous>' ? `${name}@${(/([^/]+?)(?:\.[0-9a-f]{8})?\.js:/.exec(where) ?? [, '?'])[1]}.js` : name))
    .slice(0, max);
}

/**
 * Loads the page in Chromium (playwright-core) in two reader time zones and reports console
 * errors, with React's component stack for hydration errors: Lighthouse only says that an error
 * was logged, this says where.
 */
export async function hydrationCheck(url, zones = ['Europe/London', 'America/Los_Angeles']) {
  let chromium;
  try {
    ({chromium} = await import('playwright-core'));
  } catch {
    return {skipped: 'playwright-core is not installed'};
  }
  const browser = await chromium.launch({executablePath: CHROME_PATH, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless'))});
  const results = [];
  try {
    for (const timezoneId of zones) {
      const page = await browser.newPage({timezoneId, locale: 'en-US'});
      const errors = [];
      const pending = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        pending.push(
          Promise.all(message.args().map((a) => a.evaluate((x) => (x && typeof x === 'object' ? {message: String(x.message ?? ''), componentStack: x.componentStack ?? ''} : {message: String(x)})).catch(() => ({message: '?'})))).then((args) => {
            const text = args.map((a) => a.message).filter(Boolean).join(' ').replace(/\s+/g, ' ').slice(0, 240);
            const stack = args.map((a) => a.componentStack).find(Boolean);
            errors.push({text, components: componentFrames(stack)});
          }),
        );
      });
      page.on('pageerror', (error) => errors.push({text: String(error.message).slice(0, 240), components: []}));
      const serverHtml = await (await fetch(url)).text();
      await page.goto(url, {waitUntil: 'load'});
      await page.waitForTimeout(1500);
      await Promise.all(pending);
      // MeetingTable: text of each table in the static HTML and after hydration (reader's-time lines).
      const textOf = (html) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, '').length;
      const serverTables = [...serverHtml.matchAll(/<table[^>]*data-meeting="?([^"\s>]+)"?[\s\S]*?<\/table>/g)].map((m) => ({id: m[1], serverChars: textOf(m[0])}));
      const hydrated = await page.$$eval('table[data-meeting]', (tables) => tables.map((t) => ({id: t.getAttribute('data-meeting'), html: t.outerHTML})));
      const meetingTables = serverTables.map((t, i) => ({...t, hydratedChars: hydrated[i] ? textOf(hydrated[i].html) : 0}));
      results.push({timezoneId, errors, meetingTables});
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return {results};
}
