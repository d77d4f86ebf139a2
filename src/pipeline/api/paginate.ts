import { PAGE_SIZE } from '../../model/api-paths';

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/** Splits a list into pages of `size`. An empty list still has page 1, so its URL never 404s. */
export function paginate<T>(list: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const pageCount = Math.max(1, Math.ceil(list.length / size));
  return Array.from({ length: pageCount }, (_, i) => ({
    items: list.slice(i * size, (i + 1) * size),
    page: i + 1,
    pageCount,
    total: list.length,
  }));
}
