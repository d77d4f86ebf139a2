// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Warnings } from '../../../../src/import/warnings';
import type { Sourced, WpDump } from '../../../../src/import/wordpress/dump';
import { importWordPress } from '../../../../src/import/wordpress/import-wordpress';
import { siteLinks, type SiteLinkSources } from '../../../../src/import/wordpress/link-map';

const SITE = 'https://news.example';

/** A site whose posts, pages, attachments and archives share slugs in the ways real sites do. */
const sources: SiteLinkSources = {
  homes: [SITE],
  posts: [
    { id: 1, slug: 'harbour-reopens', link: `${SITE}/2026/02/harbour-reopens/`, guid: `${SITE}/?p=1`, route: '/article/harbour-reopens' },
    { id: 2, slug: 'caf%c3%a9-owners', link: `${SITE}/2026/02/caf%c3%a9-owners/`, route: '/article/cafe-owners' },
    // The measured case: a post whose link is now /category/sub/slug/.
    { id: 3, slug: 'council-budget', link: `${SITE}/category/city/politics/council-budget/`, route: '/article/council-budget' },
    // Shares its slug with a page.
    { id: 4, slug: 'about', link: `${SITE}/2026/01/about/`, route: '/article/about' },
    // Not imported (a draft, or skipped).
    { id: 5, slug: 'draft-piece', link: `${SITE}/2026/02/draft-piece/` },
    // Shares its slug with an attachment, and another with a category.
    { id: 6, slug: 'market-photo', link: `${SITE}/2026/02/market-photo/`, route: '/article/market-photo' },
    { id: 7, slug: 'schools', link: `${SITE}/2026/02/schools/`, route: '/article/schools' },
    { id: 8, slug: '%d8%b4%d8%b9%d8%b1', link: `${SITE}/2026/02/%d8%b4%d8%b9%d8%b1/`, route: '/article/post-8' },
  ],
  pages: [
    { id: 50, slug: 'about', link: `${SITE}/about/` },
    { id: 51, slug: 'corrections', link: `${SITE}/about/corrections/` },
  ],
  attachments: [{ id: 60, slug: 'market-photo', link: `${SITE}/2026/02/harbour-reopens/market-photo/` }],
  categories: [
    { id: 10, slug: 'city', link: `${SITE}/category/city/`, route: '/category/city' },
    { id: 11, slug: 'politics', parent: 10, link: `${SITE}/category/city/politics/`, route: '/category/city/politics' },
    { id: 12, slug: 'schools', parent: 10, link: `${SITE}/category/city/schools/`, route: '/category/city/schools' },
    // Not written: no imported post is in it.
    { id: 13, slug: 'sport', link: `${SITE}/category/sport/` },
  ],
  tags: [
    { id: 20, slug: 'ferries', link: `${SITE}/tag/ferries/`, route: '/tag/ferries' },
    { id: 21, slug: 'unused', link: `${SITE}/tag/unused/` },
  ],
  authors: [{ id: 2, slug: 'mira-okafor', link: `${SITE}/author/mira-okafor/`, route: '/author/mira-okafor' }],
};
const { rewrite } = siteLinks(sources);

describe('links to an imported post, in every permalink form', () => {
  it.each([
    ['its own link', `${SITE}/2026/02/harbour-reopens/`],
    ['http, www, no trailing slash', 'http://www.news.example/2026/02/harbour-reopens'],
    ['/slug/', `${SITE}/harbour-reopens/`],
    ['/yyyy/mm/dd/slug/', `${SITE}/2025/11/30/harbour-reopens/`],
    ['/yyyy/mm/slug/', `${SITE}/2025/11/harbour-reopens/`],
    ['/yyyy/slug/', `${SITE}/2025/harbour-reopens`],
    ['/category/…/slug/', `${SITE}/category/city/politics/harbour-reopens/`],
    ['category slugs without the base', `${SITE}/city/harbour-reopens/`],
    ['/?p=ID', `${SITE}/?p=1`],
    ['/index.php?p=ID', `${SITE}/index.php?p=1`],
    ['/?p=ID with more in the query', `${SITE}/?preview=true&p=1`],
    ['/?name=slug', `${SITE}/?name=harbour-reopens`],
    ['/archives/ID', `${SITE}/archives/1`],
    ['PATHINFO: /index.php/yyyy/mm/slug/', `${SITE}/index.php/2026/02/harbour-reopens/`],
    ['a query that does not say which page (dropped)', `${SITE}/harbour-reopens/?utm_source=newsletter`],
    ['upper-case host and slug', 'https://NEWS.example/2026/02/Harbour-Reopens/'],
  ])('%s', (_, href) => {
    expect(rewrite(href)).toBe('/article/harbour-reopens');
  });

  it('keeps a #fragment', () => {
    expect(rewrite(`${SITE}/2026/02/harbour-reopens/#comments`)).toBe('/article/harbour-reopens#comments');
    expect(rewrite(`${SITE}/?p=1#respond`)).toBe('/article/harbour-reopens#respond');
  });

  it('reads percent-encoded (non-Latin) slugs in either case of hex, and unencoded', () => {
    expect(rewrite(`${SITE}/caf%C3%A9-owners/`)).toBe('/article/cafe-owners');
    expect(rewrite(`${SITE}/2024/café-owners/`)).toBe('/article/cafe-owners');
    expect(rewrite(`${SITE}/2026/02/%D8%B4%D8%B9%D8%B1/`)).toBe('/article/post-8');
    expect(rewrite(`${SITE}/شعر/`)).toBe('/article/post-8');
  });

  it('maps a post whose link is /category/sub/slug/ from its other forms', () => {
    for (const href of [`${SITE}/category/city/politics/council-budget`, `${SITE}/council-budget/`, `${SITE}/2024/05/council-budget/`, `${SITE}/?p=3`, `${SITE}/city/politics/council-budget/`]) {
      expect(rewrite(href), href).toBe('/article/council-budget');
    }
  });
});

