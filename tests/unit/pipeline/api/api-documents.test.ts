// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSchemaFor } from '../../../../src/api/dev-validate';
import {
  type ArticleResponse,
  type CategoryPage,
  type Home,
  type LatestPage,
  type Nav,
} from '../../../../src/model/api';
import { apiDocuments, compileSite, type ApiDocument } from '../../../../src/pipeline/api/api-documents';
import { loadContent } from '../../../../src/pipeline/content/load-content';
import { articleSource, baseCategories, makeContentDir, removeContentDirs } from '../../../fixtures/content';
import { syntheticLoaded } from '../../../fixtures/synthetic-site';

/** Every document as the browser would read it: through JSON. */
function documentsOf(content: Parameters<typeof compileSite>[0]): Map<string, unknown> {
  const docs = new Map<string, unknown>();
  for (const doc of apiDocuments(compileSite(content)) as Iterable<ApiDocument>) {
    expect(docs.has(doc.path), `duplicate path ${doc.path}`).toBe(false);
    docs.set(doc.path, JSON.parse(JSON.stringify(doc.data())));
  }
  return docs;
}

const get = <T>(docs: Map<string, unknown>, path: string): T => {
  expect(docs.has(path), `missing ${path}`).toBe(true);
  return docs.get(path) as T;
};

const newestFirst = (items: { publishedAt: string }[]) =>
  items.every((item, i) => i === 0 || Date.parse(items[i - 1]!.publishedAt) >= Date.parse(item.publishedAt));

/** All pages of a paged resource, page 1 first, read through pageCount. */
/** A list's pages as a reader pages through them: the head, then its archive pages from the newest. */
function allPages<T extends LatestPage>(docs: Map<string, unknown>, dir: string): T[] {
  const first = get<T>(docs, `${dir}/1.json`);
  const pages = [first];
  for (let archive = first.pageCount - 1; archive >= 1; archive--) {
    const { archive: number, ...page } = get<Omit<T, 'page' | 'pageCount' | 'total'> & { archive: number }>(docs, `${dir}/archive-${archive}.json`);
    expect(number).toBe(archive);
    pages.push({ ...page, page: pages.length + 1, pageCount: first.pageCount, total: first.total } as unknown as T);
  }
  expect(docs.has(`${dir}/archive-${first.pageCount}.json`)).toBe(false);
  expect(docs.has(`${dir}/2.json`)).toBe(false);
  return pages;
}

