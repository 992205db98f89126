import path from 'node:path';
import type {PageDataIndex} from './modules';
import {stringsOf, type ComponentUsage} from './usages';
import {resolveTagName} from '../tags/tagNames';

/**
 * The page-data modules a page needs for its component uses. Unknown tags or meetings get no
 * import: the component shows its notice. A computed value imports every tag (or meeting),
 * since only rendering will tell which one.
 */
export function pageDataImports(usages: ComponentUsage[], index: PageDataIndex): string[] {
  const modules = new Set<string>();
  for (const {component, attributes} of usages) {
    if (component === 'EventList') {
      modules.add(index.events);
    } else if (component === 'MeetingCalendar') {
      if (index.calendar) modules.add(index.calendar);
    } else if (component === 'MeetingTable') {
      const ids = [stringsOf(attributes.meeting), stringsOf(attributes.meetings, true)];
      if (ids.includes('expression')) {
        modules.add(index.meetings.all);
        continue;
      }
      for (const id of (ids as string[][]).flat()) {
        if (Object.hasOwn(index.meetings.modules, id)) modules.add(index.meetings.modules[id]!);
      }
    } else {
      const pluginIds = stringsOf(attributes.docsPluginId);
      const instances =
        pluginIds === 'expression' ? Object.values(index.tags) : [index.tags[pluginIds[0] ?? 'default']].filter((i) => i !== undefined);
      const tags = stringsOf(attributes.tag);
      for (const instance of instances) {
        if (tags === 'expression') {
          modules.add(instance.all);
          continue;
        }
        for (const tag of tags) {
          const key = resolveTagName(instance.names, tag);
          if (key !== undefined) modules.add(instance.modules[key]!);
        }
      }
    }
  }
  return [...modules];
}

/**
 * Whether components in this file are rendered, so an import added to it is code, not text:
 * MDX always; `.md` only when the site parses it as MDX (markdown.format 'mdx', and no
 * `format: md` in its front matter); JS and TS modules.
 */
export function isComponentSource(filePath: string, source: string, markdownFormat: string): boolean {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.mdx') return true;
  if (ext === '.md') {
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
    return markdownFormat === 'mdx' && !/^format:\s*['"]?md['"]?\s*$/m.test(frontMatter);
  }
  return ['.js', '.jsx', '.ts', '.tsx'].includes(ext);
}

/**
 * Adds side-effect imports at the end: ESM imports are hoisted in MDX and JS alike, and the
 * lines above keep their numbers, so compile errors still point at the author's line.
 */
export function appendImports(source: string, modules: string[]): string {
  if (modules.length === 0) return source;
  const imports = modules.map((m) => `import ${JSON.stringify(m)};`).join('\n');
  return `${source}${source.endsWith('\n') ? '' : '\n'}\n${imports}\n`;
}
