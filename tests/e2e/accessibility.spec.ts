import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { latest } from './api';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const PAGES = [
  { name: 'home', path: async () => '/', ready: 'Top stories' },
  { name: 'article', path: async (request: Parameters<typeof latest>[0]) => `/article/${(await latest(request)).items.find((s) => s.lang === 'en')!.slug}`, ready: 'Related stories' },
  { name: 'Persian article', path: async (request: Parameters<typeof latest>[0]) => `/article/${(await latest(request)).items.find((s) => s.lang === 'fa')!.slug}`, ready: 'Related stories' },
  { name: 'category', path: async () => '/category/region/iraq', ready: 'Iraq' },
  { name: '404', path: async () => '/no/such/page', ready: 'Page not found' },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const target of PAGES) {
    test(`axe: no violations on the ${target.name} page (${scheme})`, async ({ browser, request }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(await target.path(request));
      await expect(page.getByRole('heading', { name: target.ready }).first()).toBeVisible();
      await expect(page.locator('.skeleton')).toHaveCount(0); // nothing still loading
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
}

test('one h1 per page and a working skip link', async ({ page, request }) => {
  for (const target of PAGES) {
    await page.goto(await target.path(request));
    await expect(page.getByRole('heading', { name: target.ready }).first()).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);
  }
  await page.goto('/category/region/iraq');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