describe('apiDocuments from syntheticContent(60)', () => {
  const content = syntheticLoaded(60);
  const docs = documentsOf(content);
  const slugs = content.articles.map((a) => a.slug);
  const sourceBySlug = new Map(content.articles.map((a) => [a.slug, a]));

  it('writes one article document per article with its breadcrumb and related stories', () => {
    expect([...docs.keys()].filter((p) => p.startsWith('articles/'))).toHaveLength(60);
    for (const slug of slugs) {
      const doc = get<ArticleResponse>(docs, `articles/${slug}.json`);
      const source = sourceBySlug.get(slug)!;
      expect(doc.article.slug).toBe(slug);
      expect(doc.article.category.path).toBe(source.category);
      expect(doc.breadcrumb[0]).toEqual({ name: 'Home', path: '/' });
      expect(doc.breadcrumb.at(-1)).toEqual({ name: doc.article.category.name, path: `/category/${source.category}` });
      expect(doc.breadcrumb).toHaveLength(source.category.split('/').length + 1);
      expect(doc.related.length).toBeGreaterThanOrEqual(4);
      expect(doc.related.length).toBeLessThanOrEqual(6);
      expect(doc.related.map((r) => r.slug)).not.toContain(slug);
      for (const r of doc.related) expect(sourceBySlug.has(r.slug)).toBe(true);
    }
  });

  it('derives direction, reading time and served image paths', () => {
    for (const slug of slugs) {
      const { article } = get<ArticleResponse>(docs, `articles/${slug}.json`);
      const source = sourceBySlug.get(slug)!;
      expect(article.dir).toBe(source.lang === 'fa' ? 'rtl' : 'ltr');
      expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
      expect(article.wordCount).toBeGreaterThan(0);
      expect(article.tags.map((t) => t.slug)).toEqual(source.tags);
      if (source.hero) expect(article.image?.src).toBe('media/images/synthetic.svg');
      else expect(article.image).toBeUndefined();
    }
  });

  it('covers every article once in the latest pages, newest first', () => {
    const pages = allPages<LatestPage>(docs, 'latest');
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 20]);
    for (const page of pages) expect(page).toMatchObject({ pageCount: 3, total: 60 });
    const items = pages.flatMap((p) => p.items);
    expect(new Set(items.map((i) => i.slug))).toEqual(new Set(slugs));
    expect(items).toHaveLength(60);
    expect(newestFirst(items)).toBe(true);
  });

  it("includes its descendants' articles on a category page", () => {
    for (const category of content.categories) {
      const expected = content.articles.filter((a) => a.category === category.path || a.category.startsWith(`${category.path}/`)).map((a) => a.slug);
      const pages = allPages<CategoryPage>(docs, `categories/${category.path}`);
      const items = pages.flatMap((p) => p.items);
      expect(new Set(items.map((i) => i.slug))).toEqual(new Set(expected));
      expect(pages[0]!.total).toBe(expected.length);
      expect(newestFirst(items)).toBe(true);
      expect(pages[0]!.category).toMatchObject({ path: category.path, name: category.name });
      expect(pages[0]!.breadcrumb.at(-1)!.path).toBe(`/category/${category.path}`);
    }
    // A top-level section holds more than its own direct articles.
    const metro = get<CategoryPage>(docs, 'categories/metro/1.json');
    expect(metro.items.some((i) => i.category.path !== 'metro')).toBe(true);
  });

  it('lists the direct subcategories of a category, and none for a leaf', () => {
    const world = get<CategoryPage>(docs, 'categories/world/1.json');
    expect(world.subcategories.map((c) => c.path)).toEqual(['world/north', 'world/south', 'world/east', 'world/west', 'world/policy', 'world/people']);
    expect(get<CategoryPage>(docs, 'categories/world/north/1.json').subcategories).toEqual([]);
  });

  it('gives every author and tag a page 1, even without articles', () => {
    for (const author of content.authors) {
      const expected = content.articles.filter((a) => a.author === author.slug).length;
      const page = get<LatestPage & { author: { slug: string } }>(docs, `authors/${author.slug}/1.json`);
      expect(page.author.slug).toBe(author.slug);
      expect(page.total).toBe(expected);
    }
    for (const tag of content.tags) {
      const expected = content.articles.filter((a) => a.tags.includes(tag.slug)).length;
      expect(get<LatestPage>(docs, `tags/${tag.slug}/1.json`).total).toBe(expected);
    }
  });

  it('builds home.json from the newest stories and the top-level sections', () => {
    const home = get<Home>(docs, 'home.json');
    const latest = get<LatestPage>(docs, 'latest/1.json');
    expect(home.top.map((s) => s.slug)).toEqual(latest.items.slice(0, 5).map((s) => s.slug));
    expect(home.latest.map((s) => s.slug)).toEqual(latest.items.slice(0, 10).map((s) => s.slug));
    expect(home.sections.length).toBeGreaterThan(0);
    for (const section of home.sections) {
      expect(section.category.path).not.toContain('/');
      expect(section.items.length).toBeGreaterThan(0);
      expect(section.items.length).toBeLessThanOrEqual(4);
      for (const item of section.items) expect(item.category.path.split('/')[0]).toBe(section.category.path);
      expect(newestFirst(section.items)).toBe(true);
    }
    for (const item of home.mustRead) expect(sourceBySlug.get(item.slug)!.mustRead).toBe(true);
  });

  it('builds nav.json with the site and the category tree', () => {
    const nav = get<Nav>(docs, 'nav.json');
    expect(nav.site).toEqual({ name: content.site.name, description: content.site.description, lang: 'en' });
    expect(nav.categories.map((c) => c.path)).toEqual(['metro', 'nation', 'world', 'money', 'science', 'arts', 'sport', 'opinion']);
    for (const root of nav.categories) {
      expect(root.children).toHaveLength(6);
      for (const child of root.children) {
        expect(child.path.startsWith(`${root.path}/`)).toBe(true);
        expect(child.children).toEqual([]);
      }
    }
  });

  it('produces only documents that validate against the API schemas', () => {
    for (const [path, data] of docs) {
      const schema = apiSchemaFor(path);
      expect(schema, `${path} is not a document of the API`).toBeDefined();
      const result = schema!.safeParse(data);
      expect(result.success, `${path}: ${result.error?.message}`).toBe(true);
    }
    expect(docs.has('must-read.json')).toBe(true);
  });

  it('is deterministic', () => {
    const again = documentsOf(syntheticLoaded(60));
    expect([...again.keys()]).toEqual([...docs.keys()]);
    expect(JSON.stringify([...again.values()])).toBe(JSON.stringify([...docs.values()]));
  });
});

