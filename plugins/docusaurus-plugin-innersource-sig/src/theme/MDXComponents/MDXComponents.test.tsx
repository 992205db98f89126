import React from 'react';
import {render, screen} from '@testing-library/react';
import MDXComponents from '@theme/MDXComponents';
import OriginalMDXComponents from '@theme-init/MDXComponents';
import BoxOut from '@theme/BoxOut';
import BokTagList from '@theme/BokTagList';
import MeetingTable from '@theme/MeetingTable';

const A = MDXComponents.a as React.ComponentType<React.ComponentProps<'a'>>;

describe('MDXComponents', () => {
  test('exposes the SIG components to every page', () => {
    expect(MDXComponents.BoxOut).toBe(BoxOut);
    expect(MDXComponents.BokTagList).toBe(BokTagList);
    expect(MDXComponents.MeetingTable).toBe(MeetingTable);
  });

  test("keeps the theme's other components", () => {
    for (const name of Object.keys(OriginalMDXComponents).filter((n) => n !== 'a')) {
      expect(MDXComponents[name as keyof typeof MDXComponents]).toBe(OriginalMDXComponents[name]);
    }
  });

  test('a markdown link to an .ics file is a plain download anchor under the base url', () => {
    render(
      <A href="/ics/innersource-sig.ics" title="Calendar">
        Add to calendar
      </A>,
    );
    const link = screen.getByRole('link', {name: 'Add to calendar'});
    expect(link).toHaveAttribute('href', '/sig/ics/innersource-sig.ics');
    expect(link).toHaveAttribute('download', 'innersource-sig.ics');
    expect(link).toHaveAttribute('title', 'Calendar');
    expect(link).not.toHaveAttribute('data-original-mdx-a');
    expect(link).not.toHaveAttribute('data-router-link');
  });

  test('query strings do not change the downloaded file name', () => {
    render(<A href="/ics/meetings.ics?v=3">All</A>);
    const link = screen.getByRole('link', {name: 'All'});
    expect(link).toHaveAttribute('href', '/sig/ics/meetings.ics?v=3');
    expect(link).toHaveAttribute('download', 'meetings.ics');
  });

  test('a pathname:// link to an .ics file gets the base url once', () => {
    render(<A href="pathname:///ics/meetings.ics">All</A>);
    expect(screen.getByRole('link', {name: 'All'})).toHaveAttribute('href', '/sig/ics/meetings.ics');
  });

  test.each(['/docs/Intro', 'https://innersourcecommons.org', '#section', 'webcal://sig.example.org/sig/ics/meetings.ics'])(
    'other links (%s) use the original MDX anchor',
    (href) => {
      render(<A href={href}>Other</A>);
      const link = screen.getByRole('link', {name: 'Other'});
      expect(link).toHaveAttribute('data-original-mdx-a', 'true');
      expect(link).toHaveAttribute('href', href);
      expect(link).not.toHaveAttribute('download');
    },
  );

  test('an anchor without href still renders through the original', () => {
    render(<A id="anchor">Target</A>);
    expect(screen.getByText('Target')).toHaveAttribute('data-original-mdx-a', 'true');
  });
});
