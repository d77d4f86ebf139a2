import { expect, test } from '@playwright/test';
import type { LatestPage } from '../../src/model/api';
import { latest } from './api';
import { openLatestNews } from './pages';

/*
 * A story is published while a reader has the latest news open: a minute later the page says so,
 * politely, without moving the list, and Show brings the story in. The clock is Playwright's: the minute
 * passes at once. The service worker is blocked so that the route below, standing for the published
 * API, answers every request.
 */

test('a story published while the latest news is open is offered, and Show brings it in', async ({ browser, request }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.clock.install();
  const before = await latest(request);
  const newest = before.items[0]!;
  const story = { ...newest, slug: 'published-while-open', title: 'A story published while the page was open', publishedAt: new Date(Date.parse(newest.publishedAt) + 60_000).toISOString() };
  let published = false;
  const polls: string[] = [];
  await page.route('**/api/v1/latest/1.json', async (route) => {
    polls.push(route.request().url());
    if (!published) return route.continue();
    const after: LatestPage = { ...before, items: [story, ...before.items.slice(0, -1)], total: before.total + 1 };
    return route.fulfill({ json: after });
  });

  const first = await openLatestNews(page, newest.title);
  const requestsAtStart = polls.length;

  published = true;
  await page.clock.fastForward(61_000);
  const prompt = page.getByRole('status').filter({ hasText: '1 new story' });
  await expect(prompt).toBeVisible();
  expect(polls.length).toBeGreaterThan(requestsAtStart);
  // What the reader was reading has not moved.
  await expect(first).toHaveText(newest.title);

  await prompt.getByRole('button', { name: 'Show' }).click();
  await expect(first).toHaveText(story.title);
  await expect(page.getByText('1 new story')).toHaveCount(0);
  await context.close();
});

test('the list the poll reads answers an unchanged copy with 304 (the browser revalidates with its ETag)', async ({ request }) => {
  const first = await request.get('/api/v1/latest/1.json');
  const etag = first.headers().etag;
  expect(etag).toBeTruthy();
  const again = await request.get('/api/v1/latest/1.json', { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
});
