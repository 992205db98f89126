import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {sourceMayShowProblems} from '../pageData/usages';
import {reportContentProblems} from './reportContentProblems';

let outDir: string;
beforeEach(async () => {
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-built-'));
});
afterEach(() => fs.rm(outDir, {recursive: true, force: true}));

test('a built page with <MeetingTable /> and no meeting id is reported, with the page and the prop', async () => {
  // What the page's MeetingTable renders (theme/MeetingTable, through SigNotice).
  const notice =
    '<div class="alert alert--warning" role="note" data-sig-problem="missing-prop" data-sig-value="meeting">' +
    'MeetingTable needs a meeting id, for example: &lt;MeetingTable meeting=&quot;innersource-sig&quot; /&gt;</div>';
  await fs.mkdir(path.join(outDir, 'docs', 'calls'), {recursive: true});
  await fs.writeFile(path.join(outDir, 'docs', 'calls', 'index.html'), `<!doctype html><html><body>${notice}</body></html>`);
  const pages = {
    routes: [{path: '/docs/calls', component: '@theme/DocItem', metadata: {sourceFilePath: 'docs/calls.mdx'}}],
    sources: new Map([['docs/calls.mdx', sourceMayShowProblems('# Calls\n\n<MeetingTable />\n')]]),
    configMayShowProblems: false,
  };
  await expect(reportContentProblems({outDir, siteUrl: 'https://sig.example.org', baseUrl: '/', level: 'throw', pages})).rejects.toThrow(
    `- ${path.join('docs', 'calls', 'index.html')}: a component lacks its required prop "meeting"`,
  );
});

test('pages come from the routes: a page written as name.html is found, a page that two routes render is reported once', async () => {
  const notice = '<div class="alert alert--warning" role="note" data-sig-problem="unknown-tag" data-sig-value="nope">No document has the tag nope.</div>';
  await fs.mkdir(path.join(outDir, 'docs'), {recursive: true});
  await fs.writeFile(path.join(outDir, 'docs', 'calls.html'), `<!doctype html><html><body>${notice}</body></html>`);
  const pages = {
    routes: [
      {path: '/docs/calls', component: '@theme/DocItem', metadata: {sourceFilePath: 'docs/calls.mdx'}},
      {path: '/docs/calls', component: '@theme/Other'},
    ],
    sources: new Map([['docs/calls.mdx', true]]),
    configMayShowProblems: false,
  };
  const error = await reportContentProblems({outDir, siteUrl: 'https://sig.example.org', baseUrl: '/', level: 'throw', pages}).then(() => undefined, (e: Error) => e);
  expect(error?.message).toBe(`Content problems found by docusaurus-plugin-innersource-sig:\n- ${path.join('docs', 'calls.html')}: BokTagList names tag "nope", which no doc has`);
});

describe("each of Docusaurus' reporting levels (option onContentProblems)", () => {
  const problem = `- ${path.join('docs', 'a', 'index.html')}: BokTagList names tag "nope", which no doc has`;
  beforeEach(async () => {
    await fs.mkdir(path.join(outDir, 'docs', 'a'), {recursive: true});
    const notice = '<div class="alert alert--warning" role="note" data-sig-problem="unknown-tag" data-sig-value="nope">No document has the tag nope.</div>';
    await fs.writeFile(path.join(outDir, 'docs', 'a', 'index.html'), `<!doctype html><html><body>${notice}</body></html>`);
  });
  const report = (level: 'ignore' | 'log' | 'warn' | 'throw') => reportContentProblems({outDir, siteUrl: 'https://sig.example.org', baseUrl: '/', level});

  test.each([
    ['log', 'info', '[INFO]'],
    ['warn', 'warn', '[WARNING]'],
  ] as const)('%s prints the problems as Docusaurus prints its own (%s)', async (level, method, tag) => {
    const print = jest.spyOn(console, method).mockImplementation(() => undefined);
    try {
      await report(level);
      expect(print).toHaveBeenCalledTimes(1);
      expect(print.mock.calls[0]![0]).toContain(`${tag} Content problems found by docusaurus-plugin-innersource-sig:\n${problem}`);
    } finally {
      print.mockRestore();
    }
  });

  test('ignore says nothing', async () => {
    const print = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await report('ignore');
      expect(print).not.toHaveBeenCalled();
    } finally {
      print.mockRestore();
    }
  });

  test('throw fails the hook with the problems and no stack trace', async () => {
    const error = await report('throw').then(() => undefined, (e: Error) => e);
    expect(error?.message).toBe(`Content problems found by docusaurus-plugin-innersource-sig:\n${problem}`);
    expect(error?.stack).not.toMatch(/\n\s+at /);
  });
});
