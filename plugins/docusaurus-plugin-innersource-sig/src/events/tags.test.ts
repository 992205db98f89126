import {eventTags} from './tags';

describe('eventTags', () => {
  test('one tag per label whatever its case, counted, sorted, each with a distinct page key', () => {
    const tags = eventTags([{tags: ['Summit', 'online']}, {tags: ['summit']}, {tags: ['C++', 'C', 'サミット']}], 'en');
    expect(tags).toEqual([
      {label: 'C', key: 'c', count: 1},
      {label: 'C++', key: 'c-2', count: 1},
      {label: 'online', key: 'online', count: 1},
      {label: 'Summit', key: 'summit', count: 2},
      // Letters of any script make the key: every tag has a page.
      {label: 'サミット', key: 'サミット', count: 1},
    ]);
  });
});
