import { expect, test } from '@playwright/test';
import { article, latest } from './api';

test('a direct load of an article deep link shows the whole article', async ({ page, request }) => {
  const { items } = await latest(request);
  const slug = items.find((s) => s.lang === 'en')!.slug;
  const { article: story, related } = await article(request, slug);

  await page.goto(`/article/${slug}`);
  const main = page.getByRole('article');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await expect(main.getByText(story.standfirst)).toBeVisible();
  await expect(main.getByRole('link', { name: story.author.name })).toHaveAttribute('href', `/author/${story.author.slug}`);
  await expect(main.locator(`time[datetime="${story.publishedAt}"]`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related stories' }).getByRole('listitem')).toHaveCount(related.length);
  await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Must read' }).getByRole('listitem').first()).toBeVisible();
});

test('a direct load of a category deep link shows its breadcrumb and stories', async ({ page }) => {
  await page.goto('/category/region/iraq');
  await expect(page.getByRole('heading', { level: 1, name: 'Iraq' })).toBeVisible();
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link')).toHaveText(['Home', 'News on the Region', 'Iraq']);
  await expect(breadcrumb.getByRole('link', { name: 'Iraq' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.story-list > li').first()).toBeVisible();
});

test('a Persian article reads right to left', async ({ page, request }) => {
  const { items } = await latest(request);
  const persian = items.find((s) => s.lang === 'fa');
  test.skip(!persian, 'no Persian article on the first latest page');
  await page.goto(`/article/${persian!.slug}`);
  const main = page.getByRole('article');
  await expect(main).toHaveAttribute('lang', 'fa');
  await expect(main).toHaveAttribute('dir', 'rtl');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(persian!.title);
});

test('unknown URLs and unknown articles show the not-found view', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto('/article/this-story-does-not-exist');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
