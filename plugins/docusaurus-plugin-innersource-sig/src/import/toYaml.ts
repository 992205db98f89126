/**
 * Meeting fields → the text of a meeting file, laid out like a hand-written one: dates unquoted,
 * lists of dates and the organizer on one line, a multi-line description as a block.
 */
import {Document, isMap, isSeq, type Pair} from 'yaml';
import type {MeetingFields} from './toMeeting';

/**
 * The YAML text of one meeting file. `id` comes first, as in the files people write; `comment`
 * goes on top (where the file came from).
 */
export function meetingYaml(id: string, fields: MeetingFields, comment: string): string {
  // YAML 1.2 core schema, as the plugin reads it: 2024-02-13T15:00 stays a plain string.
  const doc = new Document({id, ...fields}, {version: '1.2', schema: 'core'});
  doc.commentBefore = ` ${comment}`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Array<Pair<{value: unknown}, unknown>>) {
      const key = String(pair.key?.value ?? pair.key);
      if ((key === 'cancelled' || key === 'organizer') && (isSeq(pair.value) || isMap(pair.value))) pair.value.flow = true;
    }
  }
  return doc.toString({lineWidth: 0, blockQuote: 'literal', flowCollectionPadding: false});
}
