import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { home, nav } from '../fixtures/app-api';
import { fakeApi, headlinesIn, region, renderApp } from './render-app';

function homeApi(document = home()) {
  return fakeApi({ 'home.json': document, 'nav.json': nav() });
}

describe('home page', () => {
  test('lists the top stories, lead first, as links to their articles', async () => {
    const data = home();
    await renderApp('/', { api: homeApi(data) });

    // The page's (visually hidden) h1 is the site name from nav.json.
    expect(await screen.findByRole('heading', { level: 1, name: 'Dateline' })).toBeInTheDocument();
    const top = region('Top stories');
    expect(headlinesIn(top)).toEqual(data.top.map((s) => s.title));
    for (const story of data.top) expect(within(top).getByRole('link', { name: story.title })).toHaveAttribute('href', `/article/${story.slug}`);
    // Cards name their section, linking to it.
    expect(within(top).getAllByRole('link', { name: 'Iraq' })[0]).toHaveAttribute('href', '/category/region/iraq');
  });

  test('each section has a heading that links to its category page, and lists its stories', async () => {
    const data = home();
    await renderApp('/', { api: homeApi(data) });

    for (const { category, items } of data.sections) {
      const section = await screen.findByRole('region', { name: category.name });
      const heading = within(section).getByRole('heading', { level: 2, name: category.name });
      expect(within(heading).getByRole('link', { name: category.name })).toHaveAttribute('href', `/category/${category.path}`);
      expect(headlinesIn(section)).toEqual(items.map((s) => s.title));
    }
  });

  test('has the "Latest news" and "Must read" rails from the front-page document', async () => {
    const data = home();
    const api = homeApi(data);
    await renderApp('/', { api });

    await screen.findByRole('region', { name: 'Top stories' });
    expect(headlinesIn(region('Latest news'))).toEqual(data.latest.map((s) => s.title));
    expect(within(region('Latest news')).getByRole('link', { name: 'More latest news' })).toHaveAttribute('href', '/latest');
    expect(headlinesIn(region('Must read'))).toEqual(data.mustRead.map((s) => s.title));
    // The front page draws its rails from home.json; it does not ask for them separately.
    expect(api.requests).not.toContain('latest/1.json');
    expect(api.requests).not.toContain('must-read.json');
  });

  test('the header lists the sections from the navigation and the title is the site name', async () => {
    await renderApp('/', { api: homeApi() });

    const sections = await screen.findByRole('navigation', { name: 'Sections' });
    await waitFor(() => expect(within(sections).getAllByRole('link')).toHaveLength(2));
    expect(within(sections).getByRole('link', { name: 'News on the Region' })).toHaveAttribute('href', '/category/region');
    expect(within(sections).getByRole('link', { name: 'World' })).toHaveAttribute('href', '/category/world');
    await waitFor(() => expect(document.title).toBe('Dateline'));
  });

  test("the footer links the newsroom's profiles (https only) and names who holds the copyright", async () => {
    const site = nav({
      name: 'Harbour Times',
      copyright: 'Harbour Media Ltd',
      social: [
        { name: 'Mastodon', url: 'https://social.example/@harbour' },
        { name: 'Evil', url: 'javascript:alert(1)' },
        { name: 'Plain', url: 'http://plain.example/harbour' },
      ],
    });
    await renderApp('/', { api: fakeApi({ 'home.json': home(), 'nav.json': site }) });
    const profiles = await screen.findByRole('navigation', { name: 'Follow us' });
    expect(within(profiles).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Mastodon', 'https://social.example/@harbour']]);
    expect(within(profiles).getByRole('link', { name: 'Mastodon' }).getAttribute('rel')).toContain('me');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('© Harbour Media Ltd');
  });

  test('without a copyright holder the footer names the site', async () => {
    await renderApp('/', { api: homeApi() });
    await waitFor(() => expect(screen.getByRole('contentinfo')).toHaveTextContent('© Dateline'));
    expect(screen.queryByRole('navigation', { name: 'Follow us' })).toBeNull();
  });

  test('a failing front page shows an alert with "Try again" that recovers', async () => {
    const data = home();
    const api = homeApi(data).fail('home.json', 503);
    const { user } = await renderApp('/', { api });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/couldn’t load the front page/i);
    api.reply('home.json', data);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('region', { name: 'Top stories' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
