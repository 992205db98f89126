/**
 * The line of a DataError's field in its file, for `file:line:` messages that editors and CI
 * annotations link to. The field path (`moved[0].from`) is looked up in the YAML document.
 */
import {LineCounter, parseDocument} from 'yaml';
import {FRONT_MATTER} from '../events/frontMatter';

/** "moved[0].from" → ['moved', 0, 'from']; "(file)" and "(front matter)" name the whole document: []. */
export function fieldPath(field: string): Array<string | number> {
  if (field.startsWith('(')) return [];
  return field.split('.').flatMap((part) => {
    const [name, ...indexes] = part.split('[');
    return [name!, ...indexes.map((index) => Number(index.replace(']', '')))];
  });
}

/**
 * The 1-based line of `field` in a YAML text: where its value is; for a missing field, where its
 * nearest parent is; for the whole document, where the YAML parser found a syntax error; else 1.
 */
export function yamlFieldLine(yaml: string, field: string): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, {version: '1.2', schema: 'core', lineCounter});
  const [error] = doc.errors;
  if (error) return error.linePos?.[0].line ?? 1;
  const path = fieldPath(field);
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true) as {range?: [number, number, number]} | undefined;
    // A key without a value (`title:`) has a null node whose range is empty, after the key.
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

/** The line of a front matter field in an event file, which starts with its `---` line. */
export function frontMatterFieldLine(fileContent: string, field: string): number {
  const match = FRONT_MATTER.exec(fileContent);
  if (!match) return 1;
  return yamlFieldLine(match[1] ?? '', field) + 1;
}
