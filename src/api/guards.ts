import type { ArticleResponse, AuthorPage, CategoryPage, Home, LatestPage, MustRead, Nav, TagPage } from '../model/api';
import type { Article, ArticleSummary } from '../model/article';
import { isCategoryPath, isSlug } from '../model/slug';
import { isSitePath } from '../model/url';

/*
 * Cheap structural checks for API responses: enough that a component never meets a missing field,
 * small enough to ship to every reader (the full zod schemas run at build time, and in development).
 * A broken entry in a list is dropped rather than failing the page.
 */

type Obj = Record<string, unknown>;

class ShapeError extends Error {}

function fail(where: string, expected: string): never {
  throw new ShapeError(`${where}: expected ${expected}`);
}

function object(value: unknown, where: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object');
  return value as Obj;
}

function string(o: Obj, key: string, where: string): string {
  if (typeof o[key] !== 'string') fail(`${where}.${key}`, 'a string');
  return o[key] as string;
}

function array(o: Obj, key: string, where: string): unknown[] {
  if (!Array.isArray(o[key])) fail(`${where}.${key}`, 'an array');
  return o[key] as unknown[];
}

function number(o: Obj, key: string, where: string): number {
  if (typeof o[key] !== 'number' || !Number.isFinite(o[key])) fail(`${where}.${key}`, 'a number');
  return o[key] as number;
}

function slug(o: Obj, key: string, where: string): string {
  const value = string(o, key, where);
  if (!isSlug(value)) fail(`${where}.${key}`, 'a slug');
  return value;
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[dateline] ${message}`);
}

export function checkSummary(value: unknown, where = 'item'): ArticleSummary {
  const o = object(value, where);
  slug(o, 'slug', where);
  string(o, 'title', where);
  string(o, 'standfirst', where);
  string(o, 'lang', where);
  if (o.dir !== 'ltr' && o.dir !== 'rtl') fail(`${where}.dir`, '"ltr" or "rtl"');
  const category = object(o.category, `${where}.category`);
  if (!isCategoryPath(string(category, 'path', `${where}.category`))) fail(`${where}.category.path`, 'a category path');
  string(category, 'name', `${where}.category`);
  const author = object(o.author, `${where}.author`);
  slug(author, 'slug', `${where}.author`);
  string(author, 'name', `${where}.author`);
  if (Number.isNaN(Date.parse(string(o, 'publishedAt', where)))) fail(`${where}.publishedAt`, 'a date');
  number(o, 'readingMinutes', where);
  if (o.image !== undefined) {
    const image = object(o.image, `${where}.image`);
    string(image, 'src', `${where}.image`);
    number(image, 'width', `${where}.image`);
    number(image, 'height', `${where}.image`);
  }
  return value as ArticleSummary;
}

/** Keeps the entries that pass, drops (and reports once) the ones that don't. */
export function checkSummaries(value: unknown, where: string): ArticleSummary[] {
  if (!Array.isArray(value)) fail(where, 'an array');
  return value.flatMap((item, i) => {
    try {
      return [checkSummary(item, `${where}[${i}]`)];
    } catch (error) {
      warnOnce(`skipped a broken list entry: ${(error as Error).message}`);
      return [];
    }
  });
}

export function checkArticle(value: unknown): Article {
  const article = checkSummary(value, 'article') as Article & Obj;
  array(article, 'body', 'article');
  array(article, 'tags', 'article');
  return article;
}

function checkCrumbs(value: unknown, where: string): { name: string; path: string }[] {
  if (!Array.isArray(value)) fail(where, 'an array');
  return value.map((crumb, i) => {
    const o = object(crumb, `${where}[${i}]`);
    string(o, 'name', `${where}[${i}]`);
    if (!isSitePath(string(o, 'path', `${where}[${i}]`))) fail(`${where}[${i}].path`, 'a path inside the site starting with one "/"');
    return crumb as { name: string; path: string };
  });
}

export function checkArticleResponse(data: unknown): ArticleResponse {
  const o = object(data, 'response');
  return {
    article: checkArticle(o.article),
    breadcrumb: checkCrumbs(o.breadcrumb, 'breadcrumb'),
    related: checkSummaries(o.related, 'related'),
  };
}

function checkPageFields(o: Obj): LatestPage {
  return { items: checkSummaries(o.items, 'items'), page: number(o, 'page', 'response'), pageCount: number(o, 'pageCount', 'response'), total: number(o, 'total', 'response') };
}

export function checkLatestPage(data: unknown): LatestPage {
  return checkPageFields(object(data, 'response'));
}

export function checkCategoryPage(data: unknown): CategoryPage {
  const o = object(data, 'response');
  const category = object(o.category, 'category');
  string(category, 'path', 'category');
  string(category, 'name', 'category');
  array(o, 'subcategories', 'response');
  return { ...(o as unknown as CategoryPage), ...checkPageFields(o), breadcrumb: checkCrumbs(o.breadcrumb, 'breadcrumb') };
}

export function checkAuthorPage(data: unknown): AuthorPage {
  const o = object(data, 'response');
  const author = object(o.author, 'author');
  slug(author, 'slug', 'author');
  string(author, 'name', 'author');
  return { ...(o as unknown as AuthorPage), ...checkPageFields(o) };
}

export function checkTagPage(data: unknown): TagPage {
  const o = object(data, 'response');
  const tag = object(o.tag, 'tag');
  slug(tag, 'slug', 'tag');
  string(tag, 'name', 'tag');
  return { ...(o as unknown as TagPage), ...checkPageFields(o) };
}

export function checkMustRead(data: unknown): MustRead {
  return { items: checkSummaries(object(data, 'response').items, 'items') };
}

export function checkHome(data: unknown): Home {
  const o = object(data, 'response');
  return {
    top: checkSummaries(o.top, 'top'),
    sections: array(o, 'sections', 'response').map((section, i) => {
      const s = object(section, `sections[${i}]`);
      const category = object(s.category, `sections[${i}].category`);
      string(category, 'path', `sections[${i}].category`);
      string(category, 'name', `sections[${i}].category`);
      return { category: category as Home['sections'][number]['category'], items: checkSummaries(s.items, `sections[${i}].items`) };
    }),
    mustRead: checkSummaries(o.mustRead, 'mustRead'),
    latest: checkSummaries(o.latest, 'latest'),
  };
}

export function checkNav(data: unknown): Nav {
  const o = object(data, 'response');
  const site = object(o.site, 'site');
  string(site, 'name', 'site');
  array(o, 'categories', 'response');
  return o as unknown as Nav;
}
