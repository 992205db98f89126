import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Real `docusaurus build` runs of small sites with author mistakes: the author must get one
// clear line naming the problem, no stack trace, and no half-written output.
const ROOT = path.resolve(__dirname, '../..');
const PLUGIN = path.join(ROOT, 'plugins/docusaurus-plugin-innersource-sig');
const DOCUSAURUS = path.join(ROOT, 'node_modules/.bin/docusaurus');
const FIXTURES_DIR = path.join(ROOT, '.tmp-test-sites');

afterAll(() => fs.rmSync(FIXTURES_DIR, {recursive: true, force: true}));

function makeSite(files: Record<string, string>, pluginOptions: object, withPreset: boolean): string {
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
    plugins: [[${JSON.stringify(PLUGIN)}, ${JSON.stringify(pluginOptions)}]],
  };`;
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function build(siteDir: string) {
  const result = spawnSync(DOCUSAURUS, ['build', siteDir], {encoding: 'utf8', env: {...process.env, NODE_ENV: '', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'}, timeout: 240_000});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

describe('docusaurus build with author mistakes', () => {
  test('a bad meeting file stops the build with one line naming file, field and value', () => {
    const site = makeSite(
      {'meetings/call.yml': 'title: Call\ntimezone: Europe/Londn\nstart: 2025-01-01T10:00\nduration: 30\n'},
      {},
      false,
    );
    const {status, output} = build(site);
    expect(status).toBe(1);
    const errors = output.split('\n').filter((line) => line.includes('[ERROR]'));
    expect(errors).toEqual([expect.stringMatching(/meetings\/call\.yml: field "timezone" has value "Europe\/Londn"/)]);
    expect(output).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(site, 'build'))).toBe(false);
    expect(fs.existsSync(path.join(site, 'meetings/calendar.lock.json'))).toBe(false);
  });

  const contentWithProblems = {
    'docs/intro.md': '---\ntags: [known]\n---\n# Intro\n\n<BokTagList tag="nope" />\n\n[Calendar](/ics/missing.ics)\n',
    'docs/other.md': '---\ntags: [known]\n---\n# Other\n\n<MeetingTable meeting="ghost" />\n',
  };

  test("onUnknownTag 'throw' fails the build listing each unknown tag, meeting and .ics link", () => {
    const site = makeSite({...contentWithProblems}, {onUnknownTag: 'throw'}, true);
    const {status, output} = build(site);
    expect(status).toBe(1);
    expect(output).toMatch(/docs\/intro\/index\.html: BokTagList names tag "nope"/);
    expect(output).toMatch(/docs\/intro\/index\.html: links to \/ics\/missing\.ics, which the build does not generate/);
    expect(output).toMatch(/docs\/other\/index\.html: MeetingTable names meeting "ghost"/);
    expect(output).not.toMatch(/\n\s+at /);
  });

  test("onUnknownTag 'warn' builds the site, shows the notice on the page and warns", () => {
    const site = makeSite({...contentWithProblems}, {onUnknownTag: 'warn'}, true);
    const {status, output} = build(site);
    expect(status).toBe(0);
    expect(output).toMatch(/\[WARNING\][\s\S]*BokTagList names tag "nope"/);
    const html = fs.readFileSync(path.join(site, 'build/docs/intro/index.html'), 'utf8');
    expect(html).toMatch(/data-sig-problem="?unknown-tag/);
    expect(html).toContain('No document has the tag');
  });
});
