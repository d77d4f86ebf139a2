import { expect, test } from '@playwright/test';

const ARTICLE = '/article/mosul-old-city-rebuild';

test('printing shows the story alone, with link addresses spelled out', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('article.article h1')).toBeVisible();
  for (const hidden of [page.getByRole('banner'), page.getByRole('contentinfo'), page.getByRole('region', { name: 'Latest news' }), page.getByRole('region', { name: 'Related stories' }), page.getByRole('button', { name: 'Share' })]) {
    await expect(hidden).toBeHidden();
  }
  const link = page.locator('.article__body a[href]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(await link.getAttribute('href'));
});

test('in-app navigation is announced to screen readers; "Back to top" returns to the start', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Iraq' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Iraq — Dateline' })).toBeAttached();

  await page.goto(ARTICLE);
  await page.getByRole('link', { name: 'Back to top' }).scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await page.getByRole('link', { name: 'Back to top' }).click();
  // The start of the main content is back in view (the header above it may be scrolled away).
  await expect.poll(() => page.evaluate(() => window.scrollY <= document.getElementById('main')!.offsetTop + 1)).toBe(true);
  await expect(page.locator('main')).toBeFocused();
});
