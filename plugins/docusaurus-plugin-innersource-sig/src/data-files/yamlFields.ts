import {parseDocument, type Document} from 'yaml';
import {DataError} from '../errors';
import {isFields, type Fields, type FieldChecker} from './fieldChecker';

/**
 * The document's data. Aliases that expand to too much ("billion laughs") are a DataError naming
 * the file and `field`: the `yaml` package stops them (maxAliasCount) with a bare ReferenceError.
 */
export function documentData(doc: Document, file: string, field: string): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
      throw new DataError(file, field, '', 'uses YAML aliases (*name) that expand to more data than a data file can hold: write the values out instead');
    }
    throw error;
  }
}

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
  const data: unknown = documentData(doc, check.file, '(file)');
  if (data === null || data === undefined) throw check.error('(file)', '', `is empty: ${needs}`);
  if (!isFields(data)) throw check.error('(file)', data, 'must be a mapping of fields such as `title:` and `start:`');
  return data;
}
