/**
 * `docusaurus sig:agenda` (runAgendaCommand, and its registration in extendCli) in temporary sites
 * loaded by Docusaurus, with meeting files, a calendar source's snapshot, minutes files and agenda
 * templates written for these tests. Stdout must hold the agenda alone: scripts read it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Command} from 'commander';
import {loadContext} from '@docusaurus/core/lib/server/site';
import type {LoadContext} from '@docusaurus/types';
import {checkSite} from '../check/checkSite';
import {readMeetingFiles} from '../lifecycle/loadMeetings';
import {normalizeOptions} from '../options';
import {calendarOf, officeHoursEvent} from '../sources/__tests__/calendars';
import {snapshotText} from '../sources/snapshot';
import type {Options} from '../types';
import {runAgendaCommand, type AgendaFlags} from './agenda';

/** Tuesday 20 January 2026: the next monthly call is on 10 February. */
const NOW = new Date('2026-01-20T12:00:00Z');

const CALL = [
  'id: innersource-sig',
  'title: InnerSource SIG monthly call',
  'timezone: Europe/London',
  'start: 2026-01-13T15:00',
  'duration: 60',
  'repeat: FREQ=MONTHLY;BYDAY=2TU',
  'cancelled: [2026-03-10]',
  'join: https://zoom.us/j/123456789',
  'ics: finos-event-7',
  '',
].join('\n');
const PILOT = 'title: Pilot\ntimezone: America/New_York\nstart: 2025-06-05T10:30\nduration: 30\nrepeat: FREQ=WEEKLY;BYDAY=TH;UNTIL=20250626\n';
const CONFIG = (extra = '') => `module.exports = {title: 'Fixture', url: 'https://sig.example.org', baseUrl: '/portal/'${extra}};`;

const sites: string[] = [];
afterAll(() => {
  for (const dir of sites) fs.rmSync(dir, {recursive: true, force: true});
});

/** A site with these files (paths relative to it), loaded as Docusaurus loads it for a command. */
async function site(files: Record<string, string>): Promise<LoadContext> {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sig-agenda-'));
  sites.push(siteDir);
  for (const [name, text] of Object.entries({'docusaurus.config.js': CONFIG(), ...files})) {
    fs.mkdirSync(path.dirname(path.join(siteDir, name)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, name), text);
  }
  return loadContext({siteDir});
}

let stdout = '';
let stderr: string[] = [];
const savedOffline = process.env.SIG_OFFLINE;

beforeEach(() => {
  stdout = '';
  stderr = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  // Everything printed through console is on stderr or nowhere: console.log and console.info
  // would be stdout, so they are recorded as such.
  for (const method of ['log', 'info'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      stdout += `${args.map(String).join(' ')}\n`;
    });
  }
  for (const method of ['warn', 'error'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      stderr.push(args.map(String).join(' ').replace(/\u001b\[[0-9;]*m/g, ''));
    });
  }
});

afterEach(() => {
  jest.restoreAllMocks();
  if (savedOffline === undefined) delete process.env.SIG_OFFLINE;
  else process.env.SIG_OFFLINE = savedOffline;
});

async function agenda(context: LoadContext, id: string, flags: AgendaFlags = {}, options: Options = {}, now = NOW): Promise<number> {
  return runAgendaCommand(context, normalizeOptions(options), id, flags, now);
}

