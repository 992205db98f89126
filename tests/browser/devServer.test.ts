import {spawn, type ChildProcess} from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import {FIXTURE_BASE, FIXTURE_SITE} from './fixtureBuild';
import {ROOT, describeBrowser, launchBrowser, squash} from './harness';
import type {Browser} from 'playwright-core';

// `docusaurus start` has no search index (only a build writes one): the search box must say so,
// without an error in the console. On the fixture site, whose dev server starts in seconds.

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`docusaurus start exited (${server.exitCode}):\n${output()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`docusaurus start did not answer at ${url} within 2 minutes:\n${output()}`);
}

describeBrowser('search under docusaurus start (fixture site)', () => {
  let server: ChildProcess;
  let browser: Browser;
  let origin = '';
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // Without jest's NODE_ENV=test, which no browserslist environment names.
    const {NODE_ENV: _test, ...env} = process.env;
    server = spawn(path.join(ROOT, 'node_modules/.bin/docusaurus'), ['start', FIXTURE_SITE, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
      cwd: ROOT,
      env: {...env, BROWSER: 'none'},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    await waitForServer(`${origin}${FIXTURE_BASE}/`, server, () => output);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  test('the search box says that search works on a built site, and nothing throws', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    try {
      await page.goto(`${origin}${FIXTURE_BASE}/docs/known`, {waitUntil: 'load'});
      await page.getByRole('button', {name: 'Search'}).click();
      const status = page.locator('dialog [role="status"]');
      await page.waitForFunction(() => /built site/.test(document.querySelector('dialog [role="status"]')?.textContent ?? ''), undefined, {timeout: 30_000});
      await page.locator('dialog input[type="search"]').fill('tagged');
      expect(squash(await status.innerText())).toBe('Search works on a built site: run npm run build, then npm run serve.');
      expect(await page.locator('dialog a[data-search-result]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
