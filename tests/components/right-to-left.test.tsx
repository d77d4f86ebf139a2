import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { archivePage, article, articleResponse, home, latestPage, mustRead, nav, summaries, summary } from '../fixtures/app-api';
import { fakeApi, region, renderApp, testQueryClient } from './render-app';

const persianStory = () =>
  article('tehran-metro-fa', {
    lang: 'fa',
    dir: 'rtl',
    title: 'متروی تهران گسترش می‌یابد',
    standfirst: 'خط جدید مترو تا پایان سال افتتاح می‌شود.',
    readingMinutes: 4,
    body: [{ type: 'paragraph', content: [{ type: 'text', text: 'ساخت ایستگاه‌ها ادامه دارد.' }] }],
  });

function articleApi(siteLang: string) {
  const a = persianStory();
  return fakeApi({
    [`articles/${a.slug}.json`]: articleResponse(a, { related: [summary('related-fa', { lang: 'fa', title: 'بازار تهران' }), ...summaries('related', 2)] }),
    'latest/1.json': latestPage(summaries('latest', 3)),
    'must-read.json': mustRead(summaries('must', 2)),
    'nav.json': nav({ lang: siteLang }),
  });
}

describe('a Persian story on an English site', () => {
  test('the story speaks Persian (byline, dates, reading time in Persian digits), right to left', async () => {
    await renderApp('/article/tehran-metro-fa', { api: articleApi('en') });
    const story = (await screen.findByRole('heading', { level: 1, name: 'متروی تهران گسترش می‌یابد' })).closest('article')!;
    expect(story).toHaveAttribute('lang', 'fa');
    expect(story).toHaveAttribute('dir', 'rtl');
    expect(within(story).getByText(/^نوشتهٔ/)).toBeInTheDocument();
    expect(within(story).getByText('۴ دقیقه مطالعه')).toBeInTheDocument();
    const published = within(story).getByText(/انتشار:/).querySelector('time')!;
    expect(published.textContent).toMatch(/[۰-۹]/);
    expect(published.textContent).not.toMatch(/[0-9]/);
    expect(within(story).getByRole('heading', { level: 2, name: 'موضوع‌ها' })).toBeInTheDocument();
  });

  test('the story’s body speaks Persian too: its player, its file sizes and its notes, in Persian digits', async () => {
    const a = article('tigris-fa', {
      lang: 'fa',
      dir: 'rtl',
      title: 'دجله کم‌آب‌تر از همیشه',
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'سطح آب پایین آمده است' }, { type: 'note', id: 'gauge' }] },
        { type: 'video', title: 'سد در سپیده‌دم', source: { kind: 'provider', provider: 'youtube', id: 'dQw4w9WgXcQ' } },
        { type: 'file', href: '/files/report.pdf', title: 'گزارش سالانه', bytes: 2_400_000 },
        { type: 'footnotes', items: [{ id: 'gauge', content: [{ type: 'text', text: 'اندازه‌گیری در بغداد.' }] }] },
      ],
    });
    const api = fakeApi({
      [`articles/${a.slug}.json`]: articleResponse(a),
      'latest/1.json': latestPage(summaries('latest', 3)),
      'must-read.json': mustRead(summaries('must', 2)),
      'nav.json': nav({ lang: 'en' }),
    });
    await renderApp(`/article/${a.slug}`, { api });
    const story = (await screen.findByRole('heading', { level: 1, name: a.title })).closest('article')!;
    expect(await within(story).findByRole('link', { name: 'پخش در YouTube: سد در سپیده‌دم' })).toBeInTheDocument();
    expect(within(story).getByRole('link', { name: 'دریافت گزارش سالانه (PDF، ۲٫۴ MB)' })).toBeInTheDocument();
    expect(within(story).getByRole('link', { name: 'پانوشت ۱' })).toHaveTextContent('۱');
    expect(within(story).getByRole('region', { name: 'پانوشت‌ها' })).toBeInTheDocument();
  });

  test('the site’s own controls and landmarks stay in English, marked as English inside the story', async () => {
    await renderApp('/article/tehran-metro-fa', { api: articleApi('en') });
    const share = await screen.findByRole('button', { name: 'Share' });
    expect(share.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('link', { name: 'Back to top' }).closest('[lang]')).toHaveAttribute('lang', 'en');
    const related = await screen.findByRole('region', { name: 'Related stories' });
    // Each card carries its own language and direction, so mixed lists isolate their titles.
    const persianCard = within(related).getByRole('link', { name: 'بازار تهران' }).closest('.card')!;
    expect(persianCard).toHaveAttribute('lang', 'fa');
    expect(persianCard).toHaveAttribute('dir', 'rtl');
    expect(within(related).getAllByRole('link').find((l) => l.closest('.card')?.getAttribute('lang') === 'en')).toBeDefined();
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
  });
});

describe('a Persian newsroom (site.lang "fa")', () => {
  test('the whole interface is in Persian and the page is right to left', async () => {
    await renderApp('/', { api: fakeApi({ 'home.json': home(), 'nav.json': nav({ lang: 'fa' }) }) });
    expect(await screen.findByRole('region', { name: 'خبرهای اصلی' })).toBeInTheDocument();
    expect(region('تازه‌ترین خبرها')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'پرش به محتوای اصلی' })).toHaveAttribute('href', '#main');
    const search = screen.getByRole('search');
    expect(within(search).getByRole('searchbox', { name: 'جست‌وجوی خبرها' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تنظیمات خواندن' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'بخش‌ها' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'fa'));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  test('a story known from a list shows its breadcrumb in Persian at once, before the story itself arrives', async () => {
    const a = persianStory();
    const api = articleApi('fa');
    const release = api.hold(`articles/${a.slug}.json`);
    const client = testQueryClient();
    client.setQueryData(['latest', 1], latestPage([summary(a.slug, { lang: 'fa', title: a.title, standfirst: a.standfirst }), ...summaries('latest', 2)]));
    await renderApp(`/article/${a.slug}`, { api, client });
    const breadcrumb = await screen.findByRole('navigation', { name: 'مسیر صفحه' });
    await waitFor(() => expect(within(breadcrumb).getAllByRole('link')[0]).toHaveTextContent('خانه'));
    expect(api.requests).toContain(`articles/${a.slug}.json`);
    expect(screen.queryByText('ساخت ایستگاه‌ها ادامه دارد.')).toBeNull(); // the seed, not the story
    release();
    expect(await screen.findByText('ساخت ایستگاه‌ها ادامه دارد.')).toBeInTheDocument();
  });

  test('list pages count and paginate in Persian', async () => {
    await renderApp('/latest?page=2', { api: fakeApi({
      'latest/1.json': latestPage(summaries('new', 3), { pageCount: 3, total: 12 }),
      'latest/archive-2.json': archivePage(latestPage(summaries('s', 3)), 2),
      'nav.json': nav({ lang: 'fa' }),
    }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'تازه‌ترین خبرها' })).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'صفحه‌ها' });
    expect(pages).toHaveTextContent('صفحهٔ ۲ از ۳');
    await waitFor(() => expect(document.title).toBe('تازه‌ترین خبرها (صفحهٔ ۲) — Dateline'));
  });
});
