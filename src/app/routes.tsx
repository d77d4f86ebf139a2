import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject } from 'react-router-dom';
import { navQuery } from '../api/queries';
import { articleRoute } from '../features/article/article-route';
import { ArticlePage } from '../features/article/ArticlePage';
import { homeRoute } from '../features/home/home-route';
import { authorRoute, categoryRoute, latestRoute, tagRoute } from '../features/lists/list-sources';
import { notFoundRoute } from '../features/not-found/not-found-route';
import { staticRouteData, type RouteData } from '../ui/route-data';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

export interface RouteOptions {
  /**
   * Whether a loader waits for its queries. The prerender waits (the page's HTML and cache must hold
   * everything it shows); the browser does not (the page paints what it knows at once, then fills in).
   */
  waitForData?: boolean;
}

const layoutRoute = staticRouteData((client) => [client.prefetchQuery(navQuery())]);

/**
 * The app's routes, with loaders bound to `client`. Each loader parses its URL once (the page reads the
 * result with `useRouteInput`) and starts the page's queries beside the lazy chunk, not after it. The
 * article page ships in the entry chunk (it is what most readers land on); every other page is a lazy
 * chunk fetched when first visited.
 */
export function appRoutes(client: QueryClient, { waitForData = false }: RouteOptions = {}): RouteObject[] {
  const load =
    <Input,>(route: RouteData<Input>): LoaderFunction =>
    async ({ params, request }) => {
      const input = route.input(params, new URL(request.url).searchParams);
      const started = route.prefetch(client, input);
      if (waitForData) await Promise.all(started);
      return input;
    };
  return [
    {
      id: 'layout',
      element: <Layout />,
      errorElement: <RouteError />,
      loader: load(layoutRoute),
      children: [
        {
          id: 'home',
          index: true,
          loader: load(homeRoute),
          lazy: async () => ({ Component: (await import('../features/home/HomePage')).HomePage }),
        },
        { id: 'article', path: 'article/:slug', loader: load(articleRoute), Component: ArticlePage },
        {
          id: 'category',
          path: 'category/*',
          loader: load(categoryRoute),
          lazy: async () => ({ Component: (await import('../features/lists/CategoryPage')).CategoryPage }),
        },
        {
          id: 'author',
          path: 'author/:slug',
          loader: load(authorRoute),
          lazy: async () => ({ Component: (await import('../features/lists/AuthorPage')).AuthorPage }),
        },
        {
          id: 'tag',
          path: 'tag/:slug',
          loader: load(tagRoute),
          lazy: async () => ({ Component: (await import('../features/lists/TagPage')).TagPage }),
        },
        {
          id: 'latest',
          path: 'latest',
          loader: load(latestRoute),
          lazy: async () => ({ Component: (await import('../features/lists/LatestPage')).LatestPage }),
        },
        { id: 'search', path: 'search', lazy: async () => ({ Component: (await import('../features/search/SearchPage')).SearchPage }) },
        { id: 'saved', path: 'saved', lazy: async () => ({ Component: (await import('../features/saved/SavedPage')).SavedPage }) },
        {
          id: 'not-found',
          path: '*',
          loader: load(notFoundRoute),
          lazy: async () => ({ Component: (await import('../features/not-found/NotFoundPage')).NotFoundPage }),
        },
      ],
    },
  ];
}
