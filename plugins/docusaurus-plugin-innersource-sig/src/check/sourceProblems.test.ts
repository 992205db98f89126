import {findSourceProblems, withoutCode, type SiteNames} from './sourceProblems';

const SITE: SiteNames = {
  tags: {default: [{label: 'innersource', key: 'innersource'}, {label: 'getting started', key: 'getting-started'}]},
  meetingIds: new Set(['sig-call', 'americas']),
  icsPaths: new Set(['/ics/meetings.ics', '/ics/sig-call.ics', '/ics/events/summit.ics']),
  host: 'sig.example.org',
  baseUrl: '/portal/',
};

const lines = (file: string, source: string) => findSourceProblems(file, source, SITE).map((p) => p.error.at(p.line));

describe('findSourceProblems', () => {
  test('known tags (label or key, any case), meetings and calendars give no problem', () => {
    const page = `# Home

<BokTagList tag="InnerSource" />
<BokTagList tag="Getting Started" limit="3" />
<MeetingTable meetings={["sig-call", "americas"]} compact />
<MeetingTable meeting="sig-call" />

[All meetings](/ics/meetings.ics), <a href="pathname:///ics/events/summit.ics">summit</a>,
[webcal](webcal://sig.example.org/portal/ics/sig-call.ics), [with base](/portal/ics/sig-call.ics)
`;
    expect(lines('docs/home.mdx', page)).toEqual([]);
  });

  test('each unknown tag, meeting and calendar link gets a line with its line number', () => {
    const page = `---
tags: [innersource]
---
# Page

<BokTagList tag="Inner Sauce" />

<MeetingTable meetings="sig-call, ghost" />

See [the calendar](/ics/old-call.ics).
<BokTagList tag="innersource" docsPluginId="community" />
`;
    expect(lines('docs/page.mdx', page)).toEqual([
      'docs/page.mdx:6: field "tag" has value "Inner Sauce": is not a tag of any listed doc (known: innersource, getting started)',
      'docs/page.mdx:8: field "meetings" has value "ghost": is not the id of a meeting file (known: sig-call, americas)',
      'docs/page.mdx:10: field "link" has value "/ics/old-call.ics": is not a calendar the build makes: no meeting `ics`/id or event slug has this name, and no static folder has this file',
      'docs/page.mdx:11: field "docsPluginId" has value "community": is not a docs plugin whose tags can be listed (known: default)',
    ]);
  });

  test('a BokTagList without a tag is reported; computed values are left to the build', () => {
    expect(lines('src/pages/index.tsx', 'export default () => <><BokTagList /><BokTagList tag={props.tag} /><MeetingTable meeting={id} /></>;\n')).toEqual([
      'src/pages/index.tsx:1: field "tag" is missing: is required: BokTagList lists the docs of one tag, e.g. tag="InnerSource"',
    ]);
  });

  test('examples in code and other sites are not links to check', () => {
    const page = '```mdx\n<BokTagList tag="example" />\n[cal](/ics/example.ics)\n```\n\nInline `<MeetingTable meeting="x" />` too.\n\n[Other](https://other.example.org/ics/x.ics)\n';
    expect(lines('docs/how-to.md', page)).toEqual([]);
    expect(lines('src/theme/Footer.tsx', 'const href = "https://other.example.org/ics/x.ics";\n')).toEqual([]);
  });

  test('.ics paths in the string literals of JS/TS pages are checked, as the build checks the links they become', () => {
    const page = [
      "import useBaseUrl from '@docusaurus/useBaseUrl';",
      'export default function Calls() {',
      "  const all = useBaseUrl('/ics/meetings.ics');",
      '  return <p><a href={all}>All</a>, <a href="/ics/old-call.ics">old</a>, <Link to={`/ics/gone.ics`}>gone</Link></p>;',
      '}',
      '',
    ].join('\n');
    expect(lines('src/pages/calls.tsx', page)).toEqual([
      expect.stringMatching(/^src\/pages\/calls\.tsx:4: field "link" has value "\/ics\/old-call\.ics": is not a calendar the build makes/),
      expect.stringMatching(/^src\/pages\/calls\.tsx:4: field "link" has value "\/ics\/gone\.ics"/),
    ]);
  });
});

describe('withoutCode', () => {
  test('keeps lines and offsets', () => {
    const page = 'a\n```\ncode\n```\nb `c` d\n';
    expect(withoutCode(page)).toHaveLength(page.length);
    expect(withoutCode(page).split('\n')).toEqual(['a', '   ', '    ', '   ', 'b     d', '']);
  });
});
