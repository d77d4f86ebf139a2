import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, categoryPage, home, instant, latestPage, nav, summaries, summary } from '../fixtures/app-api';
import { pollQuery } from '../../src/ui/NewStoriesPrompt';
import { fakeApi, headlinesIn, renderApp } from './render-app';

/*
 * "3 new stories — Show": a story published while a list is open is offered, not pushed into the list
 * under the reader. The poll runs every minute (the e2e test lets the clock run); here a fetch of its
 * query stands for the minute going by.
 */
const older = summaries('older', 3);
const breaking = summary('breaking', { publishedAt: instant(1) });
const elsewhere = summary('elsewhere', { publishedAt: instant(2), category: { path: CATEGORIES.world.path, name: CATEGORIES.world.name } });

describe('new stories while a list is open', () => {
  test('the latest news offers a new story without moving the list, and Show brings it in', async () => {
    const api = fakeApi({ 'latest/1.json': latestPage(older), 'nav.json': nav() });
    const { client, user } = await renderApp('/latest', { api });
    await waitFor(() => expect(headlinesIn(screen.getByRole('main'))).toEqual(older.map((s) => s.title)));
    expect(screen.queryByText(/new stor/)).toBeNull();

    api.reply('latest/1.json', latestPage([breaking, ...older]));
    await client.fetchQuery(pollQuery());
    const status = await screen.findByText(/1 new story/);
    expect(status.closest('[role="status"]')).not.toBeNull();
    // The list the reader is reading is as it was.
    expect(headlinesIn(screen.getByRole('main'))).toEqual(older.map((s) => s.title));

    await user.click(within(status).getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(headlinesIn(screen.getByRole('main'))[0]).toBe(breaking.title));
    await waitFor(() => expect(screen.queryByText(/new stor/)).toBeNull());
  });

  test("a section counts only its own new stories, and nothing is asked for as the page opens", async () => {
    const iraq = older.map((s) => ({ ...s, category: { path: CATEGORIES.iraq.path, name: CATEGORIES.iraq.name } }));
    const api = fakeApi({
      'categories/region/iraq/1.json': categoryPage(CATEGORIES.iraq, iraq),
      'latest/1.json': latestPage([breaking, elsewhere, ...iraq]),
      'nav.json': nav(),
    });
    const { client } = await renderApp('/category/region/iraq', { api });
    await screen.findByRole('heading', { level: 1, name: CATEGORIES.iraq.name });
    // Nothing is asked for as the page opens: the first look is a minute later.
    expect(api.requests).not.toContain('latest/1.json');
    await client.fetchQuery(pollQuery());
    expect(await screen.findByText(/1 new story/)).toBeInTheDocument();
  });

  test('the front page offers what is newer than anything it shows, and its latest-news rail follows at once', async () => {
    const front = home();
    const api = fakeApi({ 'home.json': front, 'latest/1.json': latestPage(front.latest), 'nav.json': nav() });
    const { client } = await renderApp('/', { api });
    await screen.findByRole('region', { name: 'Top stories' });
    api.reply('latest/1.json', latestPage([breaking, ...front.latest]));
    await client.fetchQuery(pollQuery());
    expect(await screen.findByText(/1 new story/)).toBeInTheDocument();
    const rail = screen.getByRole('region', { name: 'Latest news' });
    await waitFor(() => expect(headlinesIn(rail)[0]).toBe(breaking.title));
  });
});
