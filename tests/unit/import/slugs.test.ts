// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { latinSlug, slugFor, uniqueSlugs } from '../../../src/import/slugs';
import { MAX_SLUG_LENGTH } from '../../../src/model/limits';
import { isSlug } from '../../../src/model/slug';

describe('slugs', () => {
  it('cleans Latin slugs and names, removing accents', () => {
    expect(latinSlug('Hello, World!')).toBe('hello-world');
    expect(latinSlug('caf%C3%A9-cr%c3%a8me')).toBe('cafe-creme');
    expect(latinSlug('Straße & Ærø')).toBe('strasse-aero');
    expect(latinSlug('--a--b--')).toBe('a-b');
  });

  it('can never produce a path: slashes and dots only separate words', () => {
    expect(latinSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(latinSlug('%2e%2e%2fsecret')).toBe('secret');
    expect(latinSlug('..')).toBeUndefined();
  });

  it('gives up on letters outside the Latin alphabet (a percent-encoded Persian slug)', () => {
    expect(latinSlug('%d8%b4%d8%a8-%d8%b4%d8%b9%d8%b1')).toBeUndefined();
    expect(slugFor('%d8%b4%d8%a8-%d8%b4%d8%b9%d8%b1', 'post', 1005)).toEqual({ slug: 'post-1005', changed: true });
    expect(slugFor('already-fine', 'post', 1)).toEqual({ slug: 'already-fine', changed: false });
  });

  it('makes slugs unique in order, suffixing the id', () => {
    const items = [{ id: 1, s: 'a' }, { id: 2, s: 'a' }, { id: 3, s: 'a-2' }, { id: 2, s: 'a' }];
    const slugs = uniqueSlugs(items, (i) => i.s, (i) => i.id);
    expect(items.map((i) => slugs.get(i))).toEqual(['a', 'a-2', 'a-2-3', 'a-2-2']);
  });

  it('slugs 20,000 items sharing one slug and one id uniquely, in linear time', () => {
    const items = Array.from({ length: 20_000 }, () => ({ id: 'same', s: 'breaking-news' }));
    const slugs = uniqueSlugs(items, (i) => i.s, (i) => i.id);
    const values = items.map((i) => slugs.get(i));
    expect(new Set(values).size).toBe(20_000);
    expect(values.slice(0, 4)).toEqual(['breaking-news', 'breaking-news-same', 'breaking-news-same-2', 'breaking-news-same-3']);
    expect(values.at(-1)).toBe('breaking-news-same-19999');
  });

  it('cuts a long slug at a hyphen to MAX_SLUG_LENGTH, and keeps it within the cap when made unique', () => {
    const long = 'word-'.repeat(5_000);
    const slug = latinSlug(long)!;
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(word-)+word$/);
    const items = [{ id: 1 }, { id: 22 }, { id: 333 }];
    const unique = uniqueSlugs(items, () => slug, (i) => i.id);
    for (const value of unique.values()) expect(isSlug(value), value).toBe(true);
    expect(new Set(unique.values()).size).toBe(3);
  });
});
