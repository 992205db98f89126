import {builtPage} from './builtSite';

describe('home page (production build)', () => {
  const $ = builtPage('/');

  test('shows the header image with alt text', () => {
    const img = $('img.page-header-image');
    expect(img).toHaveLength(1);
    expect(img.attr('src')).toBe('/img/header.svg');
    expect(img.attr('alt')).toMatch(/InnerSource SIG/);
  });

  test('shows the BoxOut cards as a row of sections with real headings', () => {
    const row = $('.frontPageContent');
    expect(row).toHaveLength(1);
    const titles = row.find('section h2').map((_, h) => $(h).text()).get();
    expect(titles).toEqual(['What is it?', 'Get involved', 'Start learning']);
    const ids = row.find('section h2').map((_, h) => $(h).attr('id')).get();
    expect(new Set(ids).size).toBe(3);
    expect(ids).toContain('what-is-it');
  });

  test('card calls to action link to their pages', () => {
    const whatIsIt = $('section').filter((_, s) => $(s).find('h2').text() === 'What is it?');
    const action = whatIsIt.find('a.button');
    expect(action.attr('href')).toBe('/docs/Intro');
    expect(action.text()).toContain('Find out More');
    expect(whatIsIt.find('strong').text()).toBe('open source practices');
  });

  test('"Get involved" shows the meeting tables, the mailing list and a download link', () => {
    const card = $('section').filter((_, s) => $(s).find('h2').text() === 'Get involved');
    const tables = card.find('table[data-meeting]');
    expect(tables.map((_, t) => $(t).attr('data-meeting')).get()).toEqual(['innersource-sig', 'innersource-sig-americas']);
    expect(card.text()).toContain('Second Tuesday of every month');
    expect(card.text()).toContain('15:00–16:00 (United Kingdom Time)');
    expect(card.text()).toContain('Fourth Tuesday of every month');
    const add = card.find('a[download]').first();
    expect(add.attr('href')).toBe('/ics/finos-event-7.ics');
    expect(add.text()).toBe('Add to calendar');
    expect(card.find('a[href="mailto:innersource-sig@example.org"]')).toHaveLength(1);
    expect(card.find('a[href^="webcal://"]').first().attr('href')).toMatch(/^webcal:\/\/[^/]+\/ics\/finos-event-7\.ics$/);
  });

  test('the InnerSource tag list links every listed doc, sorted, without drafts or unlisted docs', () => {
    const items = $('h2#body-of-knowledge').nextAll('ul').first().find('li');
    const links = items.map((_, li) => $(li).find('a').first().attr('href')).get();
    expect(links).toContain('/docs/Intro');
    expect(links).toContain('/docs/patterns/trusted-committer');
    expect(links).not.toContain('/docs/patterns/retired-pattern');
    expect(links.some((l) => l.includes('draft-metrics'))).toBe(false);
    // sidebar_position 1 before 2, docs without a position last
    expect(links.indexOf('/docs/Intro')).toBeLessThan(links.indexOf('/docs/why-innersource'));
    expect(links.indexOf('/docs/glossary')).toBeGreaterThan(links.indexOf('/docs/resources'));
    const intro = items.filter((_, li) => $(li).find('a').attr('href') === '/docs/Intro');
    expect(intro.find('img').attr('alt')).toBe('An open book');
    expect(intro.text()).toContain('What InnerSource is');
  });
});
