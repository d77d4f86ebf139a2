import { expect, test } from '@playwright/test';
import { appReady } from './pages';

test('the prerendered article paints before the app is even requested, then the app takes over', async ({ page }) => {
  await page.goto('/article/mosul-old-city-rebuild');
  await appReady(page);
  const order = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.initiatorType === 'script' || /\/assets\/.*\.js$/.test(r.name));
    const starter = document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src;
    const app = scripts.filter((r) => r.name !== starter && /\/assets\/.*\.js$/.test(r.name));
    return { fcp, firstAppRequest: Math.min(...app.map((r) => r.startTime)), appScripts: app.length, moduleScripts: document.querySelectorAll('script[type="module"]').length };
  });
  expect(order.moduleScripts).toBe(1);
  expect(order.appScripts).toBeGreaterThan(0);
  expect(order.firstAppRequest).toBeGreaterThanOrEqual(order.fcp);
});

test('words typed into the header search before the app has started are kept', async ({ page }) => {
  // Hold the app back until the reader has typed, as a slow network would.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search stories' }).fill('Mosul');
  release();
  await appReady(page);
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=Mosul$/);
  await expect(page.locator('.search-results').getByRole('link', { name: /Mosul/ }).first()).toBeVisible();
});
