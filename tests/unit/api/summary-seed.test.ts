import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { latestQuery, navQuery } from '../../../src/api/queries';
import { articleSeed, findCachedSummary } from '../../../src/api/summary-seed';
import type { Nav } from '../../../src/model/api';
import { summary } from '../../fixtures/app-api';

const nav: Nav = {
  site: { name: 'Dateline', description: 'd', lang: 'en' },
  categories: [
    { path: 'region', name: 'News on the Region', children: [{ path: 'region/iraq', name: 'Iraq', children: [] }] },
    { path: 'world', name: 'World', children: [] },
  ],
};

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient();
});

describe('findCachedSummary', () => {
  it('finds a summary in any cached list: pages, home sections, related', () => {
    client.setQueryData(latestQuery(1).queryKey, { items: [summary('a')], page: 1, pageCount: 1, total: 1 });
    client.setQueryData(['home'], { top: [], sections: [{ category: { path: 'world', name: 'World' }, items: [summary('b')] }], mustRead: [], latest: [] });
    client.setQueryData(['article', 'x'], { article: {}, breadcrumb: [], related: [summary('c')] });
    expect(findCachedSummary(client, 'a')?.slug).toBe('a');
    expect(findCachedSummary(client, 'b')?.slug).toBe('b');
    expect(findCachedSummary(client, 'c')?.slug).toBe('c');
    expect(findCachedSummary(client, 'd')).toBeUndefined();
  });
});

describe('articleSeed', () => {
  it('is undefined when no list named the story', () => {
    expect(articleSeed(client, 'unknown', 'Home')).toBeUndefined();
  });

  it('seeds headline and breadcrumb from a cached summary, with an empty body', () => {
    client.setQueryData(latestQuery(1).queryKey, { items: [summary('dam')], page: 1, pageCount: 1, total: 1 });
    client.setQueryData(navQuery().queryKey, nav);
    const seed = articleSeed(client, 'dam', 'Home')!;
    expect(seed.article).toMatchObject({ slug: 'dam', title: 'Headline of dam', body: [], tags: [] });
    expect(seed.breadcrumb).toEqual([
      { name: 'Home', path: '/' },
      { name: 'News on the Region', path: '/category/region' },
      { name: 'Iraq', path: '/category/region/iraq' },
    ]);
    expect(seed.related).toEqual([]);
  });

  it('falls back to the path for an ancestor name when the navigation is not cached yet', () => {
    client.setQueryData(latestQuery(1).queryKey, { items: [summary('dam')], page: 1, pageCount: 1, total: 1 });
    expect(articleSeed(client, 'dam', 'Home')!.breadcrumb.map((c) => c.name)).toEqual(['Home', 'region', 'Iraq']);
  });

  it('names the first crumb as it is given, in the site\'s language', () => {
    client.setQueryData(latestQuery(1).queryKey, { items: [summary('dam')], page: 1, pageCount: 1, total: 1 });
    expect(articleSeed(client, 'dam', 'خانه')!.breadcrumb[0]).toEqual({ name: 'خانه', path: '/' });
  });
});
