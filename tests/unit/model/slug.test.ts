import { describe, expect, it } from 'vitest';
import { categoryLineage, parentPath } from '../../../src/model/category-path';
import { CategoryPathSchema, SlugSchema } from '../../../src/model/slug-schema';
import { isCategoryPath, isSlug } from '../../../src/model/slug';
import { MAX_SLUG_LENGTH } from '../../../src/model/limits';

describe('slugs and category paths', () => {
  it.each(['a', 'oil-prices-fall', 'story-000001', '2026-budget'])('%j is a slug', (value) => {
    expect(isSlug(value)).toBe(true);
    expect(SlugSchema.safeParse(value).success).toBe(true);
  });

  it.each(['', 'Oil', 'oil_prices', 'oil--prices', '-oil', 'oil-', 'oil prices', 'a/b', '..', 'نفت'])('%j is not a slug', (value) => {
    expect(isSlug(value)).toBe(false);
    expect(SlugSchema.safeParse(value).success).toBe(false);
  });

  it('caps a slug at MAX_SLUG_LENGTH characters, in the browser check and the schema alike', () => {
    const longest = 'a'.repeat(MAX_SLUG_LENGTH);
    expect(isSlug(longest)).toBe(true);
    expect(isSlug(`${longest}a`)).toBe(false);
    expect(SlugSchema.safeParse(`${longest}a`).error?.issues.map((i) => i.message)).toEqual([`a slug is at most ${MAX_SLUG_LENGTH} characters`]);
    expect(isCategoryPath(`region/${longest}a`)).toBe(false);
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
