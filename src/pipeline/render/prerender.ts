import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { CompiledSite } from '../api/api-documents';
import { keyOf } from '../incremental/content-hash';
import type { StagedOutputs } from '../incremental/staged-outputs';
import type { ApiSource } from './api-from-disk';
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
  staged: StagedOutputs;
  /** index.html of the app's bundles, its stylesheets inlined. */
  template: string;
  serverEntry: string;
  /** The app bundles' key: a page rendered by another version of the app is rendered again. */
  appKey: string;
  api: ApiSource;
  base: string;
  origin: string;
}

export interface PrerenderStats {
  pages: number;
  rendered: number;
  bytes: number;
}

/**
 * Renders the pages whose inputs changed and reuses the rest. A page's key is the app's, the template's,
 * the site facts', its URL and the hashes of the API documents it read when it was last rendered: if
 * none of those changed, rendering it again would read the same data and write the same bytes.
 */
export async function prerender(site: CompiledSite, { staged, template, serverEntry, appKey, api, base, origin }: PrerenderOptions): Promise<PrerenderStats> {
  const siteName = site.content.site.name;
  const sameAs = (site.content.site.social ?? []).map((profile) => profile.url);
  const pageBase = keyOf(appKey, template, JSON.stringify({ siteName, sameAs, base, origin }));
  const keyFor = (url: string, deps: readonly string[]) => keyOf(pageBase, url, ...deps.map((dep) => `${dep}=${staged.hashOf(`api/v1/${dep}`) ?? '-'}`));

  const targets = prerenderTargets(site);
  const toRender: PrerenderTarget[] = [];
  for (const target of targets) {
    const previous = staged.previousPage(target.file);
    if (previous && previous.key === keyFor(target.url, previous.deps)) {
      staged.keep(target.file);
      staged.page(target.file, previous);
    } else {
      toRender.push(target);
    }
  }
  const outDir = staged.stagingDir;
  await Promise.all([...new Set(toRender.map((t) => path.dirname(path.join(outDir, t.file))))].map((dir) => mkdir(dir, { recursive: true })));
  const urls = new Map(toRender.map((t) => [t.file, t.url]));
  const { bytes, pages } = await renderOnWorkers(toRender, { template, serverEntry, outDir, api, base, origin, siteName, sameAs });
  for (const { file, hash, deps } of pages) {
    staged.record(file, hash);
    staged.page(file, { key: keyFor(urls.get(file)!, deps), deps });
  }
  return { pages: targets.length, rendered: toRender.length, bytes };
}
