import { expect, test, type Page } from '@playwright/test';
import type { ReadingSettings } from '../../src/features/settings/reading-settings';
import { SITE_PAGES } from './pages';

/*
 * WCAG 1.4.10 Reflow: at 320 CSS px wide nothing scrolls sideways and nothing is cut off at either edge.
 *
 * 1280 px at 200% zoom is checked as a 640 × 512 CSS px viewport with deviceScaleFactor 2. Playwright
 * cannot drive Chromium's browser zoom, and browser zoom is exactly this: the layout viewport shrinks
 * to 1280 / 2 = 640 CSS px (so width media queries and vw units see 640) while every CSS px is drawn
 * with two device pixels. The page's layout is the same either way, which is what reflow is about.
 *
 * Each combination runs at the default text size and at the largest one from the reading settings,
 * stored the way the app stores it and applied by settings-boot.js before the first paint.
 */

const VIEWPORTS = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '1280 px at 200%', viewport: { width: 640, height: 512 }, deviceScaleFactor: 2 },
] as const;

const TEXT_SIZES = [
  { name: 'default text', textSize: 2 },
  { name: 'largest text', textSize: 4 },
] as const;

interface Overflow {
  element: string;
  left: number;
  right: number;
}

/**
 * Visible elements that stick out of the viewport on either side (a right-to-left story could
 * overflow to the left, which scrollWidth does not show). Intentionally scrolling boxes (code, pre,
 * tables, anything with overflow-x auto/scroll) are judged by their own box, not their content; an
 * element clipped by an ancestor is judged by that ancestor.
 */
function overflowingElements(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const found: Overflow[] = [];
    const describe = (el: Element) => {
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${classes}${text ? ` “${text}”` : ''}`;
    };
    const clippedOrScrolled = (el: Element) => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (parent.matches('pre, code, table')) return true;
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue; // nothing drawn, or visually hidden
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (rect.right <= width + 0.5 && rect.left >= -0.5) continue;
      if (clippedOrScrolled(el)) continue;
      found.push({ element: describe(el), left: Math.round(rect.left), right: Math.round(rect.right) });
    }
    return found;
  });
}

for (const { name: sizeName, viewport, deviceScaleFactor } of VIEWPORTS) {
  for (const { name: textName, textSize } of TEXT_SIZES) {
    for (const target of SITE_PAGES) {
      test(`reflow at ${sizeName}, ${textName}: the ${target.name} page never scrolls sideways`, async ({ browser, request }) => {
        const context = await browser.newContext({ viewport, deviceScaleFactor });
        const settings: ReadingSettings = { version: 1, textSize, theme: 'system', font: 'serif' };
        await context.addInitScript((value) => localStorage.setItem('dateline-settings', value), JSON.stringify(settings));
        const page = await context.newPage();
        await target.open(page, request);
        if (textSize === 2) await expect(page.locator('html')).not.toHaveAttribute('data-text-size');
        else await expect(page.locator('html')).toHaveAttribute('data-text-size', String(textSize));

        const widths = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(widths.innerWidth).toBe(viewport.width);
        expect.soft(widths.scrollWidth, 'the page scrolls horizontally').toBeLessThanOrEqual(widths.innerWidth);
        expect(await overflowingElements(page), 'elements sticking out of the viewport').toEqual([]);
        await context.close();
      });
    }
  }
}
