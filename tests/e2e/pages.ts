import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { ArticleResponse } from '../../src/model/api';
import { article, latest } from './api';

/**
 * Every kind of page the reader can reach, each with how to open it and what to wait for so that it is
 * complete (content shown, nothing still loading). Shared by the accessibility, reflow and target-size
 * checks. The slugs and the search word come from the built API, so the list follows the demo content.
 */
export interface SitePage {
  name: string;
  open(page: Page, request: APIRequestContext): Promise<void>;
}

async function storyOf(request: APIRequestContext, lang: 'en' | 'fa'): Promise<ArticleResponse> {
  const story = (await latest(request)).items.find((s) => s.lang === lang);
  if (!story) throw new Error(`the demo content has no "${lang}" story on the first latest page`);
  return article(request, story.slug);
}

/**
 * The prerendered page has been taken over by the app (hydration, which runs in slices, has finished and
 * the layout has marked <html data-interactive>), so links and
 * forms are handled in the page rather than by a full page load. Until then a fast keyboard could
 * follow a link natively, which is fine for a reader but not what a test of in-app navigation wants.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
}

/** Nothing on the page is a loading placeholder any more. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.skeleton')).toHaveCount(0);
}

async function openArticle(page: Page, response: ArticleResponse) {
  await page.goto(`/article/${response.article.slug}`);
  await expect(page.getByRole('article').getByRole('heading', { level: 1, name: response.article.title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related stories' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('listitem').first()).toBeVisible();
  await settled(page);
}

/** Opens the latest news and waits until the app has it: its first headline, as the reader sees it first. */
export async function openLatestNews(page: Page, newestTitle: string): Promise<Locator> {
  await page.goto('/latest');
  await appReady(page);
  await settled(page);
  const first = page.getByRole('main').getByRole('heading', { level: 2 }).first();
  await expect(first).toHaveText(newestTitle);
  return first;
}

/** The longest word of an English headline: certainly in the search index, and specific enough. */
export async function searchWord(request: APIRequestContext): Promise<{ word: string; title: string }> {
  const { article: story } = await storyOf(request, 'en');
  const words = story.title.match(/[A-Za-z]{4,}/g) ?? [];
  const word = [...words].sort((a, b) => b.length - a.length)[0];
  if (!word) throw new Error(`no searchable word in "${story.title}"`);
  return { word, title: story.title };
}

export const SITE_PAGES: SitePage[] = [
  {
    name: 'home',
    async open(page) {
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Top stories' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('listitem').first()).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'article',
    async open(page, request) {
      await openArticle(page, await storyOf(request, 'en'));
    },
  },
  {
    name: 'Persian article',
    async open(page, request) {
      const response = await storyOf(request, 'fa');
      await openArticle(page, response);
      await expect(page.getByRole('article')).toHaveAttribute('dir', 'rtl');
    },
  },
  {
    name: 'category',
    async open(page) {
      await page.goto('/category/region/iraq');
      await expect(page.getByRole('heading', { level: 1, name: 'Iraq' })).toBeVisible();
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'author',
    async open(page, request) {
      const { author } = (await storyOf(request, 'en')).article;
      await page.goto(`/author/${author.slug}`);
      await expect(page.getByRole('heading', { level: 1, name: author.name })).toBeVisible();
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'tag',
    async open(page, request) {
      const tag = (await storyOf(request, 'en')).article.tags[0];
      if (!tag) throw new Error('the first English story has no tags');
      await page.goto(`/tag/${tag.slug}`);
      await expect(page.getByRole('heading', { level: 1, name: tag.name })).toBeVisible();
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'search results',
    async open(page, request) {
      const { word, title } = await searchWord(request);
      await page.goto(`/search?q=${encodeURIComponent(word)}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /match/ })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'saved (empty)',
    async open(page) {
      await page.goto('/saved');
      await expect(page.getByRole('heading', { level: 1, name: 'Saved for offline' })).toBeVisible();
      await expect(page.getByText('Nothing saved yet.')).toBeVisible();
    },
  },
  {
    name: 'saved (one story)',
    async open(page, request) {
      const response = await storyOf(request, 'en');
      await openArticle(page, response);
      await page.getByRole('button', { name: 'Save for offline' }).click();
      await expect(page.getByRole('button', { name: 'Saved', exact: true })).toHaveAttribute('aria-pressed', 'true');
      await page.goto('/saved');
      await expect(page.getByRole('heading', { level: 1, name: 'Saved for offline' })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: response.article.title })).toBeVisible();
      await expect(page.getByRole('button', { name: `Remove “${response.article.title}”` })).toBeVisible();
    },
  },
  {
    name: '404',
    async open(page) {
      await page.goto('/no/such/page');
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Latest news' })).toBeVisible();
      await settled(page);
    },
  },
];

export function sitePage(name: string): SitePage {
  const found = SITE_PAGES.find((p) => p.name === name);
  if (!found) throw new Error(`no page named ${name}`);
  return found;
}
