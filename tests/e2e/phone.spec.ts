import { expect, test } from '@playwright/test';
import { latest } from './api';

test('on a phone the rails sit below the article and nothing scrolls sideways', async ({ page, request }) => {
  const { items } = await latest(request);
  await page.goto(`/article/${items[0]!.slug}`);
  const headline = page.getByRole('article').getByRole('heading', { level: 1 });
  await expect(headline).toBeVisible();
  const latestRail = page.getByRole('region', { name: 'Latest news' });
  await expect(latestRail.getByRole('listitem').first()).toBeAttached();
  const articleBox = (await page.getByRole('article').boundingBox())!;
  const railBox = (await latestRail.boundingBox())!;
  expect(railBox.y).toBeGreaterThan(articleBox.y + articleBox.height);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const bodySize = await page.locator('.article__body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(18);
});
