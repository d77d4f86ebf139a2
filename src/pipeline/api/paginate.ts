import { PAGE_SIZE } from '../../model/api-paths';

/** The newest page of a list, `1.json`: the page readers open, with the list's size. */
export interface HeadPage<T> {
  items: T[];
  page: 1;
  pageCount: number;
  total: number;
}

/** An older page, `archive-{n}.json`, numbered from the oldest: once full it never changes. */
export interface ArchivePage<T> {
  items: T[];
  archive: number;
}

export interface Pages<T> {
  head: HeadPage<T>;
  archives: ArchivePage<T>[];
}

/**
 * Splits a list (newest first) into pages of `size`, counted from the oldest so a new story changes
 * only the head: archive page 1 holds the oldest `size`, page 2 the next, and the head the newest
 * `size` plus the overflow (from `size` to `2 × size − 1` stories). When the overflow fills, it
 * becomes a new archive page and every older page stays as it was. An empty list still has a head,
 * so its URL never 404s.
 */
export function paginate<T>(list: readonly T[], size = PAGE_SIZE): Pages<T> {
  const archiveCount = Math.max(0, Math.floor(list.length / size) - 1);
  const headSize = list.length - archiveCount * size;
  const archives = Array.from({ length: archiveCount }, (_, i) => {
    const end = list.length - i * size;
    return { items: list.slice(end - size, end), archive: i + 1 };
  });
  return { head: { items: list.slice(0, headSize), page: 1, pageCount: archiveCount + 1, total: list.length }, archives };
}
