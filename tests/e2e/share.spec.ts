import { expect, test } from '@playwright/test';
import { latest } from './api';

test('Share copies the canonical link where there is no share sheet', async ({ browser, request, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Desktop Chromium on Linux has no share sheet; make sure the fallback is what runs.
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  const { items } = await latest(request);
  const slug = items[0]!.slug;
  await page.goto(`/article/${slug}?utm_source=chat`);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(copied).toBe(canonical);
  expect(copied).toMatch(new RegExp(`/article/${slug}$`));
  expect(baseURL).toBeTruthy();
  await context.close();
});

test('Share opens the system share sheet with the canonical URL where there is one', async ({ page, request }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  const { items } = await latest(request);
  await page.goto(`/article/${items[0]!.slug}`);
  await page.getByRole('button', { name: 'Share' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared?: ShareData }).shared);
  expect(shared?.title).toBe(items[0]!.title);
  expect(shared?.url).toMatch(new RegExp(`/article/${items[0]!.slug}$`));
});
