/**
 * The line of a DataError's field in its file, for `file:line:` messages that editors and CI
 * annotations link to. The field path (`moved[0].from`) is looked up in the YAML document.
 */
import {isMap, isNode, isScalar, LineCounter, parseDocument, type Document} from 'yaml';
import {FRONT_MATTER, YAML_SCHEMA} from './yamlFields';

/** "moved[0].from" → ['moved', 0, 'from']; "(file)" and "(front matter)" name the whole document: []. */
export function fieldPath(field: string): Array<string | number> {
  if (field.startsWith('(')) return [];
  return field.split('.').flatMap((part) => {
    const [name, ...indexes] = part.split('[');
    return [name!, ...indexes.map((index) => Number(index.replace(']', '')))];
  });
}

/** The node at `path` as a position: a mapping's key (the line a reader looks for), else the node. */
function nodeStart(doc: Document, path: Array<string | number>): number | undefined {
  const last = path[path.length - 1];
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (typeof last === 'string' && isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    if (isScalar(pair?.key) && pair.key.range) return pair.key.range[0];
  }
  const node = doc.getIn(path, true);
  return isNode(node) ? node.range?.[0] : undefined;
}

/**
 * The 1-based line of `field` in a YAML text: where its key (or list item) is; for a missing
 * field, where its nearest parent is; for the whole document, where the YAML parser found a
 * syntax error; else 1.
 */
export function yamlFieldLine(yaml: string, field: string): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, {...YAML_SCHEMA, lineCounter});
  const [error] = doc.errors;
  if (error) return error.linePos?.[0].line ?? 1;
  const path = fieldPath(field);
  for (let depth = path.length; depth > 0; depth -= 1) {
    const start = nodeStart(doc, path.slice(0, depth));
    if (start !== undefined) return lineCounter.linePos(start).line;
  }
  return 1;
}

/** The line of a front matter field in an event file, which starts with its `---` line. */
export function frontMatterFieldLine(fileContent: string, field: string): number {
  const match = FRONT_MATTER.exec(fileContent);
  if (!match) return 1;
  return yamlFieldLine(match[1] ?? '', field) + 1;
}
