import type {Page} from 'playwright-core';

/**
 * What the compatibility tests measure in Chromium: the navbar's layout (does anything overlap,
 * shrink or wrap?) and the computed styles the plugin's components rely on.
 */

export interface NavbarLayout {
  /** The logo, the site title, each navbar item, the search button and the colour mode toggle. */
  parts: Array<{name: string; left: number; right: number; top: number; bottom: number}>;
  /** Pairs of parts whose boxes intersect. */
  overlaps: string[];
  /** Parts cut short (the title's ellipsis) or whose words wrap onto a second line. */
  squeezed: string[];
  /** Parts outside the viewport. */
  outside: string[];
  /** The right-hand container's parts, in order. */
  right: string[];
}

export function navbarLayout(page: Page): Promise<NavbarLayout> {
  return page.evaluate(() => {
    const label = (el: Element): string => {
      if (el.matches('button[aria-keyshortcuts]')) return 'search button';
      if (el.matches('.navbar__logo')) return 'logo';
      if (el.matches('.navbar__title')) return 'title';
      if (el.matches('.navbar__item')) return `item "${(el.textContent ?? '').trim()}"`;
      return `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`;
    };
    const inner = document.querySelector('nav.navbar .navbar__inner')!;
    // Each container's children, with the brand as its logo and title, and the search button for its wrapper.
    const elements = Array.from(inner.querySelectorAll('.navbar__items > *')).flatMap((el) => {
      if (el.matches('.navbar__brand')) return Array.from(el.querySelectorAll('.navbar__logo, .navbar__title'));
      const search = el.matches('button[aria-keyshortcuts]') ? el : el.querySelector('button[aria-keyshortcuts]');
      return [search ?? el];
    });
    const parts = elements
      .map((el) => ({el, name: label(el), rect: el.getBoundingClientRect()}))
      .filter(({rect}) => rect.width > 0 && rect.height > 0);
    const overlaps: string[] = [];
    for (let i = 0; i < parts.length; i += 1) {
      for (let j = i + 1; j < parts.length; j += 1) {
        const [a, b] = [parts[i]!.rect, parts[j]!.rect];
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps.push(`${parts[i]!.name} / ${parts[j]!.name}`);
      }
    }
    // Words on more than one line: the text's boxes (icons left out), those side by side being one line.
    const textLines = (el: Element) => {
      const lines: Array<{top: number; bottom: number}> = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of Array.from(range.getClientRects())) {
          if (rect.width === 0) continue;
          const sameLine = lines.find((line) => Math.min(line.bottom, rect.bottom) - Math.max(line.top, rect.top) > Math.min(line.bottom - line.top, rect.height) / 2);
          if (!sameLine) lines.push({top: rect.top, bottom: rect.bottom});
        }
      }
      return lines.length;
    };
    const squeezed = parts
      .filter(({el}) => el.scrollWidth > el.clientWidth + 1 || textLines(el) > 1)
      .map(({name}) => name);
    const outside = parts.filter(({rect}) => rect.left < 0 || rect.right > window.innerWidth).map(({name}) => name);
    const rightContainer = inner.querySelector('.navbar__items--right')!;
    const right = parts.filter(({el}) => rightContainer.contains(el)).sort((a, b) => a.rect.left - b.rect.left).map(({name}) => name);
    return {
      parts: parts.map(({name, rect}) => ({name, left: Math.round(rect.left), right: Math.round(rect.right), top: Math.round(rect.top), bottom: Math.round(rect.bottom)})),
      overlaps,
      squeezed,
      outside,
      right,
    };
  });
}

/** Computed styles of the first element that matches each selector ({} when none does). */
export function computedStyles(page: Page, selectors: Record<string, string>, properties: string[]): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(
    ({selectors, properties}) =>
      Object.fromEntries(
        Object.entries(selectors).map(([name, selector]) => {
          const el = document.querySelector(selector);
          if (!el) return [name, {}];
          const style = getComputedStyle(el);
          return [name, Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]))];
        }),
      ),
    {selectors, properties},
  );
}
