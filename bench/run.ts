import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { access, constants, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import type { Browser } from '@playwright/test';
import { launchBrowser } from './browser';
import { measureBytes } from './bytes';
import { writeFloor } from './floor';
import { measureOfflineReload, measureRelatedClick } from './interaction';
import { CHROME_PATH, measureLighthouse } from './lighthouse';
import { measurePublishing, type PublishResult } from './publish';
import { build, synthetic, type BuildResult } from './scale';
import { freePort, serve, stopAllSync, type Server } from './serve';
import { evaluateGoals, renderTable, searchKey, type BenchResults } from './table';
import { measureSearch, type SearchResult } from './search';
import { ONE_IN_TEN_WORD, RARE_WORD } from './synthetic/synthetic';

/*
 * `npm run bench` (`--quick`: one Lighthouse run per page, no 10k build): builds the demo into a temp
 * dir, serves it, measures Lighthouse, bytes and interactions against it, then builds synthetic
 * archives for scale; prints the table and writes bench/results.json.
 */

const ROOT = process.cwd();
const ARTICLE = 'mosul-old-city-rebuild';
const CATEGORY = 'region/iraq';
/** A word of the demo that occurs in a few stories. */
const DEMO_SEARCH_WORD = 'Mosul';
/** Over each synthetic archive: a word in about one story in a hundred, and one in about one in ten. */
const SYNTHETIC_SEARCH_WORDS = [RARE_WORD, ONE_IN_TEN_WORD];
const quick = process.argv.includes('--quick');
/** Also a 100,000-story archive (about 15 minutes more): its full build, publishing and search. */
const huge = process.argv.includes('--100k');
const lighthouseRuns = quick ? 1 : 3;
const interactionRuns = quick ? 2 : 5;
const offlineRuns = quick ? 1 : 5;

const started = performance.now();
const progress = (message: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

async function chromiumVersion(): Promise<string> {
  const { stdout } = await promisify(execFile)(CHROME_PATH, ['--version']).catch(() => ({ stdout: 'unknown' }));
  return stdout.trim();
}

let server: Server | undefined;
let browser: Browser | undefined;
let tmp: string | undefined;

const onSignal = (signal: NodeJS.Signals) => {
  stopAllSync();
  console.error(`bench: ${signal}, stopped the preview server`);
  process.exit(130);
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
// Also on a crash (an uncaught error in a child's event handler): no server, no temp builds left behind.
process.once('exit', () => {
  stopAllSync();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const loadAtStart = os.loadavg();

async function main(): Promise<void> {
  await access(CHROME_PATH, constants.X_OK).catch(() => {
    throw new Error(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'dateline-bench-'));
  const port = await freePort(4300);
  const builds: BuildResult[] = [];

  progress(`demo build → ${tmp}/demo`);
  const demoDir = path.join(tmp, 'demo');
  const demo = await build(ROOT, { label: 'demo', outDir: demoDir, env: { SITE_ORIGIN: `http://localhost:${port}` } });
  builds.push(demo);
  progress(`demo build: ${demo.wallSeconds.toFixed(1)} s, peak RSS ${demo.peakRssMB} MB`);
  const floor = await writeFloor(demoDir, ARTICLE);

  server = await serve(ROOT, demoDir, port);
  progress(`serving ${demoDir} at ${server.url}`);
  const urls = {
    floor: `${server.url}/${floor}`,
    article: `${server.url}/article/${ARTICLE}`,
    home: `${server.url}/`,
    category: `${server.url}/category/${CATEGORY}`,
  };

  const lighthouse = await measureLighthouse(urls, lighthouseRuns, progress);
  const articleToFloorLcp = lighthouse.article!.metrics.lcp / lighthouse.floor!.metrics.lcp;

  browser = await launchBrowser();
  progress('bytes');
  const { floor: _floor, ...appPages } = urls;
  const bytes = await measureBytes(browser, appPages, demoDir, `article/${ARTICLE}.html`);
  progress(`interaction: related click ×${interactionRuns}`);
  const relatedClick = await measureRelatedClick(browser, urls.article, interactionRuns);
  progress(`interaction: offline reload ×${offlineRuns}`);
  const offlineReload = await measureOfflineReload(browser, urls.article, offlineRuns);
  progress(`interaction: search ×${interactionRuns}`);
  const search: Record<string, SearchResult> = { demo: await measureSearch(browser, server.url, demoDir, DEMO_SEARCH_WORD, interactionRuns) };
  await browser.close();
  browser = undefined;
  await server.stop();
  server = undefined;
  await rm(demoDir, { recursive: true, force: true });

  const synthesisSeconds: Record<string, number> = {};
  const publishing: PublishResult[] = [];
  const sizes: [string, number][] = quick ? [['1k', 1000]] : [['1k', 1000], ['10k', 10000], ...(huge ? ([['100k', 100000]] as [string, number][]) : [])];
  for (const [label, count] of sizes) {
    const content = path.join(tmp, `content-${label}`);
    progress(`synthetic ${count} → ${content}`);
    synthesisSeconds[label] = await synthetic(ROOT, count, content);
    progress(`build ${label}`);
    const out = path.join(tmp, `dist-${label}`);
    const result = await build(ROOT, { label, contentDir: content, outDir: out });
    builds.push(result);
    progress(`build ${label}: ${result.wallSeconds.toFixed(1)} s, peak RSS ${result.peakRssMB} MB (all processes ${result.treeRssMB} MB), ${result.files} files`);
    progress(`publishing ${label}: an unchanged rebuild, then one new story`);
    const published = await measurePublishing(ROOT, result, content, out);
    publishing.push(published);
    progress(`publishing ${label}: unchanged ${published.unchangedSeconds.toFixed(1)} s, one story ${published.publishSeconds.toFixed(1)} s, ${published.publishFiles.added + published.publishFiles.changed + published.publishFiles.removed} files`);
    server = await serve(ROOT, out, port);
    browser = await launchBrowser();
    for (const word of SYNTHETIC_SEARCH_WORDS) {
      progress(`search "${word}" over ${label} ×${interactionRuns}`);
      const result = await measureSearch(browser, server.url, out, word, interactionRuns);
      search[searchKey(label, word)] = result;
      progress(`search "${word}" over ${label}: ${Math.round(result.firstResultsMs)} ms, ${(result.transferredBytes / 1024).toFixed(1)} KB`);
    }
    await browser.close();
    browser = undefined;
    await server.stop();
    server = undefined;
    await rm(out, { recursive: true, force: true });
    await rm(content, { recursive: true, force: true });
  }
  const time = (label: string) => builds.find((b) => b.label === label)?.wallSeconds;
  const t1k = time('1k');
  const t10k = time('10k');

  const cpus = os.cpus();
  const partial: Omit<BenchResults, 'goals' | 'durationSeconds'> = {
    date: new Date().toISOString(),
    quick,
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      loadAverage1m: { start: Number(loadAtStart[0]!.toFixed(2)), end: Number(os.loadavg()[0]!.toFixed(2)) },
      node: process.version,
      chromium: await chromiumVersion(),
      lighthouse: (JSON.parse(await readFile(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version,
    },
    server: { url: `http://localhost:${port}` },
    lighthouse: { runs: lighthouseRuns, pages: lighthouse, articleToFloorLcp },
    bytes,
    interaction: { relatedClick, offlineReload, search },
    scale: { builds, synthesisSeconds, growth1kTo10k: t1k && t10k ? t10k / t1k : null, publishing },
  };
  const results: BenchResults = { ...partial, goals: evaluateGoals(partial), durationSeconds: (performance.now() - started) / 1000 };
  await mkdir(path.join(ROOT, 'bench'), { recursive: true });
  await writeFile(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(renderTable(results));
  console.error('wrote bench/results.json');
}

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  console.error(error);
} finally {
  await browser?.close().catch(() => undefined);
  await server?.stop().catch(() => undefined);
  if (tmp) await rm(tmp, { recursive: true, force: true });
}
