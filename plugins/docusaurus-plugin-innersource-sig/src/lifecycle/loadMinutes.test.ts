import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DataError} from '../errors';
import {parseMeetingFile} from '../meetings/load';
import {loadMinutes} from './loadMinutes';

// Written for these tests: a monthly call on the second Tuesday, 15:00 in London (2025: 14 Jan,
// 11 Feb, 11 Mar), February's cancelled.
const SERIES_YAML = 'title: Monthly sync\ntimezone: Europe/London\nstart: 2025-01-14T15:00\nduration: 60\nrepeat: FREQ=MONTHLY;BYDAY=2TU\ncancelled: [2025-02-11]\n';
const MEETINGS = [parseMeetingFile('meetings/sync.yml', SERIES_YAML)];
const TRANSLATIONS = 'i18n/fr/docusaurus-plugin-innersource-sig/meetings';

const FILES: Record<string, string> = {
  'meetings/sync.yml': SERIES_YAML,
  'meetings/sync/2025-01-14.md': '---\ntitle: New year call\ndescription: Plans for the year.\n---\n\n# Minutes\n',
  'meetings/sync/2025-03-11.mdx': '# Minutes of March\n',
  // Neither is minutes: a partial, and a dot folder (where calendar snapshots live).
  'meetings/sync/_partial.md': 'Shared text.\n',
  'meetings/.snapshots/notes.md': 'Not minutes.\n',
  [`${TRANSLATIONS}/sync/2025-01-14.md`]: '---\ntitle: Réunion de début d\'année\n---\n\n# Compte rendu\n',
};

function makeSite(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sig-minutes-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const sites: string[] = [];
afterAll(() => sites.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

/** loadMinutes on a site of FILES with `extra` (a null removes a file), in English or in French. */
function load(extra: Record<string, string | null> = {}, translated = false) {
  const files = Object.fromEntries(Object.entries({...FILES, ...extra}).filter((entry): entry is [string, string] => entry[1] !== null));
  const siteDir = makeSite(files);
  sites.push(siteDir);
  const result = loadMinutes({
    siteDir,
    meetingsDir: path.join(siteDir, 'meetings'),
    ...(translated && {localizedDir: path.join(siteDir, TRANSLATIONS)}),
    meetings: MEETINGS,
  });
  return {siteDir, ...result};
}

describe('loadMinutes', () => {
  test('reads the minutes files of each series, leaving out partials and dot folders', () => {
    const {siteDir, content, problems} = load();
    expect(problems).toEqual([]);
    expect(content.minutes).toEqual([
      {seriesId: 'sync', date: '2025-01-14', name: 'sync/2025-01-14.md', title: 'New year call', description: 'Plans for the year.'},
      {seriesId: 'sync', date: '2025-03-11', name: 'sync/2025-03-11.mdx'},
    ]);
    expect(content.sources).toEqual({
      'sync/2025-01-14.md': path.join(siteDir, 'meetings/sync/2025-01-14.md'),
      'sync/2025-03-11.mdx': path.join(siteDir, 'meetings/sync/2025-03-11.mdx'),
    });
    expect([...content.sourceFiles].sort()).toEqual([path.join(siteDir, 'meetings/sync/2025-01-14.md'), path.join(siteDir, 'meetings/sync/2025-03-11.mdx')]);
  });

  test("a translation's title is used and its file becomes the page's content; files without one keep the original", () => {
    const {siteDir, content, problems} = load({}, true);
    expect(problems).toEqual([]);
    expect(content.minutes.map((entry) => [entry.name, entry.title])).toEqual([
      ['sync/2025-01-14.md', "Réunion de début d'année"],
      ['sync/2025-03-11.mdx', undefined],
    ]);
    expect(content.sources['sync/2025-01-14.md']).toBe(path.join(siteDir, TRANSLATIONS, 'sync/2025-01-14.md'));
    expect(content.sources['sync/2025-03-11.mdx']).toBe(path.join(siteDir, 'meetings/sync/2025-03-11.mdx'));
    // The bundler watches the translation too.
    expect(content.sourceFiles).toContain(path.join(siteDir, TRANSLATIONS, 'sync/2025-01-14.md'));
  });

  test("the problems of a translation's front matter name the translation", () => {
    const translation = `${TRANSLATIONS}/sync/2025-01-14.md`;
    const unknown = load({[translation]: '---\ntitle: Réunion\nauteur: Ada\n---\n'}, true).problems;
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toBeInstanceOf(DataError);
    expect(unknown[0]).toMatchObject({file: translation, field: 'auteur', value: 'Ada'});
    const broken = load({[translation]: '---\ntitle: [Réunion\n---\n'}, true).problems;
    expect(broken.map((problem) => [problem.file, problem.field])).toEqual([[translation, '(front matter)']]);
    expect(broken[0]!.message).toContain('YAML syntax error');
  });

  test('a translation is not read for the default language', () => {
    const {problems, content} = load({[`${TRANSLATIONS}/sync/2025-01-14.md`]: '---\nauteur: Ada\n---\n'});
    expect(problems).toEqual([]);
    expect(content.minutes[0]!.title).toBe('New year call');
  });

  test('problems of the files themselves name them, all together', () => {
    const {problems, content} = load({
      'meetings/sync/2025-02-11.md': '# Cancelled\n',
      'meetings/sync/2025-03-11.mdx': '---\ntitle: [March\n---\n',
      'meetings/weekly/2025-01-14.md': '# Weekly\n',
    });
    expect(problems.map((problem) => [problem.file, problem.field]).sort()).toEqual([
      ['meetings/sync/2025-02-11.md', 'date'],
      ['meetings/sync/2025-03-11.mdx', '(front matter)'],
      ['meetings/weekly/2025-01-14.md', 'series'],
    ]);
    expect(content.minutes.map((entry) => entry.name)).toEqual(['sync/2025-01-14.md']);
  });

  test('a site without minutes has none', () => {
    const {content, problems} = load({'meetings/sync/2025-01-14.md': null, 'meetings/sync/2025-03-11.mdx': null});
    expect(problems).toEqual([]);
    expect(content).toEqual({minutes: [], sources: {}, sourceFiles: []});
  });
});
