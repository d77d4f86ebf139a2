import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../api/api-error';

/** How long a persisted cache is trusted; queries are kept in memory at least as long (gcTime). */
export const PERSIST_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Up to 3 retries with exponential backoff, only where waiting can help (network, timeout, 5xx).
        retry: (failures, error) => failures < 3 && isRetryable(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
        // Requests go out even when the browser says it's offline: the service worker and the saved
        // copies may still answer them.
        networkMode: 'offlineFirst',
        gcTime: PERSIST_MAX_AGE,
      },
    },
  });
}
