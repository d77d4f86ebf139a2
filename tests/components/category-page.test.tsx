import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { archivePage, CATEGORIES, categoryPage, latestPage, nav, summaries } from '../fixtures/app-api';
import { fakeApi, headlinesIn, renderApp } from './render-app';

const PAGE_1 = 'categories/region/iraq/1.json';
// Pages are numbered from the oldest in the API: with two pages, the reader's page 2 is archive page 1.
const PAGE_2 = 'categories/region/iraq/archive-1.json';
const firstPage = summaries('iraq', 3);
const secondPage = summaries('older-iraq', 2);

function categoryApi() {
  return fakeApi({
    [PAGE_1]: categoryPage(CATEGORIES.iraq, firstPage, { page: 1, pageCount: 2, total: 5 }),
    [PAGE_2]: archivePage(categoryPage(CATEGORIES.iraq, secondPage), 1),
    'categories/region/1.json': categoryPage(CATEGORIES.region, firstPage, { page: 1, pageCount: 1 }, [CATEGORIES.iraq, CATEGORIES.iran]),
    'latest/1.json': latestPage(summaries('latest', 3)),
    'nav.json': nav(),
  });
}

describe('category page', () => {
  test('shows breadcrumb, heading, introduction and the stories of the section', async () => {
    await renderApp('/category/region/iraq', { api: categoryApi() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Iraq' })).toBeInTheDocument();
    expect(screen.getByText(CATEGORIES.iraq.description)).toBeInTheDocument();

    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const links = within(within(breadcrumb).getByRole('list')).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['News on the Region', '/category/region'],
      ['Iraq', '/category/region/iraq'],
    ]);
    expect(links[2]).toHaveAttribute('aria-current', 'page');
    expect(links[1]).not.toHaveAttribute('aria-current');

    expect(headlinesIn(screen.getByRole('main'))).toEqual(firstPage.map((s) => s.title));
    const first = screen.getByRole('link', { name: firstPage[0]!.title });
    expect(first).toHaveAttribute('href', `/article/${firstPage[0]!.slug}`);
    expect(first.closest('ol')).not.toBeNull();
    await waitFor(() => expect(document.title).toBe('Iraq — Dateline'));
  });

  test('with two pages, offers "Older →" to ?page=2 and no "Newer" link', async () => {
    await renderApp('/category/region/iraq', { api: categoryApi() });

    const pagination = await screen.findByRole('navigation', { name: 'Pagination' });
    expect(pagination).toHaveTextContent('Page 1 of 2');
    expect(within(pagination).getByRole('link', { name: 'Older →' })).toHaveAttribute('href', '/category/region/iraq?page=2');
    expect(within(pagination).queryByRole('link', { name: /Newer/ })).toBeNull();
  });

  test('?page=2 reads the page count from the head, then the archive page it maps to', async () => {
    const api = categoryApi();
    await renderApp('/category/region/iraq?page=2', { api });

    expect(await screen.findByRole('link', { name: secondPage[0]!.title })).toBeInTheDocument();
    expect(api.requests.filter((p) => p.startsWith('categories/region/iraq/'))).toEqual([PAGE_1, PAGE_2]);
    expect(headlinesIn(screen.getByRole('main'))).toEqual(secondPage.map((s) => s.title));

    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(pagination).toHaveTextContent('Page 2 of 2');
    expect(within(pagination).getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/category/region/iraq');
    expect(within(pagination).queryByRole('link', { name: /Older/ })).toBeNull();
    await waitFor(() => expect(document.title).toBe('Iraq (page 2) — Dateline'));
  });

  test('following "Older →" loads page 2', async () => {
    const api = categoryApi();
    const { user, router } = await renderApp('/category/region/iraq', { api });

    await user.click(await screen.findByRole('link', { name: 'Older →' }));

    expect(await screen.findByRole('link', { name: secondPage[0]!.title })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    expect(api.requests).toContain(PAGE_2);
    expect(screen.queryByRole('link', { name: firstPage[0]!.title })).toBeNull();
  });

  test('with three pages, page 2 is archive page 2 and page 3 the oldest, archive page 1', async () => {
    const oldest = summaries('oldest-iraq', 2);
    const api = fakeApi({
      [PAGE_1]: categoryPage(CATEGORIES.iraq, firstPage, { pageCount: 3, total: 7 }),
      'categories/region/iraq/archive-2.json': archivePage(categoryPage(CATEGORIES.iraq, secondPage), 2),
      'categories/region/iraq/archive-1.json': archivePage(categoryPage(CATEGORIES.iraq, oldest), 1),
      'nav.json': nav(),
    });
    const { user } = await renderApp('/category/region/iraq?page=2', { api });
    expect(await screen.findByRole('link', { name: secondPage[0]!.title })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('Page 2 of 3');

    await user.click(screen.getByRole('link', { name: 'Older →' }));
    expect(await screen.findByRole('link', { name: oldest[0]!.title })).toBeInTheDocument();
    expect(headlinesIn(screen.getByRole('main'))).toEqual(oldest.map((s) => s.title));
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('Page 3 of 3');
    // The head was read once: the second older page took the count from the cache.
    expect(api.requests.filter((p) => p === PAGE_1)).toHaveLength(1);
  });

  test('a page past the last shows "Page not found"', async () => {
    const api = categoryApi();
    await renderApp('/category/region/iraq?page=3', { api });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(api.requests.filter((p) => p.includes('archive-'))).toEqual([]);
  });

  test('a parent section lists its subsections', async () => {
    await renderApp('/category/region', { api: categoryApi() });

    expect(await screen.findByRole('heading', { level: 1, name: 'News on the Region' })).toBeInTheDocument();
    const subsections = screen.getByRole('navigation', { name: 'Sections in News on the Region' });
    const links = within(subsections).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Iraq', '/category/region/iraq'],
      ['Iran', '/category/region/iran'],
    ]);
    // One page only: no pagination.
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
  });

  test('an unknown section shows "Page not found"', async () => {
    await renderApp('/category/region/atlantis', { api: categoryApi() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('an invalid section path shows "Page not found" without asking the API for it', async () => {
    const api = categoryApi();
    await renderApp('/category/Region/..%2F..%2Fnav', { api });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(api.requests.filter((p) => p.startsWith('categories/'))).toEqual([]);
  });
});
