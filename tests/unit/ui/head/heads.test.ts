import { describe, expect, it } from 'vitest';
import type { ArticleResponse } from '../../../../src/model/api';
import { articleHead, categoryHead, notFoundHead } from '../../../../src/ui/head/heads';
import { headTags, type SiteInfo } from '../../../../src/ui/head/page-head';
import { scriptJson, serializeHead } from '../../../../src/ui/head/serialize-head';
import { en } from '../../../../src/i18n/en/ui';

const site: SiteInfo = { name: 'Dateline', origin: 'https://news.example.org', base: '/news/' };

function response(overrides: Partial<ArticleResponse['article']> = {}): ArticleResponse {
  return {
    article: {
      slug: 'dam-levels',
      title: 'Dam levels fall',
      standfirst: 'Reservoirs are at a ten-year low.',
      lang: 'en',
      dir: 'ltr',
      category: { path: 'region/iraq', name: 'Iraq' },
      author: { slug: 'layla-hassan', name: 'Layla Hassan' },
      publishedAt: '2026-11-20T08:30:00Z',
      updatedAt: '2026-11-20T12:00:00Z',
      readingMinutes: 4,
      image: { src: 'media/images/dam.svg', alt: 'A dam', width: 1200, height: 675, caption: 'The dam' },
      tags: [{ slug: 'water', name: 'Water' }],
      mustRead: false,
      wordCount: 900,
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }],
      ...overrides,
    },
    breadcrumb: [
      { name: 'Home', path: '/' },
      { name: 'News on the Region', path: '/category/region' },
      { name: 'Iraq', path: '/category/region/iraq' },
    ],
    related: [],
  };
}

function parseHead(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html');
}

const content = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content');

describe('head tags of an article', () => {
  it('has title, description, canonical, Open Graph, Twitter card and article metadata', () => {
    const doc = parseHead(serializeHead(articleHead(response()), site));
    expect(doc.title).toBe('Dam levels fall — Dateline');
    expect(content(doc, 'meta[name="description"]')).toBe('Reservoirs are at a ten-year low.');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://news.example.org/news/article/dam-levels');
    expect(content(doc, 'meta[property="og:type"]')).toBe('article');
    expect(content(doc, 'meta[property="og:url"]')).toBe('https://news.example.org/news/article/dam-levels');
    expect(content(doc, 'meta[property="og:image"]')).toBe('https://news.example.org/news/media/images/dam.svg');
    expect(content(doc, 'meta[property="og:image:width"]')).toBe('1200');
    expect(content(doc, 'meta[property="og:image:height"]')).toBe('675');
    expect(content(doc, 'meta[property="og:image:alt"]')).toBe('A dam');
    expect(content(doc, 'meta[property="article:published_time"]')).toBe('2026-11-20T08:30:00Z');
    expect(content(doc, 'meta[property="article:section"]')).toBe('Iraq');
    expect(content(doc, 'meta[property="article:tag"]')).toBe('Water');
    expect(content(doc, 'meta[name="twitter:card"]')).toBe('summary_large_image');
  });

  it('has NewsArticle and BreadcrumbList JSON-LD', () => {
    const doc = parseHead(serializeHead(articleHead(response()), site));
    const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
    const news = blocks.find((b) => b['@type'] === 'NewsArticle');
    expect(news).toMatchObject({
      headline: 'Dam levels fall',
      image: ['https://news.example.org/news/media/images/dam.svg'],
      datePublished: '2026-11-20T08:30:00Z',
      dateModified: '2026-11-20T12:00:00Z',
      author: [{ '@type': 'Person', name: 'Layla Hassan', url: 'https://news.example.org/news/author/layla-hassan' }],
      publisher: { '@type': 'Organization', name: 'Dateline' },
    });
    // The publisher's logo is the icon the build generates from the site's logo.
    expect(news.publisher.logo).toEqual({ '@type': 'ImageObject', url: 'https://news.example.org/news/pwa-512x512.png', width: 512, height: 512 });
    expect(news.publisher.sameAs).toBeUndefined();
    const withProfiles = parseHead(serializeHead(articleHead(response()), { ...site, sameAs: ['https://social.example/@dateline'] }));
    const publisher = [...withProfiles.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)).find((b) => b['@type'] === 'NewsArticle').publisher;
    expect(publisher.sameAs).toEqual(['https://social.example/@dateline']);
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'News on the Region', 'Iraq', 'Dam levels fall']);
    expect(crumbs.itemListElement[2]).toMatchObject({ position: 3, item: 'https://news.example.org/news/category/region/iraq' });
  });

  it('without an image: a plain summary card and no image fields', () => {
    const doc = parseHead(serializeHead(articleHead(response({ image: undefined, updatedAt: undefined })), site));
    expect(content(doc, 'meta[name="twitter:card"]')).toBe('summary');
    expect(doc.querySelector('meta[property="og:image"]')).toBeNull();
    const news = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)).find((b) => b['@type'] === 'NewsArticle');
    expect(news.image).toBeUndefined();
    expect(news.dateModified).toBe('2026-11-20T08:30:00Z');
  });

  it('keeps a hostile title inside its element and attribute', () => {
    const hostile = `"><script>window.pwned=1</script></title><!-- '&`;
    const html = serializeHead(articleHead(response({ title: hostile, standfirst: `</script><img src=x onerror=alert(1)>` })), site);
    expect(html).not.toMatch(/<script>window/);
    expect(html).not.toMatch(/<img/);
    expect(html.match(/<\/script>/g)).toHaveLength(2); // only the two JSON-LD blocks close
    const doc = parseHead(html);
    expect(doc.title).toBe(`${hostile} — Dateline`);
    expect(content(doc, 'meta[property="og:title"]')).toBe(hostile);
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    const news = [...doc.querySelectorAll('script')].map((s) => JSON.parse(s.textContent!)).find((b) => b['@type'] === 'NewsArticle');
    expect(news.headline).toBe(hostile);
  });

  it('a right-to-left article keeps its language', () => {
    const head = articleHead(response({ lang: 'fa', dir: 'rtl' }));
    expect(head).toMatchObject({ lang: 'fa', dir: 'rtl' });
    const tags = headTags(head, site);
    expect(tags.find((t) => t.attrs.property === 'og:locale')?.attrs.content).toBe('fa');
  });
});

describe('head tags of other pages', () => {
  it('a category page offers its own feeds next to the site-wide ones', () => {
    const head = categoryHead({
      category: { path: 'region/iraq', name: 'Iraq' },
      breadcrumb: response().breadcrumb,
      subcategories: [],
      items: [],
      page: 1,
      pageCount: 1,
      total: 0,
    }, en);
    const feeds = headTags(head, site).filter((t) => t.attrs.rel === 'alternate').map((t) => t.attrs.href);
    expect(feeds).toContain('https://news.example.org/news/feeds/rss.xml');
    expect(feeds).toContain('https://news.example.org/news/feeds/category/region/iraq/atom.xml');
    expect(feeds).toContain('https://news.example.org/news/feeds/category/region/iraq/feed.json');
  });

  it('the 404 page is not indexed', () => {
    const tags = headTags(notFoundHead('/nowhere', en), site);
    expect(tags.find((t) => t.attrs.name === 'robots')?.attrs.content).toBe('noindex');
  });
});

describe('scriptJson', () => {
  it('never lets "<" through, so </script> and <!-- cannot appear', () => {
    const text = scriptJson({ a: '</script><!--', b: '\u2028' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text)).toEqual({ a: '</script><!--', b: '\u2028' });
  });
});
