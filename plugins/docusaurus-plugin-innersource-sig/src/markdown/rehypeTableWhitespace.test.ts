import rehypeTableWhitespace from './rehypeTableWhitespace';

const text = (value: string) => ({type: 'text', value});
const el = (tagName: string, children: object[]) => ({type: 'element', tagName, children});

describe('rehypeTableWhitespace', () => {
  it('drops whitespace-only text between table parts, and keeps cell text and other whitespace', () => {
    const tree = {
      type: 'root',
      children: [
        text('\n'),
        el('table', [
          text('\n  '),
          el('thead', [text('\n'), el('tr', [text(' '), el('th', [text(' Time ')]), text('\n')])]),
          el('tbody', [el('tr', [el('td', [text(' ')]), text('\t')])]),
        ]),
        el('p', [text('a '), el('em', [text('b')]), text(' ')]),
      ],
    };
    rehypeTableWhitespace()(tree);
    expect(tree).toEqual({
      type: 'root',
      children: [
        text('\n'),
        el('table', [el('thead', [el('tr', [el('th', [text(' Time ')])])]), el('tbody', [el('tr', [el('td', [text(' ')])])])]),
        el('p', [text('a '), el('em', [text('b')]), text(' ')]),
      ],
    });
  });
});
