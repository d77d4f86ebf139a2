import { rm, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build as viteBuild } from 'vite';
import { compileSite } from './api-documents';
import { ContentError } from './content-error';
import { loadContent } from './load-content';
import { prerender } from './prerender';
import { absoluteUrl } from '../model/site-url';
import { writeFeeds } from './feeds';
import { writeSitemap } from './sitemap';
import { writeSearchIndex } from './search-index';
import { writeSite } from './write-site';

const root = process.cwd();
const contentDir = path.resolve(root, process.env.CONTENT_DIR ?? 'content/demo');
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const stagingDir = `${outDir}.tmp-${process.pid}`;
// Inside the project, so the server bundle resolves react & co. from node_modules.
const serverDir = path.join(root, '.dateline', `server-${process.pid}`);
const rawBase = process.env.BASE_URL ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

const exists = (p: string) => stat(p).then(() => true, () => false);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const started = performance.now();
  const content = await loadContent(contentDir);
  console.log(`Content: ${content.articles.length} articles from ${path.relative(root, contentDir) || '.'} are valid (${seconds(started)})`);

  // Everything is built into a staging folder and swapped in at the end: a failed build leaves dist/ as it was.
  try {
    const logLevel = process.env.CI ? 'warn' : 'info';
    await viteBuild({ root, configLoader: 'runner', logLevel, build: { outDir: stagingDir, emptyOutDir: true } });
    // The server bundle needs no service worker or icons.
    process.env.DATELINE_SERVER_BUILD = '1';
    await viteBuild({ root, configLoader: 'runner', logLevel: 'warn', build: { ssr: 'src/app/server-entry.tsx', outDir: serverDir, emptyOutDir: true, sourcemap: false } });
    delete process.env.DATELINE_SERVER_BUILD;
    const apiStarted = performance.now();
    const origin = (process.env.SITE_ORIGIN ?? content.site.origin ?? `http://localhost:${process.env.PORT ?? 4173}`).replace(/\/$/, '');
    const site = compileSite({ ...content, site: { ...content.site, origin } });
    const stats = await writeSite(site, stagingDir);
    console.log(`API: ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB (${seconds(apiStarted)})`);
    const prerenderStarted = performance.now();
    const pages = await prerender(site, { outDir: stagingDir, serverEntry: path.join(serverDir, 'server-entry.js'), base, origin });
    console.log(`Prerendered ${pages.pages} pages, ${(pages.bytes / 1e6).toFixed(1)} MB (${seconds(prerenderStarted)})`);
    const absolute = (p: string) => absoluteUrl({ origin, base }, p);
    const feeds = await writeFeeds(site, stagingDir, absolute);
    const urls = await writeSitemap(site, stagingDir, absolute);
    console.log(`Feeds: ${feeds} files; sitemap: ${urls} URLs`);
    const searchStarted = performance.now();
    const search = await writeSearchIndex(stagingDir);
    console.log(`Search index: ${search.pages} articles (${seconds(searchStarted)})`);
    const old = `${outDir}.old-${process.pid}`;
    if (await exists(outDir)) await rename(outDir, old);
    await rename(stagingDir, outDir);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(serverDir, { recursive: true, force: true });
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`Built ${path.relative(root, outDir)}/ in ${seconds(started)}, peak RSS ${rss.toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
});
