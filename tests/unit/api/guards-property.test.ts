import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArticleResponse, checkHome, checkLatestPage, checkNav, checkSummaries } from '../../../src/api/guards';
import { isSlug } from '../../../src/model/slug';

/*
 * Whatever JSON arrives, the validators either hand back data with every field a component reads, or
 * throw their own clear error — never a TypeError from deep inside, never a half-checked object.
 */

const checks = { checkArticleResponse, checkHome, checkLatestPage, checkNav };

function expectCleanFailure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/expected/);
  }
}

const summaryArb = fc.record(
  {
    slug: fc.oneof(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), fc.string()),
    title: fc.oneof(fc.string(), fc.integer()),
    standfirst: fc.string(),
    lang: fc.constantFrom('en', 'fa'),
    dir: fc.constantFrom('ltr', 'rtl', 'up'),
    category: fc.record({ path: fc.constantFrom('region', 'region/iraq', '../x'), name: fc.string() }),
    author: fc.record({ slug: fc.constantFrom('a', 'b-c', 'A B'), name: fc.string() }),
    publishedAt: fc.constantFrom('2026-11-20T08:30:00Z', 'yesterday'),
    readingMinutes: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constant(Number.NaN)),
  },
  { requiredKeys: [] },
);

const articleArb = summaryArb.map((s) => ({ ...s, body: [], tags: [] }));
const crumbsArb = fc.array(fc.record({ name: fc.string(), path: fc.constantFrom('/', '/category/region', 'category/x', 'javascript:x') }), { maxLength: 3 });

describe('API validators on random input', () => {
  for (const [name, check] of Object.entries(checks)) {
    it(`${name}: arbitrary JSON is accepted with its fields, or refused with a clear error`, () => {
      fc.assert(fc.property(fc.jsonValue(), (value) => expectCleanFailure(() => check(value))), { numRuns: 500 });
    });
  }

  it('a list keeps exactly the entries that are complete, and every kept slug is safe for a URL', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(summaryArb, fc.jsonValue()), { maxLength: 12 }), (items) => {
        const kept = checkSummaries(items, 'items');
        expect(kept.length).toBeLessThanOrEqual(items.length);
        for (const story of kept) {
          expect(isSlug(story.slug)).toBe(true);
          expect(typeof story.title).toBe('string');
          expect(['ltr', 'rtl']).toContain(story.dir);
          expect(Number.isFinite(story.readingMinutes)).toBe(true);
          expect(Number.isNaN(Date.parse(story.publishedAt))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an article response either has a checked article, breadcrumb and related list, or is refused', () => {
    fc.assert(
      fc.property(fc.record({ article: fc.oneof(articleArb, summaryArb, fc.jsonValue()), breadcrumb: fc.oneof(crumbsArb, fc.jsonValue()), related: fc.array(summaryArb, { maxLength: 4 }) }, { requiredKeys: [] }), (value) => {
        let result: ReturnType<typeof checkArticleResponse> | undefined;
        expectCleanFailure(() => (result = checkArticleResponse(value)));
        if (result) {
          expect(isSlug(result.article.slug)).toBe(true);
          expect(Array.isArray(result.article.body)).toBe(true);
          expect(Array.isArray(result.breadcrumb)).toBe(true);
          for (const crumb of result.breadcrumb) expect(crumb.path.startsWith('/')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('complete, well-formed article responses always get through (the properties above are not vacuous)', () => {
    const validArticle = fc.record({
      slug: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      title: fc.string(),
      standfirst: fc.string(),
      lang: fc.constantFrom('en', 'fa'),
      dir: fc.constantFrom('ltr', 'rtl'),
      category: fc.record({ path: fc.constantFrom('region', 'region/iraq'), name: fc.string() }),
      author: fc.record({ slug: fc.constantFrom('a', 'b-c'), name: fc.string() }),
      publishedAt: fc.constant('2026-11-20T08:30:00Z'),
      readingMinutes: fc.integer({ min: 1, max: 30 }),
      body: fc.constant([]),
      tags: fc.constant([]),
    });
    const validCrumbs = fc.array(fc.record({ name: fc.string(), path: fc.constantFrom('/', '/category/region') }), { maxLength: 3 });
    fc.assert(
      fc.property(fc.record({ article: validArticle, breadcrumb: validCrumbs, related: fc.constant([]) }), (value) => {
        expect(checkArticleResponse(value).article.slug).toBe(value.article.slug);
      }),
      { numRuns: 200 },
    );
  });
});
