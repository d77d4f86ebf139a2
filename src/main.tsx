import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router-dom';
import { readBootState } from './app/boot-state';
import { createQueryClient } from './app/query-client';
import { routerReady } from './app/router-ready';
import { appRoutes } from './app/routes';
import './app/styles.css';
import { navQuery } from './api/queries';
import { loadStrings } from './i18n/catalogue';
import { cachedBodies } from './app/cached-bodies';
import { loadRichBlocksFor } from './features/article/blocks/rich-blocks';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const queryClient = createQueryClient();
const routes = appRoutes(queryClient);
const boot = readBootState(window.location, import.meta.env.BASE_URL);
if (boot) hydrate(queryClient, boot.queries);

// Lazy routes of the first page are loaded before the router starts, so hydration finds the same tree
// the prerender produced instead of an empty placeholder. (Not a top-level await: the lazy chunks import
// from the chunk this module lives in, and a top-level await would wait on itself.)
async function start() {
  // A site in another language than English renders with its translation from the first paint.
  const siteLang = queryClient.getQueryData(navQuery().queryKey)?.site.lang;
  if (siteLang) await loadStrings(siteLang).catch(() => undefined);
  const firstMatches = matchRoutes(routes, window.location, basename) ?? [];
  await Promise.all(
    firstMatches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded, { lazy: undefined });
    }),
  );

  // A story with players, tables or cards hydrates with their chunk loaded, as the prerender drew it.
  await loadRichBlocksFor(cachedBodies(queryClient)).catch(() => undefined);

  const root = document.getElementById('root')!;
  const hydrating = Boolean(boot && root.firstChild);
  // Hydration data (what the prerender's loaders parsed from this URL) tells the router that the page on
  // screen is already this route's: it renders at once, and leaves the scroll position alone instead of
  // jumping to the top, so a reader who scrolled before the app started keeps their place.
  const router = createBrowserRouter(routes, { basename, ...(hydrating && boot ? { hydrationData: { loaderData: boot.loaderData } } : {}) });
  // Otherwise the loaders run first (they only parse the URL and start queries: a moment).
  await routerReady(router);
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );

  // Hydration as a transition is interruptible: React works in ~5 ms slices and lets clicks, scrolling
  // and painting in between, instead of one long task over the whole page (Total Blocking Time).
  startTransition(() => {
    if (hydrating) {
      hydrateRoot(root, app);
    } else {
      root.textContent = '';
      createRoot(root).render(app);
    }
  });

  // The cache persisted by earlier visits (offline reading) loads once the page is up.
  void import('./app/persist-cache').then(({ startPersisting }) => startPersisting(queryClient));
}

void start();
