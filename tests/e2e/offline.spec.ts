import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { article, category } from './api';
import { appReady } from './pages';

/*
 * The installable, offline-capable app in Chromium against the production build. Each test gets its own
 * context, so its service worker and storage start empty.
 */

async function readyOffline(page: Page) {
  // The service worker controls the page once it has claimed it after the first load.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const headline = (page: Page) => page.locator('article.article h1');

async function clearCaches(page: Page, context: BrowserContext, keep: string[]) {
  const session = await context.newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  await page.evaluate(async (kept) => {
    for (const key of await caches.keys()) if (!kept.some((k) => key.includes(k))) await caches.delete(key);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('dateline-cache');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => resolve();
    });
  }, keep);
}

test('the manifest is installable: fields, both icon purposes, screenshots, and every image loads', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href!, page.url()).href;
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({ name: 'Dateline', short_name: 'Dateline', display: 'standalone', start_url: '/', scope: '/', id: '/' });
  const themeColor = await page.locator('meta[name="theme-color"]').first().getAttribute('content');
  expect(manifest.theme_color).toBe(themeColor);
  expect(manifest.background_color).toBe(themeColor);
  const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
  for (const size of ['192x192', '512x512']) {
    expect(icons.some((i) => i.sizes === size && (i.purpose ?? 'any') === 'any'), `any ${size}`).toBe(true);
    expect(icons.some((i) => i.sizes === size && i.purpose === 'maskable'), `maskable ${size}`).toBe(true);
  }
  const screenshots = manifest.screenshots as { src: string; form_factor: string }[];
  expect(screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
  for (const image of [...icons, ...screenshots]) {
    const response = await request.get(new URL(image.src, manifestUrl).href);
    expect(response.status(), image.src).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/png/);
  }
  expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBe(1);
});

test('offline: a read article reloads, another cached article opens, an unread one shows the offline view', async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const iraq = await category(request, 'region/iraq');
  const first = iraq.items[0]!;
  const { related } = await article(request, first.slug);
  const second = related[0]!;

  await page.goto(`/article/${first.slug}`);
  await readyOffline(page);
  // Read a second story while the service worker is in control, then come back.
  await page.getByRole('region', { name: 'Related stories' }).getByRole('link', { name: second.title, exact: true }).click();
  await expect(page.locator('.article__body p').first()).toBeVisible();
  await page.goBack();
  await expect(headline(page)).toHaveText(first.title);

  await context.setOffline(true);
  await page.reload();
  await expect(headline(page)).toHaveText(first.title);
  await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible();

  // In-app navigation to a story read earlier in this session.
  await appReady(page);
  await page.getByRole('region', { name: 'Related stories' }).getByRole('link', { name: second.title, exact: true }).click();
  await expect(headline(page)).toHaveText(second.title);
  await expect(page.locator('.article__body p').first()).toBeVisible();

  // A story never opened: the offline view, with a way to what is available.
  const unread = iraq.items.find((s) => s.slug !== first.slug && s.slug !== second.slug && !related.some((r) => r.slug === s.slug))!;
  await page.goto(`/article/${unread.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Available offline' }).getByRole('link', { name: first.title })).toBeVisible();
  await context.close();
});

test('save for offline: survives cleared caches and opens from /saved with its image, then can be removed', async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const iraq = await category(request, 'region/iraq');
  const story = iraq.items.find((s) => s.image)!;

  await page.goto(`/article/${story.slug}`);
  await readyOffline(page);
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.getByRole('button', { name: 'Saved' })).toBeVisible();

  await clearCaches(page, context, ['dateline-saved', 'workbox-precache']);
  await context.setOffline(true);
  await page.goto('/saved');
  await expect(page.getByRole('heading', { level: 1, name: 'Saved for offline' })).toBeVisible();
  await page.getByRole('link', { name: story.title, exact: true }).click();
  await expect(headline(page)).toHaveText(story.title);
  const hero = page.locator('.figure--hero img');
  await expect(hero).toBeVisible();
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await context.setOffline(false);
  await page.goto('/saved');
  await page.getByRole('button', { name: `Remove “${story.title}”` }).click();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  await context.close();
});
