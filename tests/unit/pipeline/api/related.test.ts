import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/model/article';
import { computeRelated } from '../../../../src/pipeline/api/related';
import { makeArticle, newestFirst, type ArticleSpec } from '../../../fixtures/app-api';

const build = (specs: ArticleSpec[]): Article[] => newestFirst(specs.map(makeArticle));
const slugsOf = (articles: readonly Article[], indices: readonly number[]) => indices.map((j) => articles[j]!.slug);
const relatedSlugs = (articles: readonly Article[], slug: string, options?: Parameters<typeof computeRelated>[1]) => {
  const i = articles.findIndex((a) => a.slug === slug);
  return slugsOf(articles, computeRelated(articles, options)[i]!);
};

/** A mixed archive: enough articles for every one to have matches. */
function archive(): Article[] {
  const categories = ['region/iraq', 'region/iran', 'world/europe', 'business/energy', 'business', 'science/climate'];
  const tags = ['water', 'oil', 'heat', 'cities', 'trade'];
  return build(
    Array.from({ length: 40 }, (_, n) => ({
      slug: `story-${n}`,
      category: categories[n % categories.length],
      tags: [tags[n % tags.length]!, tags[(n * 3) % tags.length]!],
      daysAgo: n * 2,
      lang: n % 7 === 0 ? 'fa' : 'en',
    })),
  );
}

