import type { UseQueryOptions } from '@tanstack/react-query';
import type { Params } from 'react-router-dom';
import { authorQuery, categoryQuery, latestQuery, tagQuery } from '../../api/queries';
import type { AuthorPage, CategoryPage, LatestPage, TagPage } from '../../model/api';
import { isCategoryPath, isSlug } from '../../model/slug';
import { paths } from '../../ui/paths';

/**
 * Where a paginated list page gets its stories: which list the route names (a slug, a section path, or
 * "" for the latest news) and the query for one of its pages. Small and free of components, so the route
 * table can use it eagerly: the same parse serves the prerender's prefetch and the page.
 */
export interface ListSource<T extends LatestPage> {
  /** The list the route's params name, or undefined when they name none (the page is a 404). */
  parse: (params: Params) => string | undefined;
  query: (key: string, page: number) => UseQueryOptions<T, Error, T, (string | number)[]>;
  /** The page's own path as the URL has it (valid or not), for the head of its 404. */
  path: (params: Params) => string;
}

const slugParam = (params: Params) => (isSlug(params.slug ?? '') ? params.slug : undefined);
const sectionPath = (params: Params) => (params['*'] ?? '').replace(/\/$/, '');

export const authorList: ListSource<AuthorPage> = { parse: slugParam, query: authorQuery, path: (params) => paths.author(params.slug ?? '') };

export const tagList: ListSource<TagPage> = { parse: slugParam, query: tagQuery, path: (params) => paths.tag(params.slug ?? '') };

export const categoryList: ListSource<CategoryPage> = {
  parse: (params) => (isCategoryPath(sectionPath(params)) ? sectionPath(params) : undefined),
  query: categoryQuery,
  path: (params) => paths.category(sectionPath(params)),
};

export const latestList: ListSource<LatestPage> = { parse: () => '', query: (_key, page) => latestQuery(page), path: () => '/latest' };
