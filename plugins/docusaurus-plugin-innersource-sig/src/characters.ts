/**
 * Characters that feeds (XML 1.0) and calendars (RFC 5545 TEXT) cannot hold, and the line
 * separators that readers of them take differently. The data validators refuse the first
 * (`unsafeCharacterProblem`) and normalise the second (`LINE_SEPARATORS`); the writers strip
 * or normalise both (`safeText`), for text that did not come through a validator (remote
 * calendars) too.
 */

/**
 * C0 controls other than TAB, LF and CR, and DEL (RFC 5545 CONTROL; XML 1.0 forbids the C0
 * ones); lone UTF-16 surrogates (no character at all: UTF-8 cannot encode them, XML forbids
 * them); U+FFFE and U+FFFF (outside XML 1.0's Char). With the `u` flag a surrogate pair is one
 * code point, so only a lone surrogate matches.
 */
const UNSAFE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

/**
 * NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029): legal XML 1.0 and
 * iCalendar, but XML 1.1 parsers, some feed readers and RFC 5545 line handling read them as line
 * breaks and others do not.
 */
export const LINE_SEPARATORS = /[\u0085\u2028\u2029]/g;

/** "U+0007", "U+D800", "U+1F600". */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `text` cannot go into a feed or a calendar, naming the first such character; undefined when it can. */
export function unsafeCharacterProblem(text: string): string | undefined {
  const char = UNSAFE.exec(text)?.[0];
  if (char === undefined) return undefined;
  const name = codePointName(char);
  if (char >= '\uD800' && char <= '\uDFFF') {
    return `contains ${name}, half of a UTF-16 surrogate pair without its other half (a broken character) that calendars and feeds cannot hold`;
  }
  if (char === '\uFFFE' || char === '\uFFFF') return `contains ${name}, a noncharacter that calendars and feeds cannot hold`;
  return `contains ${name}, a control character that calendars and feeds cannot hold`;
}

/**
 * `text` as a feed or calendar can hold it: the characters above removed, NEL, U+2028 and
 * U+2029 made line feeds. TAB, LF and CR stay; ordinary text comes back as it was.
 */
export function safeText(text: string): string {
  return text.replace(LINE_SEPARATORS, '\n').replace(UNSAFE_ALL, '');
}
