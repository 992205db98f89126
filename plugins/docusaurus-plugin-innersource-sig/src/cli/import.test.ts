/**
 * The real command: `docusaurus sig:import` run by the Docusaurus CLI in a minimal site that loads
 * the plugin by path. It runs the built plugin (lib/, which `npm test` builds first). What the
 * command does with the files already in the folder is tested on the source, in this process.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs/promises';
import {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {parseMeetingFile} from '../meetings/load';
import {runImportCommand, type ImportCommandOptions} from './import';

const PACKAGE_DIR = path.resolve(__dirname, '..', '..');
const DOCUSAURUS = path.resolve(PACKAGE_DIR, '..', '..', 'node_modules', '.bin', 'docusaurus');
const built = existsSync(path.join(PACKAGE_DIR, 'lib', 'cli', 'import.js'));
if (!built) console.warn('sig:import CLI test skipped: the plugin is not built (npm run build:plugin)');

/**
 * Written by us for this test, shaped like a Zoom invitation (join link in LOCATION and
 * DESCRIPTION); not a product's export. The second series has an RDATE, which must be refused;
 * the third a zone name only --zone explains.
 */
const INVITE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//written by us//sig:import CLI test//EN',
  'BEGIN:VEVENT',
  'UID:zoom-like-invite-1@example.org',
  'SUMMARY:InnerSource SIG Office Hours',
  'DESCRIPTION:Join Zoom Meeting\\nhttps://us02web.zoom.us/j/81234567890?pwd=abc\\n\\nMeeting ID: 812 3456 7890',
  'LOCATION:https://us02web.zoom.us/j/81234567890?pwd=abc',
  'ORGANIZER;CN=SIG Chair:mailto:chair@example.org',
  'DTSTART;TZID=America/New_York:20250115T110000',
  'DTEND;TZID=America/New_York:20250115T113000',
  'RRULE:FREQ=MONTHLY;BYDAY=3WE',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:with-rdate@example.org',
  'SUMMARY:Extra dates',
  'DTSTART;TZID=Europe/Paris:20250106T100000',
  'DURATION:PT1H',
  'RRULE:FREQ=WEEKLY',
  'RDATE;TZID=Europe/Paris:20250108T100000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:own-zone-name@example.org',
  'SUMMARY:Office call',
  'DTSTART;TZID=Our Office Time:20250107T090000',
  'DURATION:PT30M',
  'RRULE:FREQ=WEEKLY',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

async function run(siteDir: string, args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(DOCUSAURUS, ['sig:import', ...args], {cwd: siteDir});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const {code, stdout, stderr} = error as {code: number; stdout: string; stderr: string};
    return {code, stdout, stderr};
  }
}

(built ? describe : describe.skip)('docusaurus sig:import', () => {
  let siteDir: string;

  beforeAll(async () => {
    siteDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-import-'));
    await fs.writeFile(path.join(siteDir, 'package.json'), '{"name": "import-fixture", "private": true}\n');
    await fs.writeFile(
      path.join(siteDir, 'docusaurus.config.js'),
      `module.exports = {title: 'Import fixture', url: 'https://sig.example.org', baseUrl: '/', plugins: [${JSON.stringify(PACKAGE_DIR)}]};\n`,
    );
    await fs.writeFile(path.join(siteDir, 'invite.ics'), INVITE);
  });

  afterAll(async () => {
    await fs.rm(siteDir, {recursive: true, force: true});
  });

  it('writes the series it can, prints their paths, and exits 1 naming what it refused', async () => {
    const zones = ['--zone', 'Unused Name=Asia/Tokyo', '--zone', 'Our Office Time=Europe/Lisbon'];
    const {code, stdout, stderr} = await run(siteDir, ['invite.ics', '--out', 'imported', ...zones]);
    expect(stdout.trim().split('\n')).toEqual([path.join('imported', 'innersource-sig-office-hours.yml'), path.join('imported', 'office-call.yml')]);
    expect(await fs.readFile(path.join(siteDir, 'imported', 'office-call.yml'), 'utf8')).toContain('timezone: Europe/Lisbon');
    expect(stderr).toContain('invite.ics: series "Extra dates" (UID with-rdate@example.org): RDATE "20250108T100000" adds dates outside the rule');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
    const text = await fs.readFile(path.join(siteDir, 'imported', 'innersource-sig-office-hours.yml'), 'utf8');
    expect(parseMeetingFile('imported/innersource-sig-office-hours.yml', text)).toMatchObject({
      title: 'InnerSource SIG Office Hours',
      timezone: 'America/New_York',
      start: '2025-01-15T11:00',
      durationMinutes: 30,
      repeat: 'FREQ=MONTHLY;BYDAY=3WE',
      join: 'https://us02web.zoom.us/j/81234567890?pwd=abc',
      organizer: {name: 'SIG Chair', email: 'chair@example.org'},
      uid: 'zoom-like-invite-1@example.org',
    });
  }, 60_000);

  it('imports into the meetings folder by default, and does not import a series twice', async () => {
    const first = await run(siteDir, ['invite.ics']);
    expect(first.stdout.trim().split('\n')).toEqual([path.join('meetings', 'innersource-sig-office-hours.yml')]);
    expect(first.stderr).toContain('--zone "Our Office Time=Area/City"');
    const again = await run(siteDir, ['invite.ics']);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('was imported before as meetings/innersource-sig-office-hours.yml (same UID): nothing written; use --force');
    expect(again.code).toBe(1);
  }, 60_000);
});

