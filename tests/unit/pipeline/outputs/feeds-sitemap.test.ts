// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { xml2js } from 'xml-js';
import { absoluteUrl } from '../../../../src/model/site-url';
import { compileSite } from '../../../../src/pipeline/api/api-documents';
import { FEED_SIZE, writeFeeds } from '../../../../src/pipeline/outputs/feeds';
import { writeSitemap } from '../../../../src/pipeline/outputs/sitemap';
import { syntheticLoaded } from '../../../fixtures/synthetic-site';

const absolute = (p: string) => absoluteUrl({ origin: 'https://news.example.org', base: '/' }, p);
const newestFirstLoaded = <T extends { publishedAt: string }>(list: readonly T[]) => [...list].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-feeds-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('feeds', () => {
  it('describe a section without a description of its own in the site\'s language', async () => {
    const english = syntheticLoaded(20);
    const persian = { ...english, site: { ...english.site, lang: 'fa' }, categories: english.categories.map((c) => ({ ...c, description: undefined })) };
    const out = await tempDir();
    await writeFeeds(compileSite(persian), out, absolute);
    const section = persian.categories[0]!;
    const feed = JSON.parse(await readFile(path.join(out, `feeds/category/${section.path}/feed.json`), 'utf8'));
    expect(feed.description).toBe(`تازه‌ترین خبرهای ${section.name} در ${persian.site.name}.`);
  });


  it('writes RSS 2.0, Atom and JSON Feed 1.1 of the newest stories, site-wide and per category', async () => {
    const site = compileSite(syntheticLoaded(80));
    const out = await tempDir();
    await writeFeeds(site, out, absolute);

    const rss = xml2js(await readFile(path.join(out, 'feeds/rss.xml'), 'utf8'), { compact: true }) as { rss: { _attributes: { version: string }; channel: { item: { link: { _text: string } }[] } } };
    expect(rss.rss._attributes.version).toBe('2.0');
    expect(rss.rss.channel.item).toHaveLength(FEED_SIZE);
    expect(rss.rss.channel.item[0]!.link._text).toBe(absolute(`article/${site.articles[0]!.slug}`));

    const atom = await readFile(path.join(out, 'feeds/atom.xml'), 'utf8');
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');

    const json = JSON.parse(await readFile(path.join(out, 'feeds/feed.json'), 'utf8'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items[0].authors[0].name).toBe(site.articles[0]!.author.name);

    const category = site.articles[0]!.category.path;
    const categoryFeed = JSON.parse(await readFile(path.join(out, `feeds/category/${category}/feed.json`), 'utf8'));
    expect(categoryFeed.items.length).toBeGreaterThan(0);
    for (const item of categoryFeed.items) {
      const slug = item.url.split('/').pop();
      expect(site.articles.find((a) => a.slug === slug)!.category.path.startsWith(category)).toBe(true);
    }
  });
});

/** Every sitemap the index lists, by its path under the output folder. */
async function sitemapFiles(out: string): Promise<Map<string, string>> {
  const index = await readFile(path.join(out, 'sitemap.xml'), 'utf8');
  const files = new Map<string, string>();
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = loc!.slice(absolute('').length);
    files.set(file, await readFile(path.join(out, file), 'utf8'));
  }
  return files;
}

