import { expect, test } from '@playwright/test';
import { appReady } from '../pages';

/*
 * Pictures on another host (every imported WordPress site hotlinks its media) behind the shipped nginx
 * config and headers: the page may show them (img-src https:), the service worker may not fetch them
 * (connect-src 'self'), so it must leave them to the page. A returning reader, whose page the worker
 * controls, sees every picture as a first-time reader does.
 */
const SLUG = 'remote-images-check';
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#468"/></svg>';

// The build with the remote-images story (tests/e2e/server/start-nginx.ts), behind the shipped config.
const ORIGIN = `http://localhost:${Number(process.env.NGINX_PORT ?? 4181) + 2}/`;

test('pictures from another host show on the first, second and third visit', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'nginx', 'one server holds the story: visited once');
  const remote: string[] = [];
  await context.route('https://images.example/**', async (route) => {
    remote.push(route.request().url());
    await route.fulfill({ contentType: 'image/svg+xml', body: PICTURE });
  });

  for (const visit of [1, 2, 3]) {
    await page.goto(`${ORIGIN}article/${SLUG}`);
    await appReady(page);
    if (visit > 1) expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), `visit ${visit}: the worker controls the page`).toBe(true);
    const pictures = page.getByRole('article').getByRole('img');
    await expect(pictures).toHaveCount(3);
    for (const picture of await pictures.all()) {
      await picture.scrollIntoViewIfNeeded();
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: `visit ${visit}: ${await picture.getAttribute('alt')}` }).toBe(true);
    }
    if (visit === 1) await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
  expect(remote.length).toBeGreaterThanOrEqual(2);
});
