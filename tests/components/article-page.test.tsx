import { screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { describe, expect, test, vi } from 'vitest';
import type { ArticleResponse } from '../../src/model/api';
import type { Article } from '../../src/model/article';
import { article, articleResponse, CATEGORIES, categoryPage, latestPage, mustRead, nav, summaries, summary } from '../fixtures/app-api';
import { fakeApi, headlinesIn, region, renderApp, statusWith, testQueryClient } from './render-app';

const SLUG = 'tigris-running-low';
const ARTICLE_PATH = `articles/${SLUG}.json`;

function tigris(overrides: Partial<Article> = {}): Article {
  return article(SLUG, {
    title: 'The Tigris is running lower than anyone remembers',
    standfirst: 'Farmers and engineers along the river describe a season without precedent.',
    ...overrides,
  });
}

/** The API an article page reads: the article, the two rails and the navigation. Both rails also list the article itself. */
function articleApi(response: ArticleResponse) {
  const own = summary(response.article.slug, { title: response.article.title });
  return fakeApi({
    [`articles/${response.article.slug}.json`]: response,
    'latest/1.json': latestPage([own, ...summaries('latest', 4)]),
    'must-read.json': mustRead([summary('must-read-1'), own, summary('must-read-2')]),
    'nav.json': nav(),
  });
}

async function openArticle(response: ArticleResponse = articleResponse(tigris())) {
  const app = await renderApp(`/article/${response.article.slug}`, { api: articleApi(response) });
  const headline = await screen.findByRole('heading', { level: 1, name: response.article.title });
  return { ...app, headline, story: headline.closest('article') as HTMLElement };
}

describe('article page', () => {
  test('shows headline, standfirst, byline and machine-readable dates', async () => {
    const a = tigris();
    const { story } = await openArticle(articleResponse(a));

    expect(within(story).getByText(a.standfirst)).toBeInTheDocument();
    const byline = within(story).getByRole('link', { name: 'Layla Hassan' });
    expect(byline).toHaveAttribute('href', '/author/layla-hassan');
    const datetimes = [...story.querySelectorAll('.article__meta time')].map((t) => t.getAttribute('datetime'));
    expect(datetimes).toEqual([a.publishedAt, a.updatedAt]);
    expect(within(story).getByText('3 min read')).toBeInTheDocument();
  });

  test('breadcrumb is an ordered list Home › News on the Region › Iraq › the article, the last marked current', async () => {
    const a = tigris();
    await openArticle(articleResponse(a));

    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const list = within(breadcrumb).getByRole('list');
    expect(list.tagName).toBe('OL');
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['News on the Region', '/category/region'],
      ['Iraq', '/category/region/iraq'],
      [a.title, `/article/${SLUG}`],
    ]);
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(links.slice(0, 3).map((l) => l.getAttribute('aria-current'))).toEqual([null, null, null]);
    expect(links[3]).toHaveAttribute('aria-current', 'page');
  });

  test('renders every kind of body block', async () => {
    const { story } = await openArticle();

    expect(within(story).getByRole('heading', { level: 2, name: 'What the gauges show' })).toBeInTheDocument();

    expect(within(story).getByText('Basra').tagName).toBe('EM');
    expect(within(story).getByText('the river has never been this low').tagName).toBe('STRONG');

    const quote = story.querySelector('blockquote');
    expect(quote).toHaveTextContent('We have never seen the riverbed in November.');
    const quoteFigure = quote!.closest('figure')!;
    expect(within(quoteFigure).getByText(/Ali Hussein, farmer/).tagName).toBe('FIGCAPTION');

    const items = within(story).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(expect.arrayContaining(['Rainfall is down by a third', 'Upstream dams hold more water']));

    const image = within(story).getByRole('img', { name: 'The Tigris at dusk, its banks exposed' });
    expect(image).toHaveAttribute('src', '/images/tigris.svg');
    const figure = image.closest('figure')!;
    expect(within(figure).getByText('The Tigris at Baghdad in November.').tagName).toBe('FIGCAPTION');
    expect(within(figure).getByText('Illustration: Dateline')).toBeInTheDocument();

    const internal = within(story).getByRole('link', { name: 'the dam levels story' });
    expect(internal).toHaveAttribute('href', '/article/dam-levels');
    expect(internal).not.toHaveAttribute('target');

    const external = within(story).getByRole('link', { name: 'the UN water report' });
    expect(external).toHaveAttribute('href', 'https://example.org/un-water-report');
    expect(external.getAttribute('rel')?.split(/\s+/)).toContain('noopener');
  });

  test('a body link with a script URL is shown as plain text, never as a link', async () => {
    const a = tigris({
      body: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Before. ' },
            { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'Click for details' }] },
            { type: 'text', text: ' After.' },
          ],
        },
      ],
    });
    const { story } = await openArticle(articleResponse(a));

    const text = within(story).getByText(/Click for details/);
    expect(text.closest('a')).toBeNull();
    expect(within(story).queryByRole('link', { name: 'Click for details' })).toBeNull();
    expect(story.querySelector('a[href^="javascript" i]')).toBeNull();
  });


  test('an embed is a link to the post at its provider, and nothing is loaded from the provider', async () => {
    const a = tigris({
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'The ministry posted the figures.' }] },
        { type: 'embed', provider: 'Mastodon', url: 'https://social.example/@ministry/1129', title: 'The ministry’s post with the November figures' },
        { type: 'embed', provider: 'Evil', url: 'javascript:alert(1)', title: 'A hostile embed' },
        {
          type: 'embed',
          provider: 'Datawrapper',
          url: 'https://www.datawrapper.de/_/AbC12/',
          title: 'Rainfall by month',
          frame: { provider: 'datawrapper', src: 'https://datawrapper.dwcdn.net/AbC12/1/' },
        },
        { type: 'video', title: 'The dam at dawn', source: { kind: 'provider', provider: 'youtube', id: 'dQw4w9WgXcQ' } },
      ],
    });
    const { story, api } = await openArticle(articleResponse(a));
    // Players, cards and link cards come with the rich blocks' chunk, which a story opened in the app loads.

    const link = await within(story).findByRole('link', { name: 'The ministry’s post with the November figures' });
    expect(link).toHaveAttribute('href', 'https://social.example/@ministry/1129');
    expect(link.getAttribute('rel')?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    expect(link.closest('p')).toHaveTextContent('(Mastodon)');
    expect(within(story).queryByText(/A hostile embed/)).toBeNull();
    // A provider's chart or video is a link to it until the reader asks for it.
    expect(within(story).getByRole('link', { name: 'Load the chart from Datawrapper: Rainfall by month' })).toHaveAttribute('href', 'https://www.datawrapper.de/_/AbC12/');
    expect(within(story).getByRole('link', { name: 'Play on YouTube: The dam at dawn' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(story.querySelector('iframe, script, a[href^="javascript" i]')).toBeNull();
    expect(api.urls.filter((url) => !url.includes('/api/v1/'))).toEqual([]);
  });
  test('"Related stories" lists the related headlines as links to their articles', async () => {
    const related = summaries('related', 5);
    await openArticle(articleResponse(tigris(), { related }));

    const rail = region('Related stories');
    expect(within(rail).getByRole('list')).toBeInTheDocument();
    expect(headlinesIn(rail)).toEqual(related.map((s) => s.title));
    for (const s of related) expect(within(rail).getByRole('link', { name: s.title })).toHaveAttribute('href', `/article/${s.slug}`);
  });

  test('a broken related entry (no title) is skipped and the others still show', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const related = summaries('related', 5);
    const { title: _dropped, ...untitled } = related[2]!;
    const response = { ...articleResponse(tigris()), related: [...related.slice(0, 2), untitled, ...related.slice(3)] } as unknown as ArticleResponse;
    await openArticle(response);

    const rail = region('Related stories');
    expect(headlinesIn(rail)).toEqual([related[0]!.title, related[1]!.title, related[3]!.title, related[4]!.title]);
    expect(within(rail).getAllByRole('listitem')).toHaveLength(4);
    expect(within(rail).queryByRole('link', { name: /related-3/ })).toBeNull();
  });

  test('"Latest news" and "Must read" list their stories but not the article being read', async () => {
    const a = tigris();
    await openArticle(articleResponse(a));

    const latest = region('Latest news');
    await waitFor(() => expect(headlinesIn(latest)).toEqual(summaries('latest', 4).map((s) => s.title)));
    expect(within(latest).queryByRole('link', { name: a.title })).toBeNull();
    expect(within(latest).getByRole('link', { name: 'More latest news' })).toHaveAttribute('href', '/latest');

    const must = region('Must read');
    await waitFor(() => expect(headlinesIn(must)).toEqual(['Headline of must-read-1', 'Headline of must-read-2']));
    expect(within(must).queryByRole('link', { name: a.title })).toBeNull();
  });

  test('the document title is "<headline> — Dateline"', async () => {
    const a = tigris();
    await openArticle(articleResponse(a));
    await waitFor(() => expect(document.title).toBe(`${a.title} — Dateline`));
  });

  test('a Persian article declares its language and right-to-left direction', async () => {
    const a = article('tehran-metro-fa', {
      lang: 'fa',
      dir: 'rtl',
      title: 'متروی تهران گسترش می‌یابد',
      standfirst: 'خط جدید مترو تا پایان سال افتتاح می‌شود.',
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'ساخت ایستگاه‌ها ادامه دارد.' }] }],
    });
    const { story } = await openArticle(articleResponse(a));

    expect(story).toHaveAttribute('lang', 'fa');
    expect(story).toHaveAttribute('dir', 'rtl');
    expect(within(story).getByText('ساخت ایستگاه‌ها ادامه دارد.')).toBeInTheDocument();
    // The page head follows the article, as the prerendered HTML does.
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'fa'));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });
});

