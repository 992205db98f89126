import type {EventSummary} from '../types';
import {isPastEvent, selectEvents, splitEvents} from './events';

const at = (iso: string) => Date.parse(iso) / 1000;

function summary(slug: string, startsAt: string, endsAt: string, tags: string[] = []): EventSummary {
  return {slug, title: slug, date: startsAt.slice(0, 10), end: endsAt.slice(0, 10), days: '', timezone: 'Etc/UTC', startsAt: at(startsAt), endsAt: at(endsAt), tags};
}

const SUMMIT_2022 = summary('summit-2022', '2022-11-16T15:00:00Z', '2022-11-17T11:00:00Z', ['summit']);
const CALL_2026 = summary('call-2026', '2026-03-17T16:00:00Z', '2026-03-17T17:00:00Z', ['community-call']);
const SUMMIT_2027 = summary('summit-2027', '2027-05-12T14:00:00Z', '2027-05-13T17:30:00Z', ['Summit']);
const CALL_2027 = summary('call-2027', '2027-02-10T00:00:00Z', '2027-02-11T00:00:00Z', ['community-call']);
const ALL = [SUMMIT_2027, CALL_2026, SUMMIT_2022, CALL_2027];

const slugs = (events: Array<{slug: string}>) => events.map((e) => e.slug);

describe('splitEvents at a given now', () => {
  it('upcoming soonest first, past latest first', () => {
    const {upcoming, past} = splitEvents(ALL, new Date('2026-11-23T12:00:00Z'));
    expect(slugs(upcoming)).toEqual(['call-2027', 'summit-2027']);
    expect(slugs(past)).toEqual(['call-2026', 'summit-2022']);
  });

  it('an event in progress is still upcoming; it is past from its end on', () => {
    expect(slugs(splitEvents(ALL, new Date('2027-05-13T10:00:00Z')).upcoming)).toEqual(['summit-2027']);
    expect(isPastEvent(SUMMIT_2027, new Date('2027-05-13T17:29:59Z'))).toBe(false);
    expect(isPastEvent(SUMMIT_2027, new Date('2027-05-13T17:30:00Z'))).toBe(true);
  });

  it('an all-day event is upcoming until the end of its day in its zone', () => {
    expect(isPastEvent(CALL_2027, new Date('2027-02-10T23:59:00Z'))).toBe(false);
    expect(isPastEvent(CALL_2027, new Date('2027-02-11T00:00:00Z'))).toBe(true);
  });

  it('orders events starting together by slug, so the order is stable', () => {
    const a = summary('b-event', '2027-01-01T10:00:00Z', '2027-01-01T11:00:00Z');
    const b = summary('a-event', '2027-01-01T10:00:00Z', '2027-01-01T12:00:00Z');
    expect(slugs(splitEvents([a, b], new Date('2026-01-01T00:00:00Z')).upcoming)).toEqual(['a-event', 'b-event']);
    expect(slugs(splitEvents([a, b], new Date('2028-01-01T00:00:00Z')).past)).toEqual(['a-event', 'b-event']);
  });
});

describe('selectEvents', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const pick = (selection: Parameters<typeof selectEvents>[1]) => selectEvents(ALL, selection, now).map(({event, isPast}) => `${event.slug}${isPast ? ' (past)' : ''}`);

  it('upcoming, past, or both (upcoming first)', () => {
    expect(pick({upcoming: true})).toEqual(['call-2027', 'summit-2027']);
    expect(pick({past: true})).toEqual(['call-2026 (past)', 'summit-2022 (past)']);
    expect(pick({})).toEqual(['call-2027', 'summit-2027', 'call-2026 (past)', 'summit-2022 (past)']);
    expect(pick({upcoming: true, past: true})).toEqual(pick({}));
  });

  it('limit and tag (any case)', () => {
    expect(pick({upcoming: true, limit: 1})).toEqual(['call-2027']);
    expect(pick({limit: 0})).toEqual([]);
    expect(pick({tag: 'SUMMIT'})).toEqual(['summit-2027', 'summit-2022 (past)']);
    expect(pick({tag: 'community-call', past: true})).toEqual(['call-2026 (past)']);
    expect(pick({tag: 'nope'})).toEqual([]);
  });
});
