import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { LatestPage } from '../../src/model/api';
import { build, changesOf, serveBuild, type Served } from './build-helpers';
import { openLatestNews } from './pages';

/*
 * A story really published while a reader has the latest news open: the demo newsroom is built into a
 * folder of its own and served by the project's static server; with the page open a story is written
 * into the content and the incremental build publishes it into the same folder. A minute later (the
 * clock is Playwright's: the minute passes at once) the page offers it without moving the list, Show
 * brings it in, and its page, prerendered by that build, opens. new-stories.spec.ts checks the same
 * prompt against a routed stand-in for the API; here nothing is stood in for.
 */

test('a story published by a real build while the latest news is open is offered, and Show brings it in', async ({ browser }) => {
  test.setTimeout(300_000);
  const work = mkdtempSync(path.join(os.tmpdir(), 'dateline-publish-open-'));
  let server: Served | undefined;
  try {
    const content = path.join(work, 'content');
    const published = path.join(work, 'published');
    cpSync('content/demo', content, { recursive: true });
    await build(content, published, '--clean');
    server = await serveBuild(published);

    // The newest story as published: what the page will show first.
    const latestFile = path.join(published, 'api/v1/latest/1.json');
    const before = JSON.parse(readFileSync(latestFile, 'utf8')) as LatestPage;
    const newest = before.items[0]!;
    const slug = 'published-while-the-page-was-open';
    const title = 'A story published while the page was open';
    expect(existsSync(path.join(published, `article/${slug}.html`)), 'the story is not published yet').toBe(false);

    const context = await browser.newContext({ serviceWorkers: 'block', baseURL: server.url });
    try {
      const page = await context.newPage();
      await page.clock.install();
      const first = await openLatestNews(page, newest.title);
      const prompt = page.getByRole('status').filter({ hasText: '1 new story' });
      await expect(prompt).toHaveCount(0);

      // Publish: a copy of the newest story under a new slug and title, a minute newer, never updated.
      const articles = path.join(content, 'articles');
      const source = JSON.parse(readFileSync(path.join(articles, `${newest.slug}.json`), 'utf8')) as Record<string, unknown>;
      const publishedAt = new Date(Date.parse(newest.publishedAt) + 60_000).toISOString();
      writeFileSync(path.join(articles, `${slug}.json`), JSON.stringify({ ...source, slug, title, publishedAt, updatedAt: undefined }, null, 2));
      const log = await build(content, published);
      expect(log).toContain('(incremental)');
      const changes = changesOf(published);
      expect(changes.changed).toContain('api/v1/latest/1.json');
      expect(changes.added).toEqual(expect.arrayContaining([`api/v1/articles/${slug}.json`, `article/${slug}.html`]));
      expect((JSON.parse(readFileSync(latestFile, 'utf8')) as LatestPage).items[0]?.slug).toBe(slug);

      // A minute on, the poll has read the new list: the prompt says so, and the list has not moved.
      await page.clock.fastForward(61_000);
      await expect(prompt).toBeVisible();
      await expect(first).toHaveText(newest.title);

      await prompt.getByRole('button', { name: 'Show' }).click();
      await expect(first).toHaveText(title);
      await expect(page.getByText('1 new story')).toHaveCount(0);

      // The story's own page: in the app (its API), then loaded afresh (its prerendered page).
      await page.getByRole('main').getByRole('link', { name: title }).first().click();
      await expect(page).toHaveURL(new RegExp(`/article/${slug}$`));
      const heading = page.getByRole('article').getByRole('heading', { level: 1, name: title });
      await expect(heading).toBeVisible();
      const response = await page.reload();
      expect(response?.status()).toBe(200);
      await expect(heading).toBeVisible();
    } finally {
      await context.close();
    }
  } finally {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
