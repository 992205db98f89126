import {parseDocument, type Document} from 'yaml';
import {DataError} from '../errors';
import {isFields, type Fields, type FieldChecker} from './fieldChecker';

/**
 * How data files are read (and sig:import writes them): YAML 1.2, core schema, where unquoted
 * 2024-02-13T15:00 and 16:00 stay strings (1.1 would make a Date shifted to UTC, and the number 960).
 */
export const YAML_SCHEMA = {version: '1.2', schema: 'core'} as const;

/** `---` front matter `---` at the start of a file; group 1 is its YAML. */
export const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * The document's data. Aliases that expand to too much ("billion laughs") are a DataError naming
 * the file and `field`: the `yaml` package stops them (maxAliasCount) with a bare ReferenceError.
 */
function documentData(doc: Document, file: string, field: string): unknown {
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
 * The data of a YAML text, or a DataError naming `field` and, for a syntax error, its line.
 * `linesBefore`: the lines of the file above the text (front matter's `---`), for that line.
 */
export function yamlData(text: string, file: string, field: string, linesBefore = 0): unknown {
  const doc = parseDocument(text, YAML_SCHEMA);
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new DataError(file, field, line ? text.split(/\r?\n/)[line - 1] : '', `YAML syntax error${line ? ` at line ${line + linesBefore}` : ''}: ${reason}`);
  }
  return documentData(doc, file, field);
}

/**
 * A YAML data file's mapping of fields, or a DataError naming the line of a syntax error.
 * `needs` says what an empty file lacks, e.g. "a meeting needs at least title, …".
 */
export function parseYamlFields(check: FieldChecker, text: string, needs: string): Fields {
  const data = yamlData(text, check.file, '(file)');
  if (data === null || data === undefined) throw check.error('(file)', '', `is empty: ${needs}`);
  if (!isFields(data)) throw check.error('(file)', data, 'must be a mapping of fields such as `title:` and `start:`');
  return data;
}
