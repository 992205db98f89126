import {tagSummaries} from './docsTags';

describe('tagSummaries', () => {
  const tagsFile = {
    InnerSource: {label: 'InnerSource', permalink: '/innersource', description: undefined},
    'getting-started': {label: 'Getting started', permalink: '/first-steps', description: undefined},
  };

  test('names tags as the build index does: label in lower case, key from the permalink', () => {
    const tags = tagSummaries([{tags: ['InnerSource', 'getting-started']}, {tags: ['Inline Tag', {label: 'Legacy', permalink: '/old'}]}], tagsFile, 'docs');
    expect(tags).toEqual([
      {label: 'innersource', key: 'innersource'},
      {label: 'getting started', key: 'first-steps'},
      {label: 'inline tag', key: 'inline-tag'},
      {label: 'legacy', key: 'old'},
    ]);
  });

  test('drafts and unlisted docs list nothing, so their tags are not offered', () => {
    expect(tagSummaries([{tags: ['InnerSource'], draft: true}, {tags: ['getting-started'], unlisted: true}, {title: 'untagged'}], tagsFile, 'docs')).toEqual([]);
  });
});
