import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

/*
 * Lighthouse 12.8.2 with the default (mobile) config in the system Chromium, a fresh browser for every
 * run. Pages are interleaved run by run so that drift on the machine spreads over all of them.
 */

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Metrics = { fcp: number; lcp: number; tbt: number; cls: number; observedLcp: number | null };
export type FailingAudit = { id: string; category: Category; score: number; displayValue: string | null; runs: number; items: string[] };
export type PageLighthouse = {
  url: string;
  runs: number;
  /** Medians over the runs, 0–100. */
  scores: Record<Category, number>;
  /** Medians over the runs: ms for fcp/lcp/tbt/observedLcp, unitless for cls. */
  metrics: Metrics;
  perRun: { scores: Record<Category, number>; metrics: Metrics }[];
  /** Audits scoring below 1 (with weight in their category, or opportunities in performance), over all runs; score and value from the worst run. */
  failing: FailingAudit[];
  lcpElement: string | null;
  lcpPhases: Record<string, number> | null;
  warnings: string[];
};

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Lighthouse's own trace sometimes comes back broken (NO_NAVSTART, NO_FCP…): such a run is tried again, twice at most. */
async function runOnce(url: string): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runAttempt(url);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof LighthouseRuntimeError)) throw error;
      console.error(`${(error as Error).message}; trying again (${attempt + 1}/3)`);
    }
  }
}

class LighthouseRuntimeError extends Error {}

async function runAttempt(url: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new LighthouseRuntimeError(`Lighthouse ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

const numeric = (lhr: Result, id: string): number => {
  const value = lhr.audits[id]?.numericValue;
  if (typeof value !== 'number') throw new Error(`audit ${id} has no numericValue (${lhr.audits[id]?.errorMessage ?? 'missing'})`);
  return value;
};

function metricsOf(lhr: Result): Metrics {
  const details = lhr.audits.metrics?.details as { items?: Record<string, unknown>[] } | undefined;
  const observed = details?.items?.[0]?.observedLargestContentfulPaint;
  return {
    fcp: numeric(lhr, 'first-contentful-paint'),
    lcp: numeric(lhr, 'largest-contentful-paint'),
    tbt: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    observedLcp: typeof observed === 'number' ? observed : null,
  };
}

function scoresOf(lhr: Result): Record<Category, number> {
  const entries = CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)] as const);
  return Object.fromEntries(entries) as Record<Category, number>;
}

/** What an audit points at (resource URLs, element selectors), up to five, for the report. */
function itemsOf(details: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (found.size >= 5 || depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const record = value as Record<string, unknown>;
    if (typeof record.url === 'string' && /^https?:/.test(record.url)) found.add(new URL(record.url).pathname);
    else if (record.type === 'node' && typeof record.selector === 'string') found.add(record.selector);
    for (const key of ['items', 'node', 'source', 'subItems']) if (key in record) visit(record[key], depth + 1);
  };
  visit(details, 0);
  return [...found];
}

function failingOf(lhr: Result): Omit<FailingAudit, 'runs'>[] {
  const out: Omit<FailingAudit, 'runs'>[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      const counts = ref.weight > 0 || (category === 'performance' && audit.scoreDisplayMode === 'metricSavings');
      if (counts) out.push({ id: ref.id, category, score: audit.score, displayValue: audit.displayValue ?? null, items: itemsOf(audit.details) });
    }
  }
  return out;
}

/** The LCP element and its phases (TTFB, load delay, load time, render delay) from the article's lhr. */
function lcpOf(lhr: Result): { element: string | null; phases: Record<string, number> | null } {
  type Table = { type: string; items?: Record<string, unknown>[] };
  const details = lhr.audits['largest-contentful-paint-element']?.details as { type: string; items?: Table[] } | undefined;
  const tables = details?.type === 'list' ? (details.items ?? []) : details ? [details as unknown as Table] : [];
  let element: string | null = null;
  let phases: Record<string, number> | null = null;
  for (const table of tables) {
    for (const item of table.items ?? []) {
      const node = item.node as { selector?: string; snippet?: string; nodeLabel?: string } | undefined;
      if (node && !element) element = `${node.snippet ?? node.selector ?? '?'}${node.nodeLabel ? ` "${node.nodeLabel.slice(0, 60)}"` : ''}`;
      if (typeof item.phase === 'string' && typeof item.timing === 'number') (phases ??= {})[item.phase] = Math.round(item.timing);
    }
  }
  return { element, phases };
}

export async function measureLighthouse(
  pages: Record<string, string>,
  runs: number,
  progress: (message: string) => void,
): Promise<Record<string, PageLighthouse>> {
  const results: Record<string, Result[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let run = 1; run <= runs; run++) {
    for (const [name, url] of Object.entries(pages)) {
      const started = Date.now();
      const lhr = await runOnce(url);
      results[name]!.push(lhr);
      const s = scoresOf(lhr);
      progress(`lighthouse ${name} run ${run}/${runs}: ${CATEGORIES.map((c) => s[c]).join('/')}, LCP ${Math.round(numeric(lhr, 'largest-contentful-paint'))} ms (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
  const out: Record<string, PageLighthouse> = {};
  for (const [name, lhrs] of Object.entries(results)) {
    const perRun = lhrs.map((lhr) => ({ scores: scoresOf(lhr), metrics: metricsOf(lhr) }));
    const failing = new Map<string, FailingAudit>();
    for (const lhr of lhrs) {
      for (const audit of failingOf(lhr)) {
        const key = `${audit.category}:${audit.id}`;
        const seen = failing.get(key);
        if (!seen) failing.set(key, { ...audit, runs: 1 });
        else if (audit.score < seen.score) failing.set(key, { ...audit, runs: seen.runs + 1 });
        else seen.runs += 1;
      }
    }
    // LCP element and phases from the run whose LCP is the median one.
    const byLcp = [...lhrs].sort((a, b) => numeric(a, 'largest-contentful-paint') - numeric(b, 'largest-contentful-paint'));
    const { element, phases } = lcpOf(byLcp[Math.floor((byLcp.length - 1) / 2)]!);
    const observed = perRun.map((r) => r.metrics.observedLcp).filter((v): v is number => v !== null);
    out[name] = {
      url: pages[name]!,
      runs: lhrs.length,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((r) => r.scores[c]))])) as Record<Category, number>,
      metrics: {
        fcp: median(perRun.map((r) => r.metrics.fcp)),
        lcp: median(perRun.map((r) => r.metrics.lcp)),
        tbt: median(perRun.map((r) => r.metrics.tbt)),
        cls: median(perRun.map((r) => r.metrics.cls)),
        observedLcp: observed.length ? median(observed) : null,
      },
      perRun,
      failing: [...failing.values()],
      lcpElement: element,
      lcpPhases: phases,
      warnings: [...new Set(lhrs.flatMap((lhr) => lhr.runWarnings.map(String)))],
    };
  }
  return out;
}
