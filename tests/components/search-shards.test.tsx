import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { nav } from '../fixtures/app-api';
import { fakeApi, renderApp } from './render-app';

/*
 * The search page over a month-sharded index, with the app's own shard logic (pagefind.ts) and a fake
 * Pagefind loader in place of the real one (built and searched in Chromium by tests/e2e/search.spec.ts).
 * The fake keeps Pagefind's contract: the primary index is the one named by basePath, others are found
 * only once merged, and a `shard` filter narrows to the shards named.
 */

interface Doc {
  shard: string;
  slug: string;
  text: string;
  section: string;
}

const SHARDS = ['2026-12', '2026-11', '2026-10', '2026-09'];
// Six stories a month here, but the shard list below claims 700 a month, so the app searches them in two
// groups (the first holding at least 1000 stories): [2026-12, 2026-11], then [2026-10, 2026-09].
const DOCS: Doc[] = SHARDS.flatMap((shard, s) =>
  Array.from({ length: 6 }, (_, i) => ({
    shard,
    slug: `${shard}-${i + 1}`,
    text: `${i % 2 === 0 ? 'river' : 'harbour'} report ${i + 1} of ${shard}${s === 3 ? ' comet' : ''}`,
    section: i === 0 ? 'Business' : 'World',
  })),
);

const merged: string[] = [];
const searched: { query: string; filters: unknown }[] = [];

function fakePagefind() {
  let primary = '';
  let primaryShard = '';
  const open = new Set<string>();
  const matches = (filter: unknown, value: string) =>
    filter === undefined || filter === value || (typeof filter === 'object' && filter !== null && (filter as { any: string[] }).any.includes(value));
  return {
    options: async (options: { basePath?: string; mergeFilter?: { shard: string } }) => {
      primary = options.basePath ?? primary;
      primaryShard = options.mergeFilter?.shard ?? primaryShard;
    },
    init: async () => {
      expect(primary).toBe(`/pagefind/${primaryShard}/`);
      open.add(primaryShard);
    },
    mergeIndex: async (path: string, options: { mergeFilter: { shard: string } }) => {
      expect(path).toBe(`/pagefind/${options.mergeFilter.shard}/`);
      merged.push(options.mergeFilter.shard);
      open.add(options.mergeFilter.shard);
    },
    search: async (query: string, options: { filters: { shard: unknown; section?: string } }) => {
      searched.push({ query, filters: options.filters });
      const found = DOCS.filter((d) => open.has(d.shard) && d.text.split(' ').includes(query) && matches(options.filters.shard, d.shard) && matches(options.filters.section, d.section));
      // Pagefind ranks by relevance: here, the later a story in its month, the better it matches.
      found.sort((a, b) => b.slug.localeCompare(a.slug));
      return {
        results: found.map((d) => ({
          data: async () => ({ url: `/article/${d.slug}`, meta: { title: `Story ${d.slug}` }, excerpt: d.text.replace(query, `<mark>${query}</mark>`), filters: { section: [d.section] } }),
        })),
      };
    },
  };
}

vi.mock('../../src/features/search/import-pagefind', () => ({
  importPagefind: async (url: string) => {
    expect(url).toBe('/pagefind/pagefind.js');
    return fakePagefind();
  },
}));

const api = () =>
  fakeApi({
    'nav.json': nav(),
    '/pagefind/shards.json': { shards: SHARDS.map((id) => ({ id, articles: 700 })), sections: ['Business', 'World'] },
  });

const headlines = () => within(screen.getByRole('main')).queryAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('search over month shards', () => {
  test('the newest shards answer first, by relevance within them; older ones are searched while fewer than ten are found', async () => {
    const { user } = await renderApp('/search?q=river', { api: api() });
    // Six hits in the newest group of two months: fewer than ten, so the older group is searched too.
    await screen.findByText('12 stories match “river”.');
    expect(headlines()).toEqual([
      ...['2026-12-5', '2026-12-3', '2026-12-1', '2026-11-5', '2026-11-3', '2026-11-1'],
      ...['2026-10-5', '2026-10-3', '2026-10-1', '2026-09-5'],
    ].map((slug) => `Story ${slug}`));
    expect(merged).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(searched.filter((s) => s.query === 'river').map((s) => s.filters)).toEqual([{ shard: { any: ['2026-12', '2026-11'] } }, { shard: { any: ['2026-10', '2026-09'] } }]);
    expect(screen.getByRole('link', { name: 'Story 2026-12-5' })).toHaveAttribute('href', '/article/2026-12-5');
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(headlines()).toHaveLength(12));
    expect(screen.queryByRole('button', { name: 'Show more results' })).toBeNull();
  });

  test('while older shards are unsearched the count is a floor ("N+"); "Show more results" searches them', async () => {
    searched.length = 0;
    const { user } = await renderApp('/search?q=of', { api: api() });
    // "of" is in every story: the newest group alone has 12 hits, enough for the first ten.
    await screen.findByText('12+ stories match “of”.');
    expect(headlines()).toHaveLength(10);
    expect(headlines().slice(0, 7)).toEqual(['12-6', '12-5', '12-4', '12-3', '12-2', '12-1', '11-6'].map((s) => `Story 2026-${s}`));
    expect(searched.filter((s) => s.query === 'of')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    await screen.findByText('24 stories match “of”.');
    expect(headlines()).toHaveLength(20);
    expect(headlines().slice(12, 14)).toEqual(['Story 2026-10-6', 'Story 2026-10-5']);
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(headlines()).toHaveLength(24));
    expect(headlines().at(-1)).toBe('Story 2026-09-1');
    // Each group was searched once: "Show more results" reuses the hits in hand.
    expect(searched.filter((s) => s.query === 'of')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Show more results' })).toBeNull();
  });

  test('a word only the oldest shard holds is found', async () => {
    await renderApp('/search?q=comet', { api: api() });
    await screen.findByText('6 stories match “comet”.');
    expect(headlines()).toEqual(['6', '5', '4', '3', '2', '1'].map((i) => `Story 2026-09-${i}`));
  });

  test('the section filter comes from the shard list and narrows every shard', async () => {
    searched.length = 0;
    const { user } = await renderApp('/search?q=river', { api: api() });
    await screen.findByText('12 stories match “river”.');
    const select = screen.getByRole('combobox', { name: 'Section' });
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['All sections', 'Business', 'World']));
    await user.selectOptions(select, 'Business');
    await screen.findByText('4 stories match “river”.');
    expect(headlines()).toEqual(['12', '11', '10', '09'].map((m) => `Story 2026-${m}-1`));
    expect(searched.at(-1)!.filters).toEqual({ shard: { any: ['2026-10', '2026-09'] }, section: 'Business' });
  });
});
