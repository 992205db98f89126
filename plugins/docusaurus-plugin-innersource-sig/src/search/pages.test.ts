import {indexedUrl, isSearchablePage, isSearchableRoute, routeHtmlFiles} from './pages';

describe('routeHtmlFiles', () => {
  it.each([
    ['/', '/', ['index.html']],
    ['/docs/intro', '/', ['docs/intro/index.html', 'docs/intro.html']],
    ['/docs/intro/', '/', ['docs/intro/index.html']],
    ['/fr/docs/intro', '/fr/', ['docs/intro/index.html', 'docs/intro.html']],
    ['/portal/', '/portal/', ['index.html']],
    ['/portal/404.html', '/portal/', ['404.html']],
    ['/elsewhere/page', '/portal/', []],
  ])('%s under base URL %s is written to %j', (route, baseUrl, files) => {
    expect(routeHtmlFiles(route, baseUrl)).toEqual(files);
  });
});

describe('isSearchableRoute', () => {
  it.each([
    ['/404.html', false],
    ['/portal/404.html', false],
    ['/docs/intro', true],
    ['/docs/404-errors', true],
    ['/portal/', true],
  ])('%s: %s', (route, expected) => {
    const baseUrl = route.startsWith('/portal/') ? '/portal/' : '/';
    expect(isSearchableRoute(route, baseUrl)).toBe(expected);
  });
});

describe('isSearchablePage', () => {
  const page = (htmlAttributes: string, main = '<main>') => `<!doctype html><html ${htmlAttributes}><head></head><body>${main}<h1>T</h1></main></body></html>`;

  it('indexes a doc page', () => {
    expect(isSearchablePage(page('lang="en" class="docs-wrapper plugin-docs plugin-id-default docs-doc-page"'))).toBe(true);
  });

  it.each(['docs-tags-list-page', 'docs-tags-doc-list-page', 'blog-list-page', 'blog-tags-post-list-page'])('leaves out a %s, which only lists other pages', (name) => {
    expect(isSearchablePage(page(`lang="en" class="plugin-docs ${name}"`))).toBe(false);
    // Docusaurus Faster's minifier drops the quotes of a one-word attribute.
    expect(isSearchablePage(page(`lang=en class=${name}`))).toBe(false);
  });

  it('leaves out a page whose main content is ignored whole (the filtered events pages)', () => {
    expect(isSearchablePage(page('lang="en"', '<main class="container" data-pagefind-ignore="all">'))).toBe(false);
    expect(isSearchablePage(page('lang=en', '<main class=container data-pagefind-ignore=all>'))).toBe(false);
    // Ignoring a part of the page keeps the page.
    expect(isSearchablePage(page('lang="en"', '<main><ul data-pagefind-ignore="">'))).toBe(true);
  });
});

describe('indexedUrl', () => {
  it('is the path below the base URL, which the browser puts back in front', () => {
    expect(indexedUrl('/fr/docs/intro', '/fr/')).toBe('/docs/intro');
    expect(indexedUrl('/portal/meetings#call', '/portal/')).toBe('/meetings#call');
    expect(indexedUrl('/docs/intro', '/')).toBe('/docs/intro');
  });
});
