import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { js2xml } from 'xml-js';
import type { CompiledSite } from '../api/api-documents';
import { prerenderTargets } from '../render/prerender';

/** The sitemap protocol's limit per file; past it, sitemap.xml becomes an index of numbered files. */
export const SITEMAP_LIMIT = 50_000;

interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

const declaration = { _declaration: { _attributes: { version: '1.0', encoding: 'UTF-8' } } };
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function urlset(urls: readonly SitemapUrl[]): string {
  return js2xml(
    { ...declaration, urlset: { _attributes: { xmlns: NS }, url: urls.map((u) => ({ loc: { _text: u.loc }, ...(u.lastmod ? { lastmod: { _text: u.lastmod } } : {}) })) } },
    { compact: true, spaces: 1 },
  );
}

function sitemapIndex(files: readonly string[]): string {
  return js2xml({ ...declaration, sitemapindex: { _attributes: { xmlns: NS }, sitemap: files.map((loc) => ({ loc: { _text: loc } })) } }, { compact: true, spaces: 1 });
}

/** sitemap.xml (split into an index past 50,000 URLs) and robots.txt pointing at it. */
export async function writeSitemap(site: CompiledSite, outDir: string, absolute: (p: string) => string, limit = SITEMAP_LIMIT): Promise<number> {
  const modified = new Map(site.articles.map((a) => [`/article/${a.slug}`, a.updatedAt ?? a.publishedAt]));
  const urls: SitemapUrl[] = prerenderTargets(site)
    .filter((t) => t.url !== '/404')
    .map((t) => ({ loc: absolute(t.url.slice(1)), lastmod: modified.get(t.url) }));
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
