/**
 * Field checks shared by the meeting files and the event pages' front matter: every problem is
 * a DataError naming the file, the field and the value.
 */
import {authorTimeZone, isInDaylightSavingGap, parseWallClock, WALL_CLOCK} from '../calendar/zones';
import {LINE_SEPARATORS, unsafeCharacterProblem} from '../characters';
import {DataError} from '../errors';

export type Fields = Record<string, unknown>;

/** A YAML mapping (not a list, a scalar or a date). */
export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function isHttpUrl(text: string): boolean {
  try {
    const {protocol} = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Longest name of a file the plugin writes from the data (a meeting's id or `ics`, an event's slug). */
export const MAX_NAME_LENGTH = 100;

/** Reports problems in one file. */
export class FieldChecker {
  constructor(readonly file: string) {}

  error(field: string, value: unknown, problem: string): DataError {
    // A YAML 1.1 parser hands dates over as Date objects: show them as the instant they became.
    return new DataError(this.file, field, value instanceof Date ? value.toISOString() : value, problem);
  }

  onlyKnownKeys(fields: Fields, known: string[], prefix: string): void {
    const unknown = Object.keys(fields).find((key) => !known.includes(key));
    if (unknown !== undefined) {
      throw this.error(`${prefix}${unknown}`, fields[unknown], `is not a known field (known: ${known.join(', ')})`);
    }
  }

  /**
   * Non-empty text, trimmed; on one line unless `multiLine`. A character that feeds and
   * calendars cannot hold (a control character but TAB, LF and CR, a lone surrogate, U+FFFE,
   * U+FFFF) is a problem; NEL, U+2028 and U+2029, which readers do not agree on, become a line
   * feed (multi-line) or a space.
   */
  text(field: string, value: unknown, {multiLine = false} = {}): string {
    if (typeof value !== 'string') throw this.error(field, value, 'must be non-empty text');
    const unsafe = unsafeCharacterProblem(value);
    if (unsafe) throw this.error(field, value, unsafe);
    const text = value.replace(LINE_SEPARATORS, multiLine ? '\n' : ' ').trim();
    if (!text) throw this.error(field, value, 'must be non-empty text');
    if (!multiLine && /[\r\n]/.test(text)) throw this.error(field, value, 'must fit on one line');
    return text;
  }

  /** A name the plugin makes a file and URL of: at most MAX_NAME_LENGTH characters. */
  nameLength(field: string, value: unknown, name: string, what: string): string {
    if (name.length > MAX_NAME_LENGTH) {
      throw this.error(field, value, `is ${name.length} characters long: at most ${MAX_NAME_LENGTH}, as it names ${what}`);
    }
    return name;
  }

  optionalText(field: string, value: unknown, options?: {multiLine?: boolean}): string | undefined {
    return value === undefined ? undefined : this.text(field, value, options);
  }

  /** An http(s) URL, when given. */
  url(field: string, value: unknown): string | undefined {
    if (value === undefined) return undefined;
    const text = this.text(field, value);
    if (!isHttpUrl(text)) throw this.error(field, value, 'must be an http:// or https:// URL');
    return text;
  }

  /** YYYY-MM-DDTHH:mm (a space instead of T is accepted), existing in `zone`. */
  wallClock(field: string, value: unknown, zone: string): string {
    if (value instanceof Date) {
      throw this.error(field, value, 'was read as a UTC timestamp: write the local time without seconds, like 2024-02-13T15:00');
    }
    const local = typeof value === 'string' ? value.trim().replace(' ', 'T') : undefined;
    if (!local || !WALL_CLOCK.test(local)) {
      throw this.error(field, value, 'must be a local date and time like 2024-02-13T15:00, without offset');
    }
    if (!parseWallClock(local)) throw this.error(field, value, 'is not a real date and time');
    if (isInDaylightSavingGap(local, zone)) {
      throw this.error(field, value, `does not exist in ${zone}: the clocks skip it when they go forward`);
    }
    return local;
  }

  timezone(field: string, value: unknown): string {
    const result = authorTimeZone(this.text(field, value));
    if ('problem' in result) throw this.error(field, value, result.problem);
    return result.zone;
  }
}
