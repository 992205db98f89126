import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {configureSite, PLUGIN, replaceInTemplate, type DocusaurusVersion, type SiteSpec, type Template} from './sites';

/**
 * Sites generated from the official classic template, with the packed plugin installed as another
 * SIG installs it. One `npm install` per Docusaurus version: the sites of a version are folders
 * inside the folder that holds its node_modules, and find their packages by Node's resolution.
 */
const ROOT = path.resolve(__dirname, '../..');
const PLUGIN_DIR = path.join(ROOT, 'plugins', PLUGIN);
export const COMPAT_DIR = path.join(ROOT, '.tmp-test-sites', 'compat');

// Installs and builds share the machine: they run one at a time, at low priority.
function run(command: string[], cwd: string, timeout: number, env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync('nice', ['-n', '15', ...command], {cwd, encoding: 'utf8', env: {...process.env, ...env}, timeout, stdio: ['ignore', 'pipe', 'pipe']});
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command.join(' ')} (in ${cwd}) failed${result.error ? `: ${result.error.message}` : ''}:\n${output.slice(-4000)}`);
  return output;
}

/** The Docusaurus of this repository, and the oldest minor that the plugin's peer range admits. */
export function versionSpec(version: DocusaurusVersion): string {
  if (version === 'current') {
    return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@docusaurus/core/package.json'), 'utf8')) as {version: string}).version;
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(PLUGIN_DIR, 'package.json'), 'utf8')) as {peerDependencies: Record<string, string>};
  const range = pkg.peerDependencies['@docusaurus/core']!;
  const minimum = /^\^(\d+\.\d+)\.\d+$/.exec(range);
  if (!minimum) throw new Error(`Expected the peer range of @docusaurus/core to be ^x.y.z, not ${range}`);
  // The newest patch of the oldest minor, as a site starting today on that minor would get.
  // (create-docusaurus skipped some minors, 3.3 and 3.5 among them: the oldest must be one it has.)
  return `~${minimum[1]}.0`;
}

/**
 * Docusaurus before 3.10 uses webpackbar 6, which webpack 5.106 and later reject ("Progress Plugin
 * has been initialized using an options object that does not match the API schema"): a site of
 * those versions installed today builds only with webpack held below 5.106, plugin or not.
 */
export function installOverrides(spec: string): Record<string, string> {
  const minor = Number(/^[~^]?3\.(\d+)\./.exec(spec)?.[1]);
  return minor < 10 ? {webpack: '~5.105.0'} : {};
}

/** `npm pack` runs the package's prepack script, so the tarball is built as a publish builds it. */
export function packPlugin(): string {
  fs.mkdirSync(COMPAT_DIR, {recursive: true});
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', COMPAT_DIR], {cwd: PLUGIN_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})) as Array<{filename: string}>;
  return path.join(COMPAT_DIR, packed!.filename);
}

export interface VersionInstall {
  dir: string;
  /** The version the template pinned, e.g. 3.6.3. */
  docusaurusVersion: string;
  templateDir: (template: Template) => string;
}

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/**
 * Generates the templates a version's sites need, then installs their dependencies and the plugin
 * tarball once, in the folder above the sites.
 */
export function installVersion(version: DocusaurusVersion, templates: Template[], tarball: string, dependencies: Record<string, string> = {}): VersionInstall {
  const spec = versionSpec(version);
  const dir = path.join(COMPAT_DIR, version);
  const templatesDir = path.join(dir, 'templates');
  fs.rmSync(templatesDir, {recursive: true, force: true});
  fs.mkdirSync(templatesDir, {recursive: true});
  const manifest: Required<Manifest> = {dependencies: {}, devDependencies: {}};
  for (const template of templates) {
    run(['npx', '--yes', `create-docusaurus@${spec}`, template, 'classic', `--${template}`, '--skip-install'], templatesDir, 300_000);
    const templateManifest = JSON.parse(fs.readFileSync(path.join(templatesDir, template, 'package.json'), 'utf8')) as Manifest;
    Object.assign(manifest.dependencies, templateManifest.dependencies);
    Object.assign(manifest.devDependencies, templateManifest.devDependencies);
  }
  Object.assign(manifest.dependencies, dependencies);
  manifest.dependencies[PLUGIN] = `file:${tarball}`;
  const overrides = installOverrides(spec);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({name: `compat-${version}`, private: true, ...manifest, overrides}, null, 2));
  // node_modules is kept between runs (npm only adds what changed); the plugin is always the new tarball.
  fs.rmSync(path.join(dir, 'package-lock.json'), {force: true});
  fs.rmSync(path.join(dir, 'node_modules', PLUGIN), {recursive: true, force: true});
  npmInstall(dir);
  const core = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules/@docusaurus/core/package.json'), 'utf8')) as {version: string};
  return {dir, docusaurusVersion: core.version, templateDir: (template) => path.join(templatesDir, template)};
}

const NPM_INSTALL = ['npm', 'install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
const FALLBACK_DAYS = 14;

/**
 * The registry mirror can list a new version of a package before it has the versions that one
 * depends on (seen: @babel/* 7.29.16, ETARGET). Sites resolve without a lock file, so such an
 * install is tried again with what was published two weeks earlier.
 */
function npmInstall(dir: string): void {
  try {
    run(NPM_INSTALL, dir, 900_000);
  } catch (error) {
    if (!String(error).includes('ETARGET')) throw error;
    const before = new Date(Date.now() - FALLBACK_DAYS * 24 * 3600_000).toISOString().slice(0, 10);
    run([...NPM_INSTALL, `--before=${before}`], dir, 900_000);
  }
}

/** A copy of the template with the site's config and files, next to the version's node_modules. */
export function createSite(install: VersionInstall, site: SiteSpec): string {
  const siteDir = path.join(install.dir, site.name);
  fs.rmSync(siteDir, {recursive: true, force: true});
  fs.cpSync(install.templateDir(site.template), siteDir, {recursive: true});
  const configFile = path.join(siteDir, site.template === 'typescript' ? 'docusaurus.config.ts' : 'docusaurus.config.js');
  fs.writeFileSync(configFile, configureSite(fs.readFileSync(configFile, 'utf8'), site));
  for (const [name, edits] of Object.entries(site.edits ?? {})) {
    const file = path.join(siteDir, name);
    const edited = edits.reduce((source, [from, to]) => replaceInTemplate(source, from, to, `the ${site.template} template's ${name}`), fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, edited);
  }
  for (const [name, content] of Object.entries(site.files)) {
    fs.mkdirSync(path.dirname(path.join(siteDir, name)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, name), content);
  }
  // As a site's author ejects: the component's source, which the site then owns.
  for (const {theme, component} of site.eject ?? []) {
    docusaurus(install, siteDir, ['swizzle', theme, component, siteDir, '--eject', '--typescript', '--danger']);
  }
  return siteDir;
}

/** A `docusaurus` command in the site, with the version's own CLI; returns its output, fails on a non-zero exit. */
export function docusaurus(install: VersionInstall, siteDir: string, args: string[]): string {
  const cli = path.join(install.dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  return run(['node', cli, ...args], siteDir, 600_000, {NODE_ENV: '', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'});
}

export const buildSite = (install: VersionInstall, siteDir: string): string => docusaurus(install, siteDir, ['build', siteDir]);

/** The template's type check (`tsc`), with the TypeScript the template installs. */
export function typecheckSite(install: VersionInstall, siteDir: string): string {
  return run([path.join(install.dir, 'node_modules/.bin/tsc'), '--noEmit', '-p', siteDir], siteDir, 300_000);
}

/** Where npm put copies of a package other than the site's own: the plugin must share the site's. */
export function nestedCopies(install: VersionInstall, names: string[]): string[] {
  const pluginModules = path.join(install.dir, 'node_modules', PLUGIN, 'node_modules');
  return names.filter((name) => fs.existsSync(path.join(pluginModules, name))).map((name) => path.join(pluginModules, name));
}
