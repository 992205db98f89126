import {DataError} from '../errors';
import type {SigEvent} from '../types';
import {parseEventFrontMatter} from './frontMatter';
import {eventFingerprint, nextEventLockEntry, parseEventLockFile, serializeEventLock} from './sequence';

const SUMMIT = parseEventFrontMatter('events/summit.md', {
  title: 'Summit',
  date: '2027-05-12',
  timezone: 'America/New_York',
  location: 'Online',
  sessions: [
    {title: 'Day 1', start: '2027-05-12T10:00', end: '2027-05-12T13:30'},
    {title: 'Day 2', start: '2027-05-13T10:00', end: '2027-05-13T13:30'},
  ],
}, 'summit');
const T0 = new Date('2027-01-01T00:00:00Z');
const T1 = new Date('2027-02-01T00:00:00Z');
const with_ = (changes: Partial<SigEvent>): SigEvent => ({...SUMMIT, ...changes});

describe('event lock entries', () => {
  test('a new event starts at SEQUENCE 0, stamped now, with its VEVENTs', () => {
    expect(nextEventLockEntry(SUMMIT, undefined, T0)).toEqual({
      fingerprint: eventFingerprint(SUMMIT),
      sequence: 0,
      stamp: T0.toISOString(),
      slots: {
        1: {start: '2027-05-12T10:00', end: '2027-05-12T13:30', timezone: 'America/New_York'},
        2: {start: '2027-05-13T10:00', end: '2027-05-13T13:30', timezone: 'America/New_York'},
      },
      cancelled: {},
    });
  });

  test.each([
    ['the title', {title: 'Summit 2027'}, false],
    ['the description', {description: 'New words'}, false],
    ['a session title', {sessions: SUMMIT.sessions.map((s) => ({...s, title: `${s.title}!`}))}, false],
    ['the registration link', {registration: 'https://example.org/tickets'}, false],
    ['the location', {location: 'New York'}, true],
    ['the zone of the event', {timezone: 'Europe/London'}, true],
    ['a session time', {sessions: [SUMMIT.sessions[0]!, {...SUMMIT.sessions[1]!, start: '2027-05-13T11:00'}]}, true],
    ['the number of sessions', {sessions: [SUMMIT.sessions[0]!]}, true],
    ['the last day', {end: '2027-05-14'}, true],
  ])('changing %s bumps SEQUENCE: %s', (_what, changes, bumps) => {
    const first = nextEventLockEntry(SUMMIT, undefined, T0);
    const next = nextEventLockEntry(with_(changes as Partial<SigEvent>), first, T1);
    expect(next.sequence).toBe(bumps ? 1 : 0);
    expect(next.stamp).toBe((bumps ? T1 : T0).toISOString());
  });

  test('a removed session is remembered as cancelled, and taken off again when it comes back', () => {
    const first = nextEventLockEntry(SUMMIT, undefined, T0);
    const oneSession = nextEventLockEntry(with_({sessions: [SUMMIT.sessions[0]!]}), first, T1);
    expect(oneSession.cancelled).toEqual({2: first.slots['2']});
    // Without sessions, the event becomes one all-day VEVENT: both session UIDs are cancelled.
    const allDay = nextEventLockEntry(with_({sessions: []}), oneSession, T1);
    expect(Object.keys(allDay.cancelled).sort()).toEqual(['1', '2']);
    expect(allDay.slots).toEqual({day: {startDay: '2027-05-12', endDay: '2027-05-14'}});
    const back = nextEventLockEntry(SUMMIT, allDay, T1);
    expect(back.cancelled).toEqual({day: allDay.slots.day});
    expect(back.sequence).toBe(3);
  });

  test('the lock file reads back what it wrote, in a stable order', () => {
    const lock = {summit: nextEventLockEntry(with_({sessions: [SUMMIT.sessions[0]!]}), nextEventLockEntry(SUMMIT, undefined, T0), T1)};
    const text = serializeEventLock(lock);
    expect(parseEventLockFile('events/calendar.lock.json', text)).toEqual(lock);
    expect(serializeEventLock(parseEventLockFile('events/calendar.lock.json', text))).toBe(text);
    expect(() => parseEventLockFile('events/calendar.lock.json', '')).toThrow(/events\/calendar\.lock\.json: field "\(file\)".*is empty.*git checkout -- events\/calendar\.lock\.json/);
  });

  test.each([
    ['not JSON', '{', '(file)'],
    ['a list', '[]', '(file)'],
    ['a negative sequence', '{"summit": {"fingerprint": "x", "sequence": -1, "stamp": "2027-01-01T00:00:00.000Z"}}', 'summit.sequence'],
    ['a bad stamp', '{"summit": {"fingerprint": "x", "sequence": 0, "stamp": "yesterday"}}', 'summit.stamp'],
    ['a bad slot', '{"summit": {"fingerprint": "x", "sequence": 0, "stamp": "2027-01-01T00:00:00.000Z", "slots": {"1": {"start": "noon"}}}}', 'summit.slots.1'],
  ])('a lock file with %s is a DataError naming the entry', (_name, text, field) => {
    let error: unknown;
    try {
      parseEventLockFile('events/calendar.lock.json', text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).field).toBe(field);
    expect((error as DataError).message).toMatch(/^events\/calendar\.lock\.json: field /);
  });
});
