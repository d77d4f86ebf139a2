import type { Article } from '../../model/article';

/** What relatedness is scored on. */
type Scored = Pick<Article, 'tags' | 'category' | 'publishedAt' | 'lang'>;
import { lowerBound } from '../../model/order';

export interface RelatedOptions {
  /** How many related stories to pick at most (the page shows 4–6). */
  max?: number;
  /** Fewer than this many scored matches are topped up with the nearest older stories (newer ones only when too few older exist). */
  min?: number;
  /** How many neighbours in time each posting list contributes; keeps the cost linear in archive size. */
  window?: number;
  /** The picks of an article known not to have changed (see reusableRelated); it is not scored again. */
  reuse?: (i: number) => number[] | undefined;
}

// A shared tag must outweigh being in the same category (which also counts as the same branch: 2 + 1).
const WEIGHT = { tag: 4, category: 2, branch: 1 } as const;
const SAME_LANGUAGE_BONUS = 1.5;
const DAY = 86_400_000;

/** Inserts `j` into `top` (best first, at most `max` long) if it ranks there: higher score first, then lower index. */
function insertRanked(top: { j: number; score: number }[], j: number, score: number, max: number): void {
  let at = top.length;
  while (at > 0 && (top[at - 1]!.score < score || (top[at - 1]!.score === score && top[at - 1]!.j > j))) at--;
  if (at >= max) return;
  top.splice(at, 0, { j, score });
  if (top.length > max) top.pop();
}

/**
 * Related stories for every article, computed once at build time. Scores shared tags, the same category
 * and the same top-level section, favours the same language and stories close in time, and never picks
 * the article itself. Only stories published before the article are candidates (and its top-up is the
 * nearest older ones), so publishing a new story never changes an older article's related list; only an
 * article with fewer than `min` older stories at all is topped up with the nearest newer ones. Uses an inverted index (tag/category → articles) and only looks at the `window`
 * nearest neighbours in time per posting, so a 100k archive costs O(n · postings · window), not O(n²).
 *
 * `articles` must be sorted newest first; the result is indices into it, best first, deterministic.
 */
export function computeRelated(articles: readonly Scored[], options: RelatedOptions = {}): number[][] {
  const { max = 6, min = 4, window = 150, reuse } = options;
  const postings = new Map<string, { weight: number; list: number[] }>();
  const keysOf = (a: Scored): [string, number][] => [
    ...a.tags.map((t): [string, number] => [`tag:${t.slug}`, WEIGHT.tag]),
    [`category:${a.category.path}`, WEIGHT.category],
    [`branch:${a.category.path.split('/')[0]}`, WEIGHT.branch],
  ];
  // Each article's postings, in key order (a repeated key counts twice, as it is listed twice).
  const own = articles.map((article, i) =>
    keysOf(article).map(([key, weight]) => {
      let posting = postings.get(key);
      if (!posting) postings.set(key, (posting = { weight, list: [] }));
      posting.list.push(i); // pushed in index order, so each list stays sorted
      return posting;
    }),
  );
  const times = articles.map((a) => Date.parse(a.publishedAt));
  const langs = articles.map((a) => a.lang);

  // Scores of the current article's candidates, reset after each article through `touched`.
  const scores = new Float64Array(articles.length);
  const touched: number[] = [];
  return articles.map((article, i) => {
    const reused = reuse?.(i);
    if (reused) return reused;
    for (const { weight, list } of own[i]!) {
      const at = lowerBound(list, i);
      // Newest first: the older stories are the ones after `i` in the list.
      for (let k = at; k < Math.min(list.length, at + window + 1); k++) {
        const j = list[k]!;
        if (j <= i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = scores[j]! + weight;
      }
    }
    const top: { j: number; score: number }[] = [];
    for (const j of touched) {
      const daysApart = Math.abs(times[i]! - times[j]!) / DAY;
      const closeness = 1 / (1 + daysApart / 30);
      const language = langs[j] === article.lang ? SAME_LANGUAGE_BONUS : 0;
      insertRanked(top, j, scores[j]! + language + closeness, max);
      scores[j] = 0;
    }
    touched.length = 0;
    const picked = top.map((r) => r.j);
    // Too few matches: top up with the nearest older stories, then (only when too few older exist) the nearest newer.
    for (let j = i + 1; picked.length < min && j < articles.length; j++) if (!picked.includes(j)) picked.push(j);
    for (let j = i - 1; picked.length < min && j >= 0; j--) picked.push(j);
    return picked;
  });
}

/** What scoring reads of a story; the same string, the same say in every other story's picks. */
export function scoringOf(article: { publishedAt: string; lang: string; category: { path: string }; tags: readonly { slug: string }[] }): string {
  return JSON.stringify([article.publishedAt, article.category.path, article.tags.map((t) => t.slug), article.lang]);
}

/** What the previous build scored: each story's scoring (scoringOf) and its picks, by slug. */
export type ScoredBefore = ReadonlyMap<string, { scoring: string; publishedAt: string; picks: readonly string[] }>;

/**
 * The previous build's picks wherever they still hold, for computeRelated's `reuse`. An article's
 * picks come only from older stories (newer ones only to top up a story with too few older), so they
 * still hold for every article older than the oldest story that is new, was scored differently, or was
 * removed, unless they were topped up with a newer story. Publishing a new story scores it alone.
 */
export function reusableRelated(articles: readonly (Scored & { slug: string })[], before: ScoredBefore): (i: number) => number[] | undefined {
  const index = new Map(articles.map((a, i) => [a.slug, i]));
  let oldestChange = -1;
  articles.forEach((article, i) => {
    if (before.get(article.slug)?.scoring !== scoringOf(article)) oldestChange = i;
  });
  for (const [slug, { publishedAt }] of before) {
    if (index.has(slug)) continue;
    // Where the removed story stood: after every story that sorts before it (newest first, ties by slug).
    const at = Date.parse(publishedAt);
    const place = articles.filter((a) => Date.parse(a.publishedAt) > at || (Date.parse(a.publishedAt) === at && a.slug.localeCompare(slug) < 0)).length;
    oldestChange = Math.max(oldestChange, place);
  }
  return (i) => {
    if (i <= oldestChange) return undefined;
    const picks = before.get(articles[i]!.slug)!.picks.map((slug) => index.get(slug));
    return picks.every((j): j is number => j !== undefined && j > i) ? picks : undefined;
  };
}
