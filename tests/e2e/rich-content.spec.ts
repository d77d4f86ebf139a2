import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { Block, CodeBlock } from '../../src/model/block';
import { article } from './api';
import { appReady, settled } from './pages';

/*
 * The body elements real newsrooms publish, on the demo's stories that use them, in Chromium against
 * the production build: a gallery, a video that costs the reader nothing until asked for, a social post
 * as a static card, a table on a phone, code as written, and all of it accessible in both schemes.
 */

const PHOTO_STORY = 'muharraq-pearl-diving-songs-archive';
const DATA_STORY = 'amman-water-rationing-winter-schedule';
const FEED_STORY = 'tartu-tram-referendum-open-results-feed';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function blockOf<T extends Block['type']>(body: readonly Block[], type: T): Extract<Block, { type: T }> {
  const block = body.find((b): b is Extract<Block, { type: T }> => b.type === type);
  if (!block) throw new Error(`the demo story has no ${type} block`);
  return block;
}

/** Every request the context makes to a host other than the site's own (pages, workers, frames). */
function thirdPartyRequests(context: BrowserContext, site: string): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== site) seen.push(request.url());
  });
  return seen;
}

async function openStory(page: Page, slug: string, title: string) {
  await page.goto(`/article/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await appReady(page);
  await settled(page);
}

test('a gallery is a named figure of captioned pictures', async ({ page, request }) => {
  const { article: story } = await article(request, PHOTO_STORY);
  const gallery = blockOf(story.body, 'gallery');
  await openStory(page, PHOTO_STORY, story.title);
  const group = page.getByRole('figure', { name: gallery.caption });
  await expect(group).toBeVisible();
  await expect(group.getByRole('img')).toHaveCount(gallery.images.length);
  for (const image of gallery.images) {
    await expect(group.getByRole('img', { name: image.alt })).toBeVisible();
    if (image.caption) await expect(group.getByText(image.caption)).toBeVisible();
  }
});

test('a video asks nothing of YouTube until it is played, then loads the privacy-mode player, sandboxed', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const site = new URL(baseURL!).host;
  const outside = thirdPartyRequests(context, site);
  // The test machine has no way out: the player is stood in for, and a request to it is what counts.
  await context.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>player</title><p>player</p>' }));

  const { article: story } = await article(context.request, PHOTO_STORY);
  const video = blockOf(story.body, 'video');
  if (video.source.kind !== 'provider' || video.source.provider !== 'youtube') throw new Error('the photo story\'s first video is not on YouTube');
  await openStory(page, PHOTO_STORY, story.title);
  // Down the whole story, so every lazy picture and facade has had its chance to load something.
  await page.keyboard.press('End');
  const play = page.getByRole('link', { name: `Play on YouTube: ${video.title}` });
  await play.scrollIntoViewIfNeeded();
  await expect(play).toHaveAttribute('href', `https://www.youtube.com/watch?v=${video.source.id}`);
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(outside).toEqual([]);

  await play.click();
  const frame = page.locator(`iframe[title="${video.title}"]`);
  await expect(frame).toBeVisible();
  await expect(frame).toHaveAttribute('src', new RegExp(`^https://www\\.youtube-nocookie\\.com/embed/${video.source.id}\\?`));
  await expect(frame).toHaveAttribute('sandbox', /allow-scripts/);
  await expect(frame).toBeFocused();
  await expect.poll(() => outside.filter((url) => url.startsWith('https://www.youtube-nocookie.com/embed/'))).toHaveLength(1);
  // Nothing from YouTube's own host, its thumbnails or anyone else.
  expect(outside.filter((url) => !url.startsWith('https://www.youtube-nocookie.com/'))).toEqual([]);
  await context.close();
});

test('without JavaScript a video and a chart are plain links to their originals', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { article: photo } = await article(request, PHOTO_STORY);
  await page.goto(`/article/${PHOTO_STORY}`);
  const video = blockOf(photo.body, 'video');
  await expect(page.getByRole('link', { name: `Play on YouTube: ${video.title}` })).toHaveAttribute('href', /^https:\/\/www\.youtube\.com\/watch\?v=/);
  const { article: data } = await article(request, DATA_STORY);
  const chart = blockOf(data.body, 'embed');
  await page.goto(`/article/${DATA_STORY}`);
  await expect(page.getByRole('link', { name: new RegExp(`from Datawrapper: ${chart.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toHaveAttribute('href', chart.url);
  await expect(page.locator('iframe')).toHaveCount(0);
  await context.close();
});

test('a social post is a static card with a link to the original, and no script or frame of the network', async ({ page, request }) => {
  const { article: story } = await article(request, FEED_STORY);
  const post = blockOf(story.body, 'social');
  await openStory(page, FEED_STORY, story.title);
  const card = page.getByRole('article', { name: `Post by ${post.author} on X` });
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: 'View on X' })).toHaveAttribute('href', post.url);
  await expect(page.locator('iframe, script[src*="twitter"], script[src*="x.com"]')).toHaveCount(0);
});

test('on a 320 px phone a table scrolls inside its own region, with header cells, and the page does not', async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const { article: story } = await article(request, DATA_STORY);
  const table = blockOf(story.body, 'table');
  await openStory(page, DATA_STORY, story.title);
  const region = page.getByRole('region', { name: table.caption });
  await region.scrollIntoViewIfNeeded();
  await expect(region.getByRole('table')).toBeVisible();
  await expect(region.getByRole('columnheader').first()).toBeVisible();
  await expect(region.getByRole('rowheader').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const scroll = await region.evaluate((el) => ({ width: el.scrollWidth, client: el.clientWidth }));
  expect(scroll.width).toBeGreaterThan(scroll.client);
  // The keyboard scrolls it too.
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => Math.abs(el.scrollLeft))).toBeGreaterThan(0);
  await context.close();
});

test('code keeps its line breaks and indentation exactly', async ({ page, request }) => {
  const { article: story } = await article(request, FEED_STORY);
  const code: CodeBlock = blockOf(story.body, 'code');
  await openStory(page, FEED_STORY, story.title);
  const block = page.locator('pre code');
  await expect(block).toHaveCount(1);
  expect(await block.textContent()).toBe(code.text);
  expect(code.text.split('\n').length).toBeGreaterThan(5);
  // One line box per line of the source: nothing wrapped, nothing joined.
  const lines = await block.evaluate((el) => {
    const pre = el.closest('pre')!;
    const style = getComputedStyle(pre);
    const content = pre.scrollHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return Math.round(content / parseFloat(style.lineHeight));
  });
  // A final line break ends the last line; it does not start another.
  expect(lines).toBe(code.text.replace(/\n$/, '').split('\n').length);
  expect(await block.evaluate((el) => getComputedStyle(el.closest('pre')!).whiteSpace)).toBe('pre');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the stories with rich blocks have no violations (${scheme})`, async ({ browser, request }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    for (const slug of [PHOTO_STORY, DATA_STORY, FEED_STORY]) {
      const { article: story } = await article(request, slug);
      await openStory(page, slug, story.title);
      // The disclosures open, so what they hold is checked too.
      for (const summary of await page.locator('details:not([open]) > summary').all()) await summary.click();
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${slug}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await context.close();
  });
}
