import {fieldPath, frontMatterFieldLine, yamlFieldLine} from './fieldLine';

const MEETING = `title: Weekly sync
timezone: Europe/London
start: 2025-01-07T15:00
duration: 60
repeat: FREQ=WEEKLY
organizer:
  name: SIG
  email: nobody
moved:
  - from: 2025-01-14
    start: 2025-01-15T15:00
cancelled: [2025-01-21, 2025-01-22]
`;

describe('fieldPath', () => {
  test('splits names and list indexes', () => {
    expect(fieldPath('moved[0].from')).toEqual(['moved', 0, 'from']);
    expect(fieldPath('cancelled[12]')).toEqual(['cancelled', 12]);
    expect(fieldPath('(front matter)')).toEqual([]);
  });
});

describe('yamlFieldLine', () => {
  test.each([
    ['timezone', 2],
    ['organizer.email', 8],
    ['moved[0].start', 11],
    ['cancelled[1]', 12],
    // A block mapping or list: the line of its key, not of its first item.
    ['organizer', 6],
    ['moved', 9],
  ])('%s is on line %i', (field, line) => {
    expect(yamlFieldLine(MEETING, field)).toBe(line);
  });

  test('a missing field points at its parent, or at the first line', () => {
    expect(yamlFieldLine(MEETING, 'moved[0].duration')).toBe(10);
    expect(yamlFieldLine(MEETING, 'agenda')).toBe(1);
  });

  test('the whole file points at the syntax error', () => {
    expect(yamlFieldLine('title: X\ntitle: Again\nduration: 30\n', '(file)')).toBe(2);
  });
});

describe('frontMatterFieldLine', () => {
  test('counts the opening --- line', () => {
    expect(frontMatterFieldLine('---\ntitle: X\ndate: 2027-02-30\n---\n# Body\n', 'date')).toBe(3);
    expect(frontMatterFieldLine('---\ntitle: X\nsessions:\n  - title: A\n    start: 2027-01-01T10:00\n---\n', 'sessions[0].start')).toBe(5);
  });
});
