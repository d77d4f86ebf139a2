import { hydrate } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router-dom';
import { readBootState } from './app/boot-state';
import { createQueryClient } from './app/query-client';
import { createQueryPersister, PERSIST_MAX_AGE } from './app/query-persistence';
import { appRoutes } from './app/routes';
import './app/styles.css';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const queryClient = createQueryClient();
const boot = readBootState(window.location, import.meta.env.BASE_URL);
if (boot) hydrate(queryClient, boot.queries);

// Lazy routes of the first page are loaded before the router starts, so hydration finds the same tree
// the prerender produced instead of an empty placeholder.
const firstMatches = matchRoutes(appRoutes, window.location, basename) ?? [];
await Promise.all(
  firstMatches.map(async ({ route }) => {
    if (typeof route.lazy !== 'function') return;
    const loaded = await route.lazy();
    Object.assign(route, loaded, { lazy: undefined });
  }),
);

const router = createBrowserRouter(appRoutes, { basename });
const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={{ persister: createQueryPersister(), maxAge: PERSIST_MAX_AGE, buster: import.meta.env.VITE_BUILD_ID }}
    >
      <RouterProvider router={router} />
    </PersistQueryClientProvider>
  </StrictMode>
);

if (boot && root.firstChild) {
  hydrateRoot(root, app);
} else {
  root.textContent = '';
  createRoot(root).render(app);
}
