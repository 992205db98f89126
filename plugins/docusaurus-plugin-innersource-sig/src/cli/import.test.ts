/**
 * The real command: `docusaurus sig:import` run by the Docusaurus CLI in a minimal site that loads
 * the plugin by path. It runs the built plugin (lib/, which `npm test` builds first).
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs/promises';
import {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {parseMeetingFile} from '../meetings/load';

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
