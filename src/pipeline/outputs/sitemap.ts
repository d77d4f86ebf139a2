import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../model/article';
import { imageSources } from '../../model/article-images';
import { isSiteRelative } from '../../model/url';
import type { CompiledSite } from '../api/api-documents';
import type { SiteArticle } from '../api/compile-article';
import { prerenderTargets } from '../render/prerender';
import { element, xmlDocument } from './xml';

/** The sitemap protocol's limit per file; a month with more articles is split into numbered parts. */
export const SITEMAP_LIMIT = 50_000;

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  /** The pictures the page shows (Google's image sitemap extension), absolute. */
  images?: string[];
}

/** The image extension allows at most this many images per page. */
const IMAGES_PER_URL = 1000;

/** The folder of the sitemaps the index lists. */
export const SITEMAP_DIR = 'sitemaps';

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';

function urlset(urls: readonly SitemapUrl[]): string {
  const entries = urls.map((u) =>
    element(
      'url',
      {},
      element('loc', {}, u.loc),
      ...(u.lastmod ? [element('lastmod', {}, u.lastmod)] : []),
      ...(u.images ?? []).map((loc) => element('image:image', {}, element('image:loc', {}, loc))),
    ),
  );
  return xmlDocument(element('urlset', { xmlns: NS, 'xmlns:image': IMAGE_NS }, ...entries));
}

interface SitemapFile {
  name: string;
  urls: SitemapUrl[];
}

function sitemapIndex(files: readonly { loc: string; lastmod?: string }[]): string {
  const entries = files.map((f) => element('sitemap', {}, element('loc', {}, f.loc), ...(f.lastmod ? [element('lastmod', {}, f.lastmod)] : [])));
  return xmlDocument(element('sitemapindex', { xmlns: NS }, ...entries));
}

/** The UTC year and month an article was published in, e.g. "2026-05". */
export const publicationMonth = (article: Pick<Article, 'publishedAt'>): string => new Date(Date.parse(article.publishedAt)).toISOString().slice(0, 7);

/** Splits `urls` into files named `stem.xml`, or `stem-1.xml`, `stem-2.xml`… past `limit`. */
function parts(stem: string, urls: SitemapUrl[], limit: number): SitemapFile[] {
  if (urls.length <= limit) return [{ name: `${stem}.xml`, urls }];
  return Array.from({ length: Math.ceil(urls.length / limit) }, (_, i) => ({ name: `${stem}-${i + 1}.xml`, urls: urls.slice(i * limit, (i + 1) * limit) }));
}

const newest = (urls: readonly SitemapUrl[]): string | undefined =>
  urls.reduce<string | undefined>((max, u) => (u.lastmod && (!max || Date.parse(u.lastmod) > Date.parse(max)) ? u.lastmod : max), undefined);

/**
 * sitemap.xml, an index of one sitemap for the pages that are not articles (`sitemaps/pages.xml`) and
 * one per month of publication, UTC (`sitemaps/2026-05.xml`, split past 50,000 URLs), so publishing a
 * story rewrites only the index and its month's file; and robots.txt pointing at the index.
 * Returns the number of URLs listed.
 */
export async function writeSitemap(site: CompiledSite, outDir: string, absolute: (p: string) => string, limit = SITEMAP_LIMIT): Promise<number> {
  const imagesOf = (article: SiteArticle) => [...new Set([...(article.image ? [article.image] : []), ...article.bodyImages.map((b) => b.image)].flatMap(imageSources).map((src) => (isSiteRelative(src) ? absolute(src) : src)))].slice(0, IMAGES_PER_URL);
  const articleUrls = new Set(site.articles.map((a) => `/article/${a.slug}`));
  const pages: SitemapUrl[] = prerenderTargets(site)
    .filter((t) => t.url !== '/404' && !articleUrls.has(t.url))
    .map((t) => ({ loc: absolute(t.url.slice(1)) }));
  const months = new Map<string, SitemapUrl[]>();
  for (const article of site.articles) {
    const url = { loc: absolute(`article/${article.slug}`), lastmod: article.updatedAt ?? article.publishedAt, images: imagesOf(article) };
    const month = publicationMonth(article);
    const list = months.get(month);
    if (list) list.push(url);
    else months.set(month, [url]);
  }
  const files = [
    ...parts('pages', pages, limit),
    ...[...months.keys()].sort().reverse().flatMap((month) => parts(month, months.get(month)!, limit)),
  ];
  await mkdir(path.join(outDir, SITEMAP_DIR), { recursive: true });
  await Promise.all(files.map((f) => writeFile(path.join(outDir, SITEMAP_DIR, f.name), urlset(f.urls))));
  const index = files.map((f) => ({ loc: absolute(`${SITEMAP_DIR}/${f.name}`), lastmod: newest(f.urls) }));
  await writeFile(path.join(outDir, 'sitemap.xml'), sitemapIndex(index));
  await writeFile(path.join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${absolute('sitemap.xml')}\n`);
  return pages.length + site.articles.length;
}
