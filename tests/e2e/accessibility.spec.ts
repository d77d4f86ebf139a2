import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SITE_PAGES, sitePage } from './pages';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const scheme of ['light', 'dark'] as const) {
  for (const target of SITE_PAGES) {
    test(`axe: no violations on the ${target.name} page (${scheme})`, async ({ browser, request }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await target.open(page, request);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
}

test('one h1 per page and a working skip link', async ({ page, request }) => {
  for (const target of SITE_PAGES) {
    await target.open(page, request);
    await expect(page.locator('h1'), target.name).toHaveCount(1);
  }
  await page.goto('/category/region/iraq');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

/*
 * WCAG 2.5.8 Target Size (Minimum): every visible target is at least 24 × 24 CSS px, or is an inline
 * link in running text (the inline exception), or is spaced so that a 24 px circle centred on it
 * touches no other target and no other undersized target's circle (the spacing exception).
 */
interface SmallTarget {
  element: string;
  width: number;
  height: number;
  /** The nearest target its 24 px circle runs into. */
  crowdedBy: string;
}

const TARGETS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]';

function crowdedSmallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate((selector) => {
    const MIN = 24;
    const describe = (el: Element) => {
      const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}${name ? ` “${name}”` : ''}`;
    };
    const targets = [...document.querySelectorAll<HTMLElement>(selector)]
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ el, rect }) => {
        if (rect.width <= 1 || rect.height <= 1) return false; // not drawn, or visually hidden
        if (rect.bottom + window.scrollY <= 0 || rect.right + window.scrollX <= 0) return false; // parked off-page (the skip link until focused)
        return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !el.closest('[inert]');
      });
    /** A link that is part of a sentence: inline, inside a paragraph, list item or caption with other text. */
    const inRunningText = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      const block = el.closest('p, li, figcaption, dd, td, blockquote');
      return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
    };
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    const small = targets.filter(({ el, rect }) => (rect.width < MIN || rect.height < MIN) && !inRunningText(el));
    const problems: SmallTarget[] = [];
    for (const target of small) {
      const c = centre(target.rect);
      const related = (other: HTMLElement) => other === target.el || other.contains(target.el) || target.el.contains(other);
      const hitsTarget = targets.find(({ el, rect }) => !related(el) && distanceToRect(c, rect) < MIN / 2 - 0.01);
      const hitsCircle = small.find(({ el, rect }) => !related(el) && Math.hypot(centre(rect).x - c.x, centre(rect).y - c.y) < MIN - 0.01);
      const crowd = hitsTarget ?? hitsCircle;
      if (crowd) problems.push({ element: describe(target.el), width: Math.round(target.rect.width * 10) / 10, height: Math.round(target.rect.height * 10) / 10, crowdedBy: describe(crowd.el) });
    }
    return problems;
  }, TARGETS);
}

const TARGET_PAGES = ['home', 'article', 'Persian article', 'category', 'search results'];
const WIDTHS = [
  { name: 'desktop', options: {} },
  { name: 'phone (390 px)', options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
] as const;

for (const { name: widthName, options } of WIDTHS) {
  for (const name of TARGET_PAGES) {
    test(`target size: every target on the ${name} page is 24 px, inline in text, or well spaced (${widthName})`, async ({ browser, request }) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await sitePage(name).open(page, request);
      expect(await page.locator(TARGETS).count()).toBeGreaterThan(5); // the check sees the page's targets
      expect(await crowdedSmallTargets(page)).toEqual([]);
      await context.close();
    });
  }
}
