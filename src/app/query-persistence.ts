import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { removeOldestQuery, type PersistedClient, type Persister } from '@tanstack/react-query-persist-client';
import { createStore, del, get, set } from 'idb-keyval';
import { recheck } from '../api/queries';
export { PERSIST_MAX_AGE } from './query-client';

/** Articles are the big entries: only the most recently read are persisted, so the store stays small. */
export const MAX_PERSISTED_ARTICLES = 40;

/**
 * Keeps every small list (navigation, rails, pages) and only the most recently fetched articles, and
 * drops anything that isn't a success. Bounds the IndexedDB store to well under a few MB.
 */
export function boundPersistedClient(client: PersistedClient, maxArticles = MAX_PERSISTED_ARTICLES): PersistedClient {
  const ok = client.clientState.queries.filter((q) => q.state.status === 'success' && q.state.data !== undefined);
  const isArticle = (q: (typeof ok)[number]) => q.queryKey[0] === 'article';
  const articles = ok
    .filter(isArticle)
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt)
    .slice(0, maxArticles);
  const keep = new Set([...ok.filter((q) => !isArticle(q)), ...articles]);
  return { ...client, clientState: { ...client.clientState, mutations: [], queries: ok.filter((q) => keep.has(q)) } };
}

/**
 * What IndexedDB gave back is not trusted more than the network: every API query's data passes the
 * guards a response passes (a broken list entry is dropped, a broken document drops its query), so a
 * damaged or tampered store cannot hand the app what a response could not.
 */
export function recheckPersistedClient(client: PersistedClient): PersistedClient {
  const queries = client.clientState.queries.flatMap((query) => {
    const checked = recheck(query.queryKey, query.state.data);
    if (checked === 'not-api') return [query];
    if (checked === 'broken') return [];
    return [{ ...query, state: { ...query.state, data: checked.data } }];
  });
  return { ...client, clientState: { ...client.clientState, queries } };
}

export function createQueryPersister(): Persister {
  const store = createStore('dateline-cache', 'queries');
  return createAsyncStoragePersister({
    key: 'dateline-query-cache',
    storage: {
      getItem: (key) => get<string>(key, store).then((v) => v ?? null),
      setItem: (key, value: string) => set(key, value, store),
      removeItem: (key) => del(key, store),
    },
    throttleTime: 1000,
    serialize: (client) => JSON.stringify(boundPersistedClient(client)),
    deserialize: (text) => recheckPersistedClient(JSON.parse(text) as PersistedClient),
    // A full store (quota) drops the oldest query and tries again instead of losing the whole cache.
    retry: removeOldestQuery,
  });
}
