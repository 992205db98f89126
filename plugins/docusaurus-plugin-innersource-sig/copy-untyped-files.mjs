// tsc does not copy CSS modules (imported by the compiled theme) nor hand-written .d.ts files.
import {cpSync, readdirSync, statSync, mkdirSync} from 'node:fs';
import {join, dirname} from 'node:path';

function copyCss(dir) {
  for (const name of readdirSync(dir)) {
    const from = join(dir, name);
    if (statSync(from).isDirectory()) copyCss(from);
    else if (name.endsWith('.css') || name.endsWith('.d.ts')) {
      const to = from.replace(/^src/, 'lib');
      mkdirSync(dirname(to), {recursive: true});
      cpSync(from, to);
    }
  }
}
copyCss('src');
