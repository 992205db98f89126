import fs from 'node:fs';
import path from 'node:path';

// Right-to-left pages mirror the components only if their CSS speaks of the inline start and end,
// not of left and right. (Sites on Docusaurus' classic theme also get their CSS flipped by
// rtlcss, but not a site on another theme, nor a right-to-left block inside a left-to-right page.)
const THEME_DIR = path.resolve(__dirname, '../theme');
const PHYSICAL = /(?:^|[\s;{])((?:margin|padding|border|inset)-(?:left|right)[\w-]*|left|right|float|clear)\s*:\s*([^;}]*)|text-align\s*:\s*(left|right)/gm;

describe('theme CSS', () => {
  const files = fs.readdirSync(THEME_DIR, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.css'));

  it('is there to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s uses logical properties only (margin-inline-start, text-align: start…)', (file) => {
    const css = fs.readFileSync(path.join(THEME_DIR, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const physical = [...css.matchAll(PHYSICAL)]
      .map((m) => m[0].trim())
      // float/clear: none and left/right: 0 pairs are direction-free.
      .filter((declaration) => !/^(?:float|clear)\s*:\s*none/.test(declaration));
    expect(physical).toEqual([]);
  });
});
