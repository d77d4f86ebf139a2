import { queryOptions } from '@tanstack/react-query';
import type { ListDocument } from '../model/api-paths';
import type { LatestPage } from '../model/api';
import { ApiError } from './api-error';
import { apiUrl, fetchJson, type Check } from './fetch-json';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An archive page as fetched, given the page fields a view reads (from the head): what its guard checks. */
export function archiveAsPage(data: unknown, fields: Pick<LatestPage, 'page' | 'pageCount' | 'total'>): unknown {
  return isObject(data) ? { ...data, ...fields } : data;
}

/**
 * Page `page` of a paginated list as the reader numbers it (1 is the newest). Page 1 is the list's
 * head; an older page first reads the head (from the cache while it is fresh) for the list's page
 * count, then fetches the archive page that number maps to (`apiPaths` numbers archives from the
 * oldest) and presents it with the head's page count and total, so a view sees one shape either way.
 */
export function listQuery<T extends LatestPage>(key: (string | number)[], page: number, pathOf: (archive?: ListDocument) => string, check: Check<T>, staleTime: number) {
  const head = () => queryOptions({ queryKey: [...key, 1], queryFn: ({ signal }) => fetchJson(pathOf(), check, signal), staleTime });
  if (page === 1) return head();
  return queryOptions({
    queryKey: [...key, page],
    queryFn: async ({ client, signal }) => {
      const { pageCount, total } = await client.fetchQuery(head());
      const archive = pageCount - page + 1;
      if (archive < 1) {
        const url = apiUrl(pathOf());
        throw new ApiError('not-found', url, `page ${page} does not exist: ${url} has ${pageCount} page${pageCount === 1 ? '' : 's'}`, 404);
      }
      return fetchJson(pathOf(archive), (data) => check(archiveAsPage(data, { page, pageCount, total })), signal);
    },
    staleTime,
  });
}
