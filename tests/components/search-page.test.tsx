import { queryOptions } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type * as PagefindModule from '../../src/features/search/pagefind';
import { nav } from '../fixtures/app-api';
import { fakeApi, renderApp } from './render-app';

/*
 * The search page with the Pagefind index replaced by a small in-memory one (the real index is built and
 * searched in Chromium by tests/e2e/search.spec.ts). Everything else — excerpt parsing, URLs, the page,
 * debouncing, the section filter — is the app's own code.
 */
interface Doc {
  path: string;
  title: string;
  text: string;
  section: string;
}

const DOCS: Doc[] = [
  { path: '/news/article/date-harvest.html', title: 'Basra’s date harvest', text: 'Growers in Basra expect a record date harvest this autumn.', section: 'News on the Region' },
  { path: '/news/article/port-expansion.html', title: 'Umm Qasr port grows', text: 'The harvest of new cranes arrives at the port.', section: 'Business' },
  { path: '/news/article/tehran-metro.html', title: 'متروی تهران', text: 'خط تازهٔ متروی تهران افتتاح شد.', section: 'News on the Region' },
  { path: '/news/article/hostile.html', title: 'A hostile excerpt', text: '<img src=x onerror=alert(1)> mango', section: 'World' },
  ...Array.from({ length: 13 }, (_, i) => ({ path: `/news/article/river-${i}.html`, title: `River story ${i + 1}`, text: `The river rose again, report ${i + 1}.`, section: 'World' })),
];

const searches: string[] = [];
let failing = false;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function fakeSearch(query: string, section: string | undefined, limit: number) {
  searches.push(query);
  if (failing) throw new Error('pagefind.js could not be loaded');
  const { parseExcerpt, hitPath } = await vi.importActual<typeof PagefindModule>('../../src/features/search/pagefind');
  const found = DOCS.filter((d) => d.text.includes(query) && (!section || d.section === section));
  return {
    total: found.length,
    complete: true,
    hits: found.slice(0, limit).map((d) => ({
      path: hitPath(d.path, '/news/'),
      title: d.title,
      excerpt: parseExcerpt(escape(d.text).replace(escape(query), `<mark>${escape(query)}</mark>`)),
      section: d.section,
    })),
  };
}

vi.mock('../../src/features/search/pagefind', async (importOriginal) => {
  const real = await importOriginal<typeof PagefindModule>();
  return {
    ...real,
    searchQuery: (query: string, section: string, limit?: number) => queryOptions({ ...real.searchQuery(query, section, limit), queryFn: () => fakeSearch(query, section || undefined, limit ?? real.RESULTS_PAGE) }),
    sectionsQuery: () => queryOptions({ ...real.sectionsQuery(), queryFn: async () => [...new Set(DOCS.map((d) => d.section))].sort() }),
  };
});

const api = () => fakeApi({ 'nav.json': nav() });

describe('search page', () => {
  test('a shared URL shows its results with the matches highlighted', async () => {
    await renderApp('/search?q=harvest', { api: api() });
    await screen.findByText('2 stories match “harvest”.');
    const results = within(screen.getByRole('main')).getAllByRole('listitem');
    expect(results.map((r) => within(r).getByRole('link').textContent)).toEqual(['Basra’s date harvest', 'Umm Qasr port grows']);
    expect(within(results[0]!).getByRole('link')).toHaveAttribute('href', '/article/date-harvest');
    expect(results[0]!.querySelector('mark')).toHaveTextContent('harvest');
    expect(within(screen.getByRole('main')).getByRole('searchbox', { name: 'Search stories' })).toHaveValue('harvest');
  });

  test('results follow the box as you type; the URL takes the query once typing pauses, without a history entry per letter', async () => {
    searches.length = 0;
    const { user, router } = await renderApp('/search', { api: api() });
    const box = within(await screen.findByRole('main')).getByRole('searchbox', { name: 'Search stories' });
    await user.type(box, 'record');
    await screen.findByText('1 story matches “record”.');
    expect(searches.at(-1)).toBe('record');
    await waitFor(() => expect(router.state.location.search).toBe('?q=record'));
    expect(router.state.historyAction).toBe('REPLACE');
  });

  test('a search from the header while on the search page replaces the query in the box', async () => {
    const { user, router } = await renderApp('/search?q=harvest', { api: api() });
    await screen.findByText('2 stories match “harvest”.');
    // Timers under the test's control (still moving with real time, so waiting for elements works): any
    // write of the box into the URL is a timer, and running every pending one shows there is none.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const header = screen.getByRole('search', { name: 'Site search' });
    await user.type(within(header).getByRole('searchbox'), 'mango{Enter}');
    await screen.findByText('1 story matches “mango”.');
    expect(within(screen.getByRole('main')).getByRole('searchbox', { name: 'Search stories' })).toHaveValue('mango');
    // and it stays: the box does not write its old text back into the URL
    await act(() => vi.runOnlyPendingTimersAsync());
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('mango');
    vi.useRealTimers();
  });

  test('the section filter narrows the results and is kept in the URL', async () => {
    const { user, router } = await renderApp('/search?q=harvest', { api: api() });
    await screen.findByText('2 stories match “harvest”.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Section' }), 'Business');
    await screen.findByText('1 story matches “harvest”.');
    expect(new URLSearchParams(router.state.location.search).get('section')).toBe('Business');
    expect(screen.getByRole('link', { name: 'Umm Qasr port grows' })).toBeInTheDocument();
  });

  test('ten results at first; "Show more results" adds the next ten, and goes away when all are shown', async () => {
    const { user } = await renderApp('/search?q=river', { api: api() });
    await screen.findByText('13 stories match “river”.');
    const list = () => within(screen.getByRole('main')).getAllByRole('heading', { level: 2 });
    expect(list()).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(list()).toHaveLength(13));
    expect(list()[12]).toHaveTextContent('River story 13');
    expect(screen.queryByRole('button', { name: 'Show more results' })).toBeNull();
  });

  test('a Persian query finds the Persian story', async () => {
    await renderApp(`/search?q=${encodeURIComponent('تهران')}`, { api: api() });
    expect(await screen.findByRole('link', { name: 'متروی تهران' })).toHaveAttribute('href', '/article/tehran-metro');
  });

  test('markup in an excerpt is shown as text, never run', async () => {
    await renderApp('/search?q=mango', { api: api() });
    const result = (await screen.findByRole('link', { name: 'A hostile excerpt' })).closest('li')!;
    expect(result.querySelector('img')).toBeNull();
    expect(result.textContent).toContain('mango');
    expect(result.querySelector('[onerror]')).toBeNull();
  });

  test('no match says so; an unavailable index says so in an alert', async () => {
    await renderApp('/search?q=zebra', { api: api() });
    await screen.findByText('No stories match “zebra”.');

    failing = true;
    try {
      await renderApp('/search?q=date', { api: api() });
      expect(await screen.findByRole('alert')).toHaveTextContent('Search isn’t available right now');
    } finally {
      failing = false;
    }
  });

  test('the page title holds the query', async () => {
    await renderApp('/search?q=harvest', { api: api() });
    await waitFor(() => expect(document.title).toBe('Search: harvest — Dateline'));
  });
});
