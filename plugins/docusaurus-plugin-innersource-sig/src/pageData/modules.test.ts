import path from 'node:path';
import {buildPageDataModules} from './modules';
import {buildTagIndex} from '../tags/tagIndex';
import type {EventSummary, MeetingClientData} from '../types';

const DATA_DIR = path.join(path.sep, 'site', '.docusaurus', 'plugin', 'default');
const STORE = path.join(path.sep, 'plugin', 'lib', 'client', 'pageData.js');

const tagIndex = buildTagIndex([
  {title: 'Intro "quoted" </script>', permalink: '/docs/intro', frontMatter: {}, tags: [{label: 'InnerSource', permalink: '/docs/tags/innersource'}]},
  {title: 'Café\u2028line', permalink: '/docs/cafe', frontMatter: {}, tags: [{label: 'Getting Started', permalink: '/docs/tags/getting-started'}]},
]);
const meeting = {id: 'sig-call', title: 'SIG call'} as MeetingClientData;
const event = {slug: 'summit', title: 'Summit'} as EventSummary;

const built = buildPageDataModules({tagIndexes: {default: tagIndex}, meetings: [meeting], events: [event], dataDir: DATA_DIR, storeModule: STORE});

/** Runs a generated module with a stand-in store, as the bundler would with the real one. */
function run(fileName: string): {calls: unknown[][]; exported: unknown} {
  const source = built.files.get(fileName)!;
  const calls: unknown[][] = [];
  const importLine = /^import \{(\w+)\} from "(.*)";$/m.exec(source)!;
  expect(importLine[2]).toBe(STORE);
  const body = source.replace(importLine[0], '').replace('export default ', 'return ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const exported = new Function(importLine[1]!, body)((...args: unknown[]) => (calls.push(args), args[args.length - 1]));
  return {calls, exported};
}

describe('buildPageDataModules', () => {
  test('one module per tag registers that tag\'s docs, whatever characters they hold', () => {
    const innersource = built.index.tags.default!.modules.innersource!;
    expect(path.dirname(innersource)).toBe(DATA_DIR);
    const {calls} = run(path.basename(innersource));
    expect(calls).toEqual([['default', 'innersource', [{title: 'Intro "quoted" </script>', permalink: '/docs/intro'}]]]);
    const {calls: gs} = run(path.basename(built.index.tags.default!.modules['getting-started']!));
    expect((gs[0]![2] as Array<{title: string}>)[0]!.title).toBe('Café\u2028line');
  });

  test('the index finds tags by label and key', () => {
    expect(built.index.tags.default!.names).toEqual({innersource: 'innersource', 'getting started': 'getting-started', 'getting-started': 'getting-started'});
  });

  test('meeting and events modules register their data', () => {
    expect(run(path.basename(built.index.meetings.modules['sig-call']!)).calls).toEqual([[meeting]]);
    expect(run(path.basename(built.index.events)).exported).toEqual([event]);
  });

  test('the "all" modules import each module once, by a path relative to themselves', () => {
    const allTags = built.files.get(path.basename(built.index.tags.default!.all))!;
    const imported = [...allTags.matchAll(/from "\.\/(.*)"/g)].map((m) => path.join(DATA_DIR, m[1]!));
    expect(imported.sort()).toEqual(Object.values(built.index.tags.default!.modules).sort());
    const allMeetings = built.files.get(path.basename(built.index.meetings.all))!;
    expect(allMeetings).toContain(`from "./${path.basename(built.index.meetings.modules['sig-call']!)}"`);
  });

  test('file names are safe for any tag or meeting id, and distinct', () => {
    const odd = buildPageDataModules({
      tagIndexes: {'docs/v2': buildTagIndex([{title: 'A', permalink: '/a', frontMatter: {}, tags: [{label: 'C#', permalink: '/docs/tags/c%23'}, {label: 'c', permalink: '/docs/tags/c'}]}])},
      meetings: [],
      events: [],
      dataDir: DATA_DIR,
      storeModule: STORE,
    });
    const names = [...odd.files.keys()];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[\w.-]+\.js$/);
  });
});
