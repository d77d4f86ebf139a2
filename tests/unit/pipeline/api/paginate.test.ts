import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../../../src/model/api-paths';
import { paginate } from '../../../../src/pipeline/api/paginate';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('paginate', () => {
  it('uses pages of 20 by default', () => {
    expect(PAGE_SIZE).toBe(20);
    const pages = paginate(range(45));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
  });

  it('gives every page the same pageCount and total', () => {
    for (const page of paginate(range(45))) {
      expect(page.pageCount).toBe(3);
      expect(page.total).toBe(45);
    }
  });

  it('keeps the order and loses or repeats nothing', () => {
    const list = range(53);
    expect(paginate(list, 10).flatMap((p) => p.items)).toEqual(list);
  });

  it('has exactly one full page when the list fills it', () => {
    const pages = paginate(range(20));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toEqual({ items: range(20), page: 1, pageCount: 1, total: 20 });
  });

  it('starts a new page one item past a full page', () => {
    const pages = paginate(range(21));
    expect(pages).toHaveLength(2);
    expect(pages[1]).toEqual({ items: [20], page: 2, pageCount: 2, total: 21 });
  });

  it('still has page 1 for an empty list', () => {
    expect(paginate([])).toEqual([{ items: [], page: 1, pageCount: 1, total: 0 }]);
  });

  it('honours a custom page size', () => {
    const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2);
    expect(pages.map((p) => p.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages.every((p) => p.pageCount === 3 && p.total === 5)).toBe(true);
  });

  it('does not modify the list it is given', () => {
    const list = Object.freeze(range(7));
    expect(() => paginate(list, 3)).not.toThrow();
    expect(list).toEqual(range(7));
  });
});