describe('article page: failures', () => {
  test('a server error shows an alert with "Try again", which loads the article once the server recovers', async () => {
    const a = tigris();
    const api = articleApi(articleResponse(a)).fail(ARTICLE_PATH, 500);
    const { user } = await renderApp(`/article/${SLUG}`, { api });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/couldn’t load this article/i);
    expect(alert).toHaveTextContent('HTTP 500');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();

    api.reply(ARTICLE_PATH, articleResponse(a));
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 1, name: a.title })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a missing article (404) shows "Page not found", not an error alert, and is not retried', async () => {
    const api = articleApi(articleResponse(tigris())).fail(ARTICLE_PATH, 404);
    await renderApp(`/article/${SLUG}`, { api });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Page not found — Dateline'));
    // StrictMode mounts twice, so the page may ask twice; a retry loop would ask four times or more.
    expect(api.count(ARTICLE_PATH)).toBeLessThanOrEqual(2);
  });

  test('an unknown route shows "Page not found"', async () => {
    await renderApp('/no/such/page', { api: articleApi(articleResponse(tigris())) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test.each(['/article/..%2F..%2Fetc', '/article/..%2Fnav', '/article/Tigris-Running-Low', '/article/a%20b'])(
    'an invalid slug (%s) shows "Page not found" and never reaches the API with it',
    async (url) => {
      const api = articleApi(articleResponse(tigris()));
      await renderApp(url, { api });

      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
      // The 404 page offers the latest stories: once they show, every request the page makes has been made.
      expect(await screen.findByRole('link', { name: 'Headline of latest-1' })).toBeInTheDocument();
      expect(api.requests.length).toBeGreaterThan(0);
      for (const path of api.requests) {
        expect(path).not.toMatch(/\.\.|%2f|%2e|\\/i);
        if (path.startsWith('articles/')) expect(path).toMatch(/^articles\/[a-z0-9]+(?:-[a-z0-9]+)*\.json$/);
      }
      expect(api.requests.filter((p) => p.startsWith('articles/'))).toEqual([]);
      for (const url of api.urls) expect(url.startsWith('/api/v1/')).toBe(true);
    },
  );
});

describe('article page: loading', () => {
  test('with the story already in a cached list, headline and standfirst show at once while the body loads', async () => {
    const a = tigris();
    const response = articleResponse(a);
    const api = articleApi(response);
    const release = api.hold(ARTICLE_PATH);
    const client = testQueryClient();
    client.setQueryData(['latest', 1], latestPage([summary(SLUG, { title: a.title, standfirst: a.standfirst }), ...summaries('latest', 4)]));

    await renderApp(`/article/${SLUG}`, { api, client });

    // No waiting: the summary is on screen in the very first render.
    const headline = screen.getByRole('heading', { level: 1, name: a.title });
    const story = headline.closest('article')!;
    expect(within(story).getByText(a.standfirst)).toBeInTheDocument();
    expect(within(story).getByRole('link', { name: 'Layla Hassan' })).toHaveAttribute('href', '/author/layla-hassan');
    expect(statusWith('Loading the article…')).toBeDefined();
    expect(within(story).queryByRole('heading', { level: 2, name: 'What the gauges show' })).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent(/Home.*Iraq/);
    expect(api.requests).toContain(ARTICLE_PATH);

    release();

    expect(await within(story).findByRole('heading', { level: 2, name: 'What the gauges show' })).toBeInTheDocument();
    expect(statusWith('Loading the article…')).toBeUndefined();
    expect(headlinesIn(region('Related stories'))).toEqual(response.related.map((s) => s.title));
    // The seeded headline stays where it was: the full story fills in around it instead of replacing it.
    expect(screen.getByRole('heading', { level: 1, name: a.title })).toBe(headline);
  });

  test('opening a story from its section page shows it at once, breadcrumb included, while the body loads', async () => {
    const a = tigris();
    const listed = summary(SLUG, { title: a.title, standfirst: a.standfirst });
    const api = articleApi(articleResponse(a)).reply('categories/region/iraq/1.json', categoryPage(CATEGORIES.iraq, [...summaries('iraq', 2), listed]));
    const release = api.hold(ARTICLE_PATH);
    const { user } = await renderApp('/category/region/iraq', { api });
    // Section names for the breadcrumb come from the navigation, once it has loaded.
    await within(await screen.findByRole('navigation', { name: 'Sections' })).findByRole('link', { name: 'News on the Region' });

    await user.click(await screen.findByRole('link', { name: a.title }));

    const headline = await screen.findByRole('heading', { level: 1, name: a.title });
    const story = headline.closest('article')!;
    expect(within(story).getByText(a.standfirst)).toBeInTheDocument();
    expect(statusWith('Loading the article…')).toBeDefined();
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('link');
    expect(crumbs.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['News on the Region', '/category/region'],
      ['Iraq', '/category/region/iraq'],
      [a.title, `/article/${SLUG}`],
    ]);

    release();
    expect(await within(story).findByRole('heading', { level: 2, name: 'What the gauges show' })).toBeInTheDocument();
    expect(statusWith('Loading the article…')).toBeUndefined();
  });

  test('without a cached summary the page shows a loading status until the article arrives', async () => {
    const a = tigris();
    // No list names the story (the rails' lists arrive first, and would seed its headline).
    const api = articleApi(articleResponse(a)).reply('latest/1.json', latestPage(summaries('latest', 4))).reply('must-read.json', mustRead([summary('must-read-1')]));
    const release = api.hold(ARTICLE_PATH);
    await renderApp(`/article/${SLUG}`, { api });

    await waitFor(() => expect(statusWith('Loading the article…')).toBeDefined());
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();

    release();
    expect(await screen.findByRole('heading', { level: 1, name: a.title })).toBeInTheDocument();
  });
});

describe('article page: prefetch', () => {
  test('hovering a related story starts fetching that article', async () => {
    const related = summaries('related', 5);
    const { api, user } = await openArticle(articleResponse(tigris(), { related }));
    const target = `articles/${related[1]!.slug}.json`;
    expect(api.requests).not.toContain(target);

    await user.hover(within(region('Related stories')).getByRole('link', { name: related[1]!.title }));

    await waitFor(() => expect(api.requests).toContain(target));
    expect(api.requests).not.toContain(`articles/${related[0]!.slug}.json`);
  });

  test('following a prefetched related story shows it with its own headline and breadcrumb', async () => {
    const related = summaries('related', 5);
    const next = article(related[0]!.slug, { title: related[0]!.title });
    const { api, user } = await openArticle(articleResponse(tigris(), { related }));
    api.reply(`articles/${next.slug}.json`, articleResponse(next));

    const link = within(region('Related stories')).getByRole('link', { name: next.title });
    await user.click(link);

    expect(await screen.findByRole('heading', { level: 1, name: next.title })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${next.title} — Dateline`));
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('link');
    expect(crumbs.at(-1)).toHaveAttribute('href', `/article/${next.slug}`);
  });
});

describe('article page: offline', () => {
  test('rails that were never fetched say they cannot load while offline, and fill in when the network is back', async () => {
    const response = articleResponse(tigris());
    const api = articleApi(response).unreachable('latest/1.json').unreachable('must-read.json');
    onlineManager.setOnline(false);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      await renderApp(`/article/${SLUG}`, { api });
      expect(await screen.findByRole('heading', { level: 1, name: response.article.title })).toBeInTheDocument();
      expect(await within(region('Latest news')).findByRole('alert')).toHaveTextContent('We couldn’t load the latest news');
      expect(await within(region('Must read')).findByRole('alert')).toBeInTheDocument();
      expect(within(region('Latest news')).queryByRole('status', { name: /Loading/ })).toBeNull();

      api.reply('latest/1.json', latestPage(summaries('back-online', 3))).reply('must-read.json', mustRead(summaries('must-back', 2)));
      onLine.mockReturnValue(true);
      onlineManager.setOnline(true);
      await waitFor(() => expect(headlinesIn(region('Latest news'))).toHaveLength(3));
      expect(within(region('Latest news')).queryByRole('alert')).toBeNull();
      await waitFor(() => expect(headlinesIn(region('Must read'))).toHaveLength(2));
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
