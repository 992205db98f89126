/**
 * The folder of links Pagefind reads: a build killed while it indexes leaves it beside the build
 * (issue 21, section 6), and the next index write removes it, and only it.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {removeLeftoverInputDirs, writeSearchIndex} from './writeIndex';

/** A process id no process has: above Linux's largest (2^22). */
const GONE_PID = 4_194_999;

let parent: string;

beforeEach(async () => {
  parent = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-pagefind-'));
});

afterEach(() => fs.rm(parent, {recursive: true, force: true}));

/** Leftovers and look-alikes, written for this test: names to folders (or a file, or a link). */
async function makeEntries(): Promise<void> {
  for (const name of ['.pagefind-input-Ab12cD', `.pagefind-input-${GONE_PID}-x9Y8z7`, `.pagefind-input-${process.ppid}-LiVe01`, '.pagefind-input-keep', 'pagefind-input-Ab12cD', '.pagefind-input-Ab12cDe', 'build']) {
    await fs.mkdir(path.join(parent, name));
    await fs.writeFile(path.join(parent, name, 'index.html'), '<html></html>');
  }
  await fs.writeFile(path.join(parent, '.pagefind-input-File01'), 'a file, not a folder');
  await fs.symlink(path.join(parent, 'build'), path.join(parent, '.pagefind-input-Link01'));
}

describe('removeLeftoverInputDirs', () => {
  it('removes the folders named like ours of processes that no longer run, and nothing else', async () => {
    await makeEntries();
    expect((await removeLeftoverInputDirs(parent)).sort()).toEqual(['.pagefind-input-Ab12cD', `.pagefind-input-${GONE_PID}-x9Y8z7`].sort());
    expect((await fs.readdir(parent)).sort()).toEqual(
      ['.pagefind-input-File01', '.pagefind-input-Link01', '.pagefind-input-Ab12cDe', `.pagefind-input-${process.ppid}-LiVe01`, '.pagefind-input-keep', 'build', 'pagefind-input-Ab12cD'].sort(),
    );
    expect(await fs.readFile(path.join(parent, 'build', 'index.html'), 'utf8')).toBe('<html></html>');
  });
});

describe('writeSearchIndex', () => {
  it('removes what a killed build left before it makes its own folder, and leaves none itself', async () => {
    await makeEntries();
    const outDir = path.join(parent, 'build');
    await fs.writeFile(path.join(outDir, 'index.html'), '<html lang="en"><body><main><h1>Welcome</h1><p>InnerSource office hours.</p></main></body></html>');
    // Pagefind is an ES module, which Jest cannot load without --experimental-vm-modules: then the
    // write fails after making its folder, which must not stay either.
    const result: unknown = await writeSearchIndex({outDir, baseUrl: '/', routePaths: ['/'], language: 'en', records: []}).catch((error: unknown) => error);
    if (typeof result === 'object' && result !== null && 'pages' in result) expect(result.pages).toBe(1);
    else expect(String(result)).toMatch(/dynamic import|experimental-vm-modules/);
    const left = (await fs.readdir(parent)).filter((name) => name.startsWith('.pagefind-input-')).sort();
    expect(left).toEqual(['.pagefind-input-File01', '.pagefind-input-Link01', '.pagefind-input-Ab12cDe', `.pagefind-input-${process.ppid}-LiVe01`, '.pagefind-input-keep'].sort());
  }, 60_000);
});
