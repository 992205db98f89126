import type {Page} from 'playwright-core';
import {FIXTURE_BASE, fixtureBuild} from './fixtureBuild';
import {describeBrowser, openPage, screenshot, startServer, useSiteUnderTest} from './harness';

// With a right-to-left locale (Arabic), every component lays out mirrored: what is on the left of
// an English page is on the right of the Arabic one. Compared element by element on the fixture
// page that shows every component (fixture-site/docs/components.mdx), in English and in Arabic.

interface Box {
  tag: string;
  /** Distance from the component block's left and right edges, in CSS pixels. */
  fromLeft: number;
  fromRight: number;
  width: number;
  marginLeft: string;
  marginRight: string;
  paddingLeft: string;
  paddingRight: string;
  textAlign: string;
  display: string;
  /** A flex item after another one: where it sits depends on the widths of the text before it. */
  followsInRow: boolean;
}

/** Geometry and inline styles of every element in the page's #components block, in DOM order. */
function boxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const root = document.getElementById('components')!;
    const frame = root.getBoundingClientRect();
    return Array.from(root.querySelectorAll('*')).map((el) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return {
        tag: el.tagName.toLowerCase(),
        fromLeft: Math.round(rect.left - frame.left),
        fromRight: Math.round(frame.right - rect.right),
        width: Math.round(rect.width),
        marginLeft: style.marginLeft,
        marginRight: style.marginRight,
        paddingLeft: style.paddingLeft,
        paddingRight: style.paddingRight,
        textAlign: style.textAlign,
        display: style.display,
        followsInRow: !!el.previousElementSibling && getComputedStyle(el.parentElement!).display.endsWith('flex'),
      };
    });
  });
}

const MIRRORED_ALIGN: Record<string, string> = {left: 'right', right: 'left'};

describeBrowser('right-to-left (fixture site in Arabic)', () => {
  const site = useSiteUnderTest(() => startServer(fixtureBuild().serveRoot, 'portal/ar/docs/components/index.html'));

  async function layout(path: string): Promise<{boxes: Box[]; dir: string | null; errors: string[]}> {
    // The same clock as the build, so that both pages show the same dates.
    const {page, errors, close} = await openPage(site.browser, site.server, path, {width: 1000, timezoneId: 'Europe/London'});
    try {
      await page.locator('#components table').waitFor();
      if (path.startsWith(`${FIXTURE_BASE}/ar/`)) await screenshot(page, 'fixture-components-ar');
      return {boxes: await boxes(page), dir: await page.evaluate(() => document.documentElement.dir), errors};
    } finally {
      await close();
    }
  }

  test('every element of every component sits at the mirrored place, with mirrored spacing and alignment', async () => {
    const english = await layout(`${FIXTURE_BASE}/docs/components`);
    const arabic = await layout(`${FIXTURE_BASE}/ar/docs/components`);
    expect([english.dir, arabic.dir]).toEqual(['ltr', 'rtl']);
    expect([...english.errors, ...arabic.errors]).toEqual([]);
    expect(arabic.boxes.map((b) => b.tag)).toEqual(english.boxes.map((b) => b.tag));
    // Every component is on the page: a card, a meeting table, event cards and a tag list.
    expect(english.boxes.filter((b) => ['section', 'table', 'article', 'li'].includes(b.tag)).length).toBeGreaterThan(6);

    const mismatches = english.boxes.flatMap((en, index) => {
      const ar = arabic.boxes[index]!;
      // Boxes in a line of text, or after others in a row, follow text whose width differs (Arabic
      // dates): only the other blocks are compared by position, to a pixel of rounding.
      const placedByParent = !en.display.startsWith('inline') && en.display !== 'contents' && !en.followsInRow;
      const problems = [
        placedByParent && Math.abs(ar.fromRight - en.fromLeft) > 1 && `sits ${ar.fromRight}px from the right, not ${en.fromLeft}px`,
        ar.marginRight !== en.marginLeft && `margin-right ${ar.marginRight}, not ${en.marginLeft}`,
        ar.marginLeft !== en.marginRight && `margin-left ${ar.marginLeft}, not ${en.marginRight}`,
        ar.paddingRight !== en.paddingLeft && `padding-right ${ar.paddingRight}, not ${en.paddingLeft}`,
        ar.paddingLeft !== en.paddingRight && `padding-left ${ar.paddingLeft}, not ${en.paddingRight}`,
        ar.textAlign !== (MIRRORED_ALIGN[en.textAlign] ?? en.textAlign) && `text-align ${ar.textAlign} where English has ${en.textAlign}`,
      ].filter(Boolean);
      return problems.length ? [`#${index} <${en.tag}>: ${problems.join('; ')}`] : [];
    });
    expect(mismatches).toEqual([]);
  });
});
