import { expect, test, type Page } from '@playwright/test';
import { article } from './api';
import { appReady, searchWord } from './pages';

/*
 * No dead controls: everything a reader can press on the prerendered page before the app has started does
 * what it says. Links and the header search work natively; buttons are held by the page's inline
 * early-controls script and pressed again once the app has taken over.
 *
 * To press before the app has started, the starter and the app's entry are held back (as a slow network
 * would hold them) until the press has been made: the page is on screen, no script of ours but the inline
 * ones has run. No service worker, so every request goes through page.route.
 */
test.use({ serviceWorkers: 'block' });

const STORY = 'mosul-old-city-rebuild';
const STARTER = /\/assets\/start-[^/]+\.js$/;
const APP = /\/assets\/index-[^/]+\.js$/;

/** Holds every request for the starter and the app until `release` is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  for (const pattern of [STARTER, APP]) {
    await page.route(pattern, async (route) => {
      await held;
      await route.continue();
    });
  }
  return release;
}

/** Opens a page without waiting for its load event (held scripts hold it) until its headline is shown. */
async function openPrerendered(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'commit' });
  await expect(page.locator('h1').first()).toBeVisible();
}

async function notStarted(page: Page): Promise<void> {
  await expect(page.locator('html[data-interactive]')).toHaveCount(0);
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/assets\/start-/.test(r.name) && (r as PerformanceResourceTiming).responseEnd > 0))).toBe(false);
}

test('Share pressed before the app has started copies the canonical link once it has', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined })); // no share sheet
  const release = await holdScripts(page);
  await openPrerendered(page, `/article/${STORY}?utm_source=chat`);
  await page.getByRole('button', { name: 'Share' }).click();
  await notStarted(page);
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  expect(canonical).toMatch(new RegExp(`/article/${STORY}$`));
  await context.close();
});

test('Share pressed before the app has started opens the share sheet, once, with the canonical URL', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
  });
  const release = await holdScripts(page);
  await openPrerendered(page, `/article/${STORY}`);
  const share = page.getByRole('button', { name: 'Share' });
  await share.click();
  await share.click(); // nothing seemed to happen, so the reader pressed again
  await notStarted(page);
  release();
  await appReady(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.length)).toBe(1);
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared[0]!.url).toMatch(new RegExp(`/article/${STORY}$`));
  // Pressed once the app is up, it shares again: the held presses are done with.
  await share.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.length)).toBe(2);
});

test('Save for offline pressed before the app has started saves the story', async ({ page, request }) => {
  const { article: story } = await article(request, STORY);
  const release = await holdScripts(page);
  await openPrerendered(page, `/article/${STORY}`);
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await notStarted(page);
  release();
  await expect(page.getByRole('button', { name: 'Saved', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/saved');
  await expect(page.getByRole('main').getByRole('link', { name: story.title, exact: true })).toBeVisible();
});

test('Reading settings pressed from the keyboard before the app has started opens the panel', async ({ page }) => {
  const release = await holdScripts(page);
  await openPrerendered(page, `/article/${STORY}`);
  const settings = page.getByRole('button', { name: 'Reading settings' });
  await settings.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press(' '); // pressed twice while waiting: opened once, not opened and closed
  await notStarted(page);
  release();
  await expect(settings).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('radio', { name: 'Sepia' })).toBeVisible();
});

test('the header search, typed into and submitted before the app has started, shows the results for the word', async ({ page, request }) => {
  const { word, title } = await searchWord(request);
  const release = await holdScripts(page);
  await openPrerendered(page, `/article/${STORY}`);
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search stories' }).fill(word);
  await page.keyboard.press('Enter');
  // A plain GET form: the browser goes to the search page by itself.
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  release();
  await expect(page.locator('.search-results').getByRole('link', { name: title })).toBeVisible();
});

test('a story link pressed before the app has started opens the story', async ({ page, request }) => {
  const { related } = await article(request, STORY);
  const next = related[0]!;
  const release = await holdScripts(page);
  await openPrerendered(page, `/article/${STORY}`);
  await page.getByRole('region', { name: 'Related stories' }).getByRole('link', { name: next.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/article/${next.slug}$`));
  // The story's own prerendered page, readable while the app is still held back.
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(next.title);
  release();
  await appReady(page);
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(next.title);
});
