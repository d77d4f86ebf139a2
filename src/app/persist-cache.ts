import type { QueryClient } from '@tanstack/react-query';
import { persistQueryClient } from '@tanstack/react-query-persist-client';
import { createQueryPersister, PERSIST_MAX_AGE } from './query-persistence';

/**
 * Restores the cache saved by an earlier visit and keeps saving it. Loaded after the first render, off
 * the critical path: restored data only fills in what the page and the network haven't already.
 */
export function startPersisting(client: QueryClient): void {
  const [, restored] = persistQueryClient({
    queryClient: client,
    persister: createQueryPersister(),
    maxAge: PERSIST_MAX_AGE,
    buster: import.meta.env.VITE_BUILD_ID,
    // Successes only (the default), and not what a query keeps elsewhere already (`meta: { persist: false }`).
    dehydrateOptions: { shouldDehydrateQuery: (query) => query.state.status === 'success' && query.meta?.persist !== false },
  });
  restored.catch((error: unknown) => console.warn('[dateline] the saved reading cache could not be restored and was discarded', error));
}
