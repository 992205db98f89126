import {slugFromPath, SLUG_PATTERN} from './slug';

describe('slugs', () => {
  it.each([
    ['summit-2027.md', 'summit-2027'],
    ['2022-innersource-summit.mdx', '2022-innersource-summit'],
    ['InnerSource Summit 2027.md', 'innersource-summit-2027'],
    ['Réunion à Zürich.md', 'reunion-a-zurich'],
    ['summit-2027/index.md', 'summit-2027'],
    ['summit-2027\\index.mdx', 'summit-2027'],
    ['index.md', 'index'],
    ['__Community_Call__.md', 'community-call'],
    ['!!.md', ''],
  ])('%s → "%s"', (file, slug) => {
    expect(slugFromPath(file)).toBe(slug);
    if (slug) expect(slug).toMatch(SLUG_PATTERN);
  });

  it('the pattern rejects upper case, spaces, doubled and edge hyphens', () => {
    for (const bad of ['Summit', 'summit 2027', 'summit--2027', '-summit', 'summit-', 'summit.2027', '']) expect(bad).not.toMatch(SLUG_PATTERN);
  });
});
