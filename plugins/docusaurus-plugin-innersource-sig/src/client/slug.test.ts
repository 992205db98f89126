import {HeadingIdRegistry, slugify} from './slug';

describe('slugify', () => {
  test('makes readable anchor ids from titles', () => {
    expect(slugify('What is it?')).toBe('what-is-it');
    expect(slugify('Get involved')).toBe('get-involved');
    expect(slugify('  Start   learning!  ')).toBe('start-learning');
  });

  test('drops accents and keeps numbers', () => {
    expect(slugify('Café Résumé')).toBe('cafe-resume');
    expect(slugify('30 Day Warranty')).toBe('30-day-warranty');
  });

  test('keeps letters of non-Latin scripts', () => {
    expect(slugify('会議 2026')).toBe('会議-2026');
  });

  test('collapses punctuation runs into one dash and trims dashes', () => {
    expect(slugify('--InnerSource: the (very) basics--')).toBe('innersource-the-very-basics');
  });

  test('a title without letters or numbers still gives an id', () => {
    expect(slugify('???')).toBe('section');
    expect(slugify('')).toBe('section');
  });
});

describe('HeadingIdRegistry', () => {
  test('gives the same title different ids on one page', () => {
    const registry = new HeadingIdRegistry();
    expect(registry.claim('a', 'Get involved')).toBe('get-involved');
    expect(registry.claim('b', 'Get involved')).toBe('get-involved-2');
    expect(registry.claim('c', 'Get Involved!')).toBe('get-involved-3');
  });

  test('an owner asking again keeps its id (re-renders do not renumber)', () => {
    const registry = new HeadingIdRegistry();
    const first = registry.claim('a', 'Intro');
    registry.claim('b', 'Intro');
    expect(registry.claim('a', 'Intro')).toBe(first);
    expect(registry.claim('b', 'Intro')).toBe('intro-2');
  });

  test('never hands out an id twice, even when a title looks like a numbered id', () => {
    const registry = new HeadingIdRegistry();
    const ids = ['Intro', 'Intro 2', 'Intro', 'Intro'].map((title, i) => registry.claim(String(i), title));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('intro');
    expect(ids[1]).toBe('intro-2');
  });

  test('registries are independent (one per page)', () => {
    expect(new HeadingIdRegistry().claim('a', 'Intro')).toBe('intro');
    expect(new HeadingIdRegistry().claim('a', 'Intro')).toBe('intro');
  });
});