describe('links to archives that are in the import', () => {
  it.each([
    [`${SITE}/category/city/politics/`, '/category/city/politics'],
    [`${SITE}/category/politics/`, '/category/city/politics'],
    [`${SITE}/?cat=11`, '/category/city/politics'],
    [`${SITE}/tag/ferries/`, '/tag/ferries'],
    [`${SITE}/?tag=ferries`, '/tag/ferries'],
    [`${SITE}/author/mira-okafor`, '/author/mira-okafor'],
    [`${SITE}/?author=2`, '/author/mira-okafor'],
  ])('%s → %s', (href, route) => {
    expect(rewrite(href)).toBe(route);
  });
});

describe('links that stay as they are', () => {
  it.each([
    ['another host', 'https://other.example/2026/02/harbour-reopens/'],
    ['a host that only starts like the site', 'https://news.example.other.example/harbour-reopens/'],
    ['/?page_id= (a page), even with a post id', `${SITE}/?page_id=1`],
    ['/?page_id= beside a post id: WordPress shows the page', `${SITE}/?p=1&page_id=50`],
    ['/?attachment_id=', `${SITE}/?attachment_id=60`],
    ['a page that shares its slug with a post', `${SITE}/about/`],
    ['that slug in another form', `${SITE}/2025/03/about/`],
    ['a child page', `${SITE}/about/corrections/`],
    ['an attachment page', `${SITE}/2026/02/harbour-reopens/market-photo/`],
    ['a slug an attachment shares with a post', `${SITE}/market-photo/`],
    ['a slug a category shares with a post, where the category could be meant', `${SITE}/schools/`],
    ['a post that is not imported', `${SITE}/2026/02/draft-piece/`],
    ['its other forms', `${SITE}/draft-piece/`],
    ['its id', `${SITE}/?p=5`],
    ['an id nobody has', `${SITE}/archives/999`],
    ['a slug nobody has', `${SITE}/2026/02/no-such-post/`],
    ['a prefix that is neither a date nor categories', `${SITE}/some/page/harbour-reopens/`],
    ['a date archive', `${SITE}/2026/02/14/`],
    ['the home page', `${SITE}/`],
    ['a search', `${SITE}/?s=harbour`],
    ['a category that is not written', `${SITE}/category/sport/`],
    ['a tag that is not written', `${SITE}/tag/unused/`],
    ['an author who is not known', `${SITE}/author/nobody/`],
    ['mailto', 'mailto:desk@news.example'],
  ])('%s', (_, href) => {
    expect(rewrite(href)).toBe(href);
  });

  it('but the post that shares a slug is still reached by its own link and its id', () => {
    expect(rewrite(`${SITE}/2026/01/about/`)).toBe('/article/about');
    expect(rewrite(`${SITE}/?p=4`)).toBe('/article/about');
    expect(rewrite(`${SITE}/2026/02/market-photo/`)).toBe('/article/market-photo');
    // A dated form cannot be a category archive.
    expect(rewrite(`${SITE}/2025/12/schools/`)).toBe('/article/schools');
  });
});