describe('computeRelated', () => {
  it('returns one list per article and never includes the article itself', () => {
    const articles = archive();
    const related = computeRelated(articles);
    expect(related).toHaveLength(articles.length);
    related.forEach((list, i) => {
      expect(list).not.toContain(i);
      expect(new Set(list).size).toBe(list.length);
      for (const j of list) expect(Number.isInteger(j) && j >= 0 && j < articles.length).toBe(true);
    });
  });

  it('returns between 4 and 6 stories when the archive is large enough', () => {
    const related = computeRelated(archive());
    for (const list of related) {
      expect(list.length).toBeGreaterThanOrEqual(4);
      expect(list.length).toBeLessThanOrEqual(6);
    }
  });

  it('is deterministic: the same input gives the same output, also after a round trip through JSON', () => {
    const articles = archive();
    const first = computeRelated(articles);
    expect(computeRelated(articles)).toEqual(first);
    expect(computeRelated(JSON.parse(JSON.stringify(articles)) as Article[])).toEqual(first);
  });

  it('ranks a shared tag above the same top-level section', () => {
    const articles = build([
      { slug: 'subject', category: 'region/iraq', tags: ['water'], daysAgo: 0 },
      { slug: 'same-branch', category: 'region/iran', daysAgo: 1 },
      { slug: 'shared-tag-same-branch', category: 'region/gulf', tags: ['water'], daysAgo: 20 },
      { slug: 'unrelated', category: 'culture/film', daysAgo: 1 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['shared-tag-same-branch', 'same-branch']);
  });

  it('ranks the same category above the same top-level section only', () => {
    const articles = build([
      { slug: 'subject', category: 'region/iraq', daysAgo: 10 },
      { slug: 'same-branch', category: 'region/iran', daysAgo: 10 },
      { slug: 'same-category', category: 'region/iraq', daysAgo: 40 },
      { slug: 'unrelated', category: 'culture/film', daysAgo: 10 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['same-category', 'same-branch']);
  });

  it('ranks more shared tags higher', () => {
    const articles = build([
      { slug: 'subject', category: 'world/europe', tags: ['water', 'heat', 'cities'], daysAgo: 0 },
      { slug: 'one-tag', category: 'business', tags: ['water'], daysAgo: 0 },
      { slug: 'three-tags', category: 'science', tags: ['water', 'heat', 'cities'], daysAgo: 30 },
      { slug: 'two-tags', category: 'culture', tags: ['heat', 'cities'], daysAgo: 15 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['three-tags', 'two-tags', 'one-tag']);
  });

  it('ranks a shared tag above the same category even when the category match is closer in time', () => {
    const articles = build([
      { slug: 'subject', category: 'region/iraq', tags: ['water'], daysAgo: 0 },
      { slug: 'same-category', category: 'region/iraq', daysAgo: 0 },
      { slug: 'same-branch', category: 'region/iran', daysAgo: 0 },
      { slug: 'shared-tag', category: 'culture/books', tags: ['water'], daysAgo: 10 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['shared-tag', 'same-category', 'same-branch']);
  });

  it('prefers the story closer in time when scores are otherwise equal', () => {
    const articles = build([
      { slug: 'subject', category: 'region/iraq', tags: ['water'], daysAgo: 100 },
      { slug: 'far', category: 'culture', tags: ['water'], daysAgo: 0 },
      { slug: 'near', category: 'world', tags: ['water'], daysAgo: 95 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['near', 'far']);
  });

  it('favours a story in the same language', () => {
    const articles = build([
      { slug: 'subject', category: 'region/iran', tags: ['water'], lang: 'fa', daysAgo: 5 },
      { slug: 'english', category: 'world', tags: ['water'], lang: 'en', daysAgo: 5 },
      { slug: 'persian', category: 'culture', tags: ['water'], lang: 'fa', daysAgo: 40 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['persian', 'english']);
  });

  it('tops up with the neighbours closest in time when nothing matches', () => {
    const branches = ['region', 'world', 'business', 'science', 'culture', 'sport', 'arts'];
    const articles = build(branches.map((category, n) => ({ slug: `s${n}`, category, daysAgo: n })));
    // s3 shares nothing with anyone: its neighbours are s2, s4, then s1, s5.
    expect(relatedSlugs(articles, 's3')).toEqual(['s2', 's4', 's1', 's5']);
    // At the newest end only older neighbours exist.
    expect(relatedSlugs(articles, 's0')).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('keeps the scored matches first and tops up behind them', () => {
    const articles = build([
      { slug: 'match', category: 'culture', tags: ['water'], daysAgo: 50 },
      { slug: 'a', category: 'world', daysAgo: 4 },
      { slug: 'b', category: 'business', daysAgo: 2 },
      { slug: 'subject', category: 'region', tags: ['water'], daysAgo: 3 },
      { slug: 'c', category: 'science', daysAgo: 1 },
      { slug: 'd', category: 'sport', daysAgo: 0 },
    ]);
    const related = relatedSlugs(articles, 'subject');
    expect(related[0]).toBe('match');
    expect(related).toHaveLength(4);
    expect(related.slice(1)).toEqual(['b', 'a', 'c']);
  });

  it('returns every other article when the archive is smaller than the minimum', () => {
    const articles = build([
      { slug: 'x', category: 'region', daysAgo: 0 },
      { slug: 'y', category: 'world', daysAgo: 1 },
      { slug: 'z', category: 'science', daysAgo: 2 },
    ]);
    expect(computeRelated(articles)).toEqual([
      [1, 2],
      [0, 2],
      [1, 0],
    ]);
  });

  it('returns an empty list for a single article', () => {
    expect(computeRelated(build([{ slug: 'alone' }]))).toEqual([[]]);
  });

  it('respects max', () => {
    const articles = build(Array.from({ length: 12 }, (_, n) => ({ slug: `s${n}`, category: 'region/iraq', tags: ['water'], daysAgo: n })));
    for (const list of computeRelated(articles, { max: 3, min: 2 })) expect(list).toHaveLength(3);
    for (const list of computeRelated(articles)) expect(list).toHaveLength(6);
  });

  it('only scores stories inside the time window of each posting list', () => {
    const articles = build(Array.from({ length: 10 }, (_, n) => ({ slug: `s${n}`, category: n === 0 || n === 9 ? 'region' : `b${n}`, daysAgo: n })));
    // s0 and s9 are nine days apart, but the window counts positions in a posting list, not days:
    // the "region" list is [s0, s9], so with window 1 they are still neighbours and match.
    expect(relatedSlugs(articles, 's0', { min: 0, window: 1 })).toEqual(['s9']);
    const crowded = build([
      { slug: 'subject', category: 'region', daysAgo: 0 },
      ...Array.from({ length: 5 }, (_, n) => ({ slug: `m${n}`, category: 'region', daysAgo: n + 1 })),
    ]);
    // Window 2: only the two nearest in the posting list are scored.
    expect(relatedSlugs(crowded, 'subject', { min: 0, window: 2 })).toEqual(['m0', 'm1']);
  });
});
