import { expect, test, type Page } from '@playwright/test';
import type { ArticleResponse } from '../../src/model/api';
import { article, category } from './api';
import { appReady } from './pages';

/*
 * Faults the reader never should feel: failing endpoints, malformed responses, hostile content from a
 * compromised API, corrupt stored data. Runs under the Content-Security-Policy of the built index.html;
 * any violation is recorded and must stay at zero.
 */

// page.route sees only the page's own requests; the service worker would fetch around it.
test.use({ serviceWorkers: 'block' });

async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
const headline = (page: Page) => page.locator('article.article h1');

/** Opens the Iraq section page and clicks through to a story, so the article is fetched by the app. */
async function openFromSection(page: Page, title: string) {
  await page.goto('/category/region/iraq');
  await appReady(page);
  await page.getByRole('link', { name: title, exact: true }).first().click();
}

test('a failing rail leaves the article readable and offers to try again', async ({ page, request }) => {
  const story = (await category(request, 'region/iraq')).items[1]!;
  await page.route('**/api/v1/latest/1.json', (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
  await page.route(`**/api/v1/articles/${story.slug}.json`, async (route) => route.fulfill({ response: await route.fetch() }));
  await openFromSection(page, story.title);
  await expect(headline(page)).toHaveText(story.title);
  await expect(page.locator('.article__body p').first()).toBeVisible();
  const rail = page.getByRole('region', { name: 'Latest news' });
  await expect(rail.getByRole('alert')).toContainText('We couldn’t load the latest news', { timeout: 20_000 });
  await expect(rail.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Must read' }).getByRole('listitem').first()).toBeVisible();
});

test('an article whose first two responses are broken recovers with "Try again"', async ({ page, request }) => {
  const story = (await category(request, 'region/iraq')).items[2]!;
  // Broken answers (an HTML error page, then truncated JSON, alternating) until the server is healthy.
  let healthy = false;
  let calls = 0;
  await page.route(`**/api/v1/articles/${story.slug}.json`, async (route) => {
    calls += 1;
    if (healthy) return route.fulfill({ response: await route.fetch() });
    if (calls % 2 === 1) return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Bad gateway</title>' });
    return route.fulfill({ status: 200, contentType: 'application/json', body: '{"article": {"slug": "trunc' });
  });
  await page.goto('/category/region/iraq');
  await appReady(page);
  await page.getByRole('link', { name: story.title, exact: true }).first().click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('We couldn’t load this article');
  await expect(alert).toContainText('data we could not read');
  const before = calls;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => calls).toBeGreaterThan(before);
  await expect(page.getByRole('alert')).toContainText('We couldn’t load this article');
  healthy = true;
  await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.article__body p').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
});

test('hostile content from the API runs nothing: script URLs, a </script> title, no CSP violations', async ({ page, request }) => {
  await watchCsp(page);
  const story = (await category(request, 'region/iraq')).items[3]!;
  const original = await article(request, story.slug);
  const hostileTitle = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned=2">';
  const hostile: ArticleResponse = {
    ...original,
    article: {
      ...original.article,
      title: hostileTitle,
      image: { src: 'javascript:window.pwned=3', alt: 'x', width: 10, height: 10 },
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Before the link. ' }, { type: 'link', href: 'JaVaScRiPt:window.pwned=4', children: [{ type: 'text', text: 'click me' }] }] },
        { type: 'paragraph', content: [{ type: 'link', href: 'data:text/html,<script>parent.pwned=5</script>', children: [{ type: 'text', text: 'data link' }] }] },
        { type: 'image', src: ' javascript:window.pwned=6', alt: 'bad image', width: 10, height: 10 },
        { type: 'unknown-widget', html: '<script>window.pwned=7</script>' } as unknown as ArticleResponse['article']['body'][number],
        { type: 'paragraph', content: [{ type: 'text', text: 'After the bad blocks, the story goes on.' }] },
      ],
    },
  };
  await page.route(`**/api/v1/articles/${story.slug}.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostile) }));
  await openFromSection(page, story.title);
  await expect(headline(page)).toHaveText(hostileTitle);
  await expect(page.getByText('After the bad blocks, the story goes on.')).toBeVisible();
  await expect(page.getByText('click me')).toBeVisible();
  await expect(page.getByRole('link', { name: 'click me' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'data link' })).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'bad image' })).toHaveCount(0);
  await page.getByText('click me').click();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.title()).toContain('</script>');
  expect(await cspViolations(page)).toEqual([]);
});

test('corrupt stored data at start is discarded: the app still loads and saving still works', async ({ page, request }) => {
  const story = (await category(request, 'region/iraq')).items[0]!;
  await page.goto(`/article/${story.slug}`);
  await expect(headline(page)).toBeVisible();
  await page.evaluate(async () => {
    localStorage.setItem('dateline-settings', '{not json');
    const write = (db: string, storeName: string, key: string, value: unknown) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onupgradeneeded = () => open.result.createObjectStore(storeName);
        open.onsuccess = () => {
          const tx = open.result.transaction(storeName, 'readwrite');
          tx.objectStore(storeName).put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    await write('dateline-cache', 'queries', 'dateline-query-cache', '{"clientState": [truncated');
    await write('dateline', 'saved', 'saved-list', { version: 1, items: 'not a list' });
  });
  await watchCsp(page);
  await page.reload();
  await expect(headline(page)).toHaveText(story.title);
  await appReady(page);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Iraq' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Iraq' })).toBeVisible();
  await page.goto('/saved');
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'was damaged and could not be read' })).toBeVisible();
  await page.goto(`/article/${story.slug}`);
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.getByRole('button', { name: 'Saved' })).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
});

test('an unknown article is the not-found view with the latest news, not an error', async ({ page }) => {
  await page.goto('/article/no-such-story');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('two open tabs saving at the same time keep both saves', async ({ browser, request }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const [a, b] = [await context.newPage(), await context.newPage()];
  const [first, second] = (await category(request, 'region/iraq')).items;
  await a.goto(`/article/${first!.slug}`);
  await b.goto(`/article/${second!.slug}`);
  await Promise.all([a.getByRole('button', { name: 'Save for offline' }).click(), b.getByRole('button', { name: 'Save for offline' }).click()]);
  await expect(a.getByRole('button', { name: 'Saved' })).toBeVisible();
  await expect(b.getByRole('button', { name: 'Saved' })).toBeVisible();
  await a.goto('/saved');
  await expect(a.getByRole('link', { name: first!.title, exact: true })).toBeVisible();
  await expect(a.getByRole('link', { name: second!.title, exact: true })).toBeVisible();
  // The other tab hears about a removal without reloading.
  await b.goto('/saved');
  await a.getByRole('button', { name: `Remove “${first!.title}”` }).click();
  await expect(b.getByRole('link', { name: first!.title, exact: true })).toHaveCount(0);
  await expect(b.getByRole('link', { name: second!.title, exact: true })).toBeVisible();
  await context.close();
});
