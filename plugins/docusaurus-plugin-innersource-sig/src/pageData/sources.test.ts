import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {scanSiteSources} from './sources';

describe('scanSiteSources', () => {
  let siteDir: string;
  beforeAll(async () => {
    siteDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-sources-'));
    const files: Record<string, string> = {
      'docs/plain.md': '# Plain\n\nNo components.',
      'docs/list.mdx': '# List\n\n<BokTagList tag="InnerSource" />',
      'docs/deep/table.md': '<MeetingTable meeting="sig" />',
      'docs/subscribe.md': '[Subscribe](/ics/sig.ics)',
      'docs/_category_.json': '{"label": "Docs"}',
      'meetings/sig.yml': 'description: Download the .ics',
      'i18n/fr/docusaurus-plugin-innersource-sig/calendar.json': '{"name": {"description": "/ics/meetings.ics"}}',
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
    const {componentSources: found} = await scanSiteSources(siteDir, [path.join(siteDir, 'build')], path.join(siteDir, 'meetings'));
    expect(found.map((f) => path.relative(siteDir, f).split(path.sep).join('/'))).toEqual([
      'docs/deep/table.md',
      'docs/list.mdx',
      'src/pages/index.tsx',
    ]);
  });

  test('tells, for every source and data file read, whether it can put a notice or an .ics link in a page; the plugin\'s own data is left out', async () => {
    const {problemSources} = await scanSiteSources(siteDir, [path.join(siteDir, 'build')], path.join(siteDir, 'meetings'));
    expect(Object.fromEntries(problemSources)).toEqual({
      'docs/_category_.json': false,
      'docs/deep/table.md': true,
      'docs/list.mdx': true,
      'docs/plain.md': false,
      'docs/subscribe.md': true,
      'src/pages/index.tsx': true,
    });
  });
});
