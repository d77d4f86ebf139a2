import { screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ArticleResponse } from '../../src/model/api';
import { toSummary } from '../../src/model/summary';
import { FakeCache, stubCacheStorage } from '../fixtures/fake-cache-storage';
import { article, articleResponse, latestPage, mustRead, nav, summaries } from '../fixtures/app-api';
import { fakeApi, renderApp } from './render-app';

/*
 * Saving for offline, as a reader sees it: the Save button, the saved page and the offline view share one
 * saved list (a query over IndexedDB, here an in-memory stand-in) and follow it when it changes, in this
 * tab or in another.
 */
vi.mock('idb-keyval', () => import('../fixtures/fake-idb-keyval'));
const { idb } = await import('../fixtures/fake-idb-keyval');
const cache = new FakeCache();

const story = article('river-gauges', { title: 'River gauges fall to a record low' });
const other = article('harvest-early', { title: 'The harvest comes early this year' });

function api(...responses: ArticleResponse[]) {
  return fakeApi({
    ...Object.fromEntries(responses.map((r) => [`articles/${r.article.slug}.json`, r])),
    'latest/1.json': latestPage(summaries('latest', 3)),
    'must-read.json': mustRead(summaries('must', 2)),
    'nav.json': nav(),
  });
}

beforeEach(() => {
  idb.clear();
  stubCacheStorage(cache);
});

describe('Save for offline', () => {
  test('saves the story, and the saved page lists it until it is removed', async () => {
    const { user, router } = await renderApp(`/article/${story.slug}`, { api: api(articleResponse(story)) });
    const save = await screen.findByRole('button', { name: 'Save for offline' });
    await user.click(save);
    expect(await screen.findByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');

    await router.navigate('/saved');
    const remove = await screen.findByRole('button', { name: `Remove “${story.title}”` });
    expect(within(screen.getByRole('main')).getByRole('link', { name: story.title })).toHaveAttribute('href', `/article/${story.slug}`);
    await user.click(remove);
    expect(await screen.findByText(/Nothing saved yet/)).toBeInTheDocument();
  });

  test('pressed before the saved list has been read, it saves (it is never a dead control)', async () => {
    idb.set('saved-list', { version: 1, items: [{ summary: toSummary(other), savedAt: Date.now(), urls: [] }] });
    const { user, client } = await renderApp(`/article/${story.slug}`, { api: api(articleResponse(story)) });
    const save = await screen.findByRole('button', { name: 'Save for offline' });
    expect(save).toBeEnabled();
    // However far reading the list has got, the press saves this story and keeps the other one.
    await user.click(save);
    expect(await screen.findByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(client.getQueryState(['saved'])?.status).toBe('success'));
    const saved = idb.get('saved-list') as { items: { summary: { slug: string } }[] };
    expect(saved.items.map((item) => item.summary.slug).sort()).toEqual([other.slug, story.slug].sort());
  });

  test('follows a save made in another tab', async () => {
    const { client } = await renderApp(`/article/${story.slug}`, { api: api(articleResponse(story)) });
    await screen.findByRole('button', { name: 'Save for offline' });
    await waitFor(() => expect(client.getQueryState(['saved'])?.status).toBe('success')); // the saved list has been read

    // Another tab writes the list and says so on the shared channel.
    idb.set('saved-list', { version: 1, items: [{ summary: toSummary(story), savedAt: Date.now(), urls: [] }] });
    const otherTab = new BroadcastChannel('dateline-saved');
    otherTab.postMessage('changed');
    otherTab.close();

    expect(await screen.findByRole('button', { name: 'Saved' })).toBeInTheDocument();
  });

  test('a full device says so, and the story stays unsaved', async () => {
    cache.failPuts = true;
    const { user } = await renderApp(`/article/${story.slug}`, { api: api(articleResponse(story)) });
    const save = await screen.findByRole('button', { name: 'Save for offline' });
    await user.click(save);
    expect(await screen.findByRole('alert')).toHaveTextContent('There is not enough storage space on this device');
    expect(screen.getByRole('button', { name: 'Save for offline' })).toHaveAttribute('aria-pressed', 'false');
    expect(idb.get('saved-list')).toBeUndefined();
  });
});

describe('the offline view', () => {
  afterEach(() => onlineManager.setOnline(true));

  test('lists what can be read offline, and adds a story as soon as it is here', async () => {
    idb.set('saved-list', { version: 1, items: [{ summary: toSummary(other), savedAt: Date.now(), urls: [] }] });
    const fake = api().unreachable(`articles/${story.slug}.json`);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    onlineManager.setOnline(false);
    const { client } = await renderApp(`/article/${story.slug}`, { api: fake });

    const available = await screen.findByRole('region', { name: 'Available offline' });
    await waitFor(() => expect(within(available).getAllByRole('link').map((l) => l.textContent)).toEqual([other.title]));

    const third = article('bridge-reopens', { title: 'The old bridge reopens' });
    client.setQueryData(['article', third.slug], articleResponse(third));
    await waitFor(() => expect(within(available).getAllByRole('link').map((l) => l.textContent)).toEqual([other.title, third.title]));
  });
});
