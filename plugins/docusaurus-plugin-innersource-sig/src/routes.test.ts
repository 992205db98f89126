import {leafRoutes, routeHtmlFiles, type RouteLike} from './routes';

describe('leafRoutes', () => {
  it('lists the nested routes that render pages, not their layouts', () => {
    const doc = (permalink: string): RouteLike => ({path: permalink, component: '@theme/DocItem'});
    // As the docs plugin nests them: only the leaves are pages.
    const routes = [{path: '/docs', component: '@theme/DocsRoot', routes: [{path: '/docs', component: '@theme/DocRoot', routes: [doc('/docs/a'), doc('/docs/b')]}]}, {path: '/', component: '@theme/MDXPage'}];
    expect(leafRoutes(routes).map((route) => route.path)).toEqual(['/docs/a', '/docs/b', '/']);
  });
});

describe('routeHtmlFiles', () => {
  it.each([
    ['/', '/', ['index.html']],
    ['/docs/intro', '/', ['docs/intro/index.html', 'docs/intro.html']],
    ['/docs/intro/', '/', ['docs/intro/index.html']],
    ['/fr/docs/intro', '/fr/', ['docs/intro/index.html', 'docs/intro.html']],
    ['/portal/', '/portal/', ['index.html']],
    ['/elsewhere/page', '/portal/', []],
  ])('%s under base URL %s is written to %j', (route, baseUrl, files) => {
    expect(routeHtmlFiles(route, baseUrl)).toEqual(files);
  });
});
