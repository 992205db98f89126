#!/usr/bin/env node
// Builds the portal at a git commit and at the working tree (or at a second commit) and compares
// the two build/ folders: do the generated sites stay byte-identical through a restructuring?
//
//   npm run compare-builds -- <git-ref> [<other-ref>|--worktree] [--fixed-now=<ISO>] [--out=<dir>]
//
// Each side is built in a throwaway `git worktree` under /tmp/compare-<short sha> (the working
// tree: a worktree of HEAD with the working tree's changed, new and deleted files copied over), one
// after the other, so /work/main's branch, index, files, lock files, lib/ and build/ are never
// touched. The worktree gets a node_modules folder of symlinks to this repository's node_modules,
// except workspace packages (the plugin), which point at the worktree's own copy; the plugin is
// compiled there with its own build script, then `docusaurus clear` and `SIG_OFFLINE=1 docusaurus
// build` run under scripts/fixed-clock.cjs with the same SIG_FIXED_NOW for both sides (default:
// now rounded down to the hour). The build folders are moved to <out>/a and <out>/b (default
// /tmp/compare-builds) and the worktrees removed, also on failure.
//
// Comparison: files with a content hash in their name under assets/ (JS bundles, CSS, images)
// change whenever client code moves at all; they are reported apart as "bundles" (count, size).
// Every other file is compared byte for byte, text files after replacing hashed asset names with
// `<name>.[hash].<ext>` and the worktree's path with `<site>`. Pagefind's index files (pagefind/**)
// have content-hashed names too: when their names differ they are decoded (gzip, then JSON or
// CBOR) and compared by content, hashes replaced by what they point at (a page's URL, a chunk's
// content). Exit code 0 when no file other than bundles differs, 1 when some do, 2 on an error.
import {spawn, execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const clock = path.join(here, 'fixed-clock.cjs');
const MAX_SHOWN = 20;

function usage(message) {
  if (message) console.error(`compare-builds: ${message}`);
  console.error('Usage: npm run compare-builds -- <git-ref> [<other-ref>|--worktree] [--fixed-now=<ISO>] [--out=<dir>]');
  process.exit(2);
}

function parseArgs(argv) {
  const refs = [];
  const opts = {fixedNow: process.env.SIG_FIXED_NOW, out: '/tmp/compare-builds'};
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('--fixed-now=')) opts.fixedNow = arg.slice('--fixed-now='.length);
    else if (arg.startsWith('--out=')) opts.out = path.resolve(arg.slice('--out='.length));
    else if (arg === '--worktree') refs.push(null);
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else refs.push(arg);
  }
  if (refs.length === 0 || refs.length > 2 || refs[0] === null) usage('give a git ref, then another ref or --worktree');
  if (refs.length === 1) refs.push(null);
  if (!opts.fixedNow) {
    const hour = new Date();
    hour.setUTCMinutes(0, 0, 0);
    opts.fixedNow = hour.toISOString();
  }
  if (Number.isNaN(Date.parse(opts.fixedNow))) usage(`not a date: ${opts.fixedNow}`);
  return {refs, opts};
}

