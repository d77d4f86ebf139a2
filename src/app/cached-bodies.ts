import type { QueryClient } from '@tanstack/react-query';
import type { Block } from '../model/block';

/** The bodies of the stories in the query cache (what a prerendered page brought with it). */
export function cachedBodies(client: QueryClient): Block[][] {
  return client
    .getQueryCache()
    .getAll()
    .flatMap((query) => {
      const body = (query.state.data as { article?: { body?: unknown } } | undefined)?.article?.body;
      return Array.isArray(body) ? [body as Block[]] : [];
    });
}
