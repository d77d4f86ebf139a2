import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('search from the header: results as you type, highlighted, in the URL, and they open', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: 'Search stories' }).fill('Mosul');
  await header.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=Mosul$/);
  const results = page.locator('.search-results');
  await expect(results.getByRole('link', { name: /Mosul/ }).first()).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/mosul/i);
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toBeVisible();

  // Typing refines, and the URL follows.
  const main = page.getByRole('main');
  await main.getByRole('searchbox', { name: 'Search stories' }).fill('saffron');
  await expect(page).toHaveURL(/\?q=saffron/);
  await expect(results.getByRole('link').first()).toContainText(/saffron/i);

  await results.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/article\//);
  await expect(page.locator('article.article h1')).toContainText(/saffron/i);
});

test('a shared search URL loads directly; Persian text is found; the section filter narrows', async ({ page }) => {
  await page.goto('/search?q=' + encodeURIComponent('اصفهان'));
  const results = page.locator('.search-results');
  await expect(results.getByRole('link').first()).toBeVisible();
  await expect(results.locator('mark').first()).toContainText('اصفهان');

  await page.goto('/search?q=water');
  await expect(results.getByRole('link').first()).toBeVisible();
  const all = await results.getByRole('listitem').count();
  await page.getByRole('combobox', { name: 'Section' }).selectOption('Business');
  await expect(page).toHaveURL(/section=Business/);
  await expect.poll(() => results.getByRole('listitem').count()).toBeLessThan(all);
  for (const section of await results.locator('.card__section').allTextContents()) expect(section).toBe('Business');

  await page.goto('/search?q=zzzzqqqq');
  await expect(page.getByRole('status').filter({ hasText: 'No stories match' })).toBeVisible();
});

test('axe: no violations on search results', async ({ page }) => {
  await page.goto('/search?q=water');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