describe('where the site lives', () => {
  it('under a path: only links under it are the site’s', () => {
    const sub = siteLinks({
      ...sources,
      homes: ['https://example.org/news/'],
      posts: [
        { id: 1, slug: 'a-post', link: 'https://example.org/news/2026/a-post/', route: '/article/a-post' },
        { id: 2, slug: 'b-post', link: 'https://example.org/news/2026/b-post/', route: '/article/b-post' },
      ],
      pages: [],
      attachments: [],
    });
    expect(sub.rewrite('https://example.org/news/b-post/')).toBe('/article/b-post');
    expect(sub.rewrite('https://example.org/news/?p=2')).toBe('/article/b-post');
    expect(sub.rewrite('https://example.org/b-post/')).toBe('https://example.org/b-post/');
    expect(sub.rewrite('https://example.org/?p=2')).toBe('https://example.org/?p=2');
  });

  it('with its own post link form: /stories/yyyy/slug/ is read as the posts’ links are', () => {
    const mag = siteLinks({
      homes: ['https://mag.example'],
      posts: [
        { id: 1, slug: 'a-post', link: 'https://mag.example/stories/2026/a-post/', route: '/article/a-post' },
        { id: 2, slug: 'b-post', link: 'https://mag.example/stories/2026/b-post/', route: '/article/b-post' },
      ],
      pages: [],
      attachments: [],
      categories: [],
      tags: [],
      authors: [],
    });
    expect(mag.rewrite('https://mag.example/stories/2019/b-post/')).toBe('/article/b-post');
    expect(mag.rewrite('https://mag.example/other/2019/b-post/')).toBe('https://mag.example/other/2019/b-post/');
  });

  it('without a home URL: on the hosts of its posts’ links', () => {
    const bare = siteLinks({ ...sources, homes: [] });
    expect(bare.rewrite('http://news.example/harbour-reopens')).toBe('/article/harbour-reopens');
    expect(bare.rewrite('https://other.example/harbour-reopens')).toBe('https://other.example/harbour-reopens');
  });

  it('an old domain in a guid is matched exactly, and nothing else on that host is', () => {
    const moved = siteLinks({ ...sources, posts: [{ ...sources.posts[0]!, guid: 'http://old-name.example/?p=1' }] });
    expect(moved.rewrite('http://old-name.example/?p=1')).toBe('/article/harbour-reopens');
    expect(moved.rewrite('http://old-name.example/harbour-reopens/')).toBe('http://old-name.example/harbour-reopens/');
  });
});

describe('links in imported posts', () => {
  const items = (file: string, values: unknown[]): Sourced[] => values.map((value, index) => ({ file, index, value }));
  const post = (id: number, slug: string, link: string, content: string) => ({
    id,
    slug,
    link,
    date_gmt: '2026-02-01T10:00:00',
    title: { rendered: slug },
    content: { rendered: content },
    excerpt: { rendered: 'x' },
    author: 1,
    categories: [11],
  });

  it('are rewritten whatever their form, relative ones resolved against the post’s own URL', () => {
    const dump: WpDump = {
      source: 'dump',
      index: { home: SITE },
      posts: items('posts.json', [
        post(1, 'first', `${SITE}/category/city/politics/first/`, '<p><a href="../second/">up</a> <a href="/second/">root</a> <a href="second/">below</a> <a href="/about/">page</a> <a href="https://elsewhere.example/second/">other</a></p>'),
        post(2, 'second', `${SITE}/2026/02/second/`, '<p><a href="../../first/">dated</a> <a href="/category/city/first/">category</a> <a href="/?p=1#top">id</a> <a href="/?page_id=1">page id</a></p>'),
      ]),
      categories: items('categories.json', [
        { id: 10, name: 'City', slug: 'city', parent: 0, link: `${SITE}/category/city/` },
        { id: 11, name: 'Politics', slug: 'politics', parent: 10, link: `${SITE}/category/city/politics/` },
      ]),
      users: items('users.json', [{ id: 1, name: 'Mira', slug: 'mira' }]),
      tags: [],
      media: [],
      pages: items('pages.json', [{ id: 9, slug: 'about', link: `${SITE}/about/` }]),
    };
    const { bundle } = importWordPress(dump, new Warnings());
    const hrefs = (slug: string) => [...JSON.stringify(bundle.articles.find((a) => a.slug === slug)!.body).matchAll(/"href":"([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs('first')).toEqual(['/article/second', '/article/second', `${SITE}/category/city/politics/first/second/`, `${SITE}/about/`, 'https://elsewhere.example/second/']);
    expect(hrefs('second')).toEqual(['/article/first', '/article/first', '/article/first#top', `${SITE}/?page_id=1`]);
  });
});
