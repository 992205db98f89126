/**
 * Size limits of the data files, in the readers the build and sig:check share (issue 21,
 * section 4: a 20 MB meeting file built for 173 s). Every file here was written by us for this test.
 */
import fs from 'node:fs/promises';
import nodeFs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadContext} from '@docusaurus/core/lib/server/site';
import {readEventFiles} from './loadEvents';
import {readMeetingFiles} from './loadMeetings';

const MEETING = 'title: Call\ntimezone: Europe/London\nstart: 2025-01-07T10:00\nduration: 30\n';

let siteDir: string;

beforeEach(async () => {
  siteDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-limits-'));
  await fs.mkdir(path.join(siteDir, 'meetings'));
  await fs.mkdir(path.join(siteDir, 'events'));
  await fs.writeFile(path.join(siteDir, 'docusaurus.config.js'), "module.exports = {title: 'Limits', url: 'https://sig.example.org', baseUrl: '/'};\n");
});

afterEach(() => fs.rm(siteDir, {recursive: true, force: true}));

describe('meeting files', () => {
  it('over 256 KB are a problem naming the file, and not read; the others load', async () => {
    await fs.writeFile(path.join(siteDir, 'meetings', 'call.yml'), MEETING);
    await fs.writeFile(path.join(siteDir, 'meetings', 'padded.yml'), `${MEETING}# ${'x'.repeat(300 * 1024)}\n`);
    // Sparse: 20 MB that take no room on disk.
    await fs.writeFile(path.join(siteDir, 'meetings', 'huge.yml'), '');
    await fs.truncate(path.join(siteDir, 'meetings', 'huge.yml'), 20 * 1024 * 1024);
    const readFileSync = jest.spyOn(nodeFs, 'readFileSync');
    try {
      const {meetings, problems} = await readMeetingFiles({siteDir, meetingsDir: path.join(siteDir, 'meetings')});
      expect(meetings.map((m) => m.id)).toEqual(['call']);
      expect(problems.map((p) => p.message)).toEqual([
        'meetings/huge.yml: field "(file)" has value "20 MB": is larger than 256 KB, the most a meeting file may be',
        'meetings/padded.yml: field "(file)" has value "300 KB": is larger than 256 KB, the most a meeting file may be',
      ]);
      expect(readFileSync.mock.calls.map(([file]) => path.basename(String(file)))).not.toContain('huge.yml');
    } finally {
      readFileSync.mockRestore();
    }
  });
});

describe('event files', () => {
  it('over 1 MB are a problem naming the file; the others load', async () => {
    await fs.writeFile(path.join(siteDir, 'events', 'summit.md'), '---\ntitle: Summit\ndate: 2027-09-15\n---\nText.\n');
    await fs.writeFile(path.join(siteDir, 'events', 'long.md'), `---\ntitle: Long\ndate: 2027-09-16\n---\n${'Words. '.repeat(160_000)}\n`);
    const context = await loadContext({siteDir});
    const {parsed, problems} = await readEventFiles(context, path.join(siteDir, 'events'));
    expect(parsed.map((p) => p.event.slug)).toEqual(['summit']);
    expect(problems.map((p) => p.message)).toEqual(['events/long.md: field "(file)" has value "1.1 MB": is larger than 1 MB, the most an event file may be']);
  }, 30_000);
});
