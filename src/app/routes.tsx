import type { QueryClient } from '@tanstack/react-query';
import type { Params, RouteObject } from 'react-router-dom';
import { articleQuery, homeQuery, latestQuery, mustReadQuery, navQuery } from '../api/queries';
import type { LatestPage } from '../model/api';
import { ArticlePage } from '../features/article/ArticlePage';
import { isSlug } from '../model/slug';
import { authorList, categoryList, latestList, tagList, type ListSource } from '../features/lists/list-sources';
import { pageFrom } from '../ui/Pagination';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/**
 * What a route reads, declared beside it: the prerender fetches exactly these before rendering a page,
 * so its HTML and dehydrated cache hold everything the page shows.
 */
export interface RouteHandle {
  prefetch: (client: QueryClient, params: Params, search: URLSearchParams) => Promise<unknown>[];
}

const handle = (prefetch: RouteHandle['prefetch']): { handle: RouteHandle } => ({ handle: { prefetch } });
/** A list page's prefetch: the list its params name (none for a 404), at the page its search asks for. */
const list =
  <T extends LatestPage>(source: ListSource<T>): RouteHandle['prefetch'] =>
  (client, params, search) => {
    const key = source.parse(params);
    return key === undefined ? [] : [client.prefetchQuery(source.query(key, pageFrom(search)))];
  };
const rails = (client: QueryClient) => [client.prefetchQuery(latestQuery(1)), client.prefetchQuery(mustReadQuery())];

/**
 * The article page ships in the entry chunk (it is what most readers land on); every other page is a
 * lazy chunk fetched when first visited.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    ...handle((client) => [client.prefetchQuery(navQuery())]),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../features/home/HomePage')).HomePage }),
        ...handle((client) => [client.prefetchQuery(homeQuery())]),
      },
      {
        path: 'article/:slug',
        Component: ArticlePage,
        ...handle((client, { slug = '' }) => (isSlug(slug) ? [client.prefetchQuery(articleQuery(slug)), ...rails(client)] : [])),
      },
      {
        path: 'category/*',
        lazy: async () => ({ Component: (await import('../features/lists/CategoryPage')).CategoryPage }),
        ...handle(list(categoryList)),
      },
      {
        path: 'author/:slug',
        lazy: async () => ({ Component: (await import('../features/lists/AuthorPage')).AuthorPage }),
        ...handle(list(authorList)),
      },
      {
        path: 'tag/:slug',
        lazy: async () => ({ Component: (await import('../features/lists/TagPage')).TagPage }),
        ...handle(list(tagList)),
      },
      {
        path: 'latest',
        lazy: async () => ({ Component: (await import('../features/lists/LatestPage')).LatestPage }),
        ...handle(list(latestList)),
      },
      {
        path: 'search',
        lazy: async () => ({ Component: (await import('../features/search/SearchPage')).SearchPage }),
      },
      {
        path: 'saved',
        lazy: async () => ({ Component: (await import('../features/saved/SavedPage')).SavedPage }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('../features/not-found/NotFoundPage')).NotFoundPage }),
        ...handle((client) => [client.prefetchQuery(latestQuery(1))]),
      },
    ],
  },
];
