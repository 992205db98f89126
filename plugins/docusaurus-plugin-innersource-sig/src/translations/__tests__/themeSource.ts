/**
 * The theme's message ids, read from its source with a plain scan, independently of Docusaurus'
 * extractor: the tests compare what that extractor finds (and what the locale files hold) with it.
 */
import fs from 'node:fs';
import path from 'node:path';

// The plugin's theme and the search theme's.
const THEME_DIRS = [path.resolve(__dirname, '../../theme'), path.resolve(__dirname, '../../search-theme')];

/** `<Translate … id="x">` or `translate({id: 'x'…})`, with a literal id. */
export const LITERAL_ID = /<Translate\s[^>]*?\bid="([^"]+)"|translate\(\s*\{\s*id:\s*'([^']+)'/g;

export function themeSources(): Array<{file: string; text: string}> {
  return THEME_DIRS.flatMap((dir) =>
    fs
      .readdirSync(dir, {recursive: true, encoding: 'utf8'})
      .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
      .map((name) => ({file: path.join(path.basename(dir), name), text: fs.readFileSync(path.join(dir, name), 'utf8')})),
  );
}

/** Every message id of the theme, sorted. */
export function themeMessageIds(): string[] {
  const ids = themeSources().flatMap(({text}) => [...text.matchAll(LITERAL_ID)].map((m) => m[1] ?? m[2]!));
  return [...new Set(ids)].sort();
}
