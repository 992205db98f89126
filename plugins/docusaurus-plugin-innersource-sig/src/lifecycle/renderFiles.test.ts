import {MAX_OUTPUT_BYTES, oversizedOutputs} from './renderFiles';

describe('oversizedOutputs', () => {
  test('names a calendar or feed over the limit, with its size, and nothing else', () => {
    const files = new Map([
      ['ics/small.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'],
      ['ics/huge.ics', 'x'.repeat(MAX_OUTPUT_BYTES + 1)],
      ['events/rss.xml', 'é'.repeat(MAX_OUTPUT_BYTES / 2)], // 2 bytes each in UTF-8: exactly the limit
    ]);
    expect(oversizedOutputs(files)).toEqual([expect.stringMatching(/^ics\/huge\.ics would be 10\.0 MB, more than the 10 MB a calendar or feed may be: shorten/)]);
  });
});
