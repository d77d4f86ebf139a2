import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../model/article';
import { articleImageSources } from '../../model/article-images';
import { isSiteRelative } from '../../model/url';
import type { CompiledSite } from '../api/api-documents';
import { prerenderTargets } from '../render/prerender';
import { element, xmlDocument } from './xml';

/** The sitemap protocol's limit per file; past it, sitemap.xml becomes an index of numbered files. */
export const SITEMAP_LIMIT = 50_000;

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  /** The pictures the page shows (Google's image sitemap extension), absolute. */
  images?: string[];
}

/** The image extension allows at most this many images per page. */
const IMAGES_PER_URL = 1000;

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

function sitemapIndex(files: readonly string[]): string {
  return xmlDocument(element('sitemapindex', { xmlns: NS }, ...files.map((loc) => element('sitemap', {}, element('loc', {}, loc)))));
}

/** sitemap.xml (split into an index past 50,000 URLs) and robots.txt pointing at it. */
export async function writeSitemap(site: CompiledSite, outDir: string, absolute: (p: string) => string, limit = SITEMAP_LIMIT): Promise<number> {
  const articles = new Map(site.articles.map((a) => [`/article/${a.slug}`, a]));
  const imagesOf = (article: Article) => [...new Set(articleImageSources({ hero: article.image, body: article.body }).map((src) => (isSiteRelative(src) ? absolute(src) : src)))].slice(0, IMAGES_PER_URL);
  const urls: SitemapUrl[] = prerenderTargets(site)
    .filter((t) => t.url !== '/404')
    .map((t) => {
      const article = articles.get(t.url);
      return { loc: absolute(t.url.slice(1)), lastmod: article && (article.updatedAt ?? article.publishedAt), images: article && imagesOf(article) };
    });
  const files: string[] = [];
  if (urls.length <= limit) {
    await writeFile(path.join(outDir, 'sitemap.xml'), urlset(urls));
  } else {
    for (let i = 0; i * limit < urls.length; i++) {
      const name = `sitemap-${i + 1}.xml`;
      await writeFile(path.join(outDir, name), urlset(urls.slice(i * limit, (i + 1) * limit)));
      files.push(absolute(name));
    }
    await writeFile(path.join(outDir, 'sitemap.xml'), sitemapIndex(files));
  }
  await writeFile(path.join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${absolute('sitemap.xml')}\n`);
  return urls.length;
}
