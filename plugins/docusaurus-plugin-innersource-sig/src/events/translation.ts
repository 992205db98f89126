/**
 * An event page translated like a doc: a copy of the file under
 * `i18n/<locale>/docusaurus-plugin-innersource-sig/events/`. Its words replace the original's;
 * its days, times, zone and links do not, so that every locale's calendar holds the same event
 * under the same UID and a translation left behind by a change of date cannot show the old date.
 */
import {FieldChecker, isFields, type Fields} from '../data-files/fieldChecker';
import type {SigEvent} from '../types';

/** Front matter fields a translation may change. */
const TEXT_FIELDS = ['title', 'description', 'location', 'imageAlt'] as const;

export interface TranslatedEvent {
  event: SigEvent;
  /** Fields the translation gives another value than the original, which are ignored, e.g. `date`, `sessions[1].start`. */
  ignored: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The event with the translation's title, description, location, image text and session titles.
 * `original` and `translated` are the two files' front matter; `translatedFile` names the
 * translation in messages (a bad translated field is a DataError on that file).
 */
export function translateEvent(event: SigEvent, original: Fields, translated: Fields, translatedFile: string): TranslatedEvent {
  const check = new FieldChecker(translatedFile);
  const text: Partial<Pick<SigEvent, (typeof TEXT_FIELDS)[number]>> = {};
  for (const field of TEXT_FIELDS) {
    if (translated[field] !== undefined) text[field] = check.text(field, translated[field], {multiLine: field === 'description'});
  }
  const ignored = Object.keys(translated).filter(
    (key) => !(TEXT_FIELDS as readonly string[]).includes(key) && key !== 'sessions' && !same(translated[key], original[key]),
  );

  const sessions = event.sessions.map((session) => ({...session}));
  const translatedSessions = translated.sessions;
  if (translatedSessions !== undefined) {
    const originalSessions = Array.isArray(original.sessions) ? original.sessions : [];
    if (!Array.isArray(translatedSessions)) throw check.error('sessions', translatedSessions, 'must be a list, in the order of the original file');
    translatedSessions.forEach((item, index) => {
      const prefix = `sessions[${index}]`;
      if (!isFields(item) || index >= sessions.length) {
        ignored.push(prefix);
        return;
      }
      if (item.title !== undefined) sessions[index]!.title = check.text(`${prefix}.title`, item.title);
      const source = isFields(originalSessions[index]) ? originalSessions[index] : {};
      for (const key of Object.keys(item)) {
        if (key !== 'title' && !same(item[key], source[key])) ignored.push(`${prefix}.${key}`);
      }
    });
  }
  return {event: {...event, ...text, sessions}, ignored};
}
