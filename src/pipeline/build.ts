import { mkdir, rm, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileSite } from './api/api-documents';
import { buildBundlesInChild } from './render/bundles';
import { ContentError } from './content/content-error';
import { loadContent } from './content/load-content';
import { PhaseLog } from './phase-log';
import { prerender } from './render/prerender';
import { absoluteUrl } from '../model/site-url';
import { frameHostsOf } from '../model/frame-hosts';
import { writeFeeds } from './outputs/feeds';
import { writeSitemap } from './outputs/sitemap';
import { CHANGES_FILE, diffBuilds, writeChanges } from './outputs/changes';
import { writeSearchIndex } from './outputs/search-index';
import { writeApi } from './api/write-api';

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
  const phases = new PhaseLog();
  // Everything is built into a staging folder and swapped in at the end: a failed build leaves dist/ as it was.
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(stagingDir, { recursive: true });
  // The Vite builds run in a child process while this one validates the content and writes the API.
  const bundles = buildBundlesInChild({ root, clientDir: stagingDir, serverDir });
  let bundlesRssMB: number | null = null;
  try {
    const content = await phases.time('content', () => loadContent(contentDir));
    console.log(`Content: ${content.articles.length} articles from ${path.relative(root, contentDir) || '.'} are valid (${seconds(started)})`);
    const apiStarted = performance.now();
    const origin = (process.env.SITE_ORIGIN ?? content.site.origin ?? `http://localhost:${process.env.PORT ?? 4173}`).replace(/\/$/, '');
    const site = compileSite({ ...content, site: { ...content.site, origin } });
    const frameHosts = new Set<string>();
    for (const article of site.articles) frameHostsOf(article.body, frameHosts);
    bundles.send({ frameHosts: [...frameHosts].sort() });
    const stats = await phases.time('api', () => writeApi(site, stagingDir));
    console.log(`API: ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB (${seconds(apiStarted)})`);
    bundlesRssMB = await phases.time('bundles', () => bundles.done);
    const prerenderStarted = performance.now();
    const pages = await phases.time('prerender', () => prerender(site, { outDir: stagingDir, serverEntry: path.join(serverDir, 'server-entry.js'), base, origin }));
    console.log(`Prerendered ${pages.pages} pages, ${(pages.bytes / 1e6).toFixed(1)} MB (${seconds(prerenderStarted)})`);
    const absolute = (p: string) => absoluteUrl({ origin, base }, p);
    // Pagefind indexes the article pages in its own process while this one writes the feeds and the sitemap.
    const searchStarted = performance.now();
    const [written, indexed] = await Promise.allSettled([
      phases.time('feeds', async () => [await writeFeeds(site, stagingDir, absolute), await writeSitemap(site, stagingDir, absolute)] as const),
      phases.time('search', () => writeSearchIndex(site, stagingDir)),
    ]);
    if (written.status === 'rejected') throw written.reason;
    if (indexed.status === 'rejected') throw indexed.reason;
    const [feeds, urls] = written.value;
    console.log(`Feeds: ${feeds} files; sitemap: ${urls} URLs`);
    console.log(`Search index: ${indexed.value.pages} articles (${seconds(searchStarted)})`);
    const changes = await phases.time('changes', async () => {
      const found = await diffBuilds(outDir, stagingDir);
      await writeChanges(stagingDir, found);
      return found;
    });
    console.log(
      `Changes: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed (${path.relative(root, outDir) || '.'}/${CHANGES_FILE})`,
    );
    await phases.time('swap', async () => {
      const old = `${outDir}.old-${process.pid}`;
      if (await exists(outDir)) await rename(outDir, old);
      await rename(stagingDir, outDir);
      await rm(old, { recursive: true, force: true });
    });
  } catch (error) {
    bundles.stop();
    await bundles.done.catch(() => undefined);
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(serverDir, { recursive: true, force: true });
  }
  // The largest process: this one (with its prerender workers) or the Vite child. Pagefind's own process is not counted.
  const ownRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const peakRssMB = Math.max(ownRssMB, bundlesRssMB ?? 0);
  console.log(`Phases (s): ${phases.summary()}`);
  console.log(`Built ${path.relative(root, outDir)}/ in ${seconds(started)}, peak RSS ${peakRssMB} MB (build ${ownRssMB} MB, Vite builds ${bundlesRssMB ?? '?'} MB)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
});
