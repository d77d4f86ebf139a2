import { describe, expect, it, vi } from 'vitest';
import {
  checkArticleResponse,
  checkAuthorPage,
  checkCategoryPage,
  checkHome,
  checkLatestPage,
  checkMustRead,
  checkNav,
  checkSummaries,
  checkSummary,
  checkTagPage,
} from '../../../src/api/guards';
import { article, articleResponse as responseOf, clone, summary } from '../../fixtures/app-api';

/** An article response with three related stories, "one", "two" and "three". */
const articleResponse = () => responseOf(article('dam-levels-fall'), { related: [summary('one'), summary('two'), summary('three')] });

describe('checkSummary', () => {
  it('returns a valid summary unchanged', () => {
    const s = summary('dam-levels-fall', { image: { src: 'media/images/dam.svg', alt: 'Dam', width: 1200, height: 675 } });
    expect(checkSummary(s)).toBe(s);
  });

  it.each(['../secrets', '../../etc/passwd', 'a/b', 'Upper-Case', 'with space', '', 'trailing-'])('refuses the slug %j', (slug) => {
    expect(() => checkSummary(summary(slug))).toThrow(/item\.slug: expected a slug/);
  });

  it('refuses a category path that climbs out with ".."', () => {
    expect(() => checkSummary(summary('ok', { category: { path: 'region/..', name: 'x' } }))).toThrow(/category\.path/);
  });

  it('refuses a direction other than ltr or rtl', () => {
    expect(() => checkSummary({ ...summary('ok'), dir: 'auto' })).toThrow(/item\.dir/);
  });

  it('refuses an unreadable publishedAt', () => {
    expect(() => checkSummary(summary('ok', { publishedAt: 'yesterday' }))).toThrow(/publishedAt/);
  });

  it('refuses a non-finite readingMinutes', () => {
    expect(() => checkSummary({ ...summary('ok'), readingMinutes: Number.NaN })).toThrow(/readingMinutes/);
  });

  it('refuses an image without dimensions', () => {
    expect(() => checkSummary({ ...summary('ok'), image: { src: 'a.svg', alt: '' } })).toThrow(/image\.width/);
  });

  it.each([null, 'text', 42, []])('refuses %j instead of an object', (value) => {
    expect(() => checkSummary(value, 'top[0]')).toThrow(/top\[0\]: expected an object/);
  });
});

describe('checkSummaries', () => {
  it('drops broken entries, keeps the rest in order and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const list = [summary('a'), { ...summary('b'), title: undefined }, summary('c'), 'junk'];
    expect(checkSummaries(list, 'items').map((s) => s.slug)).toEqual(['a', 'c']);
    expect(warn).toHaveBeenCalled();
    expect(String(warn.mock.calls[0]![0])).toContain('items[1].title');
  });

  it('refuses something that is not a list', () => {
    expect(() => checkSummaries({ length: 1 }, 'items')).toThrow(/items: expected an array/);
  });
});

describe('checkArticleResponse', () => {
  it('accepts a valid response', () => {
    const data = articleResponse();
    expect(checkArticleResponse(clone(data))).toEqual(data);
  });

  it('drops one broken related story but keeps the others', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const data = clone(articleResponse());
    (data.related[1] as unknown as Record<string, unknown>).slug = '../../admin';
    const checked = checkArticleResponse(data);
    expect(checked.related.map((s) => s.slug)).toEqual(['one', 'three']);
    expect(checked.article.slug).toBe('dam-levels-fall');
  });

  it('throws when article.title is missing', () => {
    const data = clone(articleResponse()) as unknown as { article: Record<string, unknown> };
    delete data.article.title;
    expect(() => checkArticleResponse(data)).toThrow(/article\.title: expected a string/);
  });

  it('throws when the article has no body or no tags', () => {
    const noBody = clone(articleResponse()) as unknown as { article: Record<string, unknown> };
    delete noBody.article.body;
    expect(() => checkArticleResponse(noBody)).toThrow(/article\.body: expected an array/);
    const noTags = clone(articleResponse()) as unknown as { article: Record<string, unknown> };
    noTags.article.tags = 'water';
    expect(() => checkArticleResponse(noTags)).toThrow(/article\.tags/);
  });

  it('throws on a breadcrumb path that does not start with "/"', () => {
    const data = clone(articleResponse());
    data.breadcrumb[1]!.path = 'https://evil.example/';
    expect(() => checkArticleResponse(data)).toThrow(/breadcrumb\[1\]\.path/);
  });

  it('throws on a breadcrumb path that leaves the site: "//host" or a backslash', () => {
    for (const path of ['//evil.example/x', '/\\evil.example/x', '\\\\evil.example']) {
      const data = clone(articleResponse());
      data.breadcrumb[1]!.path = path;
      expect(() => checkArticleResponse(data), path).toThrow(/breadcrumb\[1\]\.path/);
    }
  });

  it('throws when related is not a list', () => {
    const data = { ...clone(articleResponse()), related: null };
    expect(() => checkArticleResponse(data)).toThrow(/related: expected an array/);
  });
});

