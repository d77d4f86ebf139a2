import { expect, test, type Page } from '@playwright/test';
import { latest } from './api';
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

/**
 * Holds the app's script back, as a slow network would, until `release` is called: the prerendered page
 * is on screen and the reader can act on it, but the app has not started. (No service worker, so every
 * request goes through page.route.)
 */
async function holdApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('before the app has started', () => {
  test.use({ serviceWorkers: 'block' });

  test('words typed into the header search before the app has started are kept', async ({ page }) => {
    const release = await holdApp(page);
    await page.goto('/');
    await page.getByRole('banner').getByRole('searchbox', { name: 'Search stories' }).fill('Mosul');
    release();
    await appReady(page);
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=Mosul$/);
    await expect(page.locator('.search-results').getByRole('link', { name: /Mosul/ }).first()).toBeVisible();
  });

  test('a button pressed before the app has started does its job once the app takes over', async ({ browser, request }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    const release = await holdApp(page);
    const slug = (await latest(request)).items[0]!.slug;
    await page.goto(`/article/${slug}`);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await expect(page.locator('html[data-interactive]')).toHaveCount(0); // both pressed on the prerendered page
    release();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/article/${slug}$`));
    await expect(page.getByRole('button', { name: 'Reading settings' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('radio', { name: 'Sepia' })).toBeVisible();
    await context.close();
  });

  test('a reader who scrolls before the app has started keeps their place when it takes over', async ({ page }) => {
    const release = await holdApp(page);
    await page.goto('/article/mosul-old-city-rebuild');
    await page.getByRole('region', { name: 'Related stories' }).scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(300);
    release();
    await appReady(page);
    // Past hydration and the router's first scroll handling (a layout effect, before the next frame).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });
});
