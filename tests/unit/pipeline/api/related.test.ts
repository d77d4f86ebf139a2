import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/model/article';
import { computeRelated, reusableRelated, scoringOf, type ScoredBefore } from '../../../../src/pipeline/api/related';
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
      { slug: 'subject', category: 'region/iraq', daysAgo: 5 },
      { slug: 'same-branch', category: 'region/iran', daysAgo: 10 },
      { slug: 'same-category', category: 'region/iraq', daysAgo: 40 },
      { slug: 'unrelated', category: 'culture/film', daysAgo: 10 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['same-category', 'same-branch']);
  });

  it('ranks more shared tags higher', () => {
    const articles = build([
      { slug: 'subject', category: 'world/europe', tags: ['water', 'heat', 'cities'], daysAgo: 0 },
      { slug: 'one-tag', category: 'business', tags: ['water'], daysAgo: 1 },
      { slug: 'three-tags', category: 'science', tags: ['water', 'heat', 'cities'], daysAgo: 30 },
      { slug: 'two-tags', category: 'culture', tags: ['heat', 'cities'], daysAgo: 15 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['three-tags', 'two-tags', 'one-tag']);
  });

  it('ranks a shared tag above the same category even when the category match is closer in time', () => {
    const articles = build([
      { slug: 'subject', category: 'region/iraq', tags: ['water'], daysAgo: 0 },
      { slug: 'same-category', category: 'region/iraq', daysAgo: 1 },
      { slug: 'same-branch', category: 'region/iran', daysAgo: 1 },
      { slug: 'shared-tag', category: 'culture/books', tags: ['water'], daysAgo: 10 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['shared-tag', 'same-category', 'same-branch']);
  });

  it('prefers the story closer in time when scores are otherwise equal', () => {
    const articles = build([
      { slug: 'subject', category: 'region/iraq', tags: ['water'], daysAgo: 0 },
      { slug: 'far', category: 'culture', tags: ['water'], daysAgo: 100 },
      { slug: 'near', category: 'world', tags: ['water'], daysAgo: 5 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['near', 'far']);
  });

  it('favours a story in the same language', () => {
    const articles = build([
      { slug: 'subject', category: 'region/iran', tags: ['water'], lang: 'fa', daysAgo: 5 },
      { slug: 'english', category: 'world', tags: ['water'], lang: 'en', daysAgo: 6 },
      { slug: 'persian', category: 'culture', tags: ['water'], lang: 'fa', daysAgo: 40 },
    ]);
    expect(relatedSlugs(articles, 'subject', { min: 0 })).toEqual(['persian', 'english']);
  });

  it('tops up with the nearest older stories when nothing matches, and with newer ones only when too few older exist', () => {
    const branches = ['region', 'world', 'business', 'science', 'culture', 'sport', 'arts'];
    const articles = build(branches.map((category, n) => ({ slug: `s${n}`, category, daysAgo: n })));
    // Nothing matches anything: the nearest older stories, nearest first.
    expect(relatedSlugs(articles, 's0')).toEqual(['s1', 's2', 's3', 's4']);
    expect(relatedSlugs(articles, 's1')).toEqual(['s2', 's3', 's4', 's5']);
    // s3 has only three older stories: the nearest newer one completes the four.
    expect(relatedSlugs(articles, 's3')).toEqual(['s4', 's5', 's6', 's2']);
    expect(relatedSlugs(articles, 's6')).toEqual(['s5', 's4', 's3', 's2']);
  });

  it('never picks a newer story when the article has enough older ones', () => {
    const articles = build([
      { slug: 'newer-match', category: 'region/iraq', tags: ['water'], daysAgo: 0 },
      { slug: 'subject', category: 'region/iraq', tags: ['water'], daysAgo: 1 },
      ...Array.from({ length: 5 }, (_, n) => ({ slug: `older-${n}`, category: 'culture', daysAgo: 2 + n })),
    ]);
    expect(relatedSlugs(articles, 'subject')).toEqual(['older-0', 'older-1', 'older-2', 'older-3']);
  });

  it("publishing a new story changes no related list of an article with enough older stories", () => {
    const before = archive();
    const newest = makeArticle({ slug: 'breaking', category: 'region/iraq', tags: ['water', 'oil'], daysAgo: -1 });
    const after = newestFirst([newest, ...before]);
    const listsOf = (articles: Article[]) => {
      const related = computeRelated(articles);
      return new Map(articles.map((a, i) => [a.slug, slugsOf(articles, related[i]!)]));
    };
    const [was, now] = [listsOf(before), listsOf(after)];
    const changed = before.filter((a, i) => before.length - 1 - i >= 4 && JSON.stringify(was.get(a.slug)) !== JSON.stringify(now.get(a.slug)));
    expect(changed).toEqual([]);
    expect(now.get('breaking')).toHaveLength(6);
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
    // The match, the one older story, then (too few older) the nearest newer ones.
    expect(relatedSlugs(articles, 'subject')).toEqual(['match', 'a', 'b', 'c']);
  });

  it('returns every other article when the archive is smaller than the minimum', () => {
    const articles = build([
      { slug: 'x', category: 'region', daysAgo: 0 },
      { slug: 'y', category: 'world', daysAgo: 1 },
      { slug: 'z', category: 'science', daysAgo: 2 },
    ]);
    expect(computeRelated(articles)).toEqual([
      [1, 2],
      [2, 0],
      [1, 0],
    ]);
  });

  it('returns an empty list for a single article', () => {
    expect(computeRelated(build([{ slug: 'alone' }]))).toEqual([[]]);
  });

  it('respects max', () => {
    const articles = build(Array.from({ length: 12 }, (_, n) => ({ slug: `s${n}`, category: 'region/iraq', tags: ['water'], daysAgo: n })));
    // All match: each takes up to `max` older ones; the oldest few, short of older stories, are topped up to `min`.
    const older = (i: number) => articles.length - 1 - i;
    computeRelated(articles, { max: 3, min: 2 }).forEach((list, i) => expect(list).toHaveLength(Math.min(3, Math.max(2, older(i)))));
    computeRelated(articles).forEach((list, i) => expect(list).toHaveLength(Math.min(6, Math.max(4, older(i)))));
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

describe('reusableRelated: the previous build picks, wherever they still hold', () => {
  const categories = ['region/iraq', 'region/iran', 'world/europe', 'business/energy', 'business', 'science/climate'];
  const tags = ['water', 'oil', 'heat', 'cities', 'trade', 'rail'];
  const spec = (n: number, overrides: Partial<ArticleSpec> = {}): ArticleSpec => ({
    slug: `story-${n}`,
    category: categories[(n * 5) % categories.length],
    tags: [tags[n % tags.length]!, tags[(n * 7 + 1) % tags.length]!],
    daysAgo: 3 + (n % 90) * 2 + (n % 3) / 10,
    lang: n % 5 === 0 ? 'fa' : 'en',
    ...overrides,
  });
  const specs = Array.from({ length: 120 }, (_, n) => spec(n));
  const before = build(specs);
  const related = computeRelated(before, { window: 8 });
  // The oldest stories have too few older ones and are topped up with newer: they are always scored again.
  const toppedUp = related.filter((picks, i) => picks.some((j) => j < i)).length;
  const scored: ScoredBefore = new Map(before.map((a, i) => [a.slug, { scoring: scoringOf(a), publishedAt: a.publishedAt, picks: slugsOf(before, related[i]!) }]));

  /** computeRelated reusing the previous picks, and how many articles it scored again. */
  function reusing(after: Article[]) {
    const reuse = reusableRelated(after, scored);
    let scoredAgain = 0;
    const result = computeRelated(after, {
      window: 8,
      reuse: (i) => {
        const picks = reuse(i);
        if (!picks) scoredAgain += 1;
        return picks;
      },
    });
    return { result, scoredAgain };
  }

  it.each([
    ['nothing changed', specs, 0],
    ['a new story, newer than every other', [...specs, spec(500, { daysAgo: 0 })], 1],
    ['a story published into the middle of the archive', [...specs, spec(501, { daysAgo: 60.05 })], undefined],
    ['a story removed', specs.filter((s) => s.slug !== 'story-40'), undefined],
    ['a story re-tagged', specs.map((s) => (s.slug === 'story-70' ? { ...s, tags: ['rail'] } : s)), undefined],
    ['a story moved to another date', specs.map((s) => (s.slug === 'story-10' ? { ...s, daysAgo: 170.5 } : s)), undefined],
    ['the oldest story removed (every story could have picked it)', specs.filter((s) => s.slug !== before[before.length - 1]!.slug), 'all' as const],
  ])('gives what scoring every story again gives: %s', (_what, changed, expectedScored) => {
    const after = build(changed);
    const { result, scoredAgain } = reusing(after);
    expect(result).toEqual(computeRelated(after, { window: 8 }));
    expect(toppedUp).toBeGreaterThan(0);
    if (expectedScored === 'all') expect(scoredAgain).toBe(after.length);
    else if (expectedScored !== undefined) expect(scoredAgain).toBe(expectedScored + toppedUp);
    else expect(scoredAgain).toBeLessThan(after.length);
  });

  it('scores only the stories newer than the oldest change, and a new story alone when it is the newest', () => {
    const after = build([...specs, spec(502, { daysAgo: 100.01 })]);
    const place = after.findIndex((a) => a.slug === 'story-502');
    const reuse = reusableRelated(after, scored);
    after.forEach((_, i) => {
      if (i <= place) expect(reuse(i)).toBeUndefined();
    });
    expect(after.slice(place + 1).filter((_, k) => reuse(place + 1 + k) === undefined)).toHaveLength(toppedUp);
  });
});
