import { expect, test, type APIResponse } from '@playwright/test';

/*
 * Runs twice: against nginx serving dist/ at the root, and against a BASE_URL=/news/ build under
 * /news/. Paths here are relative to the base (no leading slash).
 */

const ARTICLE = 'article/mosul-old-city-rebuild';

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  const scriptSrc = /script-src ([^;]+)/.exec(headers['content-security-policy']!)![1]!;
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['strict-transport-security']).toBe('max-age=31536000');
}

test('prerendered article: served directly, with headers, head tags and hydration', async ({ page, request }) => {
  const response = await request.get(ARTICLE);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');
  expect(response.headers()['cache-control']).toBe('no-cache');
  expectSecurityHeaders(response);
  const html = await response.text();
  expect(html).toContain('<h1 class="article__headline">');
  expect(html).toContain('<meta property="og:type" content="article"');
  expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/article\/mosul-old-city-rebuild"/);
  expect(html).toContain('"@type":"NewsArticle"');
  expect(html).toContain('"@type":"BreadcrumbList"');

  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(ARTICLE);
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Iraq' })).toBeVisible();
  // Hydrated: client navigation works without a page load.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Iraq' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Iraq' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('category page and a route without a prerendered file load directly', async ({ page, request }) => {
  const category = await request.get('category/region/iraq');
  expect(category.status()).toBe(200);
  expectSecurityHeaders(category);
  await page.goto('category/region/iraq?page=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Iraq' })).toBeVisible();

  const shell = await request.get('search');
  expect(shell.status()).toBe(200);
  expect(await shell.text()).toContain('<div id="root"></div>');
  await page.goto('search');
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link').first()).toBeVisible();
});

test('unknown paths get the 404 page with status 404; unknown API files a JSON 404', async ({ page, request }) => {
  for (const path of ['no/such/page', 'article/not-a-story', 'category/nowhere']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).toContain('Page not found');
  }
  const api = await request.get('api/v1/articles/not-a-story.json');
  expect(api.status()).toBe(404);
  expect(api.headers()['content-type']).toContain('application/json');

  await page.goto('no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('caching: hashed assets immutable, API short-lived, gzip on', async ({ request }) => {
  const html = await (await request.get(ARTICLE)).text();
  const starter = /src="([^"]*\/assets\/[^"]+\.js)"/.exec(html)![1]!;
  const starterResponse = await request.get(starter);
  expect(starterResponse.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // The page's script is a few-hundred-byte starter (too small to compress); the app it imports is not.
  const app = /import\("\.\/([^"]+\.js)"\)/.exec(await starterResponse.text())![1]!;
  const asset = await request.get(starter.replace(/[^/]+\.js$/, app), { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  const api = await request.get('api/v1/nav.json');
  expect(api.headers()['cache-control']).toMatch(/max-age=60/);
  expect(api.headers()['content-type']).toContain('application/json');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the article headline, breadcrumb and body are readable', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText([
      'Home',
      'News on the Region',
      'Iraq',
      /Mosul/,
    ]);
    await expect(page.locator('.article__body p').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Related stories' }).getByRole('link').first()).toBeVisible();
  });
});

test('no source maps are published', async ({ request }) => {
  const html = await (await request.get(ARTICLE)).text();
  const starter = /<script type="module" src="([^"]+\.js)"/.exec(html)![1]!;
  const starterCode = await (await request.get(starter)).text();
  // The starter imports the app's entry chunk, beside it.
  const entry = /import\("\.\/([^"]+\.js)"\)/.exec(starterCode)?.[1];
  const files = [starter, ...(entry ? [starter.replace(/[^/]+$/, entry)] : [])];
  expect(files).toHaveLength(2);
  for (const file of files) {
    expect(await (await request.get(file)).text(), file).not.toContain('sourceMappingURL');
    expect((await request.get(`${file}.map`)).status(), `${file}.map`).toBe(404);
  }
});
