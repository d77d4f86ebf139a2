import type { QueryClient } from '@tanstack/react-query';
import type { Params, RouteObject } from 'react-router-dom';
import { articleQuery, authorQuery, categoryQuery, homeQuery, latestQuery, mustReadQuery, navQuery, tagQuery } from '../api/queries';
import { ArticlePage } from '../features/article/ArticlePage';
import { isCategoryPath, isSlug } from '../model/slug';
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
        lazy: async () => ({ Component: (await import('../features/category/CategoryPage')).CategoryPage }),
        ...handle((client, params, search) => {
          const path = (params['*'] ?? '').replace(/\/$/, '');
          return isCategoryPath(path) ? [client.prefetchQuery(categoryQuery(path, pageFrom(search)))] : [];
        }),
      },
      {
        path: 'author/:slug',
        lazy: async () => ({ Component: (await import('../features/author/AuthorPage')).AuthorPage }),
        ...handle((client, { slug = '' }, search) => (isSlug(slug) ? [client.prefetchQuery(authorQuery(slug, pageFrom(search)))] : [])),
      },
      {
        path: 'tag/:slug',
        lazy: async () => ({ Component: (await import('../features/tag/TagPage')).TagPage }),
        ...handle((client, { slug = '' }, search) => (isSlug(slug) ? [client.prefetchQuery(tagQuery(slug, pageFrom(search)))] : [])),
      },
      {
        path: 'latest',
        lazy: async () => ({ Component: (await import('../features/latest/LatestPage')).LatestPage }),
        ...handle((client, _params, search) => [client.prefetchQuery(latestQuery(pageFrom(search)))]),
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
