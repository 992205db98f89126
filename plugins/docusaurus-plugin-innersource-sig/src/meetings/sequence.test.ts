import {DataError} from '../errors';
import {fixtureText, loadFixture, unfoldedLines} from './__tests__/helpers';
import en from '../languages/en';
import {renderMeetingsIcs} from './ics';
import {parseMeetingFile} from './load';
import {nextLockEntry, parseLockFile, previousLockEntry, scheduleFingerprint, serializeLock, type LockFile} from './sequence';

const london = () => loadFixture('london.yml');
const edited = (from: string, to: string) => parseMeetingFile('meetings/london.yml', fixtureText('london.yml').replace(from, to));

describe('scheduleFingerprint', () => {
  it('is a stable sha256', () => {
    expect(scheduleFingerprint(london())).toMatch(/^[0-9a-f]{64}$/);
    expect(scheduleFingerprint(london())).toBe(scheduleFingerprint(london()));
  });

  it.each([
    ['start time', 'start: 2024-02-13T15:00', 'start: 2024-02-13T16:00'],
    ['duration', 'duration: 60', 'duration: 45'],
    ['zone', 'timezone: Europe/London', 'timezone: Europe/Dublin'],
    ['rule', 'FREQ=MONTHLY;BYDAY=2TU', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU'],
    ['cancellations', '[2024-08-13, 2024-12-10]', '[2024-08-13]'],
    ['moves', 'duration: 90', 'duration: 120'],
  ])('changes with the %s', (_what, from, to) => {
    expect(scheduleFingerprint(edited(from, to))).not.toBe(scheduleFingerprint(london()));
  });

  it.each([
    ['title', 'title: Réunion', 'title: Meeting'],
    ['description', 'Everyone is welcome', 'All are welcome'],
    ['join link', 'j/123456789', 'j/987654321'],
    ['organizer', 'name: InnerSource SIG', 'name: The SIG'],
    ['.ics name', 'ics: finos-event-7', 'ics: other'],
    ['order of cancellations', '[2024-08-13, 2024-12-10]', '[2024-12-10, 2024-08-13]'],
  ])('does not change with the %s', (_what, from, to) => {
    expect(scheduleFingerprint(edited(from, to))).toBe(scheduleFingerprint(london()));
  });
});

describe('nextLockEntry', () => {
  const first = new Date('2024-01-01T00:00:00Z');
  const later = new Date('2024-06-01T12:00:00Z');

  it('never goes below the SEQUENCE of the calendar a series comes from, which apps holding the original apply', () => {
    const fromCalendar = {...london(), calendarSequence: 3};
    expect(nextLockEntry(fromCalendar, undefined, first).sequence).toBe(3);
    const entry = nextLockEntry(london(), undefined, first);
    // Unchanged schedule, the calendar's SEQUENCE went up (a time changed and back, a title): raised to it.
    expect(nextLockEntry(fromCalendar, entry, later)).toEqual({...entry, sequence: 3, stamp: later.toISOString()});
    // Already above it: as for any series.
    const higher = {...entry, sequence: 5};
    expect(nextLockEntry(fromCalendar, higher, later)).toBe(higher);
    expect(nextLockEntry({...edited('start: 2024-02-13T15:00', 'start: 2024-02-13T16:00'), calendarSequence: 3}, higher, later).sequence).toBe(6);
  });

  it('starts new meetings at SEQUENCE 0, stamped now', () => {
    expect(nextLockEntry(london(), undefined, first)).toEqual({fingerprint: scheduleFingerprint(london()), sequence: 0, stamp: '2024-01-01T00:00:00.000Z'});
  });

  it('keeps the entry when the schedule is unchanged (even if the title changed)', () => {
    const entry = nextLockEntry(london(), undefined, first);
    expect(nextLockEntry(edited('title: Réunion', 'title: Meeting'), entry, later)).toBe(entry);
  });

  it('bumps SEQUENCE and restamps when the schedule changed', () => {
    const entry = nextLockEntry(london(), undefined, first);
    expect(nextLockEntry(edited('FREQ=MONTHLY;BYDAY=2TU', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU'), entry, later)).toEqual({
      fingerprint: scheduleFingerprint(edited('FREQ=MONTHLY;BYDAY=2TU', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU')),
      sequence: 1,
      stamp: '2024-06-01T12:00:00.000Z',
    });
  });

  it('gives calendars a higher SEQUENCE on a rule change, the same SEQUENCE and DTSTAMP on a title change', () => {
    const render = (meeting: ReturnType<typeof london>, lock: LockFile) =>
      unfoldedLines(renderMeetingsIcs([meeting], {calendarName: 'C', url: 'https://x.org/c.ics', uidDomain: 'x.org', stamps: lock, text: en.calendar})).filter((l) => /^(SEQUENCE|DTSTAMP):/.test(l));
    const lock0 = {'innersource-sig': nextLockEntry(london(), undefined, first)};
    const retitled = edited('title: Réunion', 'title: Meeting');
    const lockTitle = {'innersource-sig': nextLockEntry(retitled, lock0['innersource-sig'], later)};
    const rescheduled = edited('FREQ=MONTHLY;BYDAY=2TU', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU');
    const lockRule = {'innersource-sig': nextLockEntry(rescheduled, lock0['innersource-sig'], later)};
    expect(render(london(), lock0)).toEqual(['SEQUENCE:0', 'DTSTAMP:20240101T000000Z', 'SEQUENCE:0', 'DTSTAMP:20240101T000000Z']);
    expect(render(retitled, lockTitle)).toEqual(render(london(), lock0));
    expect(render(rescheduled, lockRule)).toEqual(['SEQUENCE:1', 'DTSTAMP:20240601T120000Z', 'SEQUENCE:1', 'DTSTAMP:20240601T120000Z']);
  });
});

describe('previousLockEntry', () => {
  const entry = (sequence: number, uid?: string) => ({fingerprint: 'f', sequence, stamp: '2024-01-01T00:00:00.000Z', ...(uid && {uid})});

  it("a series whose id changed (a calendar's series named after its title) continues from its UID's highest entry", () => {
    const lock: LockFile = {'office-hours': entry(4, 'oh@example.org'), 'old-name': entry(2, 'oh@example.org'), other: entry(9)};
    expect(previousLockEntry(lock, {id: 'sig-office-hours', uid: 'oh@example.org'})).toEqual(entry(4, 'oh@example.org'));
    expect(previousLockEntry(lock, {id: 'old-name', uid: 'oh@example.org'})).toEqual(entry(2, 'oh@example.org'));
    expect(previousLockEntry(lock, {id: 'new', uid: undefined})).toBeUndefined();
    expect(previousLockEntry(lock, {id: 'new', uid: 'unknown@example.org'})).toBeUndefined();
  });

  it('the UID is kept in the lock file, which reads it back', () => {
    const lock: LockFile = {a: entry(1, 'a@example.org'), b: entry(0)};
    expect(parseLockFile('meetings/calendar.lock.json', serializeLock(lock))).toEqual(lock);
    expect(serializeLock(lock)).toContain('"uid": "a@example.org"');
    expect(nextLockEntry({...london(), uid: 'x@example.org'}, undefined, new Date('2024-01-01T00:00:00Z')).uid).toBe('x@example.org');
  });
});

describe('lock file', () => {
  const lock: LockFile = {
    zeta: {fingerprint: 'b'.repeat(64), sequence: 2, stamp: '2024-02-01T10:00:00.000Z'},
    alpha: {stamp: '2024-01-01T00:00:00.000Z', sequence: 0, fingerprint: 'a'.repeat(64)} as LockFile[string],
  };

  it('serializes with sorted ids, fixed field order and a trailing newline, and reads back', () => {
    const text = serializeLock(lock);
    expect(text).toBe(
      `{\n  "alpha": {\n    "fingerprint": "${'a'.repeat(64)}",\n    "sequence": 0,\n    "stamp": "2024-01-01T00:00:00.000Z"\n  },\n` +
        `  "zeta": {\n    "fingerprint": "${'b'.repeat(64)}",\n    "sequence": 2,\n    "stamp": "2024-02-01T10:00:00.000Z"\n  }\n}\n`,
    );
    expect(parseLockFile('meetings/calendar.lock.json', text)).toEqual(lock);
    expect(serializeLock(parseLockFile('x', text))).toBe(text);
  });

  // An empty lock is what a write cut short leaves: reading it as "no entries" would restart every SEQUENCE.
  it.each([['empty', ''], ['blank', '  \n'], ['cut short', '{\n  "alpha": {\n    "fingerprint": "ab']])('refuses a %s lock file, saying how to restore it', (_what, text) => {
    expect(() => parseLockFile('meetings/calendar.lock.json', text)).toThrow(
      /^meetings\/calendar\.lock\.json: field "\(file\)" .*git checkout -- meetings\/calendar\.lock\.json/,
    );
  });

  it.each([
    ['bad JSON', '{"alpha": {', '(file)'],
    ['not an object', '[1, 2]', '(file)'],
    ['missing fingerprint', '{"alpha": {"sequence": 0, "stamp": "2024-01-01T00:00:00.000Z"}}', 'alpha.fingerprint'],
    ['negative sequence', `{"alpha": {"fingerprint": "x", "sequence": -1, "stamp": "2024-01-01T00:00:00.000Z"}}`, 'alpha.sequence'],
    ['stamp not UTC', `{"alpha": {"fingerprint": "x", "sequence": 0, "stamp": "2024-01-01T00:00:00+01:00"}}`, 'alpha.stamp'],
  ])('rejects %s with a DataError', (_what, text, field) => {
    let error: unknown;
    try {
      parseLockFile('meetings/calendar.lock.json', text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toContain(`meetings/calendar.lock.json: field "${field}"`);
  });
});
