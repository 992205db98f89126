import {pagesToCheck} from './pagesToCheck';
import type {RouteLike} from '../routes';

const doc = (permalink: string, source: string): RouteLike => ({path: permalink, component: '@theme/DocItem', metadata: {sourceFilePath: source}});
// As the docs plugin nests them: only the leaves are pages.
const docsRoute = (docs: RouteLike[]): RouteLike => ({path: '/docs', component: '@theme/DocsRoot', routes: [{path: '/docs', component: '@theme/DocRoot', routes: docs}]});

/** The first file of each page: what a build with the default trailingSlash writes. */
const firstFiles = (pages: string[][]) => pages.map((files) => files[0]);

describe('pagesToCheck', () => {
  const routes: RouteLike[] = [
    docsRoute([doc('/docs/plain', 'docs/plain.md'), doc('/docs/list', 'docs/list.mdx'), {path: '/docs/tags', component: '@theme/DocTagsListPage'}]),
    {path: '/', component: '@theme/MDXPage', metadata: {sourceFilePath: 'src/pages/index.md'}},
    // The plugin's pages link to calendar files whatever their markdown says.
    {path: '/events/launch', component: '@theme/EventPage', metadata: {sourceFilePath: 'events/launch.md'}},
    {path: '/meetings', component: '@theme/MeetingsPage'},
    // Rendered from validated data alone: nothing an author wrote shows there.
    {path: '/meetings/innersource-sig', component: '@theme/MeetingSeriesPage'},
    {path: '/meetings/calendar', component: '@theme/MeetingCalendarPage'},
    {path: '*', component: '@theme/NotFound'},
  ];
  const everyPage = [
    'docs/plain/index.html',
    'docs/list/index.html',
    'docs/tags/index.html',
    'index.html',
    'events/launch/index.html',
    'meetings/index.html',
    'meetings/innersource-sig/index.html',
    'meetings/calendar/index.html',
    '404.html',
  ];
  const sources = new Map([
    ['docs/plain.md', false],
    ['docs/list.mdx', true],
    ['src/pages/index.md', false],
    ['events/launch.md', false],
  ]);

  it('skips the pages whose own source can show no problem, and reads the rest', () => {
    expect(firstFiles(pagesToCheck({routes, baseUrl: '/', sources, configMayShowProblems: false}))).toEqual([
      'docs/list/index.html',
      'docs/tags/index.html',
      'events/launch/index.html',
      'meetings/index.html',
      '404.html',
    ]);
  });

  it('maps routes under a baseUrl, to both files a route may be written to (name/index.html, or name.html with trailingSlash: false)', () => {
    const based = routes.map((route) => ({...route, path: `/sig${route.path}`, routes: route.routes?.map((r) => ({...r, routes: r.routes?.map((d) => ({...d, path: `/sig${d.path}`}))}))}));
    expect(pagesToCheck({routes: based, baseUrl: '/sig/', sources, configMayShowProblems: false})).toContainEqual(['docs/list/index.html', 'docs/list.html']);
    expect(pagesToCheck({routes: based, baseUrl: '/sig/', sources, configMayShowProblems: false})).not.toContainEqual(expect.arrayContaining(['docs/plain.html']));
  });

  it('reads every page when a source that can show a problem is no page of its own (a component, a partial)', () => {
    const withComponent = new Map([...sources, ['src/components/Subscribe.tsx', true]]);
    expect(firstFiles(pagesToCheck({routes, baseUrl: '/', sources: withComponent, configMayShowProblems: false}))).toEqual(everyPage);
  });

  it('reads every page when the config can show a problem (a navbar link to a calendar)', () => {
    expect(firstFiles(pagesToCheck({routes, baseUrl: '/', sources, configMayShowProblems: true}))).toEqual(everyPage);
  });

  it('reads a page whose source was not read, or that another route also renders', () => {
    const unread = pagesToCheck({routes, baseUrl: '/', sources: new Map([...sources].filter(([file]) => file !== 'docs/plain.md')), configMayShowProblems: false});
    expect(firstFiles(unread)).toContain('docs/plain/index.html');
    const shared = pagesToCheck({routes: [...routes, {path: '/docs/plain/', component: '@theme/Other'}], baseUrl: '/', sources, configMayShowProblems: false});
    expect(firstFiles(shared)).toContain('docs/plain/index.html');
  });
});
