import {indexInputFile, indexedUrl, searchableRoutes} from './pages';

describe('searchableRoutes', () => {
  // The shape of a Docusaurus build's routes: docs nested under their layout routes.
  const routes = [
    {path: '/fr/', component: '@theme/MDXPage'},
    {path: '/fr/404.html', component: '@theme/NotFound'},
    {path: '/fr/events', component: '@theme/EventsPage'},
    {path: '/fr/events/past', component: '@theme/EventsPage'},
    {path: '/fr/events/tags/summit', component: '@theme/EventsPage'},
    {path: '/fr/events/summit-2027', component: '@theme/EventPage'},
    {path: '/fr/meetings', component: '@theme/MeetingsPage'},
    {
      path: '/fr/docs',
      component: '@theme/DocsRoot',
      routes: [
        {path: '/fr/docs/tags', component: '@theme/DocTagsListPage'},
        {path: '/fr/docs/tags/governance', component: '@theme/DocTagDocListPage'},
        {path: '/fr/docs', component: '@theme/DocVersionRoot', routes: [{path: '/fr/docs/intro', component: '@theme/DocItem'}]},
      ],
    },
    {path: '/fr/blog/tags', component: '@theme/BlogTagsListPage'},
    {path: '/fr/blog', component: '@theme/BlogListPage'},
    {path: '/fr/blog/hello', component: '@theme/BlogPostPage'},
  ];

  it('keeps the pages with content of their own: docs, events, meetings, home, blog posts', () => {
    expect(searchableRoutes(routes, '/fr/', ['/fr/events'])).toEqual(['/fr/', '/fr/events', '/fr/events/summit-2027', '/fr/meetings', '/fr/docs/intro', '/fr/blog/hello']);
  });

  it('keeps filtered events pages when the plugin does not say where its events page is', () => {
    expect(searchableRoutes(routes, '/fr/', [])).toContain('/fr/events/past');
  });

  it('leaves out routes outside the locale', () => {
    expect(searchableRoutes([{path: '/docs/a', component: '@theme/DocItem'}], '/fr/', [])).toEqual([]);
  });
});

describe('indexInputFile', () => {
  it('names each page <path>/index.html, whatever file it was built to', () => {
    expect(indexInputFile('/portal/', '/portal/')).toBe('index.html');
    expect(indexInputFile('/portal/docs/intro', '/portal/')).toBe('docs/intro/index.html');
    expect(indexInputFile('/docs/intro/', '/')).toBe('docs/intro/index.html');
  });
});

describe('indexedUrl', () => {
  it('is the path below the base URL, which the browser puts back in front', () => {
    expect(indexedUrl('/fr/meetings#call', '/fr/')).toBe('/meetings#call');
    expect(indexedUrl('/meetings#call', '/')).toBe('/meetings#call');
  });
});
