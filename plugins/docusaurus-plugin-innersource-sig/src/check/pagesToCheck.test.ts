import {pagesToCheck} from './pagesToCheck';
import type {RouteLike} from '../routes';

const doc = (permalink: string, source: string): RouteLike => ({path: permalink, component: '@theme/DocItem', metadata: {sourceFilePath: source}});
// As the docs plugin nests them: only the leaves are pages.
const docsRoute = (docs: RouteLike[]): RouteLike => ({path: '/docs', component: '@theme/DocsRoot', routes: [{path: '/docs', component: '@theme/DocRoot', routes: docs}]});

describe('pagesToCheck', () => {
  const htmlFiles = ['index.html', 'docs/plain/index.html', 'docs/list/index.html', 'docs/tags/index.html', 'events/launch/index.html', 'meetings/index.html', '404.html'];
  const routes: RouteLike[] = [
    docsRoute([doc('/docs/plain', 'docs/plain.md'), doc('/docs/list', 'docs/list.mdx'), {path: '/docs/tags', component: '@theme/DocTagsListPage'}]),
    {path: '/', component: '@theme/MDXPage', metadata: {sourceFilePath: 'src/pages/index.md'}},
    // The plugin's pages link to calendar files whatever their markdown says.
    {path: '/events/launch', component: '@theme/EventPage', metadata: {sourceFilePath: 'events/launch.md'}},
    {path: '/meetings', component: '@theme/MeetingsPage'},
  ];
  const sources = new Map([
    ['docs/plain.md', false],
    ['docs/list.mdx', true],
    ['src/pages/index.md', false],
    ['events/launch.md', false],
  ]);

  it('skips the pages whose own source can show no problem, and reads the rest', () => {
    expect(pagesToCheck({htmlFiles, routes, baseUrl: '/', sources, configMayShowProblems: false})).toEqual([
      'docs/list/index.html',
      'docs/tags/index.html',
      'events/launch/index.html',
      'meetings/index.html',
      '404.html',
    ]);
  });

  it('maps routes under a baseUrl, and pages written as name.html (trailingSlash: false)', () => {
    const files = ['docs/plain.html', 'docs/list.html', 'index.html'];
    const based = routes.map((route) => ({...route, path: `/sig${route.path}`, routes: route.routes?.map((r) => ({...r, routes: r.routes?.map((d) => ({...d, path: `/sig${d.path}`}))}))}));
    expect(pagesToCheck({htmlFiles: files, routes: based, baseUrl: '/sig/', sources, configMayShowProblems: false})).toEqual(['docs/list.html']);
  });

  it('reads every page when a source that can show a problem is no page of its own (a component, a partial)', () => {
    const withComponent = new Map([...sources, ['src/components/Subscribe.tsx', true]]);
    expect(pagesToCheck({htmlFiles, routes, baseUrl: '/', sources: withComponent, configMayShowProblems: false})).toEqual(htmlFiles);
  });

  it('reads every page when the config can show a problem (a navbar link to a calendar)', () => {
    expect(pagesToCheck({htmlFiles, routes, baseUrl: '/', sources, configMayShowProblems: true})).toEqual(htmlFiles);
  });

  it('reads a page whose source was not read, or that another route also renders', () => {
    const unread = pagesToCheck({htmlFiles, routes, baseUrl: '/', sources: new Map([...sources].filter(([file]) => file !== 'docs/plain.md')), configMayShowProblems: false});
    expect(unread).toContain('docs/plain/index.html');
    const shared = pagesToCheck({htmlFiles, routes: [...routes, {path: '/docs/plain/', component: '@theme/Other'}], baseUrl: '/', sources, configMayShowProblems: false});
    expect(shared).toContain('docs/plain/index.html');
  });
});
