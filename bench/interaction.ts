import type { Browser, BrowserContext, Page } from '@playwright/test';
import { median } from './lighthouse';

/*
 * Interaction timings in Playwright's Chromium (desktop viewport, no throttling), timed inside the page
 * with performance.now():
 *  (a) click on a prefetched related story → new headline in the DOM and a requestAnimationFrame after it;
 *  (b) reload offline, with the service worker in control → first-contentful-paint / LCP of that load.
 */

export type ClickSample = { from: string; to: string; domMs: number; rafMs: number; afterFrameMs: number; prefetched: boolean; fetchedAfterClick: boolean };
export type ClickResult = { rafMs: number; domMs: number; afterFrameMs: number; samples: ClickSample[] };
export type OfflineSample = { fcpMs: number | null; lcpMs: number | null; lcpElement: string | null; headline: string; fromServiceWorker: boolean; swNetworkRequestsSucceeded: number; swNetworkRequestsFailed: number };
export type OfflineResult = { fcpMs: number | null; lcpMs: number | null; samples: OfflineSample[] };

type Timing = { start: number; dom: number; raf: number; after: number };
declare global {
  interface Window {
    __bench?: Timing;
  }
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

async function clickOnce(context: BrowserContext, articleUrl: string): Promise<ClickSample> {
  const page = await context.newPage();
  await page.goto(articleUrl, { waitUntil: 'load' });
  await settle(page);
  // The first story link (a card's first link is its section, e.g. "Europe", which is not a story).
  const link = page.getByRole('region', { name: 'Related stories' }).locator('a[href*="/article/"]').first();
  const href = await link.getAttribute('href');
  if (!href) throw new Error('no article link in the "Related stories" region');
  const slug = href.split('/').pop() ?? '';
  const apiPath = `/api/v1/articles/${slug}.json`;
  const apiRequests: number[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith(apiPath)) apiRequests.push(Date.now());
  });
  // Hover until the prefetch goes out: the first hover can land before hydration has attached handlers.
  for (let attempt = 0; attempt < 10 && apiRequests.length === 0; attempt++) {
    await page.mouse.move(0, 0);
    await link.hover();
    await page.waitForTimeout(attempt === 0 ? 300 : 1000);
  }
  const prefetched = apiRequests.length > 0;
  await settle(page);
  const before = apiRequests.length;
  const from = (await page.locator('h1').first().textContent()) ?? '';

  await page.evaluate(() => {
    const old = document.querySelector('h1')?.textContent ?? '';
    const timing: Timing = { start: 0, dom: 0, raf: 0, after: 0 };
    window.__bench = timing;
    addEventListener('click', (event) => (timing.start = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const text = document.querySelector('h1')?.textContent ?? '';
      if (!timing.start || !text || text === old) return;
      observer.disconnect();
      timing.dom = performance.now();
      requestAnimationFrame(() => {
        timing.raf = performance.now();
        // The task after the frame: the new headline has been painted by now.
        setTimeout(() => (timing.after = performance.now()), 0);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await link.click();
  await page.waitForFunction(() => (window.__bench?.after ?? 0) > 0, undefined, { timeout: 10_000 });
  const timing = (await page.evaluate(() => window.__bench))!;
  const to = (await page.locator('h1').first().textContent()) ?? '';
  await page.close();
  return {
    from,
    to,
    domMs: timing.dom - timing.start,
    rafMs: timing.raf - timing.start,
    afterFrameMs: timing.after - timing.start,
    prefetched,
    fetchedAfterClick: apiRequests.length > before,
  };
}

export async function measureRelatedClick(browser: Browser, articleUrl: string, runs: number): Promise<ClickResult> {
  const samples: ClickSample[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    try {
      samples.push(await clickOnce(context, articleUrl));
    } finally {
      await context.close();
    }
  }
  return {
    rafMs: median(samples.map((s) => s.rafMs)),
    domMs: median(samples.map((s) => s.domMs)),
    afterFrameMs: median(samples.map((s) => s.afterFrameMs)),
    samples,
  };
}

async function offlineOnce(context: BrowserContext, articleUrl: string): Promise<OfflineSample> {
  const page = await context.newPage();
  await page.goto(articleUrl, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 });
  await settle(page);
  await page.waitForTimeout(500); // runtime-cache writes finish after the responses

  let swNetworkOk = 0;
  let swNetworkFailed = 0;
  context.on('requestfinished', (request) => {
    if (request.serviceWorker()) swNetworkOk += 1;
  });
  context.on('requestfailed', (request) => {
    if (request.serviceWorker()) swNetworkFailed += 1;
  });
  await context.setOffline(true);
  const response = await page.reload({ waitUntil: 'load' });
  await page.locator('h1').first().waitFor();
  const paint = await page.evaluate(
    () =>
      new Promise<{ fcp: number | null; lcp: number | null; element: string | null }>((resolve) => {
        const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? null;
        let lcp: number | null = null;
        let element: string | null = null;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
            lcp = entry.startTime;
            const el = entry.element;
            element = el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}` : null;
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve({ fcp, lcp, element }), 300);
      }),
  );
  const headline = (await page.locator('h1').first().textContent()) ?? '';
  await context.setOffline(false);
  await page.close();
  return {
    fcpMs: paint.fcp,
    lcpMs: paint.lcp,
    lcpElement: paint.element,
    headline,
    fromServiceWorker: response?.fromServiceWorker() ?? false,
    swNetworkRequestsSucceeded: swNetworkOk,
    swNetworkRequestsFailed: swNetworkFailed,
  };
}

export async function measureOfflineReload(browser: Browser, articleUrl: string, runs: number): Promise<OfflineResult> {
  const samples: OfflineSample[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    try {
      samples.push(await offlineOnce(context, articleUrl));
    } finally {
      await context.close();
    }
  }
  const values = (key: 'fcpMs' | 'lcpMs') => samples.map((s) => s[key]).filter((v): v is number => v !== null);
  return {
    fcpMs: values('fcpMs').length ? median(values('fcpMs')) : null,
    lcpMs: values('lcpMs').length ? median(values('lcpMs')) : null,
    samples,
  };
}
