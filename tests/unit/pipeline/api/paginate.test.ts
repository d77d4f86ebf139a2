import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../../../src/model/api-paths';
import { paginate } from '../../../../src/pipeline/api/paginate';

/** A list newest first, as the pipeline has it: n - 1 is the oldest story, 0 the newest. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Every story of a pagination, in the order a reader paging from the head sees them. */
const readerOrder = <T>(pages: ReturnType<typeof paginate<T>>) => [pages.head, ...[...pages.archives].reverse()].flatMap((p) => p.items);

describe('paginate', () => {
  it('uses pages of 20, numbered from the oldest, the head holding the overflow', () => {
    expect(PAGE_SIZE).toBe(20);
    const { head, archives } = paginate(newestFirst(45));
    expect(head).toEqual({ items: newestFirst(25), page: 1, pageCount: 2, total: 45 });
    expect(archives).toEqual([{ items: newestFirst(45).slice(25), archive: 1 }]);
  });

  it('keeps the order and loses or repeats nothing', () => {
    for (const n of [0, 1, 19, 20, 21, 39, 40, 41, 99, 100, 101]) {
      expect(readerOrder(paginate(newestFirst(n), 10))).toEqual(newestFirst(n));
    }
  });

  it('holds from one to two pages less one in the head, and full pages in the archive', () => {
    for (let n = 10; n < 100; n++) {
      const { head, archives } = paginate(newestFirst(n), 10);
      expect(head.items.length).toBeGreaterThanOrEqual(10);
      expect(head.items.length).toBeLessThan(20);
      expect(archives.every((p) => p.items.length === 10)).toBe(true);
      expect(head.pageCount).toBe(archives.length + 1);
    }
  });

  it('leaves every archive page as it was when a story is published', () => {
    const before = paginate(newestFirst(57).map((i) => `story ${57 - i}`), 10);
    for (let published = 58; published < 90; published++) {
      const list = newestFirst(published).map((i) => `story ${published - i}`);
      const after = paginate(list, 10);
      // Every page that existed is still there, byte for byte; at most one new one has been added.
      expect(after.archives.slice(0, before.archives.length)).toEqual(before.archives);
      expect(after.archives.length - before.archives.length).toBeLessThanOrEqual(Math.floor((published - 57) / 10) + 1);
    }
  });

  it('has one page of everything below two full pages, and page 1 for an empty list', () => {
    expect(paginate(newestFirst(39))).toEqual({ head: { items: newestFirst(39), page: 1, pageCount: 1, total: 39 }, archives: [] });
    expect(paginate(newestFirst(40)).archives).toHaveLength(1);
    expect(paginate([])).toEqual({ head: { items: [], page: 1, pageCount: 1, total: 0 }, archives: [] });
  });

  it('does not modify the list it is given', () => {
    const list = Object.freeze(newestFirst(7));
    expect(() => paginate(list, 3)).not.toThrow();
    expect(list).toEqual(newestFirst(7));
  });
});
