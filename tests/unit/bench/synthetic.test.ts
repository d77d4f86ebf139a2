// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleSourceSchema, AuthorsSourceSchema, CategoriesSourceSchema, SiteSourceSchema, TagsSourceSchema } from '../../../src/model/content';
import { loadContent } from '../../../src/pipeline/content/load-content';
import { ONE_IN_TEN_WORD, RARE_WORD, syntheticContent } from '../../../bench/synthetic/synthetic';
import { makeContentDir, removeContentDirs } from '../../fixtures/content';

afterAll(removeContentDirs);

const generate = (n: number) => {
  const { articles, ...rest } = syntheticContent(n);
  return { ...rest, articles: [...articles()] };
};

describe('syntheticContent', () => {
  const content = generate(50);

  it('makes exactly N articles with unique, zero-padded slugs', () => {
    expect(content.articles).toHaveLength(50);
    expect(new Set(content.articles.map((a) => a.slug)).size).toBe(50);
    expect(content.articles[0]!.slug).toBe('story-000001');
    expect(content.articles[49]!.slug).toBe('story-000050');
  });

  it('makes taxonomy files that pass their schemas', () => {
    expect(SiteSourceSchema.safeParse(content.site).success).toBe(true);
    expect(CategoriesSourceSchema.safeParse(content.categories).success).toBe(true);
    expect(AuthorsSourceSchema.safeParse(content.authors).success).toBe(true);
    expect(TagsSourceSchema.safeParse(content.tags).success).toBe(true);
  });

  it('makes articles that all pass ArticleSourceSchema', () => {
    for (const article of content.articles) {
      const result = ArticleSourceSchema.safeParse(article);
      expect(result.success, `${article.slug}: ${result.error?.message}`).toBe(true);
    }
  });

  it('only references categories, authors and tags that exist', () => {
    const categories = new Set(content.categories.map((c) => c.path));
    const authors = new Set(content.authors.map((a) => a.slug));
    const tags = new Set(content.tags.map((t) => t.slug));
    for (const article of content.articles) {
      expect(categories.has(article.category), article.category).toBe(true);
      expect(authors.has(article.author), article.author).toBe(true);
      for (const tag of article.tags) expect(tags.has(tag), tag).toBe(true);
    }
  });

  it('makes a two-level category tree whose parents all exist', () => {
    const paths = new Set(content.categories.map((c) => c.path));
    for (const path of paths) {
      const parts = path.split('/');
      expect(parts.length).toBeLessThanOrEqual(2);
      if (parts.length === 2) expect(paths.has(parts[0]!)).toBe(true);
    }
  });

  it('links only to articles that exist in the archive', () => {
    const slugs = new Set(content.articles.map((a) => a.slug));
    const hrefs = JSON.stringify(content.articles).match(/"href":"[^"]*"/g) ?? [];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(slugs.has(href.replace(/^"href":"\/article\//, '').replace(/"$/, '')), href).toBe(true);
  });

  it('is deterministic for a given N and differs for another N', () => {
    expect(generate(50)).toEqual(content);
    expect(generate(51).articles[0]).not.toEqual(content.articles[0]);
  });

  it('is varied: right-to-left articles, several block types, dates over years, newest last', () => {
    const { articles } = generate(400);
    const persian = articles.filter((a) => a.lang === 'fa');
    expect(persian.length).toBeGreaterThan(0);
    expect(persian.length).toBeLessThan(articles.length / 4);
    const types = new Set(articles.flatMap((a) => a.body.map((b) => b.type)));
    for (const type of ['paragraph', 'heading', 'quote', 'list', 'image']) expect(types.has(type as never), type).toBe(true);
    const years = new Set(articles.map((a) => a.publishedAt.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
    const times = articles.map((a) => Date.parse(a.publishedAt));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
  });

  it('has a word in about one story in a hundred and one in about one in ten, for the search bench', () => {
    const stories = generate(2000).articles;
    const share = (word: string) => stories.filter((a) => `${a.title} ${a.standfirst}`.toLowerCase().includes(word)).length / stories.length;
    expect(share(RARE_WORD)).toBeGreaterThan(0.005);
    expect(share(RARE_WORD)).toBeLessThan(0.02);
    expect(share(ONE_IN_TEN_WORD)).toBeGreaterThan(0.05);
    expect(share(ONE_IN_TEN_WORD)).toBeLessThan(0.15);
  });

  it('uses every block type, embeds included', () => {
    const types = new Set(generate(400).articles.flatMap((a) => a.body.map((b) => b.type)));
    expect([...types].sort()).toEqual(['embed', 'heading', 'image', 'list', 'paragraph', 'quote']);
  });

  it('writes a directory that loadContent accepts as a whole', async () => {
    const dir = await makeContentDir({
      site: content.site,
      categories: content.categories,
      authors: content.authors,
      tags: content.tags,
      articles: Object.fromEntries(content.articles.map((a) => [`${a.slug}.json`, a])),
      images: ['images/synthetic.svg'],
    });
    const loaded = await loadContent(dir);
    expect(loaded.articles).toHaveLength(50);
    expect(loaded.localImages).toEqual(['images/synthetic.svg']);
  });
});
