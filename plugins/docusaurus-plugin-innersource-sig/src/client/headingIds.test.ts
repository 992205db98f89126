/**
 * @jest-environment jsdom
 */
import React, {useState} from 'react';
import {act, render} from '@testing-library/react';
import {HeadingIdContext, HeadingIdRegistry, useHeadingId} from './headingIds';

const h = React.createElement;

function Probe({title}: {title: string}) {
  const id = useHeadingId(title);
  return h('h2', {id}, title);
}

function ids(container: HTMLElement): string[] {
  return [...container.querySelectorAll('h2')].map((el) => el.id);
}

describe('useHeadingId', () => {
  test('outside MDX content, the id is the slug of the title', () => {
    const {container} = render(h(Probe, {title: 'What is it?'}));
    expect(ids(container)).toEqual(['what-is-it']);
  });

  test('a title without letters or numbers still gives an id', () => {
    const {container} = render(h(Probe, {title: '???'}));
    expect(ids(container)).toEqual(['section']);
  });

  test('inside one registry, equal titles get different ids', () => {
    const registry = new HeadingIdRegistry();
    const {container} = render(
      h(HeadingIdContext.Provider, {value: registry}, h(Probe, {title: 'Join us'}), h(Probe, {title: 'Join us'}), h(Probe, {title: 'Other'})),
    );
    expect(ids(container)).toEqual(['join-us', 'join-us-2', 'other']);
  });

  test('ids stay the same when components re-render', () => {
    let rerender: () => void = () => undefined;
    function Page() {
      const [registry] = useState(() => new HeadingIdRegistry());
      const [n, setN] = useState(0);
      rerender = () => setN((x) => x + 1);
      return h(HeadingIdContext.Provider, {value: registry}, h('span', null, n), h(Probe, {title: 'Card'}), h(Probe, {title: 'Card'}));
    }
    const {container} = render(h(React.StrictMode, null, h(Page)));
    const before = ids(container);
    expect(new Set(before).size).toBe(2);
    act(() => rerender());
    act(() => rerender());
    expect(ids(container)).toEqual(before);
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
