import {parseDocument} from 'yaml';
import {isFields, type Fields, type FieldChecker} from './fieldChecker';

/**
 * A YAML data file's mapping of fields, or a DataError naming the line of a syntax error.
 * `needs` says what an empty file lacks, e.g. "a meeting needs at least title, …".
 */
export function parseYamlFields(check: FieldChecker, text: string, needs: string): Fields {
  // YAML 1.2 core schema: unquoted 2024-02-13T15:00 and 16:00 stay strings (1.1 would make a
  // Date shifted to UTC, and the number 960).
  const doc = parseDocument(text, {version: '1.2', schema: 'core'});
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw check.error('(file)', line ? text.split(/\r?\n/)[line - 1] : '', `YAML syntax error${line ? ` at line ${line}` : ''}: ${reason}`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) throw check.error('(file)', '', `is empty: ${needs}`);
  if (!isFields(data)) throw check.error('(file)', data, 'must be a mapping of fields such as `title:` and `start:`');
  return data;
}
