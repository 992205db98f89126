import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {loadContext} from '@docusaurus/core/lib/server/site';
import {normalizeOptions} from '../options';
import {checkSite} from './checkSite';

const NOW = new Date('2027-06-01T12:00:00Z');
const MEETING = 'title: Call\ntimezone: Europe/London\nstart: 2025-01-07T10:00\nduration: 30\n';
const DOCS = {id: 'default', path: 'docs', include: ['**/*.{md,mdx}'], exclude: ['**/_*.{md,mdx}']};

const FILES: Record<string, string> = {
  'docusaurus.config.js': "module.exports = {title: 'Fixture', url: 'https://sig.example.org', baseUrl: '/sig/'};",
  'docs/tags.yml': 'patterns:\n  label: Patterns\n',
  'docs/a.md': '---\ntags: [patterns, Inline Tag]\n---\n# A\n',
  'docs/draft.md': '---\ntags: [secret]\ndraft: true\n---\n# Draft\n',
  'meetings/call.yml': MEETING,
  'meetings/legacy.yml': `${MEETING}ics: finos-event-7\n`,
  'static/ics/downloaded.ics': 'BEGIN:VCALENDAR\nEND:VCALENDAR\n',
  'events/summit.md': '---\ntitle: Summit\ndate: 2027-09-15\n---\n',
  'events/wip.md': '---\ntitle: Work in progress\ndate: 2027-12-01\ndraft: true\n---\n',
  'events/elsewhere.md': '---\ntitle: Elsewhere\ndate: 2027-07-01\nredirect: https://conf.example.org/sig\n---\n',
};

async function check(extra: Record<string, string>) {
  const siteDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sig-check-'));
  try {
    for (const [name, text] of Object.entries({...FILES, ...extra})) {
      await fs.mkdir(path.dirname(path.join(siteDir, name)), {recursive: true});
      await fs.writeFile(path.join(siteDir, name), text);
    }
    const context = await loadContext({siteDir});
    const meetingsBefore = await fs.readdir(path.join(siteDir, 'meetings'));
    const report = await checkSite({context, options: normalizeOptions({}), docsPlugins: [DOCS], pageDirs: [path.join(siteDir, 'docs'), path.join(siteDir, 'src')], now: NOW});
    // Nothing written: no lock file appears, as a build would write one.
    expect(await fs.readdir(path.join(siteDir, 'meetings'))).toEqual(meetingsBefore);
    return report;
  } finally {
    await fs.rm(siteDir, {recursive: true, force: true});
  }
}

describe('checkSite', () => {
  test('a page naming what exists has no problem: tags from front matter and tags.yml, meetings, generated and static calendars', async () => {
    const page = [
      '<BokTagList tag="Patterns" />',
      '<BokTagList tag="inline tag" />',
      '<MeetingTable meetings={["call", "legacy"]} />',
      '[a](/ics/call.ics) [b](/ics/finos-event-7.ics) [c](/ics/meetings.ics) [d](/ics/events/summit.ics) [e](/ics/downloaded.ics) [f](/ics/events.ics)',
    ].join('\n');
    const report = await check({'src/pages/index.mdx': page});
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({meetings: 2, events: 3, pages: 1});
  });

  test('what the production build would not have is a problem: a draft doc\'s tag, a draft or redirect event\'s calendar, a meeting\'s renamed calendar', async () => {
    const page = '<BokTagList tag="secret" />\n\n[a](/ics/events/wip.ics)\n[b](/ics/events/elsewhere.ics)\n[c](/ics/legacy.ics)\n';
    const {problems} = await check({'docs/links.md': page});
    expect(problems).toEqual([
      expect.stringMatching(/^docs\/links\.md:1: field "tag" has value "secret"/),
      expect.stringMatching(/^docs\/links\.md:3: field "link" has value "\/ics\/events\/wip\.ics"/),
      expect.stringMatching(/^docs\/links\.md:4: field "link" has value "\/ics\/events\/elsewhere\.ics"/),
      expect.stringMatching(/^docs\/links\.md:5: field "link" has value "\/ics\/legacy\.ics"/),
    ]);
  });

  test('bad data files are listed with their lines, and pages naming them are not reported twice', async () => {
    const {problems} = await check({
      'meetings/broken.yml': 'title: Broken\ntimezone: Europe/London\nstart: 2025-01-07T10:00\nduration: 30\nmoved:\n  - from: 2025-01-14\n    start: 2025-01-15T10:00\n',
      'meetings/calendar.lock.json': '{"call": {"fingerprint": 1}}',
      'events/calendar.lock.json': '{"summit": {"fingerprint": "x", "sequence": -1}}',
      'events/bad.md': '---\ntitle: Bad\ndate: 2027-09-15\nend: 2027-09-15\nsessions:\n  - title: Late\n    start: 2027-09-16T10:00\n    end: 2027-09-16T11:00\n---\n',
      'docs/uses.md': '<MeetingTable meeting="broken" />\n\n[x](/ics/broken.ics) [y](/ics/events/bad.ics)\n',
    });
    expect(problems).toEqual([
      'events/bad.md:7: field "sessions[0].start" has value "2027-09-16T10:00": is outside the event\'s days (2027-09-15 in Etc/UTC): fix the session or `end`, or leave `end` out to let the sessions set the last day',
      expect.stringMatching(/^events\/calendar\.lock\.json:1: field "summit\.sequence" has value "-1": must be a whole number/),
      expect.stringMatching(/^meetings\/broken\.yml:5: field "moved" has value .*only applies to a repeating meeting/),
      expect.stringMatching(/^meetings\/calendar\.lock\.json:1: field "call\.fingerprint" has value "1": must be a string$/),
    ]);
  });

  test("each translated locale's copies of the event files are checked as that locale's build reads them", async () => {
    const {problems} = await check({
      'docusaurus.config.js': "module.exports = {title: 'Fixture', url: 'https://sig.example.org', baseUrl: '/', i18n: {defaultLocale: 'en', locales: ['en', 'fr']}};",
      'i18n/fr/docusaurus-plugin-innersource-sig/events/summit.md': '---\ntitle: Sommet\nsessions: deux\n---\n',
    });
    expect(problems).toEqual([expect.stringMatching(/^i18n\/fr\/docusaurus-plugin-innersource-sig\/events\/summit\.md:3: field "sessions" has value "deux": must be a list/)]);
  });
});

