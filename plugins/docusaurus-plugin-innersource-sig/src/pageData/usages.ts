/** The components whose data travels with the page (see client/pageData.ts). */
export const DATA_COMPONENTS = ['BokTagList', 'MeetingTable', 'EventList', 'MeetingCalendar'] as const;
export type DataComponent = (typeof DATA_COMPONENTS)[number];

export type AttributeValue =
  | {kind: 'string'; value: string}
  /** `{["a", "b"]}` or `{"a"}`: string literals only. */
  | {kind: 'strings'; values: string[]}
  /** Anything computed: known only when the page renders. */
  | {kind: 'expression'}
  /** A bare attribute: `<EventList upcoming />`. */
  | {kind: 'flag'};

export interface ComponentUsage {
  component: DataComponent;
  attributes: Record<string, AttributeValue>;
  /** Where the element starts in the source, for messages. */
  offset: number;
}

// `{…}` with one level of nested braces: enough for `{["a", "b"]}` or `{{a: 1}}`.
const EXPRESSION = String.raw`\{(?:[^{}]|\{[^{}]*\})*\}`;
const ELEMENT = new RegExp(String.raw`<(${DATA_COMPONENTS.join('|')})\b((?:[^>"'{]|"[^"]*"|'[^']*'|${EXPRESSION})*)>`, 'g');
const ATTRIBUTE = new RegExp(String.raw`([A-Za-z_$][\w$-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(${EXPRESSION})))?`, 'g');
const STRING_LITERAL = /(["'`])((?:(?!\1)[^\\]|\\.)*)\1/g;

/** Cheap test run on every file: most pages use none of the components. */
export function mayUseDataComponents(source: string): boolean {
  return DATA_COMPONENTS.some((name) => source.includes(`<${name}`));
}

/** Attribute the theme components put on their visible "not found" notices (SigNotice). */
export const PROBLEM_ATTRIBUTE = 'data-sig-problem';

/** Words a source needs to put a notice or a calendar link in its page. */
const PROBLEM_WORDS = ['.ics', 'CalendarFileLink', 'SigNotice', PROBLEM_ATTRIBUTE];

/**
 * Whether a source file (MDX, JS, or data it feeds to pages) can make its page hold a notice or
 * an .ics link: the pages of the others need no content check (check/pagesToCheck.ts).
 */
export function sourceMayShowProblems(text: string): boolean {
  return mayUseDataComponents(text) || PROBLEM_WORDS.some((word) => text.includes(word));
}

/**
 * The names an attribute gives, as the components read them: trimmed, without empty ones, and
 * with `split` also a comma-separated list (`meetings="a, b"`). 'expression' for a computed
 * value, known only when the page renders.
 */
export function stringsOf(value: AttributeValue | undefined, split = false): string[] | 'expression' {
  if (!value || value.kind === 'flag') return [];
  if (value.kind === 'expression') return 'expression';
  const values = value.kind === 'string' ? [value.value] : value.values;
  return (split ? values.flatMap((v) => v.split(',')) : values).map((v) => v.trim()).filter(Boolean);
}

function expressionValue(braced: string): AttributeValue {
  const code = braced.slice(1, -1);
  const values: string[] = [];
  const rest = code.replace(STRING_LITERAL, (_, quote: string, text: string) => {
    if (quote === '`' && text.includes('${')) return '?';
    values.push(text.replace(/\\(.)/g, '$1'));
    return '';
  });
  return /^[\s,[\]]*$/.test(rest) && values.length > 0 ? {kind: 'strings', values} : {kind: 'expression'};
}

/**
 * The uses of BokTagList, MeetingTable, EventList and MeetingCalendar in an MDX or JSX source, with their
 * attributes. A text scan rather than a parse: it runs on every page of the site, and a use it
 * misreads only costs that page a notice, never wrong data.
 */
export function findComponentUsages(source: string): ComponentUsage[] {
  const usages: ComponentUsage[] = [];
  for (const element of source.matchAll(ELEMENT)) {
    const attributes: Record<string, AttributeValue> = {};
    for (const [, name, double, single, braced] of element[2]!.matchAll(ATTRIBUTE)) {
      if (double !== undefined || single !== undefined) attributes[name!] = {kind: 'string', value: (double ?? single)!};
      else if (braced !== undefined) attributes[name!] = expressionValue(braced);
      else attributes[name!] = {kind: 'flag'};
    }
    usages.push({component: element[1] as DataComponent, attributes, offset: element.index});
  }
  return usages;
}
