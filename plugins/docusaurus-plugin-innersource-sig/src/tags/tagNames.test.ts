import {buildTagIndex, type SourceDoc} from './tagIndex';
import {resolveTagName, tagNames} from './tagNames';

const doc = (title: string, tags: SourceDoc['tags']): SourceDoc => ({title, permalink: `/docs/${title}`, tags, frontMatter: {}});

const {tags} = buildTagIndex([
  doc('intro', [{label: 'InnerSource', permalink: '/docs/tags/innersource'}, {label: 'Getting Started', permalink: '/docs/tags/getting-started'}]),
  doc('mentors', [{label: 'Mentoring program', permalink: '/docs/tags/mentors'}]),
]);
const names = tagNames(tags);

describe('tagNames', () => {
  test('names each tag by its label and its key, lower case', () => {
    expect(names).toEqual({
      'getting started': 'getting-started',
      'getting-started': 'getting-started',
      innersource: 'innersource',
      'mentoring program': 'mentors',
      mentors: 'mentors',
    });
  });
});

describe('resolveTagName', () => {
  test('finds a tag by its label, ignoring case and surrounding spaces', () => {
    expect(resolveTagName(names, 'InnerSource')).toBe('innersource');
    expect(resolveTagName(names, '  INNERSOURCE  ')).toBe('innersource');
    expect(resolveTagName(names, 'mentoring PROGRAM')).toBe('mentors');
  });

  test('finds a tag by its key (last permalink segment)', () => {
    expect(resolveTagName(names, 'mentors')).toBe('mentors');
    expect(resolveTagName(names, 'Getting-Started')).toBe('getting-started');
  });

  test('finds a tag written with spaces where its key has dashes', () => {
    expect(resolveTagName(tagNames([{label: 'start here', key: 'onboarding-guide'}]), 'Onboarding Guide')).toBe('onboarding-guide');
  });

  test('an unknown tag, or a name only an object has, is undefined', () => {
    expect(resolveTagName(names, 'nope')).toBeUndefined();
    expect(resolveTagName(names, '')).toBeUndefined();
    expect(resolveTagName(names, 'toString')).toBeUndefined();
  });
});
