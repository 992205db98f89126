import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {findComponentSources} from './sources';

describe('findComponentSources', () => {
  let siteDir: string;
  beforeAll(async () => {
    siteDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-sources-'));
    const files: Record<string, string> = {
      'docs/plain.md': '# Plain\n\nNo components.',
      'docs/list.mdx': '# List\n\n<BokTagList tag="InnerSource" />',
      'docs/deep/table.md': '<MeetingTable meeting="sig" />',
      'src/pages/index.tsx': 'export default () => <EventList upcoming />;',
      'src/css/custom.css': '/* <BokTagList in a comment of a stylesheet */',
      'node_modules/pkg/index.js': '<BokTagList tag="x" />',
      '.docusaurus/gen.js': '<BokTagList tag="x" />',
      'build/page.js': '<BokTagList tag="x" />',
    };
    for (const [name, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(siteDir, name)), {recursive: true});
      await fs.writeFile(path.join(siteDir, name), text);
    }
  });
  afterAll(() => fs.rm(siteDir, {recursive: true, force: true}));

  test('lists the MDX and JS/TS files naming a component, nothing in dependencies, generated files or skipped folders', async () => {
    const found = await findComponentSources(siteDir, [path.join(siteDir, 'build')]);
    expect(found.map((f) => path.relative(siteDir, f).split(path.sep).join('/'))).toEqual([
      'docs/deep/table.md',
      'docs/list.mdx',
      'src/pages/index.tsx',
    ]);
  });
});
