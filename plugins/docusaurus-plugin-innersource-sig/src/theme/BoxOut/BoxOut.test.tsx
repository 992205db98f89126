import React from 'react';
import {render, screen, within} from '@testing-library/react';
import BoxOut from '@theme/BoxOut';
import MDXContent from '@theme/MDXContent';

afterEach(() => {
  jest.restoreAllMocks();
});

describe('BoxOut', () => {
  test('shows the title as a real heading with an id, and labels the card with it', () => {
    render(<BoxOut title="What is it?">Body</BoxOut>);
    const heading = screen.getByRole('heading', {level: 2, name: 'What is it?'});
    expect(heading).toHaveAttribute('id', 'what-is-it');
    const card = screen.getByRole('region', {name: 'What is it?'});
    expect(card.tagName).toBe('SECTION');
    expect(card).toHaveAttribute('aria-labelledby', 'what-is-it');
  });

  test('headingLevel picks the heading level', () => {
    render(<BoxOut title="Smaller" headingLevel={3} />);
    expect(screen.getByRole('heading', {level: 3, name: 'Smaller'})).toBeInTheDocument();
    expect(screen.queryByRole('heading', {level: 2})).not.toBeInTheDocument();
  });

  test('title is trimmed', () => {
    render(<BoxOut title="  Get involved  " />);
    expect(screen.getByRole('heading', {name: 'Get involved'})).toHaveAttribute('id', 'get-involved');
  });

  test('without link, title or image: just the body', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const {container} = render(<BoxOut>Only text</BoxOut>);
    expect(container).toHaveTextContent('Only text');
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });

  test('missing title: no heading, no crash, and a warning for the author outside production', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const {container} = render(<BoxOut link="/docs/Intro">Body text</BoxOut>);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(container.querySelector('section')).not.toHaveAttribute('aria-labelledby');
    expect(container).toHaveTextContent('Body text');
    expect(warn).toHaveBeenCalled();
    expect(warn.mock.calls[0]![0]).toMatch(/BoxOut.*title/);
    expect(warn.mock.calls[0]![0]).toContain('/docs/Intro');
  });

  test('a blank title counts as missing', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<BoxOut title="   ">Body</BoxOut>);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
  });

  test('no warning in production builds', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      render(<BoxOut>Body</BoxOut>);
    } finally {
      process.env.NODE_ENV = previous;
    }
    expect(warn).not.toHaveBeenCalled();
  });

  test('no warning when the title is there', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<BoxOut title="Fine">Body</BoxOut>);
    expect(warn).not.toHaveBeenCalled();
  });

  test('image is decorative by default, under the base url', () => {
    const {container} = render(<BoxOut title="Card" image="/img/people.svg" />);
    const img = container.querySelector('img')!;
    expect(img).toHaveAttribute('src', '/sig/img/people.svg');
    expect(img).toHaveAttribute('alt', '');
    // Decorative images are hidden from the accessibility tree.
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  test('imageAlt makes the image informative', () => {
    render(<BoxOut title="Card" image="/img/people.svg" imageAlt="Two people pairing" />);
    expect(screen.getByRole('img', {name: 'Two people pairing'})).toHaveAttribute('src', '/sig/img/people.svg');
  });

  test('an internal link goes through the router Link, with default text naming the card', () => {
    render(<BoxOut title="What is it?" link="/docs/Intro" />);
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('href', '/docs/Intro');
    expect(link).toHaveAttribute('data-router-link', 'true');
    expect(link).toHaveTextContent('Find out more');
    // Screen readers listing links hear which card it belongs to.
    expect(link.textContent).toBe('Find out more: What is it?');
    expect(link).toHaveAccessibleName(/What is it\?/);
    expect(link).toHaveClass('button', 'button--primary');
  });

  test('linkText replaces the default text', () => {
    render(<BoxOut title="Patterns" link="/docs/patterns" linkText="Browse patterns" />);
    expect(screen.getByRole('link').textContent).toBe('Browse patterns: Patterns');
  });

  test('an external link is kept as given', () => {
    render(<BoxOut title="Slack" link="https://innersourcecommons.org/slack" linkText="Join Slack" />);
    const link = screen.getByRole('link', {name: /Join Slack/});
    expect(link).toHaveAttribute('href', 'https://innersourcecommons.org/slack');
  });

  test('a link to an .ics file is a plain download anchor under the base url', () => {
    render(<BoxOut title="Meet us" link="/ics/innersource-sig.ics" linkText="Add to calendar" />);
    const link = screen.getByRole('link', {name: /Add to calendar/});
    expect(link).not.toHaveAttribute('data-router-link');
    expect(link).toHaveAttribute('href', '/sig/ics/innersource-sig.ics');
    expect(link).toHaveAttribute('download', 'innersource-sig.ics');
    expect(link).toHaveClass('button', 'button--primary');
  });

  test('keeps the boxout1 colour class and other classes', () => {
    const {container} = render(<BoxOut title="Card" className="boxout1 extra" />);
    const section = container.querySelector('section')!;
    expect(section).toHaveClass('boxout1');
    expect(section).toHaveClass('extra');
  });

  test('renders markdown-like children: paragraphs, lists and tables', () => {
    render(
      <BoxOut title="Get involved">
        <p>
          We meet <strong>monthly</strong>.
        </p>
        <ul>
          <li>Join the call</li>
          <li>Read the notes</li>
        </ul>
        <table>
          <tbody>
            <tr>
              <th>When</th>
              <td>Tuesday</td>
            </tr>
          </tbody>
        </table>
      </BoxOut>,
    );
    const card = screen.getByRole('region', {name: 'Get involved'});
    expect(within(card).getByText('monthly').tagName).toBe('STRONG');
    expect(within(card).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Join the call', 'Read the notes']);
    expect(within(card).getByRole('table')).toHaveTextContent('Tuesday');
  });

  test('two cards with the same title inside MDX content get different ids', () => {
    render(
      <MDXContent>
        <BoxOut title="Join us">A</BoxOut>
        <BoxOut title="Join us">B</BoxOut>
        <BoxOut title="Other">C</BoxOut>
      </MDXContent>,
    );
    const ids = screen.getAllByRole('heading').map((h) => h.id);
    expect(ids[0]).toBe('join-us');
    expect(new Set(ids).size).toBe(3);
    // Each card is labelled by its own heading.
    const regions = screen.getAllByRole('region', {name: 'Join us'});
    expect(regions).toHaveLength(2);
    expect(regions.map((r) => r.getAttribute('aria-labelledby'))).toEqual(ids.slice(0, 2));
  });

  test('ids do not change when the page re-renders', () => {
    const page = (text: string) => (
      <MDXContent>
        <BoxOut title="Join us">{text}</BoxOut>
        <BoxOut title="Join us">{text}</BoxOut>
      </MDXContent>
    );
    const {rerender} = render(page('first'));
    const before = screen.getAllByRole('heading').map((h) => h.id);
    rerender(page('second'));
    expect(screen.getAllByRole('heading').map((h) => h.id)).toEqual(before);
  });
});