describe('page guards', () => {
  const page = { items: [summary('a'), summary('b')], page: 1, pageCount: 1, total: 2 };

  it('checkLatestPage keeps the page fields and refuses a missing page number', () => {
    expect(checkLatestPage(clone(page))).toEqual(page);
    expect(() => checkLatestPage({ ...page, page: '1' })).toThrow(/response\.page: expected a number/);
  });

  it('checkCategoryPage checks the category and breadcrumb and keeps subcategories', () => {
    const data = {
      ...page,
      category: { path: 'region', name: 'News on the Region' },
      breadcrumb: [{ name: 'Home', path: '/' }, { name: 'News on the Region', path: '/category/region' }],
      subcategories: [{ path: 'region/iraq', name: 'Iraq' }],
    };
    expect(checkCategoryPage(clone(data))).toEqual(data);
    expect(() => checkCategoryPage({ ...data, category: undefined })).toThrow(/category: expected an object/);
    expect(() => checkCategoryPage({ ...data, subcategories: undefined })).toThrow(/subcategories/);
  });

  it('checkAuthorPage and checkTagPage refuse a bad slug', () => {
    expect(checkAuthorPage({ ...page, author: { slug: 'layla-hassan', name: 'Layla' } }).author.slug).toBe('layla-hassan');
    expect(() => checkAuthorPage({ ...page, author: { slug: '../x', name: 'X' } })).toThrow(/author\.slug/);
    expect(checkTagPage({ ...page, tag: { slug: 'water', name: 'Water' } }).tag.name).toBe('Water');
    expect(() => checkTagPage({ ...page, tag: { slug: 'Water', name: 'Water' } })).toThrow(/tag\.slug/);
  });

  it('checkMustRead and checkHome drop broken entries in every list', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { ...summary('x'), author: null };
    expect(checkMustRead({ items: [summary('a'), broken] }).items).toHaveLength(1);
    const home = checkHome({
      top: [broken, summary('a')],
      sections: [{ category: { path: 'region', name: 'Region' }, items: [summary('b'), broken] }],
      mustRead: [broken],
      latest: [summary('c')],
    });
    expect(home.top.map((s) => s.slug)).toEqual(['a']);
    expect(home.sections[0]!.items.map((s) => s.slug)).toEqual(['b']);
    expect(home.mustRead).toEqual([]);
    expect(home.latest.map((s) => s.slug)).toEqual(['c']);
  });

  it('checkHome refuses a section without a category', () => {
    expect(() => checkHome({ top: [], sections: [{ items: [] }], mustRead: [], latest: [] })).toThrow(/sections\[0\]\.category/);
  });

  it('checkNav needs a site name and a category list', () => {
    const nav = { site: { name: 'Dateline', description: 'd', lang: 'en' }, categories: [] };
    expect(checkNav(nav)).toBe(nav);
    expect(() => checkNav({ ...nav, site: {} })).toThrow(/site\.name/);
    expect(() => checkNav({ site: nav.site })).toThrow(/categories/);
  });
});
