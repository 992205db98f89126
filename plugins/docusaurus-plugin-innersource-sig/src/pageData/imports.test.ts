import {appendImports, isComponentSource, pageDataImports} from './imports';
import type {PageDataIndex} from './modules';
import {findComponentUsages} from './usages';

const index: PageDataIndex = {
  tags: {
    default: {
      names: {innersource: 'innersource', 'getting started': 'getting-started', 'getting-started': 'getting-started', 'mentoring program': 'mentors', mentors: 'mentors'},
      modules: {innersource: '/d/tag-innersource.js', 'getting-started': '/d/tag-getting-started.js', mentors: '/d/tag-mentors.js'},
      all: '/d/tags-default.js',
    },
    community: {names: {innersource: 'innersource'}, modules: {innersource: '/d/community-innersource.js'}, all: '/d/tags-community.js'},
  },
  meetings: {modules: {'innersource-sig': '/d/meeting-sig.js', americas: '/d/meeting-americas.js'}, all: '/d/meetings.js'},
  events: '/d/events.js',
};

const importsOf = (source: string) => pageDataImports(findComponentUsages(source), index);

describe('pageDataImports', () => {
  test('a tag list imports the module of its tag, found by label or key in any case', () => {
    expect(importsOf('<BokTagList tag="  InnerSource " />')).toEqual(['/d/tag-innersource.js']);
    expect(importsOf('<BokTagList tag="Getting Started" />\n<BokTagList tag="MENTORS" />')).toEqual(['/d/tag-getting-started.js', '/d/tag-mentors.js']);
  });

  test('docsPluginId picks the docs instance', () => {
    expect(importsOf('<BokTagList tag="InnerSource" docsPluginId="community" />')).toEqual(['/d/community-innersource.js']);
    expect(importsOf('<BokTagList tag="InnerSource" docsPluginId="nope" />')).toEqual([]);
  });

  test('unknown tags and meetings import nothing (the component shows its notice); a module is imported once', () => {
    expect(importsOf('<BokTagList tag="Inner Sauce" />\n<MeetingTable meeting="nope" />\n<BokTagList tag="constructor" />')).toEqual([]);
    expect(importsOf('<BokTagList tag="innersource" />\n<BokTagList tag="InnerSource" limit="2" />')).toEqual(['/d/tag-innersource.js']);
  });

  test('meeting tables import their series, from meeting, a list or a comma-separated string', () => {
    expect(importsOf('<MeetingTable meeting="americas" />')).toEqual(['/d/meeting-americas.js']);
    expect(importsOf('<MeetingTable meetings="innersource-sig, americas" />')).toEqual(['/d/meeting-sig.js', '/d/meeting-americas.js']);
    expect(importsOf('<MeetingTable meetings={["americas"]} compact />')).toEqual(['/d/meeting-americas.js']);
  });

  test('a computed tag or meeting imports all of them, since only rendering tells which', () => {
    expect(importsOf('<BokTagList tag={tag} />')).toEqual(['/d/tags-default.js']);
    expect(importsOf('<BokTagList tag="x" docsPluginId={id} />')).toEqual([]);
    expect(importsOf('<BokTagList tag={tag} docsPluginId={id} />')).toEqual(['/d/tags-default.js', '/d/tags-community.js']);
    expect(importsOf('<MeetingTable meeting={id} />')).toEqual(['/d/meetings.js']);
  });

  test('an event list imports the events', () => {
    expect(importsOf('<EventList upcoming limit={3} />\n<EventList past />')).toEqual(['/d/events.js']);
  });
});

describe('isComponentSource', () => {
  test('MDX always; .md only where the site parses it as MDX and the page does not opt out', () => {
    expect(isComponentSource('/s/docs/a.mdx', '', 'detect')).toBe(true);
    expect(isComponentSource('/s/docs/a.md', '', 'detect')).toBe(false);
    expect(isComponentSource('/s/docs/a.md', '# A', 'mdx')).toBe(true);
    expect(isComponentSource('/s/docs/a.md', '---\ntitle: A\nformat: md\n---\n# A', 'mdx')).toBe(false);
  });

  test('JS and TS modules (React pages), but not styles or data', () => {
    expect(isComponentSource('/s/src/pages/x.tsx', '', 'detect')).toBe(true);
    expect(isComponentSource('/s/src/pages/x.js', '', 'detect')).toBe(true);
    expect(isComponentSource('/s/src/css/x.css', '', 'detect')).toBe(false);
  });
});

describe('appendImports', () => {
  test('adds side-effect imports after the last line, so every line of the page keeps its number', () => {
    const source = '---\ntitle: Home\n---\n\n<BokTagList tag="x" />';
    const result = appendImports(source, ['/d/a.js', 'C:\\d\\b.js']);
    expect(result.startsWith(source)).toBe(true);
    expect(result.slice(source.length)).toBe('\n\nimport "/d/a.js";\nimport "C:\\\\d\\\\b.js";\n');
  });

  test('nothing to import leaves the source untouched', () => {
    expect(appendImports('# x\n', [])).toBe('# x\n');
  });
});
