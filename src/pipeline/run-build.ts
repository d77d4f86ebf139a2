import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileFolder } from './api/api-documents';
import { computeRelated, reusableRelated } from './api/related';
import { writeApi } from './api/write-api';
import { checkFolder } from './content/load-content';
import { folderSource } from './content/content-source';
import { ArticleCache } from './incremental/article-cache';
import { appBuildId } from './vite/build-id';
import { AppBundleCache } from './incremental/app-bundles';
import { appKey, codeKey } from './incremental/app-key';
import { readManifest } from './incremental/manifest';
import { StagedOutputs } from './incremental/staged-outputs';
import { stageSearchIndex } from './incremental/search-step';
import { swapIn } from './incremental/swap-in';
import { CHANGES_FILE, type BuildChanges } from './outputs/changes';
import { writeFeeds } from './outputs/feeds';
import { writeSitemap } from './outputs/sitemap';
import { PhaseLog } from './phase-log';
import { inlineStylesheets } from './render/page-template';
import { buildImages } from './render/images/image-step';
import { prerender } from './render/prerender';
import { absoluteUrl } from '../model/site-url';

export interface BuildOptions {
  root: string;
  contentDir: string;
  outDir: string;
  base: string;
  /** Build everything from scratch: no reuse of the published folder or of cached bundles. */
  clean: boolean;
  log: (line: string) => void;
}