/** git in this repository, quiet (its messages are in the error when it fails). */
const git = (...args) => execFileSync('git', ['-C', repo, ...args], {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe']});

// ---------------------------------------------------------------------------------------------
// Worktrees

const cleanups = [];
function onExitSignal(signal) {
  console.error(`\ncompare-builds: ${signal}, removing the worktrees`);
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  process.exit(2);
}
process.on('SIGINT', onExitSignal);
process.on('SIGTERM', onExitSignal);

function assertThrowaway(dir) {
  if (!path.resolve(dir).startsWith('/tmp/compare-')) throw new Error(`refusing to touch ${dir}: not a /tmp/compare-* folder`);
}

function removeWorktree(dir) {
  assertThrowaway(dir);
  // The symlinks first, one by one, so that nothing can follow them into /work/main/node_modules.
  const nm = path.join(dir, 'node_modules');
  if (fs.existsSync(nm) && !fs.lstatSync(nm).isSymbolicLink()) {
    for (const name of fs.readdirSync(nm)) {
      const entry = path.join(nm, name);
      if (fs.lstatSync(entry).isSymbolicLink()) fs.unlinkSync(entry);
      else if (name.startsWith('@')) {
        for (const inner of fs.readdirSync(entry)) {
          if (fs.lstatSync(path.join(entry, inner)).isSymbolicLink()) fs.unlinkSync(path.join(entry, inner));
        }
      }
    }
  }
  try {
    git('worktree', 'remove', '--force', dir);
  } catch {
    // not (or no longer) a registered worktree
  }
  if (fs.existsSync(dir)) fs.rmSync(dir, {recursive: true, force: true});
  try {
    git('worktree', 'prune');
  } catch {
    // nothing to prune
  }
}

/** Workspace packages: node_modules entries that are symlinks into this repository. */
function workspaceLink(entry) {
  const stat = fs.lstatSync(entry);
  if (!stat.isSymbolicLink()) return null;
  const target = fs.realpathSync(entry);
  const rel = path.relative(repo, target);
  return rel.startsWith('..') || path.isAbsolute(rel) || rel.startsWith('node_modules') ? null : rel;
}

function linkNodeModules(worktree) {
  const from = path.join(repo, 'node_modules');
  const to = path.join(worktree, 'node_modules');
  fs.mkdirSync(to);
  const own = [];
  const link = (name, dirFrom, dirTo) => {
    if (name === '.cache') return; // bundler caches: each build starts from none
    const entry = path.join(dirFrom, name);
    const workspace = workspaceLink(entry);
    if (workspace) {
      fs.symlinkSync(path.relative(dirTo, path.join(worktree, workspace)), path.join(dirTo, name));
      own.push(workspace);
    } else if (name.startsWith('@') && fs.lstatSync(entry).isDirectory() && fs.readdirSync(entry).some((inner) => workspaceLink(path.join(entry, inner)))) {
      fs.mkdirSync(path.join(dirTo, name));
      for (const inner of fs.readdirSync(entry)) link(inner, entry, path.join(dirTo, name));
    } else {
      fs.symlinkSync(entry, path.join(dirTo, name)); // .bin included
    }
  };
  for (const name of fs.readdirSync(from)) link(name, from, to);
  return own;
}

/** A worktree of HEAD made equal to the working tree: changed and new files copied, deleted ones deleted. */
function overlayWorkingTree(worktree) {
  const list = (...args) => git(...args).split('\0').filter(Boolean);
  // Against HEAD, so that staged changes (a `git mv`, a new file added) count as well as unstaged ones.
  const paths = new Set([...list('diff', '--name-only', '--no-renames', '-z', 'HEAD'), ...list('ls-files', '-z', '--others', '--exclude-standard')]);
  let copied = 0;
  let deleted = 0;
  for (const rel of paths) {
    const source = path.join(repo, rel);
    const target = path.join(worktree, rel);
    if (fs.existsSync(source)) {
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.cpSync(source, target, {dereference: false, force: true});
      copied++;
    } else if (fs.existsSync(target)) {
      fs.rmSync(target, {force: true});
      deleted++;
      // A folder whose files were all deleted is gone from the working tree too.
      for (let dir = path.dirname(target); dir !== worktree && fs.readdirSync(dir).length === 0; dir = path.dirname(dir)) fs.rmdirSync(dir);
    }
  }
  return {copied, deleted};
}

function run(command, args, {cwd, env, log}) {
  return new Promise((resolve, reject) => {
    fs.appendFileSync(log, `\n$ (cd ${cwd} && ${command} ${args.join(' ')})\n`);
    const out = fs.openSync(log, 'a');
    const child = spawn(command, args, {cwd, env, stdio: ['ignore', out, out]});
    child.on('error', reject);
    child.on('close', (code, signal) => {
      fs.closeSync(out);
      if (code === 0) resolve();
      else {
        const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
        reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}) in ${cwd}; end of ${log}:\n${tail}`));
      }
    });
  });
}

const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');
const readIf = (file) => (fs.existsSync(file) ? fs.readFileSync(file) : null);

async function buildSide({ref, label, opts}) {
  const sha = git('rev-parse', '--verify', `${ref ?? 'HEAD'}^{commit}`).trim();
  const short = sha.slice(0, 10);
  const name = ref === null ? `worktree (HEAD ${short} + uncommitted changes)` : `${ref} (${short})`;
  const worktree = `/tmp/compare-${ref === null ? `worktree-${short}` : short}`;
  const log = path.join(opts.out, `${label}.log`);
  fs.writeFileSync(log, `compare-builds, side ${label}: ${name}\n`);
  console.log(`[${label}] ${name}: building in ${worktree} (log: ${log})`);
  assertThrowaway(worktree);
  if (fs.existsSync(worktree)) removeWorktree(worktree); // left by an interrupted run
  const cleanup = () => removeWorktree(worktree);
  cleanups.push(cleanup);
  const started = Date.now();
  try {
    git('worktree', 'add', '--detach', worktree, sha);
    if (ref === null) {
      const {copied, deleted} = overlayWorkingTree(worktree);
      console.log(`[${label}] working tree copied over HEAD: ${copied} changed or new files, ${deleted} deleted`);
    }
    const workspaces = linkNodeModules(worktree);
    const env = {...process.env};
    delete env.NODE_OPTIONS;
    for (const workspace of workspaces) {
      await run('npm', ['run', 'build'], {cwd: path.join(worktree, workspace), env, log}); // that ref's own build script
    }
    const resolved = execFileSync(process.execPath, ['-p', "require.resolve('docusaurus-plugin-innersource-sig', {paths: [process.argv[1]]})", worktree], {encoding: 'utf8'}).trim();
    if (!resolved.startsWith(`${worktree}/`)) throw new Error(`the plugin resolves to ${resolved}, not into ${worktree}`);
    const locks = ['meetings/calendar.lock.json', 'events/calendar.lock.json'].map((file) => ({file, before: readIf(path.join(worktree, file))}));
    await run('npx', ['docusaurus', 'clear'], {cwd: worktree, env, log});
    const buildEnv = {...env, SIG_OFFLINE: '1', SIG_FIXED_NOW: opts.fixedNow, NODE_OPTIONS: `--require ${clock}`};
    await run('npx', ['docusaurus', 'build'], {cwd: worktree, env: buildEnv, log});
    const rewritten = locks.filter(({file, before}) => !Buffer.from(before ?? '').equals(readIf(path.join(worktree, file)) ?? Buffer.from(''))).map(({file}) => file);
    const target = path.join(opts.out, label);
    fs.rmSync(target, {recursive: true, force: true});
    fs.renameSync(path.join(worktree, 'build'), target);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`[${label}] built in ${seconds} s${rewritten.length ? `; the build rewrote ${rewritten.join(' and ')} (in the throwaway worktree)` : ''}`);
    return {label, name, sha, worktree, dir: target};
  } finally {
    cleanup();
    cleanups.splice(cleanups.indexOf(cleanup), 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Comparison

const HASHED = /^(.+?)[.-]([0-9a-f]{8,})((?:\.[A-Za-z0-9]+)+)$/;
const TEXT = /\.(html?|xml|json|js|mjs|cjs|css|ics|txt|svg|map|webmanifest|md|csv|ya?ml)$/i;

function walk(root, dir = root, out = []) {
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(root, full, out);
    else out.push(path.relative(root, full));
  }
  return out;
}

const isPagefind = (rel) => rel.split('/').includes('pagefind');
const hashedAsset = (rel) => !isPagefind(rel) && rel.split('/').slice(0, -1).includes('assets') && HASHED.exec(path.basename(rel));

/** assets/js/main.acc183b5.js → assets/js/main.js, the key that pairs a bundle with its other build. */
const bundleKey = (rel) => {
  const match = hashedAsset(rel);
  return match ? path.join(path.dirname(rel), `${match[1]}${match[3]}`) : null;
};

function normaliser(hashedNames, worktrees) {
  const token = /[A-Za-z0-9_~.-]+\.[A-Za-z0-9]+/g;
  return (text) => {
    let out = text;
    for (const dir of worktrees) out = out.split(dir).join('<site>');
    return out.replace(token, (name) => {
      if (!hashedNames.has(name)) return name;
      const match = HASHED.exec(name);
      return `${match[1]}.[hash]${match[3]}`;
    });
  };
}

function firstDifference(a, b) {
  let i = 0;
  const n = Math.min(a.length, b.length);
  while (i < n && a[i] === b[i]) i++;
  const line = a.slice(0, i).split('\n').length;
  const lineStart = a.lastIndexOf('\n', i - 1) + 1;
  const column = i - lineStart + 1;
  const excerpt = (text) => {
    const start = Math.max(lineStart, i - 60);
    const end = text.indexOf('\n', i);
    const stop = Math.min(end === -1 ? text.length : end, i + 100);
    return `${start > lineStart ? '…' : ''}${text.slice(start, stop)}${stop < (end === -1 ? text.length : end) ? '…' : ''}`;
  };
  return {line, column, a: excerpt(a), b: excerpt(b)};
}

// Pagefind: files are gzip of "pagefind_dcd" + JSON (fragments) or CBOR (meta, index, filter).
function decodePagefind(buffer) {
  const raw = zlib.gunzipSync(buffer);
  const signature = 'pagefind_dcd';
  if (raw.subarray(0, signature.length).toString('latin1') !== signature) throw new Error('no pagefind_dcd signature');
  return raw.subarray(signature.length);
}

function decodeCbor(bytes) {
  let at = 0;
  const length = (info) => {
    if (info < 24) return info;
    const size = {24: 1, 25: 2, 26: 4, 27: 8}[info];
    if (!size) throw new Error(`CBOR length ${info} at ${at}`);
    let value = 0n;
    for (let k = 0; k < size; k++) value = (value << 8n) | BigInt(bytes[at++]);
    return Number(value);
  };
  const item = () => {
    const head = bytes[at++];
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22 || info === 23) return null;
      if (info === 25) { const v = bytes.readUInt16BE(at); at += 2; return v; } // half float: raw bits, compared only
      if (info === 26) { const v = bytes.readFloatBE(at); at += 4; return v; }
      if (info === 27) { const v = bytes.readDoubleBE(at); at += 8; return v; }
      return `simple:${info}`;
    }
    if (info === 31) {
      const items = [];
      while (bytes[at] !== 0xff) items.push(item());
      at++;
      if (major === 2 || major === 3) return items.join('');
      if (major === 5) return Object.fromEntries(Array.from({length: items.length / 2}, (_, k) => [String(items[2 * k]), items[2 * k + 1]]));
      return items;
    }
    const n = length(info);
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 2: { const v = `bytes:${bytes.subarray(at, at + n).toString('hex')}`; at += n; return v; }
      case 3: { const v = bytes.subarray(at, at + n).toString('utf8'); at += n; return v; }
      case 4: return Array.from({length: n}, item);
      case 5: { const o = {}; for (let k = 0; k < n; k++) { const key = item(); o[String(key)] = item(); } return o; }
      case 6: return item(); // tag: its content
      default: throw new Error(`CBOR major ${major}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left over`);
  return value;
}

/** One pagefind folder (pagefind-entry.json and the files next to it) as comparable content. */
function pagefindContent(buildDir, root) {
  const files = walk(path.join(buildDir, root)).filter((rel) => /\.pf_(fragment|index|meta|filter)$/.test(rel));
  const hashOf = (rel) => path.basename(rel).replace(/^pagefind\./, '').replace(/\.pf_\w+$/, '');
  const refs = new Map(); // hash → what it stands for
  const decoded = new Map();
  for (const rel of files) decoded.set(rel, decodePagefind(fs.readFileSync(path.join(buildDir, root, rel))));
  for (const rel of files.filter((f) => f.endsWith('.pf_fragment'))) {
    refs.set(hashOf(rel), `page:${JSON.parse(decoded.get(rel).toString('utf8')).url}`);
  }
  const swap = (value) => {
    if (typeof value === 'string') return refs.get(value) ?? value;
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
    return value;
  };
  const content = new Map();
  for (const rel of files.filter((f) => /\.pf_(index|filter)$/.test(f))) {
    const text = JSON.stringify(swap(decodeCbor(decoded.get(rel))));
    const kind = rel.endsWith('.pf_index') ? 'index' : 'filter';
    refs.set(hashOf(rel), `${kind}:${sha256(text).slice(0, 12)}`);
    content.set(`${path.dirname(rel)}/${kind}:${sha256(text).slice(0, 12)}`, text);
  }
  for (const rel of files.filter((f) => f.endsWith('.pf_fragment'))) content.set(`fragment ${refs.get(hashOf(rel))}`, decoded.get(rel).toString('utf8'));
  for (const rel of files.filter((f) => f.endsWith('.pf_meta'))) content.set(`meta ${hashOf(rel).replace(/_[0-9a-f]+$/, '')}`, JSON.stringify(swap(decodeCbor(decoded.get(rel))), null, 1));
  return content;
}

function compareBuilds(a, b) {
  const filesA = walk(a.dir);
  const filesB = walk(b.dir);
  const setA = new Set(filesA);
  const setB = new Set(filesB);
  const hashedNames = new Set([...filesA, ...filesB].filter(hashedAsset).map((rel) => path.basename(rel)));
  const normalise = normaliser(hashedNames, [a.worktree, b.worktree]);
  const result = {identical: 0, differing: [], onlyA: [], onlyB: [], pagefind: [], bundles: null};

  // Bundles: paired by name without the hash.
  const bundles = (files, dir) => new Map(files.filter(hashedAsset).map((rel) => [bundleKey(rel), {rel, size: fs.statSync(path.join(dir, rel)).size}]));
  const bundlesA = bundles(filesA, a.dir);
  const bundlesB = bundles(filesB, b.dir);
  const sum = (map) => [...map.values()].reduce((total, {size}) => total + size, 0);
  let same = 0;
  let changed = 0;
  for (const [key, {rel}] of bundlesA) {
    const other = bundlesB.get(key);
    if (!other) continue;
    if (other.rel === rel && fs.readFileSync(path.join(a.dir, rel)).equals(fs.readFileSync(path.join(b.dir, rel)))) same++;
    else changed++;
  }
  result.bundles = {
    countA: bundlesA.size, countB: bundlesB.size, bytesA: sum(bundlesA), bytesB: sum(bundlesB), same, changed,
    onlyA: [...bundlesA.keys()].filter((k) => !bundlesB.has(k)).length,
    onlyB: [...bundlesB.keys()].filter((k) => !bundlesA.has(k)).length,
  };

  // Pagefind: compared per pagefind folder.
  const pagefindRoots = [...new Set([...filesA, ...filesB].filter((rel) => path.basename(rel) === 'pagefind-entry.json').map(path.dirname))];
  for (const root of pagefindRoots) {
    const inRoot = (files) => files.filter((rel) => rel.startsWith(`${root}/`) && /\.pf_(fragment|index|meta|filter)$/.test(rel));
    const hashedA = inRoot(filesA);
    const hashedB = inRoot(filesB);
    const sameNames = hashedA.length === hashedB.length && hashedA.every((rel) => setB.has(rel));
    const sameBytes = sameNames && hashedA.every((rel) => fs.readFileSync(path.join(a.dir, rel)).equals(fs.readFileSync(path.join(b.dir, rel))));
    const summary = {root, filesA: hashedA.length, filesB: hashedB.length, sameNames: sameBytes, differing: []};
    if (!sameBytes) {
      try {
        const contentA = pagefindContent(a.dir, root);
        const contentB = pagefindContent(b.dir, root);
        for (const key of new Set([...contentA.keys(), ...contentB.keys()])) {
          const x = contentA.get(key);
          const y = contentB.get(key);
          if (x === y) continue;
          summary.differing.push(x === undefined ? {file: `${root}: ${key}`, only: 'b'} : y === undefined ? {file: `${root}: ${key}`, only: 'a'} : {file: `${root}: ${key}`, ...firstDifference(x, y)});
        }
      } catch (error) {
        summary.differing.push({file: `${root}/*.pf_*`, error: `could not decode (${error.message}); ${hashedA.length} vs ${hashedB.length} files, names differ`});
      }
    }
    result.pagefind.push(summary);
  }
  const pagefindHashed = (rel) => pagefindRoots.some((root) => rel.startsWith(`${root}/`)) && /\.pf_(fragment|index|meta|filter)$/.test(rel);

  // Everything else, byte for byte (text normalised).
  for (const rel of filesA) {
    if (hashedAsset(rel) || pagefindHashed(rel)) continue;
    if (!setB.has(rel)) {
      result.onlyA.push(rel);
      continue;
    }
    const x = fs.readFileSync(path.join(a.dir, rel));
    const y = fs.readFileSync(path.join(b.dir, rel));
    if (x.equals(y)) {
      result.identical++;
      continue;
    }
    if (TEXT.test(rel)) {
      let textA = normalise(x.toString('utf8'));
      let textB = normalise(y.toString('utf8'));
      if (path.basename(rel) === 'pagefind-entry.json') {
        const strip = (text) => text.replace(/"hash":"([a-z-]+)_[0-9a-f]+"/g, '"hash":"$1_[hash]"');
        textA = strip(textA);
        textB = strip(textB);
      }
      if (textA === textB) {
        result.identical++;
        continue;
      }
      result.differing.push({file: rel, ...firstDifference(textA, textB)});
    } else {
      result.differing.push({file: rel, binary: true, sizeA: x.length, sizeB: y.length});
    }
  }
  for (const rel of filesB) if (!setA.has(rel) && !hashedAsset(rel) && !pagefindHashed(rel)) result.onlyB.push(rel);
  return result;
}

function report(a, b, result, opts) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const signed = (bytes) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;
  const {bundles} = result;
  console.log('');
  console.log(`A: ${a.name}    B: ${b.name}`);
  console.log(`Clock of both builds: SIG_FIXED_NOW=${opts.fixedNow}; builds kept in ${a.dir} and ${b.dir}`);
  console.log(`Files compared byte for byte (hashed asset names and the worktree path normalised): ${result.identical} identical, ${result.differing.length} differing, ${result.onlyA.length} only in A, ${result.onlyB.length} only in B`);
  console.log(`Bundles (hashed assets, not compared): A ${bundles.countA} files ${kb(bundles.bytesA)}, B ${bundles.countB} files ${kb(bundles.bytesB)} (${signed(bundles.bytesB - bundles.bytesA)}); ${bundles.same} the same, ${bundles.changed} changed, ${bundles.onlyA} only in A, ${bundles.onlyB} only in B`);
  for (const summary of result.pagefind) {
    const state = summary.sameNames ? 'identical (same file names and bytes)' : summary.differing.length === 0 ? 'identical by content (file names differ)' : `${summary.differing.length} differing by content`;
    console.log(`Pagefind ${summary.root}/: ${summary.filesA} vs ${summary.filesB} index files, ${state}`);
  }
  const problems = [
    ...result.differing,
    ...result.onlyA.map((file) => ({file, only: 'a'})),
    ...result.onlyB.map((file) => ({file, only: 'b'})),
    ...result.pagefind.flatMap((summary) => summary.differing),
  ];
  if (problems.length > 0) {
    console.log(`\nDifferences${problems.length > MAX_SHOWN ? ` (first ${MAX_SHOWN} of ${problems.length})` : ''}:`);
    for (const p of problems.slice(0, MAX_SHOWN)) {
      if (p.only) console.log(`  ${p.file}: only in ${p.only.toUpperCase()}`);
      else if (p.error) console.log(`  ${p.file}: ${p.error}`);
      else if (p.binary) console.log(`  ${p.file}: binary, ${p.sizeA} vs ${p.sizeB} bytes`);
      else console.log(`  ${p.file}: line ${p.line}, column ${p.column}\n    A: ${p.a}\n    B: ${p.b}`);
    }
  }
  console.log('');
  console.log(problems.length === 0 ? 'IDENTICAL: every file other than bundles is the same.' : `DIFFERENT: ${problems.length} files (other than bundles) differ.`);
  return problems.length === 0;
}

async function main() {
  const {refs, opts} = parseArgs(process.argv.slice(2));
  fs.mkdirSync(opts.out, {recursive: true});
  console.log(`compare-builds: SIG_FIXED_NOW=${opts.fixedNow} for both builds; output in ${opts.out}`);
  const a = await buildSide({ref: refs[0], label: 'a', opts});
  const b = await buildSide({ref: refs[1], label: 'b', opts});
  const result = compareBuilds(a, b);
  fs.writeFileSync(path.join(opts.out, 'result.json'), `${JSON.stringify({a, b, fixedNow: opts.fixedNow, ...result}, null, 1)}\n`);
  process.exit(report(a, b, result, opts) ? 0 : 1);
}

main().catch((error) => {
  console.error(`compare-builds: ${error.stack ?? error}`);
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  process.exit(2);
});