describe('sitemap', () => {
  it('is an index of every prerendered page except the 404, with lastmod for articles, and a robots.txt pointing at it', async () => {
    const site = compileSite(syntheticLoaded(30));
    const out = await tempDir();
    const count = await writeSitemap(site, out, absolute);
    const index = await readFile(path.join(out, 'sitemap.xml'), 'utf8');
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const files = await sitemapFiles(out);
    const all = [...files.values()].join('');
    for (const xml of files.values()) expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">');
    expect(all.match(/<url>/g)).toHaveLength(count);
    expect(count).toBe(site.articles.length + 2 + site.categories.size + site.content.authors.length + site.content.tags.length);
    expect(all).toContain(`<loc>${absolute(`article/${site.articles[0]!.slug}`)}</loc>`);
    expect(files.get('sitemaps/pages.xml')).toContain(`<loc>${absolute('latest')}</loc>`);
    expect(all).not.toContain('/404');
    expect(await readFile(path.join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://news.example.org/sitemap.xml');
  });

  it('puts each article in the sitemap of its month of publication (UTC), and the index gives each its newest lastmod', async () => {
    const loaded = syntheticLoaded(3);
    const [a, b, c] = loaded.articles;
    const dated = [
      { ...a!, publishedAt: '2026-05-31T23:30:00-02:00' }, // June in UTC
      { ...b!, publishedAt: '2026-05-02T10:00:00Z', updatedAt: '2026-06-03T10:00:00Z' },
      { ...c!, publishedAt: '2026-05-01T10:00:00Z' },
    ];
    const site = compileSite({ ...loaded, articles: dated });
    const out = await tempDir();
    await writeSitemap(site, out, absolute);
    const files = await sitemapFiles(out);
    expect([...files.keys()]).toEqual(['sitemaps/pages.xml', 'sitemaps/2026-06.xml', 'sitemaps/2026-05.xml']);
    expect(files.get('sitemaps/2026-06.xml')).toContain(`article/${a!.slug}</loc>`);
    expect(files.get('sitemaps/2026-05.xml')).toContain(`article/${b!.slug}</loc>`);
    expect(files.get('sitemaps/2026-05.xml')).toContain(`article/${c!.slug}</loc>`);
    const index = await readFile(path.join(out, 'sitemap.xml'), 'utf8');
    expect(index.replace(/\s+/g, '')).toContain(`<loc>${absolute('sitemaps/2026-05.xml')}</loc><lastmod>2026-06-03T10:00:00Z</lastmod>`);
  });

  it('publishing a story rewrites only the index and its month', async () => {
    const loaded = syntheticLoaded(40);
    const [newest, ...older] = newestFirstLoaded(loaded.articles);
    const before = await tempDir();
    const after = await tempDir();
    await writeSitemap(compileSite({ ...loaded, articles: older }), before, absolute);
    await writeSitemap(compileSite({ ...loaded, articles: [newest!, ...older] }), after, absolute);
    const [was, now] = [await sitemapFiles(before), await sitemapFiles(after)];
    const changed = [...now].filter(([file, xml]) => was.get(file) !== xml).map(([file]) => file);
    const month = new Date(Date.parse(newest!.publishedAt)).toISOString().slice(0, 7);
    expect(changed).toEqual([`sitemaps/${month}.xml`]);
    expect(await readFile(path.join(before, 'sitemap.xml'), 'utf8')).not.toBe(await readFile(path.join(after, 'sitemap.xml'), 'utf8'));
  });

  it("lists each article's pictures, gallery and video poster included, as absolute URLs, escaped", async () => {
    const loaded = syntheticLoaded(3);
    const [first, ...rest] = loaded.articles;
    const picture = (src: string) => ({ src, alt: '', width: 4, height: 3 });
    const article = {
      ...first!,
      hero: picture('images/hero.svg'),
      body: [
        ...first!.body,
        { type: 'gallery' as const, images: [picture('images/a.svg'), picture('https://cdn.example.org/b.jpg?w=1&h=2')] },
        { type: 'video' as const, title: 'A walk', source: { kind: 'provider' as const, provider: 'vimeo' as const, id: '123' }, poster: picture('images/still.svg') },
      ],
    };
    const site = compileSite({ ...loaded, articles: [article, ...rest] });
    const out = await tempDir();
    await writeSitemap(site, out, absolute);
    const xml = [...(await sitemapFiles(out)).values()].join('');
    const entry = xml.slice(xml.indexOf(`<loc>${absolute(`article/${article.slug}`)}</loc>`)).split('</url>')[0]!;
    const locs = [...entry.matchAll(/<image:loc>([^<]+)<\/image:loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      absolute('media/images/hero.svg'),
      absolute('media/images/a.svg'),
      'https://cdn.example.org/b.jpg?w=1&amp;h=2',
      absolute('media/images/still.svg'),
    ]);
  });

  it('splits a month past the limit into numbered parts', async () => {
    const loaded = syntheticLoaded(30);
    const site = compileSite({ ...loaded, articles: loaded.articles.map((a, i) => ({ ...a, publishedAt: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00Z` })) });
    const out = await tempDir();
    await writeSitemap(site, out, absolute, 20);
    const files = await sitemapFiles(out);
    expect([...files.keys()].filter((f) => f.startsWith('sitemaps/2026-03'))).toEqual(['sitemaps/2026-03-1.xml', 'sitemaps/2026-03-2.xml']);
    expect(files.get('sitemaps/2026-03-1.xml')!.match(/<url>/g)).toHaveLength(20);
    expect(files.get('sitemaps/2026-03-2.xml')!.match(/<url>/g)).toHaveLength(10);
  });
});