/** Two series written by us for these tests: a weekly call (at a new time) and a monthly review. */
const TWO_SERIES = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//written by us//sig:import CLI test//EN',
  'BEGIN:VEVENT',
  'UID:weekly@example.org',
  'SUMMARY:Weekly call',
  'DTSTART;TZID=Europe/Berlin:20250107T100000',
  'DURATION:PT30M',
  'RRULE:FREQ=WEEKLY;BYDAY=TU',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:review@example.org',
  'SUMMARY:Monthly review',
  'DTSTART;TZID=Europe/Berlin:20250109T160000',
  'DURATION:PT1H',
  'RRULE:FREQ=MONTHLY;BYDAY=2TH',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** The weekly call's file as someone edited it after an earlier import (at 09:00), written by us. */
const WEEKLY_BY_HAND = [
  '# Imported from sig.ics by docusaurus sig:import.',
  'id: weekly-call',
  'title: Weekly call',
  'timezone: Europe/Berlin',
  'start: 2025-01-07T09:00',
  'duration: 30',
  'repeat: FREQ=WEEKLY;BYDAY=TU',
  'cancelled: [2025-12-23, 2025-12-30] # holidays',
  'agenda: https://example.org/agenda',
  'ics: weekly',
  'uid: weekly@example.org',
  '',
].join('\n');

