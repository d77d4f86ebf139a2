import { describe, expect, it } from 'vitest';
import { byCodeUnits, lowerBound } from '../../../src/model/order';

describe('byCodeUnits', () => {
  it('sorts by code units, not by locale: capitals and "/" before letters, "-" before "/"', () => {
    expect(['b', 'a/x', 'B', 'a-x', 'a'].sort(byCodeUnits)).toEqual(['B', 'a', 'a-x', 'a/x', 'b']);
    expect(byCodeUnits('same', 'same')).toBe(0);
  });
});

describe('lowerBound', () => {
  it('finds the first item not less than the value, in strings and in numbers', () => {
    const paths = ['pagefind/2026-1/a', 'pagefind/2026-10/a', 'pagefind/2026-10/b', 'pagefind/2026-11/a'];
    expect(lowerBound(paths, 'pagefind/2026-10/')).toBe(1);
    expect(lowerBound(paths, 'pagefind/2027')).toBe(4);
    expect(lowerBound(paths, '')).toBe(0);
    expect(lowerBound([1, 3, 3, 5], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 5], 4)).toBe(3);
    expect(lowerBound([], 4)).toBe(0);
  });
});
