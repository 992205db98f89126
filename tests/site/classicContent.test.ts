import {builtPage} from './builtSite';

// A page written the way existing SIG sites write their home page must build and render.
describe('content written for older SIG sites', () => {
  const $ = builtPage('/docs/community/classic-home');

  test('renders its BoxOuts, keeping their colour classes, with distinct ids for equal titles', () => {
    const cards = $('.frontPageContent > section');
    expect(cards).toHaveLength(2);
    expect(cards.eq(0).attr('class')).toContain('boxout1');
    expect(cards.eq(1).attr('class')).toContain('boxout4');
    const ids = cards.find('h2').map((_, h) => $(h).attr('id')).get();
    expect(ids).toEqual(['what-is-it', 'what-is-it-2']);
    expect(cards.eq(1).find('table td').first().text()).toBe('Monthly');
    expect(cards.eq(1).find('h3').text().replace(/\u200b/g, '')).toBe('A heading inside a card');
  });

  test('an external card link opens as an external link', () => {
    const link = $('.frontPageContent a.button').last();
    expect(link.attr('href')).toBe('https://innersourcecommons.org');
    expect(link.attr('target')).toBe('_blank');
    expect(link.attr('rel')).toContain('noopener');
  });

  test('the hand-written meeting table links to generated .ics files', () => {
    const hrefs = $('table.meetingTable td.calendar a').map((_, a) => $(a).attr('href')).get();
    expect(hrefs).toEqual(['/ics/finos-event-7.ics', '/ics/innersource-sig-americas.ics']);
  });

  test('a markdown link to an .ics file is a download link, not a router link', () => {
    const link = $('a').filter((_, a) => $(a).text() === 'add the working group to your calendar');
    expect(link.attr('href')).toBe('/ics/maturity-working-group.ics');
    expect(link.attr('download')).toBe('maturity-working-group.ics');
  });

  test('an empty front matter title renders no empty page heading', () => {
    expect($('article h1')).toHaveLength(0);
    expect($('.theme-doc-toc-desktop')).toHaveLength(0);
  });
});
