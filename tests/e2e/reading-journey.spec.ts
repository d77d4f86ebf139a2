import { expect, test } from '@playwright/test';
import { article, category } from './api';
import { appReady } from './pages';

test('home → article → breadcrumb → category → related story → back', async ({ page, request }) => {
  const iraq = await category(request, 'region/iraq');
  const first = iraq.items[0]!;
  const { related } = await article(request, first.slug);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Top stories' })).toBeVisible();

  // Reach the Iraq section through the header, then open its newest story.
  await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'News on the Region' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'News on the Region' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections in News on the Region' }).getByRole('link', { name: 'Iraq' }).click();
  await expect(page).toHaveURL(/\/category\/region\/iraq$/);
  await page.getByRole('link', { name: first.title, exact: true }).first().click();

  await expect(page).toHaveURL(new RegExp(`/article/${first.slug}$`));
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(first.title);
  await expect(page).toHaveTitle(`${first.title} — Dateline`);

  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link')).toHaveText(['Home', 'News on the Region', 'Iraq', first.title]);
  await expect(breadcrumb.getByRole('link', { name: first.title })).toHaveAttribute('aria-current', 'page');

  // Breadcrumb → category page.
  await breadcrumb.getByRole('link', { name: 'Iraq' }).click();
  await expect(page).toHaveURL(/\/category\/region\/iraq$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Iraq' })).toBeVisible();

  // Back to the article, then on to a related story.
  await page.goBack();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(first.title);
  const relatedRegion = page.getByRole('region', { name: 'Related stories' });
  await expect(relatedRegion.getByRole('listitem')).toHaveCount(related.length);
  const next = related[0]!;
  await relatedRegion.getByRole('link', { name: next.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/article/${next.slug}$`));
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(next.title);
  // The head follows the SPA navigation (its builder loads on the first one): title and canonical link.
  await expect(page).toHaveTitle(`${next.title} — Dateline`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/article/${next.slug}$`));

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/article/${first.slug}$`));
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(first.title);
});

test('going back restores the scroll position of a long list', async ({ page, request }) => {
  const region = await category(request, 'region');
  await page.goto('/category/region');
  await appReady(page); // the router's own restoration (a link followed before the app starts is the browser's)
  const target = region.items[region.items.length - 1]!;
  const link = page.getByRole('link', { name: target.title, exact: true });
  await link.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(200);
  await link.click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(target.title);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'News on the Region' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
});
