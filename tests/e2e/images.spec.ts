import { expect, test } from '@playwright/test';

/* The bench's article has a photograph for a hero: the build made it responsive, the page preloads it. */

const SLUG = 'mosul-old-city-rebuild';
const HERO = /^Mosul's old city at dusk/;

test('the prerendered head preloads the hero photograph with the srcset and sizes the page shows it at', async ({ request }) => {
  const html = await (await request.get(`/article/${SLUG}`)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const preload = /<link rel="preload" as="image"[^>]*>/.exec(head)?.[0];
  expect(preload, 'a preload link in the prerendered head').toBeTruthy();
  expect(preload).toContain('type="image/avif"');
  expect(preload).toContain('fetchpriority="high"');
  expect(preload).toMatch(/imagesrcset="[^"]*media\/images\/photo-mosul-old-city-[0-9a-f]{10}-640\.avif 640w/);
  expect(preload).toMatch(/imagesizes="[^"]+"/);
  // The hero in the body of the same HTML offers the same candidates, so the preloaded file is the one used.
  const body = html.slice(html.indexOf('</head>'));
  expect(body).toMatch(/<source type="image\/avif" srcSet="[^"]*photo-mosul-old-city-[0-9a-f]{10}-640\.avif 640w/i);
});

test('Chromium on a phone gets the hero as AVIF or WebP at a phone size, fetched once, fetched first', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const fetched: { url: string; type: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/media/images/photo-mosul-old-city')) return;
    fetched.push({ url: response.url(), type: response.headers()['content-type'] ?? '', bytes: (await response.body()).length });
  });
  await page.goto(`/article/${SLUG}`);
  const hero = page.getByRole('img', { name: HERO });
  await expect(hero).toHaveAttribute('fetchpriority', 'high');
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const current = await hero.evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(current).toMatch(/\.(avif|webp)$/);
  // 412 CSS px at 2.625 device pixels each: the 1280 px file, not the 2400 px original.
  expect(current).toMatch(/-1280\.(avif|webp)$/);
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
  expect(new Set(fetched.map((f) => f.url)), 'the preload and the picture chose the same file').toEqual(new Set([current]));
  expect(fetched[0]!.type).toMatch(/^image\/(avif|webp)/);
  test.info().annotations.push({ type: 'hero bytes', description: `${fetched[0]!.bytes} bytes (${current.split('/').pop()})` });
  console.log(`hero delivered: ${current.split('/').pop()} ${fetched[0]!.bytes} bytes`);
  await context.close();
});
