import fs from 'node:fs';
import path from 'node:path';

// Right-to-left pages mirror the components only if their CSS speaks of the inline start and end,
// not of left and right. (Sites on Docusaurus' classic theme also get their CSS flipped by
// rtlcss, but not a site on another theme, nor a right-to-left block inside a left-to-right page.)
const THEME_DIRS = [path.resolve(__dirname, '../theme'), path.resolve(__dirname, '../search-theme')];
const PHYSICAL = /(?:^|[\s;{])((?:margin|padding|border|inset)-(?:left|right)[\w-]*|left|right|float|clear)\s*:\s*([^;}]*)|text-align\s*:\s*(left|right)/gm;

describe('theme CSS', () => {
  const files = THEME_DIRS.flatMap((dir) =>
    fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.css')).map((name) => path.join(dir, name)),
  );

  it('is there to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [path.relative(path.resolve(__dirname, '..'), file), file]))('%s uses logical properties only (margin-inline-start, text-align: start…)', (_name, file) => {
    const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const physical = [...css.matchAll(PHYSICAL)]
      .map((m) => m[0].trim())
      // float/clear: none and left/right: 0 pairs are direction-free.
      .filter((declaration) => !/^(?:float|clear)\s*:\s*none/.test(declaration));
    expect(physical).toEqual([]);
  });
});
