/**
 * Problems in content that only show once pages are rendered: a BokTagList naming a tag no doc
 * has, a MeetingTable naming an unknown series, a component whose data the build could not
 * attach to its page or that lacks a required prop, a link to an .ics file the build does not make.
 * Docusaurus' broken-link checker does not see generated files, so we look at the built HTML.
 */
import {CALENDARS_FOLDER} from '../outputs';
import {PROBLEM_ATTRIBUTE} from '../pageData/usages';

/** The `problem` kinds of theme/SigNotice: the theme is compiled apart, so they are listed again here. */
const NOTICE_KINDS = ['unknown-tag', 'unknown-meeting', 'missing-data', 'missing-prop'] as const;
type NoticeKind = (typeof NOTICE_KINDS)[number];

const isNoticeKind = (kind: string): kind is NoticeKind => (NOTICE_KINDS as readonly string[]).includes(kind);

export interface ContentProblem {
  /** Page (output HTML file, relative to the build folder). */
  page: string;
  kind: NoticeKind | 'missing-ics';
  value: string;
}

/**
 * Whether a page can hold a problem at all: a notice or a link to a calendar file. Most pages
 * have neither, and this plain substring search (on text or on the file's bytes, before
 * decoding) spares them the regular expressions.
 */
export function mayHaveContentProblems(html: string | Buffer): boolean {
  if (typeof html === 'string') return html.includes(PROBLEM_ATTRIBUTE) || html.includes('.ics');
  return html.includes(PROBLEM_BYTES) || html.includes(ICS_BYTES);
}

// Searched as bytes: a string needle is encoded again on every call.
const PROBLEM_BYTES = Buffer.from(PROBLEM_ATTRIBUTE);
const ICS_BYTES = Buffer.from('.ics');

// Minifiers (e.g. Docusaurus Faster's) may write attribute values unquoted or single-quoted.
const VALUE = `(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`;
const NOTICE_PATTERN = new RegExp(`${PROBLEM_ATTRIBUTE}=${VALUE}[^>]*?data-sig-value=${VALUE}`, 'g');
const HREF_PATTERN = new RegExp(`href=${VALUE}`, 'g');
const ICS_HREF = /^([^#?]+\.ics)(?:[?#].*)?$/;

/** The value of an attribute match, whichever quoting it had. */
function valueOf(match: RegExpMatchArray, first: number): string {
  return match[first] ?? match[first + 1] ?? match[first + 2] ?? '';
}

function decodeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * @param pages built pages: path relative to the build folder, and HTML text
 * @param generatedIcs site paths of the .ics files in the build output (generated or static), e.g. /ics/a.ics
 * @param site the site's url (https://host) and baseUrl, to tell our links from other hosts'
 */
export function findContentProblems(
  pages: Array<{page: string; html: string}>,
  generatedIcs: Set<string>,
  site: {url: string; baseUrl: string},
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const host = site.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  for (const {page, html} of pages) {
    if (!mayHaveContentProblems(html)) continue;
    for (const match of html.includes(PROBLEM_ATTRIBUTE) ? html.matchAll(NOTICE_PATTERN) : []) {
      const kind = valueOf(match, 1);
      if (!isNoticeKind(kind)) continue;
      problems.push({page, kind, value: decodeHtml(valueOf(match, 4))});
    }
    const seen = new Set<string>();
    for (const match of html.matchAll(HREF_PATTERN)) {
      const href = valueOf(match, 1);
      // Most links are to pages; decoding cannot make ".ics" appear, so those need no decoding.
      if (!href.includes('.ics')) continue;
      const ics = ICS_HREF.exec(decodeHtml(href));
      if (!ics) continue;
      const sitePath = ownIcsPath(ics[1]!, host, site.baseUrl);
      if (sitePath === undefined || seen.has(sitePath)) continue;
      seen.add(sitePath);
      if (!generatedIcs.has(sitePath)) problems.push({page, kind: 'missing-ics', value: sitePath});
    }
  }
  return problems;
}

/**
 * The path of a link to `host` ("/a", "https://host/a", "webcal://host/a" → "/a"); undefined for
 * another host's, and for relative links, which the browser resolves: we cannot tell.
 */
function pathOnHost(href: string, host: string): string | undefined {
  const absolute = /^(?:https?|webcal):\/\/([^/]+)(\/.*)$/i.exec(href);
  if (absolute) return absolute[1] === host ? absolute[2] : undefined;
  return href.startsWith('/') ? href : undefined;
}

/**
 * "/sig/ics/a.ics", "webcal://host/sig/ics/a.ics" → "/ics/a.ics"; other sites' links and other
 * files → undefined. Built pages' links carry baseUrl; a source's may leave it out (Docusaurus
 * adds it), which `baseUrlOptional` accepts.
 */
export function ownIcsPath(href: string, host: string, baseUrl: string, baseUrlOptional = false): string | undefined {
  const path = pathOnHost(href, host);
  if (path === undefined) return undefined;
  const sitePath = path.startsWith(baseUrl) ? `/${path.slice(baseUrl.length)}` : baseUrlOptional ? path : undefined;
  return sitePath?.startsWith(`/${CALENDARS_FOLDER}/`) ? sitePath : undefined;
}

export function formatProblem(problem: ContentProblem): string {
  const what = {
    'unknown-tag': `BokTagList names tag "${problem.value}", which no doc has`,
    'unknown-meeting': `MeetingTable names meeting "${problem.value}", which no file in the meetings folder defines`,
    'missing-data': `${problem.value} has no data on this page: the build adds it only where the component is written in an MDX page or a JS/TS file of the site`,
    'missing-prop': `a component lacks its required prop "${problem.value}" (MeetingTable: meeting, BokTagList: tag)`,
    'missing-ics': `links to ${problem.value}, which the build does not generate`,
  }[problem.kind];
  return `${problem.page}: ${what}`;
}
