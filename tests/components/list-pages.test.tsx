import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AUTHORS, authorPage, latestPage, nav, summaries, TAGS, tagPage } from '../fixtures/app-api';
import { fakeApi, headlinesIn, renderApp } from './render-app';

const byLayla = summaries('by-layla', 3);
const aboutWater = summaries('about-water', 2);
const latest = summaries('latest', 3);

function listApi() {
  return fakeApi({
    'authors/layla-hassan/1.json': authorPage(AUTHORS.layla, byLayla),
    'tags/water/1.json': tagPage(TAGS.water, aboutWater),
    'latest/1.json': latestPage(latest, { pageCount: 3, total: 60 }),
    'nav.json': nav(),
  });
}

describe('author page', () => {
  test('shows the author’s name, role and stories', async () => {
    const api = listApi();
    await renderApp('/author/layla-hassan', { api });

    expect(await screen.findByRole('heading', { level: 1, name: 'Layla Hassan' })).toBeInTheDocument();
    expect(screen.getByText('Iraq correspondent')).toBeInTheDocument();
    expect(screen.getByText('Layla reports from Baghdad.')).toBeInTheDocument();
    expect(screen.getByText('3 stories')).toBeInTheDocument();
    expect(headlinesIn(screen.getByRole('main'))).toEqual(byLayla.map((s) => s.title));
    expect(screen.getByRole('link', { name: byLayla[0]!.title })).toHaveAttribute('href', `/article/${byLayla[0]!.slug}`);
    expect(api.requests).toContain('authors/layla-hassan/1.json');
    await waitFor(() => expect(document.title).toBe('Layla Hassan — Dateline'));
  });

  test('an unknown author shows "Page not found"', async () => {
    await renderApp('/author/nobody-here', { api: listApi() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('tag page', () => {
  test('shows the topic name and its stories', async () => {
    const api = listApi();
    await renderApp('/tag/water', { api });

    expect(await screen.findByRole('heading', { level: 1, name: 'Water' })).toBeInTheDocument();
    expect(screen.getByText('Topic')).toBeInTheDocument();
    expect(screen.getByText('2 stories')).toBeInTheDocument();
    expect(headlinesIn(screen.getByRole('main'))).toEqual(aboutWater.map((s) => s.title));
    expect(api.requests).toContain('tags/water/1.json');
    await waitFor(() => expect(document.title).toBe('Topic: Water — Dateline'));
  });

  test('an invalid tag slug shows "Page not found" without asking the API', async () => {
    const api = listApi();
    await renderApp('/tag/Water%2F..', { api });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(api.requests.filter((p) => p.startsWith('tags/'))).toEqual([]);
  });
});

describe('latest news page', () => {
  test('lists the newest stories with pagination', async () => {
    await renderApp('/latest', { api: listApi() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
    expect(headlinesIn(screen.getByRole('main'))).toEqual(latest.map((s) => s.title));
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: 'Older →' })).toHaveAttribute('href', '/latest?page=2');
  });
});
