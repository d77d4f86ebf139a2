import { expect, test, type Page } from '@playwright/test';
import { latest } from './api';
import { appReady, settled } from './pages';

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
  await appReady(page); // an in-app navigation, not a full page load (which announces itself)
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

const progressScale = (page: Page) =>
  page.locator('.reading-progress').evaluate((bar) => {
    const transform = getComputedStyle(bar).transform; // matrix(a, b, c, d, e, f): a is scaleX
    return transform === 'none' ? 1 : Number(/matrix\(([^,]+)/.exec(transform)![1]);
  });

test('the reading progress bar fills as the story is read, and moves in steps with reduced motion', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(ARTICLE);
  await expect(page.locator('.reading-progress')).toBeAttached();
  expect(await progressScale(page)).toBeLessThan(0.05);

  const story = await page.locator('article.article').boundingBox();
  await page.evaluate((y) => window.scrollTo(0, y), story!.y + (story!.height - 700) / 2);
  await expect.poll(() => progressScale(page)).toBeGreaterThan(0.3);
  expect(await progressScale(page)).toBeLessThan(0.7);

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => progressScale(page)).toBe(1);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.locator('.reading-progress').evaluate((bar) => getComputedStyle(bar).animationTimingFunction)).toMatch(/^steps\(10/);
});

test('a Persian story loads the self-hosted Vazirmatn font; an English one does not', async ({ page, request }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await page.goto(ARTICLE);
  await expect(page.locator('article.article h1')).toBeVisible();
  // The app has started and rendered the story (it is what would load the font) and its rails.
  await appReady(page);
  await settled(page);
  expect(fonts).toEqual([]);

  const persian = (await latest(request)).items.find((s) => s.lang === 'fa')!;
  await page.goto(`/article/${persian.slug}`);
  await expect(page.locator('article.article h1')).toHaveText(persian.title);
  // A bold Vazirmatn face has loaded (document.fonts.check alone says true before any face is declared).
  const boldVazirmatnLoaded = () =>
    page.evaluate(() => [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Vazirmatn' && face.weight === '700' && face.status === 'loaded'));
  await expect.poll(boldVazirmatnLoaded).toBe(true);
  expect(await page.evaluate(() => document.fonts.check('700 32px Vazirmatn', 'خبر'))).toBe(true);
  expect(await page.locator('article.article h1').evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(/^"?Vazirmatn/);
  expect(fonts.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
  expect(fonts.some((url) => /vazirmatn-arabic-700/.test(url))).toBe(true);
  // The site's own words (header, footer) keep the site's font.
  expect(await page.getByRole('contentinfo').evaluate((f) => getComputedStyle(f).fontFamily)).not.toContain('Vazirmatn');
});

test('keyboard shortcuts: j/k walk the stories, / goes to search, ? explains them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Top stories' })).toBeVisible();
  await appReady(page);
  const stories = page.locator('main .card__headline a');
  await page.keyboard.press('j');
  await expect(stories.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(stories.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(stories.nth(0)).toBeFocused();

  await page.keyboard.press('/');
  const search = page.getByRole('search').getByRole('searchbox');
  await expect(search).toBeFocused();
  await page.keyboard.type('jk');
  await expect(search).toHaveValue('jk'); // typing in a field is never a shortcut

  await stories.nth(0).focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(stories.nth(0)).toBeFocused();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
});
