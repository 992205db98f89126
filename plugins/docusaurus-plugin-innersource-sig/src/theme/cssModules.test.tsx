import fs from 'node:fs';
import path from 'node:path';

// The components' CSS modules style their own elements only: every selector names one of the
// module's classes (hashed by the bundler), so no rule reaches the rest of a site. A site's CSS
// reset cannot be seen here (jsdom has no layout): the compatibility tests check the components
// under Tailwind's preflight in Chromium.

const SRC = path.resolve(__dirname, '..');

function cssModules(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssModules(file);
    return entry.name.endsWith('.module.css') ? [file] : [];
  });
}

/** The selectors of a stylesheet's style rules (inside at-rules too), one per comma. */
function selectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  for (const match of text.matchAll(/([^{};]+)\{/g)) {
    const prelude = match[1]!.trim();
    if (prelude.startsWith('@')) continue;
    found.push(...prelude.split(',').map((selector) => selector.trim()));
  }
  return found;
}

const files = [...cssModules(path.join(SRC, 'theme')), ...cssModules(path.join(SRC, 'search-theme'))];

test('there are CSS modules to check', () => {
  expect(files.map((file) => path.relative(SRC, file))).toEqual(expect.arrayContaining(['theme/MeetingTable/styles.module.css', 'search-theme/SearchBar/styles.module.css']));
});

test.each(files.map((file) => [path.relative(SRC, file), file]))('every selector of %s names one of its own classes', (_name, file) => {
  const all = selectors(fs.readFileSync(file, 'utf8'));
  expect(all.length).toBeGreaterThan(0);
  const unscoped = all.filter((selector) => !/\.[A-Za-z_][\w-]*/.test(selector.replace(/:global\([^)]*\)/g, '')));
  expect(unscoped).toEqual([]);
});
