import fs from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';

export const BUILD_DIR = path.resolve(__dirname, '../../build');

export function builtFile(sitePath: string): string {
  const file = path.join(BUILD_DIR, sitePath);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} does not exist: run \`npm run build\` before the site tests`);
  }
  return fs.readFileSync(file, 'utf8');
}

export function builtPage(sitePath: string): CheerioAPI {
  const file = sitePath.endsWith('.html') ? sitePath : path.join(sitePath, 'index.html');
  return load(builtFile(file));
}
