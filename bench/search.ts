import type { Browser } from '@playwright/test';
import { dirStats } from './scale';
import { median } from './lighthouse';

/*
 * Search as a reader meets it, in Chromium against a served build: open /search (a fresh context, so
 * nothing is cached), type a word, and time from the last keystroke to the first results painted; count
 * every byte that crossed the network for the Pagefind index from opening the page (loader, wasm,
 * filters, index chunks, fragments of the shown results). Plus the index's size on disk.
 */

export type SearchSample = { firstResultsMs: number; transferredBytes: number; requests: number; results: number };
export type SearchResult = {
  word: string;
  firstResultsMs: number;
  transferredBytes: number;
  requests: number;
  index: { bytes: number; files: number };
  samples: SearchSample[];
};

declare global {
  interface Window {
    __searchBench?: { lastKey: number; painted: number };
  }
}

async function searchOnce(browser: Browser, baseUrl: string, word: string): Promise<SearchSample> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // Pagefind fetches from the page and from its worker; the context sees both.
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.includes('/pagefind/')) return;
    if (process.env.SEARCH_BENCH_DEBUG) console.error(`${Date.now()} ${request.url()}`);
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/search`, { waitUntil: 'load' });
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  // The page has loaded Pagefind's loader (for the section filter) by the time a reader starts typing.
  await page.waitForLoadState('networkidle');
  await page.evaluate((expected) => {
    const timing = { lastKey: 0, painted: 0 };
    window.__searchBench = timing;
    // 'input', not 'keydown': text typed in a script the keyboard has no keys for arrives without key events.
    addEventListener('input', (event) => (timing.lastKey = event.timeStamp), { capture: true });
    const status = document.querySelector('main .search-status');
    const observer = new MutationObserver(() => {
      // The results of the whole word (not of a prefix typed on the way) are on screen.
      if (!timing.lastKey || !status?.textContent?.includes(`“${expected}”`) || !document.querySelector('main .search-results li')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (timing.painted = performance.now()), 0));
    });
    observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
  }, word);
  await page.locator('main').getByRole('searchbox').pressSequentially(word, { delay: 40 });
  await page.waitForFunction(() => (window.__searchBench?.painted ?? 0) > 0, undefined, { timeout: 20_000 });
  const timing = (await page.evaluate(() => window.__searchBench))!;
  await page.waitForLoadState('networkidle');
  const results = await page.locator('main .search-results li').count();
  const transferred = await Promise.all(sizes);
  await context.close();
  return { firstResultsMs: timing.painted - timing.lastKey, transferredBytes: transferred.reduce((a, b) => a + b, 0), requests: transferred.length, results };
}

export async function measureSearch(browser: Browser, baseUrl: string, outDir: string, word: string, runs: number): Promise<SearchResult> {
  const samples: SearchSample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await searchOnce(browser, baseUrl, word));
  return {
    word,
    firstResultsMs: median(samples.map((s) => s.firstResultsMs)),
    transferredBytes: median(samples.map((s) => s.transferredBytes)),
    requests: median(samples.map((s) => s.requests)),
    index: await dirStats(`${outDir}/pagefind`),
    samples,
  };
}
