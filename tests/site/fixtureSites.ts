import {spawn, spawnSync, type SpawnSyncOptions} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Small sites for real `docusaurus` runs, written by the tests themselves.
export const ROOT = path.resolve(__dirname, '../..');
export const PLUGIN = path.join(ROOT, 'plugins/docusaurus-plugin-innersource-sig');
export const DOCUSAURUS = path.join(ROOT, 'node_modules/.bin/docusaurus');
// One folder per jest worker, so that one test file's clean-up never removes another's sites.
const FIXTURES_DIR = path.join(ROOT, '.tmp-test-sites', String(process.pid));

/** Removes every site made by makeSite (call in afterAll). */
export function removeSites(): void {
  fs.rmSync(FIXTURES_DIR, {recursive: true, force: true});
}

/** A site of `files` with the plugin (and the classic preset); `config` adds entries to its docusaurus.config.js. */
export function makeSite(files: Record<string, string>, pluginOptions: object, withPreset: boolean, config = ''): string {
  // Inside the repository, so the site resolves react and the theme from its node_modules.
  fs.mkdirSync(FIXTURES_DIR, {recursive: true});
  const dir = fs.mkdtempSync(path.join(FIXTURES_DIR, 'site-'));
  const presets = withPreset
    ? `presets: [[${JSON.stringify(require.resolve('@docusaurus/preset-classic'))}, {docs: {sidebarPath: false}, blog: false, pages: false}]],`
    : '';
  files['docusaurus.config.js'] = `module.exports = {
    title: 'Fixture', url: 'https://sig.example.org', baseUrl: '/',
    future: {v4: true, faster: true}, // as the real site: minified HTML, Rspack
    onBrokenLinks: 'warn', // the fixture has no home page, which the navbar links to
    ${presets}
    ${config}
    plugins: [[${JSON.stringify(PLUGIN)}, ${JSON.stringify(pluginOptions)}]],
  };`;
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), text);
  }
}

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** stdout and stderr. */
  output: string;
}

/** `docusaurus <args>` as an author runs it: a production build, no persistent cache. */
export function docusaurus(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): RunResult {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd,
    encoding: 'utf8',
    env: {...process.env, NODE_ENV: '', DOCUSAURUS_NO_PERSISTENT_CACHE: '1', ...options.env},
    timeout: 240_000,
  };
  const result = spawnSync(DOCUSAURUS, args, spawnOptions);
  const stdout = String(result.stdout ?? '');
  return {status: result.status, signal: result.signal, stdout, output: `${stdout}\n${String(result.stderr ?? '')}`};
}

/** A plugin's command, which runs on the site of the current folder. */
export function pluginCommand(command: string, siteDir: string, env?: NodeJS.ProcessEnv): RunResult {
  return docusaurus([command], {cwd: siteDir, env});
}

export function build(siteDir: string, env?: NodeJS.ProcessEnv): RunResult {
  return docusaurus(['build', siteDir], {env});
}

/**
 * `docusaurus build` without blocking the test's event loop, for tests that serve something the
 * build reads (a calendar on a local server).
 */
export function buildAsync(siteDir: string, env?: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(DOCUSAURUS, ['build', siteDir], {env: {...process.env, NODE_ENV: '', DOCUSAURUS_NO_PERSISTENT_CACHE: '1', ...env}});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({status, signal, stdout, output: `${stdout}\n${stderr}`});
    });
  });
}
