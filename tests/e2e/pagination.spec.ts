import { expect, test } from '@playwright/test';
import type { LatestPage } from '../../src/model/api';
import { getJson, latest } from './api';
import { appReady, settled } from './pages';

/*
 * List pages are numbered from the oldest in the API (`latest/archive-{n}.json`, which never change once
 * full) and from the newest for the reader (`?page=2` is the next older page): the app maps one onto the
 * other through the head's page count.
 */

const headlines = (page: import('@playwright/test').Page) => page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 });

test('the latest news pages through to the oldest story, and a deep link to an older page loads it', async ({ page, request }) => {
  const head = await latest(request);
  expect(head.pageCount, 'the demo holds enough stories for two pages').toBeGreaterThanOrEqual(2);
  const older = await getJson<LatestPage>(request, `latest/archive-${head.pageCount - 1}.json`);

  await page.goto('/latest');
  await appReady(page);
  await expect(headlines(page).first()).toHaveText(head.items[0]!.title);
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination).toContainText(`Page 1 of ${head.pageCount}`);
  await pagination.getByRole('link', { name: 'Older →' }).click();

  await expect(page).toHaveURL(/\/latest\?page=2$/);
  await expect(headlines(page).first()).toHaveText(older.items[0]!.title);
  await expect(headlines(page)).toHaveCount(older.items.length);
  await expect(pagination).toContainText(`Page 2 of ${head.pageCount}`);

  // The same page opened directly, as a shared link or a reload would.
  await page.reload();
  await settled(page);
  await expect(headlines(page).first()).toHaveText(older.items[0]!.title);
  await expect(page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/latest');
});

test('a page past the last one is "Page not found"', async ({ page, request }) => {
  const { pageCount } = await latest(request);
  await page.goto(`/latest?page=${pageCount + 1}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
