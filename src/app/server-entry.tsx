import { dehydrate, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import type { PageHead } from '../ui/head/page-head';
import { HeadCollectorContext } from '../ui/head/use-page-head';
import { appRoutes, type RouteHandle } from './routes';
import { navQuery } from '../api/queries';
import { loadStrings } from '../i18n/catalogue';

export { serializeHead, scriptJson } from '../ui/head/serialize-head';
export type { PageHead, SiteInfo } from '../ui/head/page-head';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const handler = createStaticHandler(appRoutes, { basename });

export interface RenderedPage {
  html: string;
  head: PageHead | undefined;
  /** Dehydrated React Query cache plus the URL it belongs to, for the browser to pick up. */
  state: { url: string; queries: unknown };
}

/**
 * Renders one route URL of the app (without the base path) to HTML with the same routes, components and data as the browser. The
 * data comes through the normal query functions, so `fetch` must be able to answer API URLs (the build
 * points it at the freshly written API files).
 */
export async function renderPage(url: string): Promise<RenderedPage> {
  const request = new Request(new URL(basename === '/' ? url : basename + url, 'http://prerender.local'));
  const context = await handler.query(request);
  if (context instanceof Response) throw new Error(`${url}: the router answered with a redirect or response (${context.status})`);

  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const search = new URL(request.url).searchParams;
  await Promise.all(
    context.matches.flatMap((match) => (match.route.handle as RouteHandle | undefined)?.prefetch(client, match.params, search) ?? []),
  );

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
  const state = { url, queries: dehydrate(client) };
  client.clear();
  return { html, head, state };
}
