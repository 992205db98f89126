import type {EventSession} from '../types';
import {dayStart, eventSpan, nextDay, sessionInstants} from './times';

// Expected instants are written by hand from the zones' offsets on those days.
const session = (start: string, end: string, timezone: string): EventSession => ({title: 'S', start, end, timezone});
const iso = ({start, end}: {start: Date; end: Date}) => [start.toISOString(), end.toISOString()];

describe('sessionInstants: wall clock in its zone → UTC', () => {
  it.each([
    ['UTC, the 2022 summit part 1', session('2022-11-16T15:00', '2022-11-16T18:30', 'Etc/UTC'), '2022-11-16T15:00:00.000Z', '2022-11-16T18:30:00.000Z'],
    ['UTC, the 2022 summit part 2', session('2022-11-17T07:30', '2022-11-17T11:00', 'Etc/UTC'), '2022-11-17T07:30:00.000Z', '2022-11-17T11:00:00.000Z'],
    ['New York in May (EDT, UTC−4)', session('2027-05-12T10:00', '2027-05-12T13:30', 'America/New_York'), '2027-05-12T14:00:00.000Z', '2027-05-12T17:30:00.000Z'],
    ['New York in January (EST, UTC−5)', session('2027-01-19T10:00', '2027-01-19T11:00', 'America/New_York'), '2027-01-19T15:00:00.000Z', '2027-01-19T16:00:00.000Z'],
    ['London in winter (GMT)', session('2026-03-17T16:00', '2026-03-17T17:00', 'Europe/London'), '2026-03-17T16:00:00.000Z', '2026-03-17T17:00:00.000Z'],
    ['London in summer (BST, UTC+1)', session('2027-05-13T15:00', '2027-05-13T18:30', 'Europe/London'), '2027-05-13T14:00:00.000Z', '2027-05-13T17:30:00.000Z'],
    ['Kolkata (UTC+5:30)', session('2027-05-12T19:00', '2027-05-12T20:30', 'Asia/Kolkata'), '2027-05-12T13:30:00.000Z', '2027-05-12T15:00:00.000Z'],
    ['Sydney, morning is the previous UTC day (AEST, UTC+10)', session('2027-05-13T08:00', '2027-05-13T09:00', 'Australia/Sydney'), '2027-05-12T22:00:00.000Z', '2027-05-12T23:00:00.000Z'],
    ['across the London clock change (an hour shorter)', session('2027-03-28T00:30', '2027-03-28T03:30', 'Europe/London'), '2027-03-28T00:30:00.000Z', '2027-03-28T02:30:00.000Z'],
  ])('%s', (_name, s, start, end) => {
    expect(iso(sessionInstants(s))).toEqual([start, end]);
  });
});

describe('eventSpan', () => {
  it('with sessions: first start to last end, whatever zones they are in', () => {
    const span = eventSpan({
      date: '2027-05-12',
      end: '2027-05-13',
      timezone: 'America/New_York',
      sessions: [session('2027-05-12T10:00', '2027-05-12T13:30', 'America/New_York'), session('2027-05-13T15:00', '2027-05-13T19:00', 'Europe/London')],
    });
    expect(iso(span)).toEqual(['2027-05-12T14:00:00.000Z', '2027-05-13T18:00:00.000Z']);
  });

  it('without sessions: midnight to midnight of the days in the event zone', () => {
    expect(iso(eventSpan({date: '2027-11-16', end: '2027-11-17', timezone: 'Europe/Berlin', sessions: []}))).toEqual([
      '2027-11-15T23:00:00.000Z',
      '2027-11-17T23:00:00.000Z',
    ]);
    expect(iso(eventSpan({date: '2026-03-17', end: '2026-03-17', timezone: 'Etc/UTC', sessions: []}))).toEqual([
      '2026-03-17T00:00:00.000Z',
      '2026-03-18T00:00:00.000Z',
    ]);
  });

  it('a day without midnight starts at its first minute (Santiago springs forward at midnight)', () => {
    expect(dayStart('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });
});

describe('nextDay', () => {
  it.each([
    ['2022-11-16', '2022-11-17'],
    ['2022-11-30', '2022-12-01'],
    ['2027-12-31', '2028-01-01'],
    ['2028-02-28', '2028-02-29'],
    ['2027-02-28', '2027-03-01'],
  ])('%s → %s', (day, next) => {
    expect(nextDay(day)).toBe(next);
  });
});
