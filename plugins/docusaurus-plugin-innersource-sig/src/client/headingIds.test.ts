/**
 * @jest-environment jsdom
 */
import React, {useState} from 'react';
import {act, render} from '@testing-library/react';
import {HeadingIdContext, useHeadingId} from './headingIds';
import {HeadingIdRegistry} from './slug';

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
