import {eventVisibility} from './visibility';

const NOW = new Date('2027-06-01T12:00:00Z');

describe('eventVisibility: production builds leave out drafts and scheduled events, development marks them', () => {
  it.each([
    ['published, no publishDate', {draft: false}, 'published', 'published'],
    ['publishDate passed', {draft: false, publishAt: '2027-06-01T11:59:00.000Z'}, 'published', 'published'],
    ['publishDate exactly now', {draft: false, publishAt: '2027-06-01T12:00:00.000Z'}, 'published', 'published'],
    ['publishDate ahead', {draft: false, publishAt: '2027-09-01T00:00:00.000Z'}, 'hidden', 'scheduled'],
    ['draft', {draft: true}, 'hidden', 'draft'],
    ['scheduled draft', {draft: true, publishAt: '2027-09-01T00:00:00.000Z'}, 'hidden', 'draft'],
  ] as const)('%s', (_name, event, production, development) => {
    expect(eventVisibility(event, {production: true, now: NOW})).toBe(production);
    expect(eventVisibility(event, {production: false, now: NOW})).toBe(development);
  });

  it('a scheduled event appears with the first production build after its publishDate', () => {
    const event = {draft: false, publishAt: '2027-09-01T00:00:00.000Z'};
    expect(eventVisibility(event, {production: true, now: new Date('2027-08-31T23:59:59Z')})).toBe('hidden');
    expect(eventVisibility(event, {production: true, now: new Date('2027-09-01T00:00:00Z')})).toBe('published');
  });
});