describe('sig:import and the files already in the folder', () => {
  let siteDir: string;
  let outDir: string;
  let calendarFile: string;

  /** Runs the command here; what it prints, without colours, and its exit code. */
  async function run(options: ImportCommandOptions): Promise<{code: number; stdout: string; stderr: string}> {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const plain = (args: unknown[]) => args.join(' ').replace(/\x1b\[[0-9;]*m/g, '');
    const spies = [
      jest.spyOn(console, 'log').mockImplementation((...args) => void stdout.push(plain(args))),
      ...(['error', 'warn', 'info'] as const).map((level) => jest.spyOn(console, level).mockImplementation((...args) => void stderr.push(plain(args)))),
    ];
    try {
      const code = await runImportCommand([calendarFile], {out: outDir, ...options}, {siteDir, meetingsPath: 'meetings'});
      return {code, stdout: stdout.join('\n'), stderr: stderr.join('\n')};
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  beforeEach(async () => {
    siteDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-import-files-'));
    outDir = path.join(siteDir, 'meetings');
    calendarFile = path.join(siteDir, 'sig.ics');
    await fs.mkdir(outDir);
    await fs.writeFile(calendarFile, TWO_SERIES);
  });

  afterEach(async () => {
    await fs.rm(siteDir, {recursive: true, force: true});
  });

  it('with --force, merges the calendar into a file edited by hand, replacing it all at once', async () => {
    const weekly = path.join(outDir, 'weekly-call.yml');
    await fs.writeFile(weekly, WEEKLY_BY_HAND);
    // A second name for the old file: writing in place would change it too, a rename does not.
    await fs.link(weekly, path.join(siteDir, 'old-weekly.yml'));
    const {code, stdout, stderr} = await run({force: true});
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([weekly, path.join(outDir, 'monthly-review.yml')]);
    expect(stderr).toContain('[INFO] meetings/weekly-call.yml: updated start from the calendar; kept cancelled (2 dates written by hand), agenda, ics');
    expect(await fs.readFile(weekly, 'utf8')).toBe(WEEKLY_BY_HAND.replace('start: 2025-01-07T09:00', 'start: 2025-01-07T10:00'));
    expect(await fs.readFile(path.join(siteDir, 'old-weekly.yml'), 'utf8')).toBe(WEEKLY_BY_HAND);
    expect((await fs.readdir(outDir)).sort()).toEqual(['monthly-review.yml', 'weekly-call.yml']);
  });

  it('does not write through a meeting file that is a symbolic link, and writes the other series', async () => {
    const elsewhere = path.join(siteDir, 'elsewhere.yml');
    await fs.writeFile(elsewhere, WEEKLY_BY_HAND);
    const link = path.join(outDir, 'weekly-call.yml');
    await fs.symlink(elsewhere, link);
    const {code, stdout, stderr} = await run({force: true});
    expect(code).toBe(1);
    expect(stdout).toBe(path.join(outDir, 'monthly-review.yml'));
    expect(stderr).toContain(`[ERROR] ${link}: is a symbolic link: not written (sig:import only writes regular files inside ${outDir})`);
    expect(stderr).not.toContain('updated start');
    expect(await fs.readFile(elsewhere, 'utf8')).toBe(WEEKLY_BY_HAND);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect((await fs.readdir(outDir)).sort()).toEqual(['monthly-review.yml', 'weekly-call.yml']);
  });

  it('does not create a new file through a symbolic link that appeared after the folder was read', async () => {
    const target = path.join(siteDir, 'created-through-link.yml');
    const link = path.join(outDir, 'weekly-call.yml');
    await fs.symlink(target, link);
    // The folder as it was read before the link appeared.
    const readdir = jest.spyOn(fs, 'readdir').mockResolvedValueOnce([]);
    try {
      const {code, stdout, stderr} = await run({});
      expect(code).toBe(1);
      expect(stdout).toBe(path.join(outDir, 'monthly-review.yml'));
      expect(stderr).toContain(`[ERROR] ${link}: not written (EEXIST)`);
    } finally {
      readdir.mockRestore();
    }
    await expect(fs.access(target)).rejects.toThrow();
  });

  it('reads a calendar saved as UTF-16 with a byte order mark (Windows "Unicode")', async () => {
    await fs.writeFile(calendarFile, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TWO_SERIES, 'utf16le')]));
    const {code, stdout} = await run({});
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([path.join(outDir, 'weekly-call.yml'), path.join(outDir, 'monthly-review.yml')]);
  });

  it.each([
    ['empty', '', 'is empty: nothing to import'],
    ['UTF-16 without a byte order mark', Buffer.from(TWO_SERIES, 'utf16le'), 'holds NUL characters: it is probably UTF-16 text without a byte order mark; save it as UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8)'],
  ])('says in one line that a calendar file is %s, and exits 1', async (_case, content, message) => {
    await fs.writeFile(calendarFile, content);
    const {code, stdout, stderr} = await run({});
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`[ERROR] ${calendarFile}: ${message}`);
  });

  it('refuses a calendar file over 20 MB without reading it', async () => {
    // Sparse: 21 MB that take no room on disk.
    await fs.truncate(calendarFile, 21 * 1024 * 1024);
    const readFile = jest.spyOn(fs, 'readFile');
    try {
      const {code, stderr} = await run({});
      expect(code).toBe(1);
      expect(stderr).toBe(`[ERROR] ${calendarFile}: is 21 MB, and sig:import reads calendar files of up to 20 MB: export a shorter period, or only the calendar that holds the series`);
      expect(readFile.mock.calls.map(([file]) => file)).not.toContain(calendarFile);
    } finally {
      readFile.mockRestore();
    }
  });

  it('exits 1 when it skips a series: a VEVENT with both RRULE and RECURRENCE-ID', async () => {
    await fs.writeFile(calendarFile, TWO_SERIES.replace('UID:review@example.org', 'UID:review@example.org\r\nRECURRENCE-ID;TZID=Europe/Berlin:20250109T160000'));
    const {code, stdout, stderr} = await run({});
    expect(code).toBe(1);
    expect(stdout).toBe(path.join(outDir, 'weekly-call.yml'));
    expect(stderr).toContain(`[ERROR] ${calendarFile}: event "Monthly review" (UID review@example.org): has both RRULE "FREQ=MONTHLY;BYDAY=2TH" and RECURRENCE-ID "20250109T160000"`);
    expect(stderr).not.toContain('has no recurring event');
  });

  it('does not parse a meeting file over 256 KB in the folder, but keeps its name', async () => {
    await fs.writeFile(path.join(outDir, 'weekly-call.yml'), `${WEEKLY_BY_HAND}# ${'x'.repeat(300 * 1024)}\n`);
    const {code, stdout} = await run({});
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([path.join(outDir, 'weekly-call-2.yml'), path.join(outDir, 'monthly-review.yml')]);
  });

  it('says in one line that --out is a file', async () => {
    const {code, stdout, stderr} = await run({out: calendarFile});
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`[ERROR] --out ${calendarFile} is a file, not a folder`);
  });
});
