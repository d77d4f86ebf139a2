import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CompiledSite } from '../api/api-documents';
import { inlineStylesheets } from './page-template';
import { renderOnWorkers, type PrerenderTarget } from './prerender-pool';
import { NOT_FOUND_PAGE } from '../serve/site-files';

/** Every URL that gets its own HTML file, and where the file goes (`/article/x` → `article/x.html`). */
export function prerenderTargets(site: CompiledSite): PrerenderTarget[] {
  const { content, articles, categories } = site;
  const page = (url: string) => ({ url, file: `${url.slice(1)}.html` });
  return [
    { url: '/', file: 'index.html' },
    page('/latest'),
    ...articles.map((a) => page(`/article/${a.slug}`)),
    ...[...categories.keys()].map((p) => page(`/category/${p}`)),
    ...content.authors.map((a) => page(`/author/${a.slug}`)),
    ...content.tags.map((t) => page(`/tag/${t.slug}`)),
    { url: '/404', file: NOT_FOUND_PAGE },
  ];
}

export interface PrerenderOptions {
  outDir: string;
  serverEntry: string;
  base: string;
  origin: string;
}

export async function prerender(site: CompiledSite, { outDir, serverEntry, base, origin }: PrerenderOptions): Promise<{ pages: number; bytes: number }> {
  const template = await inlineStylesheets(await readFile(path.join(outDir, 'index.html'), 'utf8'), outDir, base);
  const targets = prerenderTargets(site);
  await Promise.all([...new Set(targets.map((t) => path.dirname(path.join(outDir, t.file))))].map((dir) => mkdir(dir, { recursive: true })));
  const bytes = await renderOnWorkers(targets, { template, serverEntry, outDir, base, origin, siteName: site.content.site.name, sameAs: (site.content.site.social ?? []).map((profile) => profile.url) });
  return { pages: targets.length, bytes };
}
