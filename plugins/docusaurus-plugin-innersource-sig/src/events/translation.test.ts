import {DataError} from '../errors';
import {parseEventFrontMatter} from './frontMatter';
import {translateEvent} from './translation';

const ORIGINAL = {
  title: 'Summit',
  date: '2027-05-12',
  end: '2027-05-13',
  timezone: 'America/New_York',
  location: 'Online',
  registration: 'https://tickets.example.org/summit',
  sessions: [
    {title: 'Day 1', start: '2027-05-12T10:00', end: '2027-05-12T13:30'},
    {title: 'Day 2', start: '2027-05-13T10:00', end: '2027-05-13T13:30'},
  ],
};
const FILE = 'i18n/fr/docusaurus-plugin-innersource-sig/events/summit.md';
const event = parseEventFrontMatter('events/summit.md', ORIGINAL, 'summit');

describe('translateEvent', () => {
  it('takes the words of a translation that writes only its words', () => {
    const {event: translated, ignored} = translateEvent(event, ORIGINAL, {title: 'Sommet', location: 'En ligne', sessions: [{title: 'Jour 1'}, {title: 'Jour 2'}]}, FILE);
    expect(translated).toMatchObject({title: 'Sommet', location: 'En ligne', date: '2027-05-12', registration: ORIGINAL.registration, sourceFile: 'events/summit.md'});
    expect(translated.sessions.map((s) => [s.title, s.start])).toEqual([
      ['Jour 1', '2027-05-12T10:00'],
      ['Jour 2', '2027-05-13T10:00'],
    ]);
    expect(ignored).toEqual([]);
    // The original event is left as it was.
    expect(event.title).toBe('Summit');
  });

  it('accepts a whole copy of the original, and names every field that differs from it', () => {
    const copy = {...ORIGINAL, title: 'Sommet', date: '2027-05-19', registration: 'https://example.org/fr', sessions: [{...ORIGINAL.sessions[0], title: 'Jour 1', end: '2027-05-12T14:00'}, ORIGINAL.sessions[1], {title: 'Jour 3'}]};
    const {event: translated, ignored} = translateEvent(event, ORIGINAL, copy, FILE);
    expect(ignored).toEqual(['date', 'registration', 'sessions[0].end', 'sessions[2]']);
    expect(translated).toMatchObject({title: 'Sommet', date: '2027-05-12', registration: ORIGINAL.registration});
    expect(translated.sessions.map((s) => s.title)).toEqual(['Jour 1', 'Day 2']);
  });

  it('a translated field that is not text stops the build naming the translation', () => {
    const error = (() => {
      try {
        translateEvent(event, ORIGINAL, {title: ['Sommet']}, FILE);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toBe(`${FILE}: field "title" has value "[\\"Sommet\\"]": must be non-empty text`);
    expect(() => translateEvent(event, ORIGINAL, {sessions: 'Jour 1'}, FILE)).toThrow(`${FILE}: field "sessions" has value "Jour 1": must be a list, in the order of the original file`);
  });
});