describe('sig:agenda', () => {
  test('prints the next meeting\'s title, a blank line and the body; the previous minutes link to their page', async () => {
    const context = await site({'meetings/innersource-sig.yml': CALL, 'meetings/innersource-sig/2026-01-13.md': '# Minutes\n'});
    expect(await agenda(context, 'innersource-sig')).toBe(0);
    expect(stderr).toEqual([]);
    const [title, blank, ...body] = stdout.split('\n');
    expect(title).toBe('InnerSource SIG monthly call — Tuesday, 10 February 2026');
    expect(blank).toBe('');
    expect(body).toEqual(
      expect.arrayContaining([
        '- Tue, 10 Feb 2026, 15:00–16:00 (United Kingdom Time)',
        '<https://zoom.us/j/123456789>',
        '- Add to your calendar: <https://sig.example.org/portal/ics/finos-event-7.ics>',
        '- All meetings of the series: <https://sig.example.org/portal/meetings/innersource-sig>',
        '[Tue, 13 Jan 2026, 15:00](https://sig.example.org/portal/meetings/innersource-sig/2026-01-13)',
        'Add a topic by commenting on this issue.',
      ]),
    );
  });

  test('--json prints the fields scripts use, and nothing else', async () => {
    const pilot = 'title: Pilot\ntimezone: America/New_York\nstart: 2026-01-08T10:30\nduration: 30\nrepeat: FREQ=WEEKLY;BYDAY=TH;UNTIL=20260226\n';
    const context = await site({'meetings/innersource-sig.yml': CALL, 'meetings/pilot.yml': pilot});
    expect(await agenda(context, 'innersource-sig', {json: true, zone: ['Asia/Tokyo']})).toBe(0);
    const printed = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['id', 'date', 'title', 'body', 'start', 'end', 'timezone', 'join', 'calendar']);
    expect(printed).toMatchObject({
      id: 'innersource-sig',
      date: '2026-02-10',
      title: 'InnerSource SIG monthly call — Tuesday, 10 February 2026',
      start: '2026-02-10T15:00:00.000Z',
      end: '2026-02-10T16:00:00.000Z',
      timezone: 'Europe/London',
      join: 'https://zoom.us/j/123456789',
      calendar: 'https://sig.example.org/portal/ics/finos-event-7.ics',
    });
    expect(printed.body).toContain('- Wed, 11 Feb 2026, 00:00–01:00 (Japan Time)\n');

    // A series without a join link still has the key.
    stdout = '';
    expect(await agenda(context, 'pilot', {json: true})).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({id: 'pilot', date: '2026-01-22', start: '2026-01-22T15:30:00.000Z', join: null, calendar: 'https://sig.example.org/portal/ics/pilot.ics'});
  });

  test('a cancelled --date prints nothing and says why, with exit code 1; so does a series that has ended', async () => {
    const context = await site({'meetings/innersource-sig.yml': CALL, 'meetings/pilot.yml': PILOT});
    expect(await agenda(context, 'innersource-sig', {date: '2026-03-10', json: true})).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toEqual([
      '[WARNING] sig:agenda: InnerSource SIG monthly call (meetings/innersource-sig.yml): the meeting of 2026-03-10 is cancelled (field "cancelled"): no agenda. The next meeting is on 2026-04-14 (--date 2026-04-14).',
    ]);

    stderr = [];
    expect(await agenda(context, 'pilot')).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toEqual(['[WARNING] sig:agenda: Pilot (meetings/pilot.yml) has ended: its last meeting was on 2025-06-26.']);
  });

  test('--date of a meeting day prints that meeting, past or ahead', async () => {
    const context = await site({'meetings/innersource-sig.yml': CALL});
    expect(await agenda(context, 'innersource-sig', {date: '2026-04-14', json: true})).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({date: '2026-04-14', start: '2026-04-14T14:00:00.000Z'});
  });

  test('an unknown id lists the known ones; bad --date and --zone values are named', async () => {
    const context = await site({'meetings/innersource-sig.yml': CALL, 'meetings/pilot.yml': PILOT});
    expect(await agenda(context, 'innersource')).toBe(1);
    expect(await agenda(context, 'innersource-sig', {date: '2026-02-30'})).toBe(1);
    expect(await agenda(context, 'innersource-sig', {date: 'tomorrow'})).toBe(1);
    expect(await agenda(context, 'innersource-sig', {zone: ['Asia/Tokyo', 'EST']})).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toEqual([
      '[ERROR] sig:agenda: no meeting series has the id "innersource" (known: innersource-sig, pilot).',
      '[ERROR] sig:agenda: --date "2026-02-30" is neither a day (YYYY-MM-DD) nor "next".',
      '[ERROR] sig:agenda: --date "tomorrow" is neither a day (YYYY-MM-DD) nor "next".',
      expect.stringMatching(/^\[ERROR\] sig:agenda: --zone "EST" is a name people say, not a time zone the calendar can follow: use "America\/New_York"/),
    ]);
  });

  test('data problems are printed as the build prints them, without a stack, and no agenda', async () => {
    const context = await site({'meetings/innersource-sig.yml': CALL, 'meetings/broken.yml': 'title: Broken\ntimezone: Europe/Lodnon\nstart: 2026-01-07T10:00\nduration: 30\n'});
    expect(await agenda(context, 'innersource-sig')).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toEqual([expect.stringMatching(/^\[ERROR\] \[innersource-sig\] meetings\/broken\.yml: field "timezone" has value "Europe\/Lodnon": /)]);
    expect(stderr.join('\n')).not.toMatch(/\n\s+at /);
  });

  test('the template meetings/<id>.agenda.md follows the generated sections; an unknown placeholder names the file and line', async () => {
    const template = '## Agenda of {{ date }}\n\n- Welcome\n- Minutes of the last call: {{previousMinutes}}\n';
    const context = await site({'meetings/innersource-sig.yml': CALL, 'meetings/innersource-sig.agenda.md': template, 'meetings/innersource-sig/2026-01-13.mdx': '# Minutes\n'});
    expect(await agenda(context, 'innersource-sig')).toBe(0);
    expect(stdout).toMatch(/\n## Calendar\n[^#]+\n## Previous meeting's minutes\n[^#]+\n## Agenda of Tuesday, 10 February 2026\n\n- Welcome\n- Minutes of the last call: https:\/\/sig\.example\.org\/portal\/meetings\/innersource-sig\/2026-01-13\n$/);

    fs.writeFileSync(path.join(context.siteDir, 'meetings/innersource-sig.agenda.md'), `${template}- {{attendees}}\n`);
    stdout = '';
    expect(await agenda(context, 'innersource-sig')).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toEqual([expect.stringMatching(/^\[ERROR\] \[innersource-sig\] meetings\/innersource-sig\.agenda\.md:5: field "placeholder" has value "\{\{attendees\}\}": is not a placeholder of agenda templates; they are \{\{title\}\}, /)]);

    // GitHub takes issue bodies of up to 65,536 characters.
    fs.writeFileSync(path.join(context.siteDir, 'meetings/innersource-sig.agenda.md'), 'x'.repeat(70_000));
    stderr = [];
    expect(await agenda(context, 'innersource-sig')).toBe(1);
    expect(stderr).toEqual(['[ERROR] [innersource-sig] meetings/innersource-sig.agenda.md: field "(file)" has value "68 KB": is larger than 64 KB, the most an agenda template may be']);
  });

  test('without meetingsRoute (or series pages) there is no series page and no minutes page to link', async () => {
    const context = await site({'meetings/innersource-sig.yml': CALL, 'meetings/innersource-sig/2026-01-13.md': '# Minutes\n'});
    for (const options of [{meetingsRoute: false as const}, {seriesPages: false}]) {
      stdout = '';
      expect(await agenda(context, 'innersource-sig', {}, options)).toBe(0);
      expect(stdout).not.toContain('/meetings/');
      expect(stdout).not.toContain("## Previous meeting's minutes");
    }
  });

  test('in the default locale\'s language', async () => {
    const context = await site({
      'docusaurus.config.js': CONFIG(", i18n: {defaultLocale: 'de', locales: ['de', 'en']}"),
      'meetings/innersource-sig.yml': CALL,
    });
    expect(await agenda(context, 'innersource-sig')).toBe(0);
    expect(stdout.split('\n')[0]).toBe('InnerSource SIG monthly call – Dienstag, 10. Februar 2026');
    expect(stdout).toContain('\n## Wann\n');
    expect(stdout).toContain('\n## Tagesordnung\n\nThemen bitte als Kommentar zu diesem Issue vorschlagen.\n');
  });

  test('a series from a calendar source, read from its snapshot offline', async () => {
    process.env.SIG_OFFLINE = '1';
    const calendar = calendarOf(officeHoursEvent({exdates: ['2027-02-04']}));
    const context = await site({
      'meetings/office-hours.source.yml': 'url: https://calendar.example.org/office-hours.ics\nid: office-hours\n',
      'meetings/.snapshots/office-hours.ics': snapshotText({calendar, host: 'calendar.example.org', fetchedAt: '2027-01-30T06:00:00.000Z'}),
    });
    expect(await agenda(context, 'office-hours', {json: true}, {}, new Date('2027-02-01T06:00:00Z'))).toBe(0);
    // 4 February is cancelled in the calendar.
    expect(JSON.parse(stdout)).toMatchObject({id: 'office-hours', date: '2027-02-11', start: '2027-02-11T16:00:00.000Z', end: '2027-02-11T16:45:00.000Z'});
  });

  test('agenda templates and minutes folders are not meeting files for the loader or sig:check', async () => {
    const context = await site({
      'meetings/innersource-sig.yml': CALL,
      'meetings/innersource-sig.agenda.md': '{{details}}\n',
      'meetings/innersource-sig/2026-01-13.md': '# Minutes\n',
    });
    const options = normalizeOptions({});
    const files = await readMeetingFiles({siteDir: context.siteDir, meetingsDir: path.join(context.siteDir, 'meetings')});
    expect(files.problems).toEqual([]);
    expect(files.meetings.map((meeting) => meeting.id)).toEqual(['innersource-sig']);
    const report = await checkSite({context, options, docsPlugins: [], pageDirs: [], now: NOW});
    expect(report.problems).toEqual([]);
    expect(report.counts.meetings).toBe(1);
  });

  test('is registered as `docusaurus sig:agenda <id>` with repeatable --zone', async () => {
    const context = await site({'meetings/innersource-sig.yml': CALL});
    const {default: plugin} = await import('../index');
    const program = new Command();
    (await plugin(context, normalizeOptions({}))).extendCli!(program as never);
    const saved = process.exitCode;
    try {
      await program.parseAsync(['node', 'docusaurus', 'sig:agenda', 'innersource-sig', '--date', '2026-04-14', '--zone', 'Asia/Tokyo', '--zone', 'America/New_York', '--json']);
      expect(process.exitCode).toBe(0);
    } finally {
      process.exitCode = saved;
    }
    const {body, date} = JSON.parse(stdout) as {body: string; date: string};
    expect(date).toBe('2026-04-14');
    // Ending at midnight in Tokyo is not ending the next day.
    expect(body).toContain('- Tue, 14 Apr 2026, 23:00–00:00 (Japan Time)\n- Tue, 14 Apr 2026, 10:00–11:00 (New York Time)\n');
  });
});
