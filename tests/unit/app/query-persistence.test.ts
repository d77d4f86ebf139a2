import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { describe, expect, it, vi } from 'vitest';
import { boundPersistedClient, MAX_PERSISTED_ARTICLES, recheckPersistedClient } from '../../../src/app/query-persistence';
import { articleResponse, makeArticle, summary } from '../../fixtures/app-api';

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

describe('recheckPersistedClient', () => {
  const article = (slug: string, crumb = '/category/region') =>
    query(['article', slug], 1, 'success', { ...articleResponse(makeArticle({ slug })), breadcrumb: [{ name: 'Home', path: '/' }, { name: 'Region', path: crumb }] });

  it('what storage gives back passes the response guards: broken documents go, broken list entries are dropped', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = query(['article', 'no-title'], 1, 'success', { article: { slug: 'no-title' }, breadcrumb: [], related: [] });
    const offSite = article('off-site', '//evil.example/x');
    const list = query(['latest', 1], 1, 'success', { items: [summary('a'), { slug: 'b' }, summary('c')], page: 1, pageCount: 1, total: 3 });
    const search = query(['search', 'dam', '', 10], 1, 'success', { hits: ['kept as it is'] });
    const checked = recheckPersistedClient(client([article('fine'), broken, offSite, list, search]));
    const keys = checked.clientState.queries.map((q) => q.queryKey);
    expect(keys).toEqual([['article', 'fine'], ['latest', 1], ['search', 'dam', '', 10]]);
    const items = (checked.clientState.queries[1]!.state.data as { items: { slug: string }[] }).items;
    expect(items.map((s) => s.slug)).toEqual(['a', 'c']);
  });
});
