/**
 * What the build finds only in rendered pages (contentProblems.ts), found in the sources instead:
 * components naming a tag or meeting that does not exist, links to .ics files the build will not
 * make. Each problem is a DataError on the component's attribute (or the link), with its line.
 */
import {ownIcsPath} from './contentProblems';
import {withoutPathnameProtocol} from '../outputs';
import {DataError} from '../errors';
import {resolveTagName, tagNames} from '../tags/tagNames';
import {findComponentUsages, stringsOf, type AttributeValue} from '../pageData/usages';
import type {TagSummary} from '../types';

/** What exists on the site, as the build would see it. */
export interface SiteNames {
  /** Tags of the listed docs, per docs plugin instance that BokTagList may list from. */
  tags: Record<string, TagSummary[]>;
  meetingIds: Set<string>;
  /** Site paths of the .ics files the build makes or copies from a static folder, e.g. /ics/a.ics */
  icsPaths: Set<string>;
  /** The site's host (sig.example.org) and baseUrl, to recognise its own absolute links. */
  host: string;
  baseUrl: string;
}

export interface LocatedProblem {
  error: DataError;
  line: number;
}

/** Fenced code and inline code show examples: blanked out, keeping every offset and line. */
export function withoutCode(markdown: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  let fence: string | undefined;
  const lines = markdown.split('\n').map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) {
      fence = marker;
      return blank(line);
    }
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return blank(line);
    }
    return line.replace(/(`+)[^`].*?\1/g, blank);
  });
  return lines.join('\n');
}

/** The names an attribute writes out: a computed one is known only when the page renders, and goes unchecked. */
function writtenNames(value: AttributeValue | undefined, split = false): string[] {
  const names = stringsOf(value, split);
  return names === 'expression' ? [] : names;
}

const list = (names: string[]) => (names.length > 0 ? names.join(', ') : 'none');

// A link target ending in .ics: quoted, in markdown parentheses, or bare.
const ICS_LINK = /(?:pathname:\/\/|(?:https?|webcal):\/\/[^/\s"'()<>]+)?\/[^\s"'()<>#?]*\.ics(?=[\s"')<>#?]|$)/gi;

/** A one-line JS/TS string literal: '…', "…" or `…` without interpolation. */
const STRING_LITERAL = /(['"`])((?:(?!\1)[^\\\n$]|\\.)*)\1/g;

/**
 * The problems of one source file (MDX, markdown or JS/TS): `file` names it in messages (relative
 * to the site); `.ics` links in markdown links and text, and in JS/TS string literals.
 */
export function findSourceProblems(file: string, source: string, site: SiteNames): LocatedProblem[] {
  const isMarkdown = /\.mdx?$/i.test(file);
  const text = isMarkdown ? withoutCode(source) : source;
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const problems: LocatedProblem[] = [];
  const report = (offset: number, field: string, value: unknown, problem: string) =>
    problems.push({error: new DataError(file, field, value, problem), line: lineAt(offset)});

  for (const {component, attributes, offset} of findComponentUsages(text)) {
    if (component === 'MeetingTable') {
      for (const field of ['meeting', 'meetings'] as const) {
        for (const id of writtenNames(attributes[field], field === 'meetings')) {
          if (!site.meetingIds.has(id)) report(offset, field, id, `is not the id of a meeting file (known: ${list([...site.meetingIds])})`);
        }
      }
    } else if (component === 'BokTagList') {
      const [pluginId = 'default'] = writtenNames(attributes.docsPluginId);
      const tags = site.tags[pluginId];
      if (!tags) {
        if (attributes.docsPluginId?.kind !== 'expression') report(offset, 'docsPluginId', pluginId, `is not a docs plugin whose tags can be listed (known: ${list(Object.keys(site.tags))})`);
        continue;
      }
      if (!attributes.tag) report(offset, 'tag', undefined, 'is required: BokTagList lists the docs of one tag, e.g. tag="InnerSource"');
      // Looked up as the build and BokTagList do: by label or key, any case.
      const names = tagNames(tags);
      for (const tag of writtenNames(attributes.tag)) {
        if (resolveTagName(names, tag) === undefined) report(offset, 'tag', tag, `is not a tag of any listed doc (known: ${list(tags.map((t) => t.label))})`);
      }
    }
  }

  const seen = new Set<string>();
  // In markdown, any link; in JS/TS, the .ics paths written in string literals (href, to, useBaseUrl).
  const links = isMarkdown
    ? [...text.matchAll(ICS_LINK)].map((match) => ({link: match[0], offset: match.index}))
    : [...text.matchAll(STRING_LITERAL)].flatMap((literal) =>
        [...literal[2]!.matchAll(ICS_LINK)].map((match) => ({link: match[0], offset: literal.index + 1 + match.index})),
      );
  for (const {link, offset} of links) {
    const icsPath = ownIcsPath(withoutPathnameProtocol(link), site.host, site.baseUrl, true);
    if (icsPath === undefined || seen.has(icsPath) || site.icsPaths.has(icsPath)) continue;
    seen.add(icsPath);
    report(offset, 'link', link, 'is not a calendar the build makes: no meeting `ics`/id or event slug has this name, and no static folder has this file');
  }
  return problems.sort((a, b) => a.line - b.line);
}
