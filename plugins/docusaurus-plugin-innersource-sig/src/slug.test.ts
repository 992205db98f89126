import {slugify} from './slug';

describe('slugify', () => {
  test('makes readable names from titles', () => {
    expect(slugify('What is it?')).toBe('what-is-it');
    expect(slugify('Get involved')).toBe('get-involved');
    expect(slugify('  Start   learning!  ')).toBe('start-learning');
  });

  test('drops accents and keeps numbers', () => {
    expect(slugify('Café Résumé')).toBe('cafe-resume');
    expect(slugify('30 Day Warranty')).toBe('30-day-warranty');
  });

  test('collapses punctuation runs into one dash and trims dashes', () => {
    expect(slugify('--InnerSource: the (very) basics--')).toBe('innersource-the-very-basics');
    expect(slugify('  Open -- Source   Week ')).toBe('open-source-week');
  });

  test('keeps letters of non-Latin scripts, or with `ascii` only a–z and 0–9', () => {
    expect(slugify('会議 2026')).toBe('会議-2026');
    expect(slugify('会議 2026', {ascii: true})).toBe('2026');
    expect(slugify('Réunion à Zürich', {ascii: true})).toBe('reunion-a-zurich');
  });

  test('is empty when nothing is left (the caller names a stand-in)', () => {
    expect(slugify('???')).toBe('');
    expect(slugify('')).toBe('');
    expect(slugify('サミット', {ascii: true})).toBe('');
  });
});
