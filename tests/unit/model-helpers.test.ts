import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../src/model/api-paths';
import { categoryLineage, parentPath } from '../../src/model/category-path';
import { ArticleSourceSchema, SiteSourceSchema } from '../../src/model/content';
import { directionOf } from '../../src/model/direction';
import { blockText, inlineText } from '../../src/model/plain-text';
import { CategoryPathSchema, SlugSchema } from '../../src/model/slug-schema';
import { isCategoryPath, isSlug } from '../../src/model/slug';
import { articleSource } from '../fixtures/content';

describe('slugs and category paths', () => {
  it.each(['a', 'oil-prices-fall', 'story-000001', '2026-budget'])('%j is a slug', (value) => {
    expect(isSlug(value)).toBe(true);
    expect(SlugSchema.safeParse(value).success).toBe(true);
  });

  it.each(['', 'Oil', 'oil_prices', 'oil--prices', '-oil', 'oil-', 'oil prices', 'a/b', '..', 'نفت'])('%j is not a slug', (value) => {
    expect(isSlug(value)).toBe(false);
    expect(SlugSchema.safeParse(value).success).toBe(false);
  });

  it.each(['region', 'region/iraq', 'a/b/c'])('%j is a category path', (value) => {
    expect(isCategoryPath(value)).toBe(true);
    expect(CategoryPathSchema.safeParse(value).success).toBe(true);
  });

  it.each(['', '/region', 'region/', 'region//iraq', 'region/../iraq', 'Region/Iraq'])('%j is not a category path', (value) => {
    expect(isCategoryPath(value)).toBe(false);
  });

  it('lists a category and its ancestors, root first', () => {
    expect(categoryLineage('region')).toEqual(['region']);
    expect(categoryLineage('region/iraq')).toEqual(['region', 'region/iraq']);
    expect(categoryLineage('a/b/c')).toEqual(['a', 'a/b', 'a/b/c']);
  });

  it('finds the parent of a path', () => {
    expect(parentPath('region')).toBeUndefined();
    expect(parentPath('region/iraq')).toBe('region');
    expect(parentPath('a/b/c')).toBe('a/b');
  });
});

describe('directionOf', () => {
  it.each([
    ['fa', 'rtl'],
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['ur', 'rtl'],
    ['ckb', 'rtl'],
    ['fa-IR', 'rtl'],
    ['AR', 'rtl'],
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['tr', 'ltr'],
    ['fr', 'ltr'],
  ] as const)('%s is %s', (lang, dir) => {
    expect(directionOf(lang)).toBe(dir);
  });
});

describe('plain text', () => {
  it('flattens nested inlines and turns a break into a space', () => {
    expect(
      inlineText([
        { type: 'text', text: 'Water ' },
        { type: 'strong', children: [{ type: 'em', children: [{ type: 'text', text: 'is' }] }] },
        { type: 'break' },
        { type: 'link', href: '/x', children: [{ type: 'text', text: 'low' }] },
      ]),
    ).toBe('Water is low');
  });

  it('reads quotes with their citation, list items, captions and embed titles', () => {
    expect(blockText({ type: 'quote', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'We wait.' }] }], cite: 'A farmer' })).toBe('We wait. A farmer');
    expect(blockText({ type: 'list', ordered: true, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]] })).toBe('one two');
    expect(blockText({ type: 'image', src: 'a.svg', alt: 'alt', width: 1, height: 1, caption: 'Caption' })).toBe('Caption');
    expect(blockText({ type: 'embed', provider: 'video', url: 'https://example.org', title: 'Film' })).toBe('Film');
  });
});

describe('apiPaths', () => {
  it('builds the documented API paths', () => {
    expect(apiPaths.article('oil')).toBe('articles/oil.json');
    expect(apiPaths.latest(2)).toBe('latest/2.json');
    expect(apiPaths.category('region/iraq', 1)).toBe('categories/region/iraq/1.json');
    expect(apiPaths.author('layla-hassan', 3)).toBe('authors/layla-hassan/3.json');
    expect(apiPaths.tag('water', 1)).toBe('tags/water/1.json');
    expect([apiPaths.home(), apiPaths.nav(), apiPaths.mustRead()]).toEqual(['home.json', 'nav.json', 'must-read.json']);
  });
});

describe('source schemas', () => {
  it('fills the article defaults', () => {
    const parsed = ArticleSourceSchema.parse(articleSource('a', { lang: undefined, tags: undefined }));
    expect(parsed).toMatchObject({ lang: 'en', tags: [], mustRead: false });
  });

  it('refuses a headline of only spaces and an empty body', () => {
    expect(ArticleSourceSchema.safeParse(articleSource('a', { title: '   ' })).success).toBe(false);
    expect(ArticleSourceSchema.safeParse(articleSource('a', { body: [] })).success).toBe(false);
  });

  it('refuses a heading level other than 2 or 3 and a quote nested in a quote', () => {
    const heading = { type: 'heading', level: 1, content: [{ type: 'text', text: 'H' }] };
    expect(ArticleSourceSchema.safeParse(articleSource('a', { body: [heading] })).success).toBe(false);
    const inner = { type: 'quote', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'q' }] }] };
    expect(ArticleSourceSchema.safeParse(articleSource('a', { body: [{ type: 'quote', blocks: [inner] }] })).success).toBe(false);
  });

  it('accepts instants with a Z or an offset, refuses dates without a zone', () => {
    for (const publishedAt of ['2026-11-20T08:30:00Z', '2026-11-20T12:00:00+03:30', '2026-11-20T08:30:00.123Z']) {
      expect(ArticleSourceSchema.safeParse(articleSource('a', { publishedAt })).success, publishedAt).toBe(true);
    }
    for (const publishedAt of ['2026-11-20', '2026-11-20T08:30:00', 'yesterday']) {
      expect(ArticleSourceSchema.safeParse(articleSource('a', { publishedAt })).success, publishedAt).toBe(false);
    }
  });

  it('only accepts an http(s) site origin', () => {
    const site = { name: 'N', description: 'D' };
    expect(SiteSourceSchema.parse(site).lang).toBe('en');
    expect(SiteSourceSchema.safeParse({ ...site, origin: 'https://news.example.org' }).success).toBe(true);
    expect(SiteSourceSchema.safeParse({ ...site, origin: 'javascript:alert(1)' }).success).toBe(false);
    expect(SiteSourceSchema.safeParse({ ...site, origin: 'ftp://news.example.org' }).success).toBe(false);
  });
});
