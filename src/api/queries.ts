import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../model/api-paths';
import { fetchJson } from './fetch-json';
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

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['article', slug],
    queryFn: ({ signal }) => fetchJson(apiPaths.article(slug), checkArticleResponse, signal),
    staleTime: 5 * MINUTE,
  });

export const latestQuery = (page: number) =>
  queryOptions({
    queryKey: ['latest', page],
    queryFn: ({ signal }) => fetchJson(apiPaths.latest(page), checkLatestPage, signal),
    staleTime: MINUTE,
  });

export const categoryQuery = (path: string, page: number) =>
  queryOptions({
    queryKey: ['category', path, page],
    queryFn: ({ signal }) => fetchJson(apiPaths.category(path, page), checkCategoryPage, signal),
    staleTime: MINUTE,
  });

export const authorQuery = (slug: string, page: number) =>
  queryOptions({
    queryKey: ['author', slug, page],
    queryFn: ({ signal }) => fetchJson(apiPaths.author(slug, page), checkAuthorPage, signal),
    staleTime: 5 * MINUTE,
  });

export const tagQuery = (slug: string, page: number) =>
  queryOptions({
    queryKey: ['tag', slug, page],
    queryFn: ({ signal }) => fetchJson(apiPaths.tag(slug, page), checkTagPage, signal),
    staleTime: 5 * MINUTE,
  });

export const mustReadQuery = () =>
  queryOptions({
    queryKey: ['must-read'],
    queryFn: ({ signal }) => fetchJson(apiPaths.mustRead(), checkMustRead, signal),
    staleTime: 5 * MINUTE,
  });

export const homeQuery = () =>
  queryOptions({
    queryKey: ['home'],
    queryFn: ({ signal }) => fetchJson(apiPaths.home(), checkHome, signal),
    staleTime: MINUTE,
  });

export const navQuery = () =>
  queryOptions({
    queryKey: ['nav'],
    queryFn: ({ signal }) => fetchJson(apiPaths.nav(), checkNav, signal),
    staleTime: 30 * MINUTE,
  });

/** The guard each API query's data passes, by the first part of its key. */
const GUARDS: Record<string, (data: unknown) => unknown> = {
  article: checkArticleResponse,
  latest: checkLatestPage,
  category: checkCategoryPage,
  author: checkAuthorPage,
  tag: checkTagPage,
  'must-read': checkMustRead,
  home: checkHome,
  nav: checkNav,
};

/**
 * Data for `queryKey` that did not come from the network just now (restored from storage), checked as a
 * response is: the checked data (broken list entries dropped), `'broken'` if it fails, or `'not-api'`
 * for a query that is not an API resource.
 */
export function recheck(queryKey: readonly unknown[], data: unknown): { data: unknown } | 'broken' | 'not-api' {
  const guard = GUARDS[String(queryKey[0])];
  if (!guard) return 'not-api';
  try {
    return { data: guard(data) };
  } catch {
    return 'broken';
  }
}
