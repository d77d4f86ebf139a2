import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../model/api-paths';
import { fetchJson } from './fetch-json';
import { listQuery } from './list-query';
import {
  checkArticleResponse,
  checkAuthorPage,
  checkCategoryPage,
  checkHome,
  checkLatestPage,
  checkMustRead,
  checkNav,
  checkTagPage,
} from './guards';

/*
 * One queryOptions factory per API resource. The same value serves useQuery, prefetching on hover and
 * (later) the prerender's dehydrated state; query keys are only ever built here.
 */

const MINUTE = 60_000;

/**
 * The guard of each API resource, by the first part of its query key: the one table both its query
 * (the response) and `recheck` (data restored from storage) check with.
 */
const GUARDS = {
  article: checkArticleResponse,
  latest: checkLatestPage,
  category: checkCategoryPage,
  author: checkAuthorPage,
  tag: checkTagPage,
  'must-read': checkMustRead,
  home: checkHome,
  nav: checkNav,
} as const;

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['article', slug],
    queryFn: ({ signal }) => fetchJson(apiPaths.article(slug), GUARDS.article, signal),
    staleTime: 5 * MINUTE,
  });

export const latestQuery = (page: number) => listQuery(['latest'], page, apiPaths.latest, GUARDS.latest, MINUTE);

export const categoryQuery = (path: string, page: number) => listQuery(['category', path], page, (archive) => apiPaths.category(path, archive), GUARDS.category, MINUTE);

export const authorQuery = (slug: string, page: number) => listQuery(['author', slug], page, (archive) => apiPaths.author(slug, archive), GUARDS.author, 5 * MINUTE);

export const tagQuery = (slug: string, page: number) => listQuery(['tag', slug], page, (archive) => apiPaths.tag(slug, archive), GUARDS.tag, 5 * MINUTE);

export const mustReadQuery = () =>
  queryOptions({
    queryKey: ['must-read'],
    queryFn: ({ signal }) => fetchJson(apiPaths.mustRead(), GUARDS['must-read'], signal),
    staleTime: 5 * MINUTE,
  });

export const homeQuery = () =>
  queryOptions({
    queryKey: ['home'],
    queryFn: ({ signal }) => fetchJson(apiPaths.home(), GUARDS.home, signal),
    staleTime: MINUTE,
  });

export const navQuery = () =>
  queryOptions({
    queryKey: ['nav'],
    queryFn: ({ signal }) => fetchJson(apiPaths.nav(), GUARDS.nav, signal),
    staleTime: 30 * MINUTE,
  });


/**
 * Data for `queryKey` that did not come from the network just now (restored from storage), checked as a
 * response is: the checked data (broken list entries dropped), `'broken'` if it fails, or `'not-api'`
 * for a query that is not an API resource.
 */
export function recheck(queryKey: readonly unknown[], data: unknown): { data: unknown } | 'broken' | 'not-api' {
  const resource = String(queryKey[0]);
  if (!Object.hasOwn(GUARDS, resource)) return 'not-api';
  const guard: (data: unknown) => unknown = GUARDS[resource as keyof typeof GUARDS];
  try {
    return { data: guard(data) };
  } catch {
    return 'broken';
  }
}
