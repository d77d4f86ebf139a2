import { expect, test } from '@playwright/test';
import { article, latest } from './api';
import { appReady } from './pages';

/*
 * A page's data is asked for by its route's loader, beside its code: opening a lazy page does not wait for
 * the page's chunk before requesting what it shows.
 */

// page.route sees only the page's own requests; the service worker would answer around it.
test.use({ serviceWorkers: 'block' });

test('an author page requests its stories while its code is still loading', async ({ page, request }) => {
  const story = await article(request, (await latest(request)).items[0]!.slug);
  const author = story.article.author;
  let releaseChunk!: () => void;
  const chunkHeld = new Promise<void>((resolve) => (releaseChunk = resolve));
  let chunkRequested = false;
  await page.route(/\/assets\/AuthorPage-[\w-]+\.js$/, async (route) => {
    chunkRequested = true;
    await chunkHeld;
    await route.continue();
  });

  await page.goto(`/article/${story.article.slug}`);
  await appReady(page);
  const data = page.waitForRequest((req) => req.url().endsWith(`/api/v1/authors/${author.slug}/1.json`));
  await page.getByRole('article').getByRole('link', { name: author.name }).first().click();
  await data; // asked for while the chunk is held: the loader, not the page, requested it
  expect(chunkRequested).toBe(true);

  releaseChunk();
  await expect(page.getByRole('heading', { level: 1, name: author.name })).toBeVisible();
});
