// The fixture site's production build, made once per run by globalSetup and shared by the suites
// that use it (unknown tags, right-to-left layout, search under a base URL). The site's baseUrl is
// /portal/, so it is built into <temporary folder>/portal and served from the temporary folder.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {ROOT} from './harness';

export const FIXTURE_SITE = path.join(__dirname, 'fixture-site');
const DOCUSAURUS = path.join(ROOT, 'node_modules/.bin/docusaurus');
const ENV_VAR = 'SIG_FIXTURE_BUILD_DIR';
const OUTPUT_FILE = 'docusaurus-build-output.txt';

/** The fixture's baseUrl, without its trailing slash: the prefix of every path of the site. */
export const FIXTURE_BASE = '/portal';

/** Builds the fixture into a new temporary folder (all its locales) and makes it known to the suites. */
export function buildFixture(): void {
  const serveRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sig-browser-fixture-'));
  const outDir = path.join(serveRoot, FIXTURE_BASE.slice(1));
  const result = spawnSync(DOCUSAURUS, ['build', FIXTURE_SITE, '--out-dir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {...process.env, NODE_ENV: ''},
    timeout: 300_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`The fixture site did not build (status ${result.status}):\n${output}`);
  fs.writeFileSync(path.join(serveRoot, OUTPUT_FILE), output);
  process.env[ENV_VAR] = serveRoot;
}

/** Removes the build and Docusaurus' generated files (git-ignored, but the type check would read them). */
export function removeFixture(): void {
  const serveRoot = process.env[ENV_VAR];
  if (serveRoot) fs.rmSync(serveRoot, {recursive: true, force: true});
  fs.rmSync(path.join(FIXTURE_SITE, '.docusaurus'), {recursive: true, force: true});
}

/**
 * The folder to serve (the build is its portal/ subfolder, so that the site's paths resolve) and
 * what `docusaurus build` printed.
 */
export function fixtureBuild(): {serveRoot: string; output: string} {
  const serveRoot = process.env[ENV_VAR];
  if (!serveRoot) throw new Error(`${ENV_VAR} is not set: the browser tests' globalSetup builds the fixture site`);
  return {serveRoot, output: fs.readFileSync(path.join(serveRoot, OUTPUT_FILE), 'utf8')};
}
