/**
 * Meeting fields → the text of a meeting file, laid out like a hand-written one: dates unquoted,
 * lists of dates and the organizer on one line, a multi-line description as a block.
 */
import {Document, isMap, isSeq, type Node} from 'yaml';
import type {MeetingFields} from './toMeeting';
import {YAML_SCHEMA} from '../data-files/yamlFields';

/** How meeting files are written: no folded lines, multi-line text as a `|` block, `[a, b]`. */
export const YAML_LAYOUT = {lineWidth: 0, blockQuote: 'literal', flowCollectionPadding: false} as const;

/** Fields whose list or mapping is written on one line. */
const ON_ONE_LINE = new Set(['cancelled', 'organizer']);

/** The node of a field's value, laid out as meetingYaml lays it out. */
export function fieldNode(doc: Document, field: string, value: unknown): Node {
  const node = doc.createNode(value);
  if (ON_ONE_LINE.has(field) && (isSeq(node) || isMap(node))) node.flow = true;
  return node;
}

/**
 * The YAML text of one meeting file. `id` comes first, as in the files people write; `comment`
 * goes on top (where the file came from).
 */
export function meetingYaml(id: string, fields: MeetingFields, comment: string): string {
  const doc = new Document({}, YAML_SCHEMA);
  doc.commentBefore = ` ${comment}`;
  for (const [field, value] of Object.entries({id, ...fields})) {
    if (value !== undefined) doc.set(field, fieldNode(doc, field, value));
  }
  return doc.toString(YAML_LAYOUT);
}
