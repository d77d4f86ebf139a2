import { dehydrate, QueryClient, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import type { PageHead } from '../ui/head/page-head';
import { HeadCollectorContext } from '../ui/head/use-page-head';
import { appRoutes } from './routes';
import { navQuery } from '../api/queries';
import { loadStrings } from '../i18n/catalogue';

export { serializeHead, scriptJson } from '../ui/head/serialize-head';
export type { PageHead, SiteInfo } from '../ui/head/page-head';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/**
 * The dehydrated cache without the clock: the same content gives the same page, byte for byte. The
 * browser stamps the data fresh when it picks it up (boot-state.ts), so nothing reads these times.
 */
function timeless(state: DehydratedState): DehydratedState {
  return { ...state, queries: state.queries.map((query) => ({ ...query, dehydratedAt: 0, state: { ...query.state, dataUpdatedAt: 0 } })) };
}

export interface RenderedPage {
  html: string;
  head: PageHead | undefined;
  /**
   * For the browser to pick up: the URL the page belongs to, the dehydrated React Query cache, and what
   * each route's loader parsed from the URL (React Router's hydration data).
   */
  state: { url: string; queries: unknown; loaderData: unknown };
}

/**
 * Renders one route URL of the app (without the base path) to HTML with the same routes, components and data as the browser. The
 * data comes through the normal query functions, so `fetch` must be able to answer API URLs (the build
 * points it at the freshly written API files).
 */
export async function renderPage(url: string): Promise<RenderedPage> {
  const request = new Request(new URL(basename === '/' ? url : basename + url, 'http://prerender.local'));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  // The same routes as the browser's, whose loaders here wait for every query the page shows.
  const handler = createStaticHandler(appRoutes(client, { waitForData: true }), { basename });
  const context = await handler.query(request);
  if (context instanceof Response) throw new Error(`${url}: the router answered with a redirect or response (${context.status})`);
  if (context.errors) throw new Error(`${url}: a route loader failed: ${Object.values(context.errors).map(String).join('; ')}`);

  const siteLang = client.getQueryData(navQuery().queryKey)?.site.lang;
  if (siteLang) await loadStrings(siteLang);

  let head: PageHead | undefined;
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <HeadCollectorContext.Provider value={(h) => (head = h)}>
      <QueryClientProvider client={client}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </HeadCollectorContext.Provider>,
  );
  const state = { url, queries: timeless(dehydrate(client)), loaderData: context.loaderData };
  client.clear();
  return { html, head, state };
}
