import type {MeetingClientData} from '../types';
import {byNextMeeting} from './order';

const NOW = new Date('2026-12-04T12:00:00Z');
const at = (iso: string) => Date.parse(iso) / 1000;
function series(title: string, occurrences: Array<[string, 0 | 1 | 2]>): MeetingClientData {
  return {title, occurrences: occurrences.map(([start, status]) => [at(start), at(start) + 3600, status, start])} as unknown as MeetingClientData;
}

describe('byNextMeeting', () => {
  test('the next meeting first; a cancelled date does not count; series without a next meeting last, by title', () => {
    const ordered = byNextMeeting(
      [
        series('Zeta (ended)', []),
        series('Monthly', [['2026-12-08T15:00:00Z', 0]]),
        series('Weekly, next one cancelled', [['2026-12-05T10:00:00Z', 2], ['2026-12-12T10:00:00Z', 0]]),
        series('Alpha (ended)', [['2026-11-01T10:00:00Z', 0]]),
        series('In progress', [['2026-12-04T11:30:00Z', 0]]),
      ],
      NOW,
      'en',
    );
    expect(ordered.map((s) => s.title)).toEqual(['In progress', 'Monthly', 'Weekly, next one cancelled', 'Alpha (ended)', 'Zeta (ended)']);
  });
});
