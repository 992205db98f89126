import {findContentProblems, formatProblem} from './contentProblems';
import {PROBLEM_ATTRIBUTE} from '../pageData/usages';

const SITE = {url: 'https://sig.example.org', baseUrl: '/sig/'};
const GENERATED = new Set(['/ics/innersource-sig.ics', '/ics/meetings.ics']);

function page(html: string, name = 'docs/Intro/index.html') {
  return {page: name, html: `<!doctype html><html><body>${html}</body></html>`};
}

describe('findContentProblems', () => {
  test('a clean page has no problems', () => {
    const html = '<ul><li><a href="/sig/docs/Intro">Intro</a></li></ul><a href="/sig/ics/innersource-sig.ics" download="innersource-sig.ics">Add</a>';
    expect(findContentProblems([page(html)], GENERATED, SITE)).toEqual([]);
  });

  test('finds unknown-tag and unknown-meeting notices by their data attributes', () => {
    const html =
      `<div class="alert alert--warning" role="note" ${PROBLEM_ATTRIBUTE}="unknown-tag" data-sig-value="Inner Sauce">No document has the tag <code>Inner Sauce</code>.</div>` +
      '<div class="alert alert--warning" role="note" data-sig-problem="unknown-meeting" data-sig-value="innersource-sigg">No meeting</div>';
    expect(findContentProblems([page(html, 'index.html')], GENERATED, SITE)).toEqual([
      {page: 'index.html', kind: 'unknown-tag', value: 'Inner Sauce'},
      {page: 'index.html', kind: 'unknown-meeting', value: 'innersource-sigg'},
    ]);
  });

  test('decodes HTML entities in the reported value', () => {
    const html = '<div data-sig-problem="unknown-tag" data-sig-value="R&amp;D &quot;team&quot;">x</div>';
    expect(findContentProblems([page(html)], GENERATED, SITE)[0]?.value).toBe('R&D "team"');
  });

  test('does not report the text of a page that merely mentions the attribute', () => {
    const html = '<p>Notices carry data-sig-problem so the build can find them.</p><div data-sig-problem="no-such-kind" data-sig-value="x">x</div>';
    expect(findContentProblems([page(html)], GENERATED, SITE)).toEqual([]);
  });

  test('finds missing-prop notices: a MeetingTable without meeting, a BokTagList without tag', () => {
    const html =
      '<div class="alert alert--warning" role="note" data-sig-problem="missing-prop" data-sig-value="meeting">MeetingTable needs a meeting id</div>' +
      '<div class="alert alert--warning" role="note" data-sig-problem="missing-prop" data-sig-value="tag">BokTagList needs a tag</div>';
    expect(findContentProblems([page(html)], GENERATED, SITE)).toEqual([
      {page: 'docs/Intro/index.html', kind: 'missing-prop', value: 'meeting'},
      {page: 'docs/Intro/index.html', kind: 'missing-prop', value: 'tag'},
    ]);
  });

  test('reports a link (with the base url) to an .ics file the build does not generate', () => {
    const html = '<a href="/sig/ics/old-meeting.ics" download="old-meeting.ics">Add</a>';
    expect(findContentProblems([page(html)], GENERATED, SITE)).toEqual([
      {page: 'docs/Intro/index.html', kind: 'missing-ics', value: '/ics/old-meeting.ics'},
    ]);
  });

  test('query strings and fragments do not hide the file', () => {
    const html = '<a href="/sig/ics/innersource-sig.ics?v=2">ok</a><a href="/sig/ics/gone.ics#x">gone</a>';
    expect(findContentProblems([page(html)], GENERATED, SITE).map((p) => p.value)).toEqual(['/ics/gone.ics']);
  });

  test('checks webcal:// and https:// links to this host', () => {
    const html =
      '<a href="webcal://sig.example.org/sig/ics/meetings.ics">Subscribe</a>' +
      '<a href="webcal://sig.example.org/sig/ics/all.ics">Subscribe all</a>' +
      '<a href="https://sig.example.org/sig/ics/missing.ics">Download</a>';
    expect(findContentProblems([page(html)], GENERATED, SITE).map((p) => p.value)).toEqual(['/ics/all.ics', '/ics/missing.ics']);
  });

  test('ignores .ics links to other hosts and relative links', () => {
    const html =
      '<a href="https://calendar.example.com/ics/team.ics">Other</a>' +
      '<a href="webcal://other.example.org/sig/ics/x.ics">Other</a>' +
      '<a href="ics/relative.ics">Relative</a>';
    expect(findContentProblems([page(html)], GENERATED, SITE)).toEqual([]);
  });

  test('a link that skipped the base url is not a link to the generated file', () => {
    // /ics/x.ics on a site served under /sig/ is outside the site: not counted as ours.
    const html = '<a href="/ics/innersource-sig.ics">Add</a>';
    expect(findContentProblems([page(html)], GENERATED, SITE)).toEqual([]);
  });

  test('works with a root base url', () => {
    const html = '<a href="/ics/innersource-sig.ics">ok</a><a href="/ics/nope.ics">nope</a>';
    expect(findContentProblems([page(html)], GENERATED, {url: 'https://sig.example.org/', baseUrl: '/'})).toEqual([
      {page: 'docs/Intro/index.html', kind: 'missing-ics', value: '/ics/nope.ics'},
    ]);
  });

  test('reports a missing file once per page, but on every page linking to it', () => {
    const html = '<a href="/sig/ics/gone.ics">1</a><a href="webcal://sig.example.org/sig/ics/gone.ics">2</a>';
    const problems = findContentProblems([page(html, 'a.html'), page(html, 'b.html')], GENERATED, SITE);
    expect(problems).toEqual([
      {page: 'a.html', kind: 'missing-ics', value: '/ics/gone.ics'},
      {page: 'b.html', kind: 'missing-ics', value: '/ics/gone.ics'},
    ]);
  });
});

describe('formatProblem', () => {
  test('names the page, the component and the value', () => {
    expect(formatProblem({page: 'index.html', kind: 'unknown-tag', value: 'nope'})).toMatch(/^index\.html: .*BokTagList.*"nope"/);
    expect(formatProblem({page: 'index.html', kind: 'unknown-meeting', value: 'm'})).toMatch(/MeetingTable.*"m"/);
    expect(formatProblem({page: 'p.html', kind: 'missing-ics', value: '/ics/x.ics'})).toContain('/ics/x.ics');
    expect(formatProblem({page: 'p.html', kind: 'missing-prop', value: 'meeting'})).toMatch(/^p\.html: .*prop "meeting"/);
  });
});

describe('findContentProblems on minified HTML (unquoted attributes, as Docusaurus Faster writes)', () => {
  test('finds notices and missing .ics links whatever the quoting', () => {
    const html =
      '<div class="alert alert--warning" role=note data-sig-problem=unknown-tag data-sig-value=nope>x</div>' +
      "<div data-sig-problem='unknown-meeting' data-sig-value='ghost call'>y</div>" +
      '<a href=/sig/ics/missing.ics download=missing.ics>Add</a><a href=/sig/ics/all.ics>ok</a>';
    const problems = findContentProblems([{page: 'docs/a/index.html', html}], new Set(['/ics/all.ics']), SITE);
    expect(problems).toEqual([
      {page: 'docs/a/index.html', kind: 'unknown-tag', value: 'nope'},
      {page: 'docs/a/index.html', kind: 'unknown-meeting', value: 'ghost call'},
      {page: 'docs/a/index.html', kind: 'missing-ics', value: '/ics/missing.ics'},
    ]);
  });
});
