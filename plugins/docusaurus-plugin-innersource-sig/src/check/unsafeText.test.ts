/**
 * Text that feeds and calendars cannot hold, and names too long for a file: the build and
 * sig:check refuse the same files with the same message, before anything is written.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {loadContext} from '@docusaurus/core/lib/server/site';
import pluginInnerSourceSig from '../index';
import {normalizeOptions} from '../options';
import {checkSite} from './checkSite';

const NOW = new Date('2027-06-01T12:00:00Z');
const MEETING = 'title: Call\ntimezone: Europe/London\nstart: 2025-01-07T10:00\nduration: 30\n';
const DOCS = {id: 'default', path: 'docs', include: ['**/*.{md,mdx}'], exclude: ['**/_*.{md,mdx}']};

const FILES: Record<string, string> = {
  'docusaurus.config.js': "module.exports = {title: 'Fixture', url: 'https://sig.example.org', baseUrl: '/'};",
  'docs/a.md': '# A\n',
  'meetings/call.yml': MEETING,
  'events/summit.md': '---\ntitle: Summit\ndate: 2027-09-15\n---\n',
};

/** [what, file, its text, the message's start (file:line: field)] */
const CASES: Array<[string, string, string, RegExp]> = [
  ['a lone surrogate in a meeting title', 'meetings/bad.yml', MEETING.replace('Call', '"Call \\ud800"'), /^meetings\/bad\.yml:1: field "title" has value "Call \\ud800": contains U\+D800/],
  ['a control character in a meeting description', 'meetings/bad.yml', `${MEETING}description: "Bell\\x07"\n`, /^meetings\/bad\.yml:5: field "description" has value "Bell\\u0007": contains U\+0007, a control character/],
  ['an ics name of 300 characters', 'meetings/bad.yml', `${MEETING}ics: ${'x'.repeat(300)}\n`, /^meetings\/bad\.yml:5: field "ics" has value "x{77}\.\.\.": is 300 characters long: at most 100/],
  ['a lone surrogate in an event title', 'events/bad.md', '---\ntitle: "Summit \\udc00"\ndate: 2027-09-15\n---\n', /^events\/bad\.md:2: field "title" has value "Summit \\udc00": contains U\+DC00/],
  ['U+FFFF in an event tag', 'events/bad.md', '---\ntitle: Summit\ndate: 2027-09-15\ntags: [ok, "no\\uffff"]\n---\n', /^events\/bad\.md:4: field "tags\[1\]" has value "no\uffff": contains U\+FFFF, a noncharacter/],
];

async function site(extra: Record<string, string>): Promise<string> {
  const siteDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-unsafe-'));
  for (const [name, text] of Object.entries({...FILES, ...extra})) {
    await fs.mkdir(path.dirname(path.join(siteDir, name)), {recursive: true});
    await fs.writeFile(path.join(siteDir, name), text);
  }
  return siteDir;
}

async function listing(siteDir: string): Promise<string[]> {
  const files = await fs.readdir(siteDir, {recursive: true});
  return files.map(String).sort();
}

describe('the build and sig:check refuse the same text', () => {
  let siteDir: string;
  afterEach(async () => {
    await fs.rm(siteDir, {recursive: true, force: true});
  });

  test.each(CASES)('%s', async (_what, file, text, expected) => {
    siteDir = await site({[file]: text});
    const before = await listing(siteDir);

    const context = await loadContext({siteDir});
    const report = await checkSite({context, options: normalizeOptions({}), docsPlugins: [DOCS], pageDirs: [path.join(siteDir, 'docs')], now: NOW});
    expect(report.problems).toEqual([expect.stringMatching(expected)]);

    const plugin = await pluginInnerSourceSig(await loadContext({siteDir}), normalizeOptions({}));
    const error = await Promise.resolve().then(() => plugin.loadContent!()).then(
      () => undefined,
      (e: Error) => e,
    );
    // The same problem, without the line number sig:check adds; no stack, no URIError.
    const [problem] = report.problems;
    expect(error?.message).toBe(problem!.replace(/^([^:]+):\d+: /, '$1: '));
    expect(error!.stack).not.toMatch(/\n\s+at /);
    // Nothing written: no lock file was updated before the problem was found.
    expect(await listing(siteDir)).toEqual(before);
  });
});
