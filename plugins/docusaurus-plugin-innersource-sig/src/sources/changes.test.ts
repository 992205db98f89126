import {parseMeetingFile} from '../meetings/load';
import type {Meeting} from '../types';
import {describeChanges} from './changes';

/** Monday 1 February 2027: the Thursdays before it are past. */
const NOW = new Date('2027-02-01T00:00:00Z');
const HORIZON_DAYS = 60;

/** Weekly on Thursday 16:00–16:45 London time from 7 January 2027, as a source makes it. */
function officeHours(extra = '', {id = 'office-hours', title = 'Office hours', rule = 'FREQ=WEEKLY;BYDAY=TH', start = '2027-01-07T16:00', uid = 'office-hours@example.org'} = {}): Meeting {
  const lines = [`id: ${id}`, `title: ${title}`, 'timezone: Europe/London', `start: ${start}`, 'duration: 45', `repeat: ${rule}`, ...(uid ? [`uid: ${uid}`] : []), extra];
  return parseMeetingFile('meetings/chairs.source.yml', lines.join('\n'));
}

function steering(): Meeting {
  return parseMeetingFile('meetings/chairs.source.yml', 'id: steering\ntitle: Steering\ntimezone: Etc/UTC\nstart: 2027-01-12T15:00\nduration: 60\nrepeat: FREQ=MONTHLY;BYDAY=2TU\nuid: steering@example.org\n');
}

function details(before: Meeting, after: Meeting): string[] {
  const changes = describeChanges([before], [after], NOW, HORIZON_DAYS);
  expect(changes.length).toBeLessThanOrEqual(1);
  return changes[0]?.details ?? [];
}

