import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const ARTICLE = '/article/mosul-old-city-rebuild';

test('reading settings are applied before the first paint of a prerendered page', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('dateline-settings', JSON.stringify({ version: 1, theme: 'dark', textSize: 4, font: 'sans' }));
    const w = window as unknown as { themeSetAt?: number };
    new MutationObserver(() => {
      if (document.documentElement.dataset.theme && w.themeSetAt === undefined) w.themeSetAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme'] });
  });
  await page.goto(ARTICLE);
  await expect(page.locator('article.article h1')).toBeVisible();
  const timing = await page.evaluate(() => ({
    themeSetAt: (window as unknown as { themeSetAt?: number }).themeSetAt,
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
    background: getComputedStyle(document.body).backgroundColor,
    fontSize: getComputedStyle(document.documentElement).fontSize,
  }));
  expect(timing.themeSetAt).toBeDefined();
  expect(timing.firstPaint).toBeDefined();
  expect(timing.themeSetAt!).toBeLessThan(timing.firstPaint!);
  expect(timing.background).toBe('rgb(20, 21, 23)');
  expect(timing.fontSize).toBe('20px');
});

test('changing settings in the panel applies at once and survives a reload', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('radio', { name: 'Sepia' }).check();
  await page.getByRole('radio', { name: 'Large', exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
});

for (const theme of ['sepia', 'dark', 'light'] as const) {
  test(`axe: no violations on an article in the ${theme} theme chosen in settings`, async ({ browser }) => {
    // The opposite system scheme, so the reader's choice is what is being checked.
    const context = await browser.newContext({ colorScheme: theme === 'light' ? 'dark' : 'light' });
    const page = await context.newPage();
    await page.addInitScript((t) => localStorage.setItem('dateline-settings', JSON.stringify({ version: 1, theme: t, textSize: 2, font: 'serif' })), theme);
    await page.goto(ARTICLE);
    await expect(page.getByRole('region', { name: 'Related stories' }).getByRole('listitem').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
}