describe('apiDocuments from a content fixture', () => {
  let docs: Map<string, unknown>;

  beforeAll(async () => {
    const articles: Record<string, unknown> = {
      // 10:00 at +03:00 is 07:00Z: older than 08:00Z although its string sorts later.
      'offset.json': articleSource('offset', { publishedAt: '2026-11-20T10:00:00+03:00', category: 'region/iran' }),
      'utc.json': articleSource('utc', { publishedAt: '2026-11-20T08:00:00Z', category: 'world', mustRead: true }),
      'tie-b.json': articleSource('tie-b', { publishedAt: '2026-11-21T08:00:00Z', category: 'world' }),
      'tie-a.json': articleSource('tie-a', { publishedAt: '2026-11-21T08:00:00Z', category: 'world', lang: 'fa', hero: { src: 'https://cdn.example.org/a.jpg', alt: 'x', width: 4, height: 3 } }),
    };
    for (let n = 0; n < 25; n++) {
      const slug = `iraq-${String(n).padStart(2, '0')}`;
      articles[`${slug}.json`] = articleSource(slug, { publishedAt: new Date(Date.UTC(2026, 9, 1 + n)).toISOString() });
    }
    // "culture" has no stories, "dariush-karimi" wrote none and no story is tagged "cities".
    const dir = await makeContentDir({ articles, categories: [...baseCategories, { path: 'culture', name: 'Culture' }] });
    docs = documentsOf(await loadContent(dir));
  });

  afterAll(removeContentDirs);

  it('orders by instant, not by the date string, and breaks ties by slug', () => {
    const latest = get<LatestPage>(docs, 'latest/1.json');
    expect(latest.items.slice(0, 4).map((s) => s.slug)).toEqual(['tie-a', 'tie-b', 'utc', 'offset']);
  });

  it('pages a category, and its parent, that hold more than 20 stories', () => {
    const iraq = allPages<CategoryPage>(docs, 'categories/region/iraq');
    // 25 stories: under two full pages, all on the head.
    expect(iraq.map((p) => p.items.length)).toEqual([25]);
    expect(iraq[0]!.total).toBe(25);
    expect(iraq[0]!.items[0]!.slug).toBe('iraq-24');
    const region = allPages<CategoryPage>(docs, 'categories/region');
    expect(region[0]!.total).toBe(26);
    expect(region.flatMap((p) => p.items).map((s) => s.slug)).toContain('offset');
  });

  it('still writes page 1 of an empty category, author and tag', () => {
    const empty = { items: [], page: 1, pageCount: 1, total: 0 };
    expect(get<CategoryPage>(docs, 'categories/culture/1.json')).toMatchObject({ ...empty, category: { path: 'culture', name: 'Culture' } });
    expect(get<LatestPage>(docs, 'authors/dariush-karimi/1.json')).toMatchObject(empty);
    expect(get<LatestPage>(docs, 'tags/cities/1.json')).toMatchObject(empty);
    expect(get<CategoryPage>(docs, 'categories/world/1.json').total).toBe(3);
  });

  it('keeps remote images as they are and marks right-to-left languages', () => {
    const { article } = get<ArticleResponse>(docs, 'articles/tie-a.json');
    expect(article.image?.src).toBe('https://cdn.example.org/a.jpg');
    expect(article.dir).toBe('rtl');
  });

  it('lists only must-read stories in must-read.json and home.mustRead', () => {
    expect(get<{ items: { slug: string }[] }>(docs, 'must-read.json').items.map((s) => s.slug)).toEqual(['utc']);
    expect(get<Home>(docs, 'home.json').mustRead.map((s) => s.slug)).toEqual(['utc']);
  });

  it('leaves sections without stories off the home page', () => {
    const home = get<Home>(docs, 'home.json');
    expect(home.sections.map((s) => s.category.path)).toEqual(['region', 'world']);
  });
});