describe('describeChanges', () => {
  it('finds no change between equal readings', () => {
    expect(describeChanges([officeHours(), steering()], [officeHours(), steering()], NOW, HORIZON_DAYS)).toEqual([]);
    expect(describeChanges([], [], NOW, HORIZON_DAYS)).toEqual([]);
  });

  it('a series added, with its schedule', () => {
    expect(describeChanges([officeHours()], [officeHours(), steering()], NOW, HORIZON_DAYS)).toEqual([
      {id: 'steering', title: 'Steering', change: 'added', details: ['Second Tuesday of every month, 15:00–16:00 Etc/UTC']},
    ]);
  });

  it('a series removed', () => {
    expect(describeChanges([officeHours(), steering()], [steering()], NOW, HORIZON_DAYS)).toEqual([{id: 'office-hours', title: 'Office hours', change: 'removed', details: []}]);
  });

  it('every series of a first reading is added', () => {
    expect(describeChanges([], [officeHours(), steering()], NOW, HORIZON_DAYS).map((c) => [c.id, c.change])).toEqual([
      ['office-hours', 'added'],
      ['steering', 'added'],
    ]);
  });

  it('series are the same series by UID, whatever their ids and titles', () => {
    const renamed = officeHours('', {id: 'chairs-sig-office-hours', title: 'SIG office hours'});
    expect(describeChanges([officeHours()], [renamed], NOW, HORIZON_DAYS)).toEqual([
      {id: 'chairs-sig-office-hours', title: 'SIG office hours', change: 'changed', details: ['title: "Office hours" → "SIG office hours"']},
    ]);
  });

  it('series without UID are the same series by id', () => {
    const before = officeHours('', {uid: ''});
    expect(describeChanges([before], [officeHours('cancelled: [2027-02-11]', {uid: ''})], NOW, HORIZON_DAYS).map((c) => [c.id, c.change])).toEqual([['office-hours', 'changed']]);
    expect(describeChanges([before], [officeHours('', {uid: '', id: 'other'})], NOW, HORIZON_DAYS).map((c) => [c.id, c.change])).toEqual([
      ['other', 'added'],
      ['office-hours', 'removed'],
    ]);
  });

  it('a schedule change: the rule, and the dates that go and come', () => {
    const wednesdays = officeHours('', {rule: 'FREQ=WEEKLY;BYDAY=WE', start: '2027-01-06T16:00'});
    const lines = details(officeHours(), wednesdays);
    expect(lines[0]).toBe('schedule: Every Thursday, 16:00–16:45 Europe/London → Every Wednesday, 16:00–16:45 Europe/London');
    expect(lines).toContain('no longer 2027-02-04 16:00');
    expect(lines).toContain('added 2027-02-03 16:00');
    // Within the horizon only (60 days from 1 February, the last Thursday is 1 April): 9 each,
    // the first 5 listed and the rest counted.
    expect(lines.filter((line) => line.startsWith('no longer'))).toEqual([...lines.filter((line) => /^no longer \d/.test(line)), 'no longer: 4 more']);
    expect(lines.filter((line) => /^no longer \d/.test(line))).toHaveLength(5);
    expect(lines.filter((line) => line.startsWith('added'))).toContain('added: 4 more');
  });

  it('a new start time is a schedule change', () => {
    const later = officeHours('', {start: '2027-01-07T17:00'});
    expect(details(officeHours(), later)[0]).toBe('schedule: Every Thursday, 16:00–16:45 Europe/London → Every Thursday, 17:00–17:45 Europe/London');
  });

  it('a newly cancelled date', () => {
    expect(details(officeHours('cancelled: [2027-02-04]'), officeHours('cancelled: [2027-02-04, 2027-02-11]'))).toEqual(['cancelled 2027-02-11']);
  });

  it('a date no longer cancelled is an added occurrence', () => {
    expect(details(officeHours('cancelled: [2027-02-11]'), officeHours())).toEqual(['added 2027-02-11 16:00']);
  });

  it('a moved date, with its new time', () => {
    expect(details(officeHours(), officeHours('moved: [{from: 2027-02-18, start: 2027-02-19T10:00}]'))).toEqual(['moved 2027-02-18 → 2027-02-19 10:00']);
  });

  it('a date moved again: the new move only', () => {
    const before = officeHours('moved: [{from: 2027-02-18, start: 2027-02-19T10:00}]');
    expect(details(before, officeHours('moved: [{from: 2027-02-18, start: 2027-02-20T10:00}]'))).toEqual(['moved 2027-02-18 → 2027-02-20 10:00']);
    expect(details(before, officeHours('moved: [{from: 2027-02-18, start: 2027-02-18T11:00}]'))).toEqual(['moved 2027-02-18 → 2027-02-18 11:00']);
  });

  it('a moved date then cancelled: the cancellation only', () => {
    expect(details(officeHours('moved: [{from: 2027-02-18, start: 2027-02-19T10:00}]'), officeHours('cancelled: [2027-02-18]'))).toEqual(['cancelled 2027-02-18']);
  });

  it('a move undone: the moved time no longer, the scheduled one added', () => {
    expect(details(officeHours('moved: [{from: 2027-02-18, start: 2027-02-19T10:00}]'), officeHours())).toEqual(['no longer 2027-02-19 10:00', 'added 2027-02-18 16:00']);
  });

  it('added occurrences, when the series goes on longer', () => {
    const ending = officeHours('', {rule: 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270311T235959Z'});
    const lines = details(ending, officeHours());
    expect(lines[0]).toMatch(/^schedule: Every Thursday, until .*2027, 16:00–16:45 Europe\/London → Every Thursday, 16:00–16:45 Europe\/London$/);
    expect(lines.slice(1)).toEqual(['added 2027-03-18 16:00', 'added 2027-03-25 16:00', 'added 2027-04-01 16:00']);
  });

  it('occurrences no longer there, when the series ends sooner', () => {
    const ending = officeHours('', {rule: 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270311T235959Z'});
    expect(details(officeHours(), ending).slice(1)).toEqual(['no longer 2027-03-18 16:00', 'no longer 2027-03-25 16:00', 'no longer 2027-04-01 16:00']);
  });

  describe('ignores what lies in the past', () => {
    it('a past date newly cancelled', () => {
      expect(details(officeHours(), officeHours('cancelled: [2027-01-14, 2027-01-28]'))).toEqual([]);
    });

    it('a past date moved, or no longer moved', () => {
      const moved = officeHours('moved: [{from: 2027-01-21, start: 2027-01-22T10:00}]');
      expect(details(officeHours(), moved)).toEqual([]);
      expect(details(moved, officeHours())).toEqual([]);
    });

    it('a past date no longer cancelled', () => {
      expect(details(officeHours('cancelled: [2027-01-14]'), officeHours())).toEqual([]);
    });

    it('a series that ended before now ending sooner still', () => {
      const january = officeHours('', {rule: 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270128T235959Z'});
      const shorter = officeHours('', {rule: 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270114T235959Z'});
      // The rule text changed (a schedule line), but no date ahead did.
      expect(details(january, shorter).filter((line) => !line.startsWith('schedule:'))).toEqual([]);
    });

    it('but counts today: a date cancelled for today is reported', () => {
      const thursday = new Date('2027-02-04T09:00:00Z');
      expect(describeChanges([officeHours()], [officeHours('cancelled: [2027-02-04]')], thursday, HORIZON_DAYS)[0]?.details).toEqual(['cancelled 2027-02-04']);
    });
  });
});
