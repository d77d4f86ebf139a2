import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { describe, expect, it } from 'vitest';
import { boundPersistedClient, MAX_PERSISTED_ARTICLES } from '../../../src/app/query-persistence';

type Query = PersistedClient['clientState']['queries'][number];

function query(key: unknown[], updatedAt: number, status: 'success' | 'error' | 'pending' = 'success', data: unknown = { size: 'x'.repeat(100) }): Query {
  return {
    queryKey: key,
    queryHash: JSON.stringify(key),
    state: { data: status === 'success' ? data : undefined, dataUpdatedAt: updatedAt, status, error: null, errorUpdatedAt: 0, errorUpdateCount: 0, fetchFailureReason: null, fetchFailureCount: 0, fetchMeta: null, isInvalidated: false, fetchStatus: 'idle', dataUpdateCount: 1 },
  } as unknown as Query;
}

function client(queries: Query[]): PersistedClient {
  return { timestamp: 1, buster: 'b', clientState: { queries, mutations: [] } };
}

describe('boundPersistedClient', () => {
  it('keeps only the most recently fetched articles and every list', () => {
    const articles = Array.from({ length: 100 }, (_, i) => query(['article', `story-${i}`], i));
    const lists = [query(['nav'], 5), query(['latest', 1], 6), query(['category', 'region', 1], 7)];
    const bounded = boundPersistedClient(client([...articles, ...lists]));
    const keys = bounded.clientState.queries.map((q) => q.queryKey);
    const kept = keys.filter((k) => k[0] === 'article').map((k) => k[1]);
    expect(kept).toHaveLength(MAX_PERSISTED_ARTICLES);
    expect(kept).toContain('story-99');
    expect(kept).toContain(`story-${100 - MAX_PERSISTED_ARTICLES}`);
    expect(kept).not.toContain(`story-${99 - MAX_PERSISTED_ARTICLES}`);
    expect(keys).toContainEqual(['nav']);
    expect(keys).toContainEqual(['latest', 1]);
    expect(keys).toContainEqual(['category', 'region', 1]);
  });

  it('never persists failed or unfinished queries', () => {
    const bounded = boundPersistedClient(client([query(['article', 'a'], 1, 'error'), query(['article', 'b'], 2, 'pending'), query(['article', 'c'], 3)]));
    expect(bounded.clientState.queries.map((q) => q.queryKey[1])).toEqual(['c']);
  });

  it('stays small: 200 read articles of ~10 KB persist as at most ~40 of them', () => {
    const big = { article: { body: 'x'.repeat(10_000) } };
    const bounded = boundPersistedClient(client(Array.from({ length: 200 }, (_, i) => query(['article', `s${i}`], i, 'success', big))));
    const bytes = JSON.stringify(bounded).length;
    expect(bytes).toBeLessThan(MAX_PERSISTED_ARTICLES * 11_000);
  });

  it('respects a smaller limit when given one', () => {
    const bounded = boundPersistedClient(client(Array.from({ length: 10 }, (_, i) => query(['article', `s${i}`], i))), 3);
    expect(bounded.clientState.queries.map((q) => q.queryKey[1]).sort()).toEqual(['s7', 's8', 's9']);
  });
});
