import type { UseQueryOptions } from '@tanstack/react-query';
import type { Params } from 'react-router-dom';
import { authorQuery, categoryQuery, latestQuery, tagQuery } from '../../api/queries';
import type { AuthorPage, CategoryPage, LatestPage, TagPage } from '../../model/api';
import type { ArticleSummary } from '../../model/article';
import { isCategoryPath, isSlug } from '../../model/slug';
import { pageFrom, paths } from '../../ui/paths';
import type { RouteData } from '../../ui/route-data';

/**
 * Where a paginated list page gets its stories: which list the route names (a slug, a section path, or
 * "" for the latest news) and the query for one of its pages. Small and free of components, so the route
 * table can use it eagerly.
 */
export interface ListSource<T extends LatestPage> {
  /** The list the route's params name, or undefined when they name none (the page is a 404). */
  parse: (params: Params) => string | undefined;
  query: (key: string, page: number) => UseQueryOptions<T, Error, T, (string | number)[]>;
  /** The page's own path as the URL has it (valid or not), for the head of its 404. */
  path: (params: Params) => string;
  /**
   * For lists that grow as news is published (the latest news, a section): whether a new story belongs
   * on the list `key` names. An open first page then offers the new ones (NewStoriesPrompt).
   */
  belongs?: (key: string, story: ArticleSummary) => boolean;
}

/** What a list route's URL asks for: which list (undefined: none, a 404) and which of its pages. */
export interface ListInput {
  key: string | undefined;
  page: number;
}

/** The route data of a list page: its input, and the one query for that page of the list. */
export function listRouteData<T extends LatestPage>(source: ListSource<T>): RouteData<ListInput> {
  return {
    input: (params, search) => ({ key: source.parse(params), page: pageFrom(search) }),
    prefetch: (client, { key, page }) => (key === undefined ? [] : [client.prefetchQuery(source.query(key, page))]),
  };
}

const slugParam = (params: Params) => (isSlug(params.slug ?? '') ? params.slug : undefined);
const sectionPath = (params: Params) => (params['*'] ?? '').replace(/\/$/, '');

export const authorList: ListSource<AuthorPage> = { parse: slugParam, query: authorQuery, path: (params) => paths.author(params.slug ?? '') };

export const tagList: ListSource<TagPage> = { parse: slugParam, query: tagQuery, path: (params) => paths.tag(params.slug ?? '') };

export const categoryList: ListSource<CategoryPage> = {
  parse: (params) => (isCategoryPath(sectionPath(params)) ? sectionPath(params) : undefined),
  query: categoryQuery,
  path: (params) => paths.category(sectionPath(params)),
  belongs: (key, story) => story.category.path === key || story.category.path.startsWith(`${key}/`),
};

export const latestList: ListSource<LatestPage> = { parse: () => '', query: (_key, page) => latestQuery(page), path: () => '/latest', belongs: () => true };

export const authorRoute = listRouteData(authorList);
export const tagRoute = listRouteData(tagList);
export const categoryRoute = listRouteData(categoryList);
export const latestRoute = listRouteData(latestList);
