import type {Meeting} from '../types';
import {EXPECTED, WINDOW} from './__tests__/expected';
import {intlWallClock, loadFixture} from './__tests__/helpers';
import {parseMeetingFile} from './load';
import {firstOccurrences, meetingOccurrences} from './occurrences';

const seen = (meeting: Meeting, from = WINDOW.from, to = WINDOW.to) =>
  meetingOccurrences(meeting, from, to).map((o) => ({local: o.localStart, start: o.start.toISOString(), minutes: (o.end.getTime() - o.start.getTime()) / 60_000}));

describe('meetingOccurrences', () => {
  it.each(Object.keys(EXPECTED))('%s over two years: wall clock kept across daylight saving, cancellations out, moves in', (name) => {
    const {zone, occurrences} = EXPECTED[name];
    const meeting = loadFixture(name);
    expect(seen(meeting)).toEqual(occurrences.map((o) => ({local: o.local, start: o.start.toISOString(), minutes: o.minutes})));
    for (const o of meetingOccurrences(meeting, WINDOW.from, WINDOW.to)) expect(intlWallClock(o.start, zone)).toBe(o.localStart);
  });

  it('marks moved occurrences with their original date', () => {
    const moved = meetingOccurrences(loadFixture('london.yml'), WINDOW.from, WINDOW.to).filter((o) => o.movedFrom);
    expect(moved).toEqual([{start: new Date('2025-04-15T15:00:00Z'), end: new Date('2025-04-15T16:30:00Z'), localStart: '2025-04-15T16:00', movedFrom: '2025-04-08'}]);
  });

  it('includes an occurrence starting at `from` and excludes one starting at `to`', () => {
    const meeting = loadFixture('london.yml');
    const at = new Date('2024-03-12T15:00:00Z');
    expect(seen(meeting, at, new Date('2024-04-09T14:00:00Z')).map((o) => o.start)).toEqual(['2024-03-12T15:00:00.000Z']);
  });

  it('finds a moved occurrence in a window that does not contain its original date, and not the reverse', () => {
    const meeting = loadFixture('london.yml');
    expect(seen(meeting, new Date('2025-04-14T00:00:00Z'), new Date('2025-04-16T00:00:00Z')).map((o) => o.local)).toEqual(['2025-04-15T16:00']);
    expect(seen(meeting, new Date('2025-04-07T00:00:00Z'), new Date('2025-04-09T00:00:00Z'))).toEqual([]);
  });

  it('gives a one-off meeting once, and not at all when cancelled', () => {
    const text = 'title: Kick-off\ntimezone: Asia/Kolkata\nstart: 2024-11-05T09:00\nduration: 30\n';
    expect(seen(parseMeetingFile('meetings/once.yml', text))).toEqual([{local: '2024-11-05T09:00', start: '2024-11-05T03:30:00.000Z', minutes: 30}]);
    expect(seen(parseMeetingFile('meetings/once.yml', `${text}cancelled: [2024-11-05]\n`))).toEqual([]);
  });

  it('follows RFC 5545 on the nights clocks change (gap: offset before it; overlap: first instant)', () => {
    const meeting = parseMeetingFile('meetings/night.yml', 'title: Night\ntimezone: Europe/London\nstart: 2024-03-24T01:30\nduration: 30\nrepeat: FREQ=WEEKLY\n');
    const nights = seen(meeting, new Date('2024-03-30T00:00:00Z'), new Date('2024-04-01T00:00:00Z')).concat(seen(meeting, new Date('2024-10-26T00:00:00Z'), new Date('2024-10-28T00:00:00Z')));
    expect(nights).toEqual([
      {local: '2024-03-31T02:30', start: '2024-03-31T01:30:00.000Z', minutes: 30},
      {local: '2024-10-27T01:30', start: '2024-10-27T00:30:00.000Z', minutes: 30},
    ]);
  });

  it('stops at COUNT and at UNTIL', () => {
    expect(seen(loadFixture('kolkata.yml'), WINDOW.from, new Date('2030-01-01T00:00:00Z'))).toHaveLength(18);
    const newYork = seen(loadFixture('new-york.yml'), WINDOW.from, new Date('2030-01-01T00:00:00Z'));
    expect(newYork[newYork.length - 1].local).toBe('2025-12-24T11:00');
  });
});

describe('firstOccurrences', () => {
  it.each(Object.keys(EXPECTED))('gives the first occurrences of %s that meetingOccurrences lists, moves included', (file) => {
    const meeting = loadFixture(file);
    for (const max of [1, 3, 12, 1000]) {
      expect(firstOccurrences(meeting, WINDOW.from, WINDOW.to, max)).toEqual(meetingOccurrences(meeting, WINDOW.from, WINDOW.to).slice(0, max));
    }
  });
});
