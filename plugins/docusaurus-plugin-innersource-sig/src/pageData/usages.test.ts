import {findComponentUsages, mayUseDataComponents, sourceMayShowProblems, stringsOf} from './usages';

describe('findComponentUsages', () => {
  test('reads string attributes in either quote, in any order, over several lines', () => {
    const source = `# Home

<BokTagList tag="InnerSource" limit="3" />

<BokTagList
  filter='patterns'
  tag='Patterns'
/>
`;
    expect(findComponentUsages(source)).toEqual([
      {component: 'BokTagList', attributes: {tag: {kind: 'string', value: 'InnerSource'}, limit: {kind: 'string', value: '3'}}, offset: source.indexOf('<BokTagList tag')},
      {component: 'BokTagList', attributes: {filter: {kind: 'string', value: 'patterns'}, tag: {kind: 'string', value: 'Patterns'}}, offset: source.indexOf('<BokTagList\n')},
    ]);
  });

  test('string literals in braces, alone or in an array, are known values', () => {
    const [table, single] = findComponentUsages('<MeetingTable meetings={["innersource-sig", \'americas\']} compact />\n<MeetingTable meeting={"x"}/>');
    expect(table!.attributes).toEqual({meetings: {kind: 'strings', values: ['innersource-sig', 'americas']}, compact: {kind: 'flag'}});
    expect(single!.attributes.meeting).toEqual({kind: 'strings', values: ['x']});
  });

  test('anything computed is an expression: only rendering knows its value', () => {
    const usages = findComponentUsages('<BokTagList tag={props.tag} />\n<BokTagList tag={`${area}-patterns`} />\n<MeetingTable meetings={ids.filter((i) => i !== "a")} />');
    expect(usages.map((u) => Object.values(u.attributes)[0])).toEqual([{kind: 'expression'}, {kind: 'expression'}, {kind: 'expression'}]);
  });

  test('a ">" inside a quoted or braced value does not end the element', () => {
    const [usage] = findComponentUsages('<EventList limit={a > b ? 1 : 2} tag="a>b" upcoming />');
    expect(usage!.attributes).toEqual({limit: {kind: 'expression'}, tag: {kind: 'string', value: 'a>b'}, upcoming: {kind: 'flag'}});
  });

  test('other components and longer names are not uses', () => {
    expect(findComponentUsages('<BoxOut title="x" />\n<BokTagListing tag="x" />\n<MeetingTables meeting="y" />')).toEqual([]);
  });

  test('JSX in a React page is read the same way', () => {
    const source = "export default function Page() {\n  return <Layout><EventList past limit={5} /></Layout>;\n}\n";
    expect(findComponentUsages(source)).toEqual([{component: 'EventList', attributes: {past: {kind: 'flag'}, limit: {kind: 'expression'}}, offset: source.indexOf('<EventList')}]);
  });
});

describe('mayUseDataComponents', () => {
  test('is the cheap test that lets most files through untouched', () => {
    expect(mayUseDataComponents('# A doc\n\nNo components here, just <b>HTML</b>.')).toBe(false);
    expect(mayUseDataComponents('<MeetingTable meeting="x" />')).toBe(true);
  });
});

describe('sourceMayShowProblems', () => {
  it('holds for a data component, a calendar link or a notice, and not for plain prose', () => {
    expect(sourceMayShowProblems('<MeetingTable meeting="sig" />')).toBe(true);
    expect(sourceMayShowProblems('[Subscribe](/ics/sig.ics)')).toBe(true);
    expect(sourceMayShowProblems("import CalendarFileLink from '@theme/CalendarFileLink';")).toBe(true);
    expect(sourceMayShowProblems('<span data-sig-problem="unknown-tag" />')).toBe(true);
    expect(sourceMayShowProblems('# Trusted committers\n\nA role, not a title.')).toBe(false);
  });
});

describe('stringsOf', () => {
  it('gives the names as the components read them: trimmed, without empty ones', () => {
    expect(stringsOf({kind: 'string', value: ' sig '})).toEqual(['sig']);
    expect(stringsOf({kind: 'string', value: 'a, b,'}, true)).toEqual(['a', 'b']);
    expect(stringsOf({kind: 'strings', values: ['a', ' ']})).toEqual(['a']);
    expect(stringsOf({kind: 'flag'})).toEqual([]);
    expect(stringsOf(undefined)).toEqual([]);
    expect(stringsOf({kind: 'expression'})).toBe('expression');
  });
});