export interface BuildResult {
  changes: BuildChanges;
  incremental: boolean;
  seconds: number;
  phases: string;
  /** The largest process: the build (with its prerender workers) or the Vite child. */
  peakRssMB: number;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

/**
 * One build of a content folder into a published folder. Everything is made in a staging folder and
 * put in place at the end, so a failed build leaves the published folder as it was. When the published
 * folder has a manifest of the build that made it, only the outputs whose inputs changed are made
 * again: no Vite build while the app's code is unchanged, no page rendered whose data is the same.
 */
export async function runBuild({ root, contentDir, outDir, base, clean, log }: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const phases = new PhaseLog(log);
  const stagingDir = `${outDir}.tmp-${process.pid}`;
  const scratchDir = `${outDir}.scratch-${process.pid}`;
  await Promise.all([rm(stagingDir, { recursive: true, force: true }), rm(scratchDir, { recursive: true, force: true })]);
  await mkdir(stagingDir, { recursive: true });

  const code = codeKey(root, contentDir);
  const app = new AppBundleCache(root, code, !clean);
  await app.start();
  try {
    const articleCache = ArticleCache.open(path.join(root, '.dateline', 'content-cache'), contentDir, appBuildId(root), !clean);
    // Everything the build holds of the content (bodies included) is dropped before the swap and the
    // cache are written: at 100,000 stories those writes would otherwise come on top of it.
    const { staged, changes, bundlesRssMB } = await makeOutputs({ root, contentDir, outDir, base, clean, log, phases, started, stagingDir, scratchDir, app, code, articleCache });
    await phases.time('swap', () => swapIn(staged, outDir, changes));
    articleCache.save();
    const ownRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    const peakRssMB = Math.max(ownRssMB, bundlesRssMB ?? 0);
    return { changes, incremental: staged.incremental, seconds: (performance.now() - started) / 1000, phases: phases.summary(), peakRssMB };
  } catch (error) {
    await app.stop();
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}

interface OutputsContext extends BuildOptions {
  phases: PhaseLog;
  started: number;
  stagingDir: string;
  scratchDir: string;
  app: AppBundleCache;
  code: string;
  articleCache: ArticleCache;
}

/** Reads the content and stages every output of the build; returns what the swap needs. */
async function makeOutputs({ root, contentDir, outDir, base, clean, log, phases, started, stagingDir, scratchDir, app, code, articleCache }: OutputsContext) {
  const content = await phases.time('content', async () => checkFolder(folderSource(contentDir), articleCache.reader));
  log(`Content: ${content.entries.length} articles from ${path.relative(root, contentDir) || '.'} are valid (${seconds(started)}); ${content.entries.length - articleCache.hits} parsed, the others unchanged`);
  const origin = (process.env.SITE_ORIGIN ?? content.site.origin ?? `http://localhost:${process.env.PORT ?? 4173}`).replace(/\/$/, '');
  // Raster images become responsive variants (cached between builds), and the site points at them.
  const imagesDir = path.join(scratchDir, 'images');
  const compiled = compileFolder({ ...content, site: { ...content.site, origin } }, articleCache.readSource);
  const { site, stats: images } = await phases.time('images', () => buildImages(compiled, { outDir: imagesDir }));
  log(`Images: ${images.images} raster images, ${images.encoded} encoded, ${images.files} variants, ${(images.bytes / 1e6).toFixed(1)} MB`);
  const frameHosts = new Set<string>();
  for (const article of site.articles) for (const host of article.frameHosts) frameHosts.add(host);
  const facts = { frameHosts: [...frameHosts].sort() };

  const published = await readManifest(outDir);
  // The bundles build (or come from the cache) while the API is written.
  const bundlesReady = app.resolve(facts);
  bundlesReady.catch(() => undefined);
  const key = appKey(code, facts);
  // Reuse needs the same app: a page rendered by another version of the code is not this build's.
  const reusable = !clean && published.manifest?.appKey === key ? published.manifest : null;
  if (!reusable) log(`Full build: ${clean ? '--clean' : published.manifest ? 'the app changed since the published build' : published.reason}`);
  const staged = new StagedOutputs(stagingDir, key, reusable, published.manifest);
  const apiStarted = performance.now();
  const stats = await phases.time('api', () => {
    // Related stories: the previous build's picks wherever no story they could come from has changed.
    const before = articleCache.scoredBefore();
    const related = computeRelated(site.articles, { reuse: before && reusableRelated(site.articles, before) });
    articleCache.recordRelated(site.articles, related);
    return writeApi({ ...site, related }, staged);
  });
  await staged.putFolder(imagesDir);
  log(`API: ${stats.files} documents, ${(stats.bytes / 1e6).toFixed(1)} MB (${seconds(apiStarted)})`);
  const bundles = await phases.time('bundles', () => bundlesReady);
  await phases.time('app', () => staged.putFolder(bundles.clientDir, '', (rel) => rel !== 'index.html'));

  const prerenderStarted = performance.now();
  const template = await inlineStylesheets(await readFile(path.join(bundles.clientDir, 'index.html'), 'utf8'), bundles.clientDir, base);
  const removedApi = new Set(Object.keys(reusable?.files ?? {}).filter((rel) => rel.startsWith('api/v1/') && staged.hashOf(rel) === undefined).map((rel) => rel.slice('api/v1/'.length)));
  const pages = await phases.time('prerender', () =>
    prerender(site, {
      staged,
      template,
      serverEntry: bundles.serverEntry,
      appKey: key,
      api: { dirs: reusable ? [stagingDir, outDir] : [stagingDir], removed: removedApi },
      base,
      origin,
    }),
  );
  log(`Prerendered ${pages.rendered} of ${pages.pages} pages, ${(pages.bytes / 1e6).toFixed(1)} MB (${seconds(prerenderStarted)})`);

  const absolute = (p: string) => absoluteUrl({ origin, base }, p);
  const searchStarted = performance.now();
  const feedsDir = path.join(scratchDir, 'outputs');
  await mkdir(feedsDir, { recursive: true });
  // Pagefind indexes the changed months in its own process while this one writes the feeds and the sitemap.
  const [written, indexed] = await Promise.allSettled([
    phases.time('feeds', async () => [await writeFeeds(site, feedsDir, absolute), await writeSitemap(site, feedsDir, absolute)] as const),
    phases.time('search', () => stageSearchIndex(site, staged, path.join(scratchDir, 'search'))),
  ]);
  if (written.status === 'rejected') throw written.reason;
  if (indexed.status === 'rejected') throw indexed.reason;
  await staged.putFolder(feedsDir);
  const [feeds, urls] = written.value;
  log(`Feeds: ${feeds} files; sitemap: ${urls} URLs`);
  log(`Search index: ${indexed.value.pages} articles, ${indexed.value.indexed} of ${indexed.value.shards} monthly shards indexed (${seconds(searchStarted)})`);

  const changes = staged.changes();
  log(`Changes: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed (${path.relative(root, outDir) || '.'}/${CHANGES_FILE})`);
  return { staged, changes, bundlesRssMB: bundles.rssMB };
}