describe('checkSite: minutes', () => {
  // Written for these tests: a weekly call on Tuesdays from 7 January 2025, the 14th cancelled.
  const WEEKLY = `${MEETING}repeat: FREQ=WEEKLY\ncancelled: [2025-01-14]\n`;

  test('a minutes file for a cancelled meeting is a problem, as the build would find it', async () => {
    const {problems} = await check({'meetings/weekly.yml': WEEKLY, 'meetings/weekly/2025-01-14.md': '# Minutes\n', 'meetings/weekly/2025-01-21.md': '# Minutes\n'});
    expect(problems).toEqual([
      'meetings/weekly/2025-01-14.md:1: field "date" has value "2025-01-14": is a cancelled meeting of meetings/weekly.yml: remove the file, or the date from `cancelled`',
    ]);
  });

  test("each translated locale's minutes are checked, their problems naming the translation; the originals' problems are not repeated per locale", async () => {
    const {problems} = await check({
      'docusaurus.config.js': "module.exports = {title: 'Fixture', url: 'https://sig.example.org', baseUrl: '/', i18n: {defaultLocale: 'en', locales: ['en', 'fr']}};",
      'meetings/weekly.yml': WEEKLY,
      'meetings/weekly/2025-01-14.md': '# Minutes\n',
      'meetings/weekly/2025-01-21.md': '# Minutes\n',
      'i18n/fr/docusaurus-plugin-innersource-sig/meetings/weekly/2025-01-21.md': '---\ntitre: Compte rendu\n---\n',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^i18n\/fr\/docusaurus-plugin-innersource-sig\/meetings\/weekly\/2025-01-21\.md:2: field "titre" has value "Compte rendu": is not a known field/),
      expect.stringMatching(/^meetings\/weekly\/2025-01-14\.md:1: field "date" has value "2025-01-14": is a cancelled meeting/),
    ]);
  });

  test("a link map's wrong date is reported at the line of its key", async () => {
    const {problems} = await check({'meetings/weekly.yml': `${WEEKLY}notes:\n  2025-01-21: https://example.org/jan-21\n  2025-01-22: https://example.org/jan-22\n`});
    expect(problems).toEqual([expect.stringMatching(/^meetings\/weekly\.yml:9: field "notes\.2025-01-22" has value "2025-01-22": is not a date on which this meeting takes place/)]);
  });

  test("sig:agenda's templates: an unknown placeholder at its line, a template of no series; a good one passes", async () => {
    const {problems} = await check({
      'meetings/call.agenda.md': '# {{title}}\n\n{{details}}\n\nAttendance: {{attendees}}\n',
      'meetings/retired.agenda.md': '{{details}}\n',
      'meetings/legacy.agenda.md': 'Agenda of {{series}} on {{date}}\n',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^meetings\/call\.agenda\.md:5: field "placeholder" has value "\{\{attendees\}\}": is not a placeholder of agenda templates; they are \{\{title\}\}/),
      expect.stringMatching(/^meetings\/retired\.agenda\.md:1: field "series" has value "retired": is not the id of a meeting series \(known: call, legacy\)/),
    ]);
  });

  test('the minutes of a series whose file is invalid are not reported as minutes of an unknown series', async () => {
    const {problems} = await check({'meetings/weekly.yml': `${WEEKLY}colour: red\n`, 'meetings/weekly/2025-01-21.md': '# Minutes\n'});
    expect(problems).toEqual([expect.stringMatching(/^meetings\/weekly\.yml:7: field "colour" has value "red": is not a known field/)]);
  });
});
