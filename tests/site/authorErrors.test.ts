import fs from 'node:fs';
import path from 'node:path';
import {build, makeSite, pluginCommand, removeSites} from './fixtureSites';

// Real `docusaurus build` runs of small sites with author mistakes: the author must get one
// clear line naming the problem, no stack trace, and no half-written output. Docusaurus reports
// the plugin's error as the cause of its own, "Unable to build website for locale en.".
const BUILD_FAILED = '[ERROR] [Error: Unable to build website for locale en.] {';
afterAll(removeSites);

describe('docusaurus build with author mistakes', () => {
  test('a bad meeting file stops the build with one line naming file, field and value', () => {
    const site = makeSite(
      {'meetings/call.yml': 'title: Call\ntimezone: Europe/Londn\nstart: 2025-01-01T10:00\nduration: 30\n'},
      {},
      false,
    );
    const {status, output} = build(site);
    expect(status).toBe(1);
    const errors = output.split('\n').filter((line) => line.includes('[ERROR]'));
    expect(errors).toEqual([BUILD_FAILED]);
    expect(output).toMatch(/\n {2}\[cause\]: \[innersource-sig\] meetings\/call\.yml: field "timezone" has value "Europe\/Londn"/);
    expect(output).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(site, 'build'))).toBe(false);
    expect(fs.existsSync(path.join(site, 'meetings/calendar.lock.json'))).toBe(false);
  });

  const contentWithProblems = {
    'docs/intro.md': '---\ntags: [known]\n---\n# Intro\n\n<BokTagList tag="nope" />\n\n[Calendar](/ics/missing.ics)\n',
    'docs/other.md': '---\ntags: [known]\n---\n# Other\n\n<MeetingTable meeting="ghost" />\n',
  };

  test("onContentProblems 'throw' fails the build listing each unknown tag, meeting and .ics link", () => {
    const site = makeSite({...contentWithProblems}, {onContentProblems: 'throw'}, true);
    const {status, output} = build(site);
    expect(status).toBe(1);
    expect(output).toMatch(/docs\/intro\/index\.html: BokTagList names tag "nope"/);
    expect(output).toMatch(/docs\/intro\/index\.html: links to \/ics\/missing\.ics, which the build does not generate/);
    expect(output).toMatch(/docs\/other\/index\.html: MeetingTable names meeting "ghost"/);
    expect(output).not.toMatch(/\n\s+at /);
  });

  test("onContentProblems 'warn' builds the site, shows the notice on the page and warns", () => {
    const site = makeSite({...contentWithProblems}, {onContentProblems: 'warn'}, true);
    const {status, output} = build(site);
    expect(status).toBe(0);
    expect(output).toMatch(/\[WARNING\][\s\S]*BokTagList names tag "nope"/);
    const html = fs.readFileSync(path.join(site, 'build/docs/intro/index.html'), 'utf8');
    expect(html).toMatch(/data-sig-problem="?unknown-tag/);
    expect(html).toContain('No document has the tag');
  });

  test('several bad data files stop the build with one line each, before anything is written', () => {
    const site = makeSite({...severalBadDataFiles}, {}, false);
    const {status, output} = build(site);
    expect(status).toBe(1);
    expect(output).toContain(`${BUILD_FAILED}\n  [cause]: [innersource-sig] 3 problems in data files:\n`);
    expect(output).toContain('\n  events/x.md: field "date" has value "2027-02-30": is not a real date\n');
    expect(output).toMatch(/\n {2}meetings\/a\.yml: field "timezone" has value "Europe\/Londn"/);
    expect(output).toMatch(/\n {2}meetings\/b\.yml: field "room" has value "12": is not a known field/);
    expect(output).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(site, 'build'))).toBe(false);
    expect(fs.existsSync(path.join(site, 'meetings/calendar.lock.json'))).toBe(false);
  });
});

const severalBadDataFiles = {
  'meetings/a.yml': 'title: A\ntimezone: Europe/Londn\nstart: 2025-01-07T10:00\nduration: 30\n',
  'meetings/b.yml': 'title: B\ntimezone: Europe/London\nstart: 2025-01-07T10:00\nduration: 30\nroom: 12\n',
  'meetings/c.yml': 'title: C\ntimezone: Europe/London\nstart: 2025-01-07T10:00\nduration: 30\n',
  'events/x.md': '---\ntitle: X\ndate: 2027-02-30\n---\n',
};

describe('docusaurus sig:check', () => {
  const pages = {
    'docs/intro.md': '---\ntags: [known]\n---\n# Intro\n\n<BokTagList tag="nope" />\n\n[Calendar](/ics/missing.ics)\n\n<MeetingTable meeting="ghost" />\n',
    'docs/fine.md': '---\ntags: [known]\n---\n# Fine\n\n<BokTagList tag="Known" />\n\n<MeetingTable meeting="c" />\n\n[Calendar](/ics/c.ics), [all](/ics/meetings.ics)\n',
  };

  test('lists every problem of every file, one line each with its line number, and exits 1', () => {
    const site = makeSite({...severalBadDataFiles, ...pages}, {}, true);
    const {status, stdout, output} = pluginCommand('sig:check', site);
    expect(status).toBe(1);
    // Everything but Docusaurus' own [INFO] lines (the fixture has no package.json).
    expect(stdout.trim().split('\n').filter((line) => !line.startsWith('['))).toEqual([
      'docs/intro.md:6: field "tag" has value "nope": is not a tag of any listed doc (known: known)',
      expect.stringMatching(/^docs\/intro\.md:8: field "link" has value "\/ics\/missing\.ics": is not a calendar the build makes/),
      'docs/intro.md:10: field "meeting" has value "ghost": is not the id of a meeting file (known: c, a, b)',
      'events/x.md:3: field "date" has value "2027-02-30": is not a real date',
      expect.stringMatching(/^meetings\/a\.yml:2: field "timezone" has value "Europe\/Londn"/),
      expect.stringMatching(/^meetings\/b\.yml:5: field "room" has value "12": is not a known field/),
    ]);
    expect(output).toMatch(/\[ERROR\] sig:check found 6 problems/);
    expect(output).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(site, 'meetings/calendar.lock.json'))).toBe(false);
  });

  test('says OK in one line and exits 0 when there is nothing to fix', () => {
    const site = makeSite({'meetings/c.yml': severalBadDataFiles['meetings/c.yml'], 'docs/fine.md': pages['docs/fine.md']}, {}, true);
    const {status, output} = pluginCommand('sig:check', site);
    expect(output).toMatch(/\[SUCCESS\] sig:check: no problems in 1 meeting files, 0 event files and 1 pages/);
    expect(status).toBe(0);
  });
});
