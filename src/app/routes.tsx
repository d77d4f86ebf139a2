import type { RouteObject } from 'react-router-dom';
import { ArticlePage } from '../features/article/ArticlePage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/**
 * The article page ships in the entry chunk (it is what most readers land on); every other page is a
 * lazy chunk fetched when first visited.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/home/HomePage')).HomePage }) },
      { path: 'article/:slug', Component: ArticlePage },
      { path: 'category/*', lazy: async () => ({ Component: (await import('../features/category/CategoryPage')).CategoryPage }) },
      { path: 'author/:slug', lazy: async () => ({ Component: (await import('../features/author/AuthorPage')).AuthorPage }) },
      { path: 'tag/:slug', lazy: async () => ({ Component: (await import('../features/tag/TagPage')).TagPage }) },
      { path: 'latest', lazy: async () => ({ Component: (await import('../features/latest/LatestPage')).LatestPage }) },
      { path: '*', lazy: async () => ({ Component: (await import('../features/not-found/NotFoundPage')).NotFoundPage }) },
    ],
  },
];
