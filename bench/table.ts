import type { BytesResult } from './bytes';
import type { ClickResult, OfflineResult } from './interaction';
import type { SearchResult } from './search';
import { CATEGORIES, type PageLighthouse } from './lighthouse';
import type { PublishResult } from './publish';
import type { BuildResult } from './scale';
import { ONE_IN_TEN_WORD, RARE_WORD } from './synthetic/synthetic';

/*
 * The results of one bench run, the goals of DESIGN.md §5 checked against them, and the printed table.
 */

export type BenchResults = {
  date: string;
  quick: boolean;
  durationSeconds: number;
  machine: { cpus: number; cpuModel: string; memoryGB: number; os: string; loadAverage1m: { start: number; end: number }; node: string; chromium: string; lighthouse: string };
  server: { url: string };
  lighthouse: { runs: number; pages: Record<string, PageLighthouse>; articleToFloorLcp: number };
  bytes: BytesResult;
  /**
   * `search` is keyed by build and word: 'demo' (the demo, "Mosul"), and for each synthetic archive
   * (1k, 10k, 100k with --100k) one entry per word of SEARCH_WORDS, e.g. '10k "lighthouse"' (searchKey).
   */
  interaction: { relatedClick: ClickResult; offlineReload: OfflineResult; search: Record<string, SearchResult> };
  scale: { builds: BuildResult[]; synthesisSeconds: Record<string, number>; growth1kTo10k: number | null; publishing: PublishResult[] };
  goals: Goal[];
};

export type Goal = { goal: string; target: string; measured: string; pass: boolean | null };

const KB = 1024;
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);
const sec = (value: number) => `${value.toFixed(1)} s`;
const mark = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : '**FAIL**');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

export const LIGHTHOUSE_PAGES = ['article', 'home', 'category'] as const;

/** The goal for article LCP / floor LCP, the floor being a static page with the same headline, first paragraph and hero served the same way. */
export const FLOOR_RATIO_GOAL = 1.3;

/** The words searched over each synthetic archive, by how common they are. */
export const SEARCH_WORDS = [
  { word: RARE_WORD, share: 'about 1 story in 100' },
  { word: ONE_IN_TEN_WORD, share: 'about 1 story in 10' },
] as const;
/** Last keystroke → the whole word's first results painted, by archive size; and the bytes, at either size. */
export const SEARCH_GOAL_MS: Record<string, number> = { '10k': 150, '100k': 300 };
export const SEARCH_GOAL_BYTES = 300 * 1024;

/** The key of a search over a synthetic archive in `interaction.search`, e.g. '10k "lighthouse"'. */
export const searchKey = (archive: string, word: string) => `${archive} "${word}"`;
/** The archive of a key of `interaction.search` ('demo' for the demo's). */
const archiveOf = (key: string) => key.split(' ')[0]!;
const shareOf = (key: string, word: string) => {
  const known = archiveOf(key) === 'demo' ? undefined : SEARCH_WORDS.find((w) => w.word === word);
  return known ? ` (${known.share})` : '';
};

export function evaluateGoals(r: Omit<BenchResults, 'goals' | 'durationSeconds'>): Goal[] {
  const goals: Goal[] = [];
  for (const name of LIGHTHOUSE_PAGES) {
    const page = r.lighthouse.pages[name]!;
    const scores = CATEGORIES.map((c) => page.scores[c]);
    goals.push({ goal: `Lighthouse ${name} (perf/a11y/bp/seo)`, target: '100/100/100/100', measured: scores.join('/'), pass: scores.every((s) => s === 100) });
  }
  const ratio = r.lighthouse.articleToFloorLcp;
  goals.push({ goal: 'article LCP / floor LCP (floor: static page, same headline, first paragraph and hero)', target: `≤ ${FLOOR_RATIO_GOAL}`, measured: ratio.toFixed(2), pass: ratio <= FLOOR_RATIO_GOAL });
  // The app's start (the starter and what it imports); the small chunks loaded once the page is up
  // (service-worker registration, persisted cache, save store) are shown in the bytes table.
  const js = r.bytes.pages.article!.jsAtStartGzip;
  goals.push({ goal: 'first article load JS (gzip)', target: '≤ 125.0 KB', measured: kb(js), pass: js <= 125 * KB });
  const click = r.interaction.relatedClick.rafMs;
  goals.push({ goal: 'related story click → headline painted', target: '≤ 50 ms', measured: ms(click), pass: click <= 50 });
  const offline = r.interaction.offlineReload.fcpMs;
  goals.push({ goal: 'offline reload → paint (FCP)', target: '≤ 300 ms', measured: ms(offline), pass: offline === null ? false : offline <= 300 });
  // Per archive size and word. The 10k rows are always shown (skipped under --quick, like the other 10k
  // goals); the 100k rows when there is a 100k archive (--100k).
  for (const [archive, limit] of Object.entries(SEARCH_GOAL_MS)) {
    const built = r.scale.builds.some((b) => b.label === archive);
    const measuredAny = SEARCH_WORDS.some(({ word }) => searchKey(archive, word) in r.interaction.search);
    if (archive !== '10k' && !built && !measuredAny) continue;
    for (const { word, share } of SEARCH_WORDS) {
      const search = r.interaction.search[searchKey(archive, word)];
      goals.push({
        goal: `${archive} search "${word}" (${share}): last keystroke → whole word's first results`,
        target: `≤ ${limit} ms, ≤ ${kb(SEARCH_GOAL_BYTES)}`,
        measured: search ? `${ms(search.firstResultsMs)}, ${kb(search.transferredBytes)}` : built ? 'not measured' : 'skipped (--quick)',
        pass: search ? search.firstResultsMs <= limit && search.transferredBytes <= SEARCH_GOAL_BYTES : built ? false : null,
      });
    }
  }
  const big = r.scale.builds.find((b) => b.label === '10k');
  goals.push({ goal: '10k build time (wall)', target: '≤ 90 s', measured: big ? sec(big.wallSeconds) : 'skipped (--quick)', pass: big ? big.wallSeconds <= 90 : null });
  const rss = big?.peakRssMB ?? null;
  goals.push({ goal: '10k build peak RSS', target: '≤ 1536 MB', measured: big ? (rss === null ? 'unknown' : `${rss} MB`) : 'skipped (--quick)', pass: big ? rss !== null && rss <= 1536 : null });
  const growth = r.scale.growth1kTo10k;
  goals.push({ goal: 'build growth 1k → 10k (time10k/time1k)', target: '≈ 10 (linear) or less', measured: growth === null ? 'skipped (--quick)' : `${growth.toFixed(1)}×`, pass: growth === null ? null : growth <= 12 });
  const publishGoal = { '10k': 5, '100k': 10 } as Record<string, number>;
  for (const p of r.scale.publishing.filter((p) => p.label in publishGoal)) {
    const files = p.publishFiles.added + p.publishFiles.changed + p.publishFiles.removed;
    goals.push({ goal: `${p.label} one-story publish (wall)`, target: `≤ ${publishGoal[p.label]} s`, measured: `${sec(p.publishSeconds)}, ${files} files`, pass: p.publishSeconds <= publishGoal[p.label]! });
  }
  const huge = r.scale.publishing.find((p) => p.label === '100k');
  if (huge) {
    goals.push({ goal: '100k full build (wall)', target: '≤ 480 s', measured: sec(huge.fullSeconds), pass: huge.fullSeconds <= 480 });
    goals.push({ goal: '100k peak RSS, all processes', target: '≤ 2048 MB', measured: huge.peakRssMB === null ? 'unknown' : `${huge.peakRssMB} MB`, pass: huge.peakRssMB !== null && huge.peakRssMB <= 2048 });
  }
  return goals;
}

export function renderTable(r: BenchResults): string {
  const out: string[] = [];
  out.push(`# Dateline bench — ${r.date}${r.quick ? ' (--quick)' : ''}`);
  out.push('');
  out.push(`${r.machine.cpus} CPUs (${r.machine.cpuModel}), ${r.machine.memoryGB} GB, ${r.machine.os}; Node ${r.machine.node}; ${r.machine.chromium}; Lighthouse ${r.machine.lighthouse}. Load average (1 min) ${r.machine.loadAverage1m.start} at start, ${r.machine.loadAverage1m.end} at end. Served by the app's static server (npm run preview) at ${r.server.url}.`);
  out.push('');

  out.push(`## Lighthouse (mobile preset, simulated throttling; median of ${r.lighthouse.runs} run${r.lighthouse.runs > 1 ? 's' : ''})`);
  out.push('');
  const lhRows = Object.entries(r.lighthouse.pages).map(([name, p]) => [
    name === 'floor' ? 'floor (static HTML, same hero)' : name,
    p.scores.performance,
    p.scores.accessibility,
    p.scores['best-practices'],
    p.scores.seo,
    ms(p.metrics.fcp),
    ms(p.metrics.lcp),
    ms(p.metrics.tbt),
    p.metrics.cls.toFixed(3),
    new URL(p.url).pathname,
  ]);
  out.push(table(['page', 'perf', 'a11y', 'best-pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'path'], lhRows));
  out.push('');
  out.push(`Article LCP / floor LCP: **${r.lighthouse.articleToFloorLcp.toFixed(2)}** (goal ≤ ${FLOOR_RATIO_GOAL}; the floor is a static page with the article's headline, first paragraph and hero, the hero's <picture> and image preload copied from the prerendered article).`);
  for (const [name, p] of Object.entries(r.lighthouse.pages)) {
    const lcp = p.lcpPhases ? Object.entries(p.lcpPhases).map(([k, v]) => `${k} ${v} ms`).join(', ') : '';
    out.push(`- ${name} LCP element: ${p.lcpElement ? `\`${p.lcpElement.replace(/\s+/g, ' ').slice(0, 140)}\`` : '–'}${lcp ? ` (${lcp})` : ''}`);
    if (p.failing.length) {
      const items = (f: (typeof p.failing)[number]) => (f.items.length ? ` → ${f.items.slice(0, 3).map((i) => i.split('/').pop() || i).join(', ')}` : '');
      const list = p.failing.map((f) => `${f.category}/${f.id} ${Math.round(f.score * 100)}${f.displayValue ? ` (${f.displayValue})` : ''}${items(f)}${f.runs < p.runs ? ` [${f.runs}/${p.runs} runs]` : ''}`);
      out.push(`  - audits below 100: ${list.join('; ')}`);
    }
  }
  out.push('');

  out.push('## Bytes (gzip -9 of each file requested on a first visit, until the network is idle)');
  out.push('');
  const byteRows = Object.entries(r.bytes.pages).map(([name, p]) => [
    name,
    kb(p.jsGzip),
    kb(p.jsAtStartGzip),
    kb(p.jsGzip - p.jsAtStartGzip),
    p.files.filter((f) => f.file.endsWith('.js')).length,
    kb(p.cssGzip),
  ]);
  out.push(table(['page', 'JS', 'JS to start the app', 'JS loaded once it runs', 'JS files', 'CSS'], byteRows));
  out.push('');
  const lc = r.bytes.largestChunk;
  out.push(table(['item', 'size'], [
    ['largest JS chunk', `${kb(lc.gzip)} gzip (${kb(lc.raw)} raw) — ${lc.file} (of ${r.bytes.jsChunks} chunks)`],
    ['prerendered article HTML', `${kb(r.bytes.articleHtml.gzip)} gzip (${kb(r.bytes.articleHtml.raw)} raw)`],
    ['SW precache', `${r.bytes.precache.entries} entries, ${kb(r.bytes.precache.bytes)} raw (${kb(r.bytes.precache.gzip)} gzip)${r.bytes.precache.missing.length ? `; ${r.bytes.precache.missing.length} missing files` : ''}`],
  ]));
  out.push('');

  out.push('## Interaction (Playwright Chromium, desktop viewport, no throttling; median)');
  out.push('');
  const click = r.interaction.relatedClick;
  const offline = r.interaction.offlineReload;
  const prefetched = click.samples.filter((s) => s.prefetched && !s.fetchedAfterClick).length;
  out.push(table(['interaction', 'result', 'detail'], [
    ['(a) prefetched related story: click → new h1 + rAF', ms(click.rafMs), `h1 in DOM ${ms(click.domMs)}, task after frame ${ms(click.afterFrameMs)}; ${click.samples.length} runs, ${prefetched} with prefetch and no fetch after click`],
    ['(b) offline reload → first-contentful-paint', ms(offline.fcpMs), `LCP ${ms(offline.lcpMs)} (${offline.samples[0]?.lcpElement ?? '?'}); ${offline.samples.length} runs, document from SW: ${offline.samples.every((s) => s.fromServiceWorker) ? 'yes' : 'no'}; SW network fetches while offline: ${offline.samples.reduce((n, s) => n + s.swNetworkRequestsSucceeded, 0)} ok, ${offline.samples.reduce((n, s) => n + s.swNetworkRequestsFailed, 0)} failed`],
    ...Object.entries(r.interaction.search).map(([key, s]) => [
      `(c) search "${s.word}"${shareOf(key, s.word)} over ${archiveOf(key)}: last keystroke → first results painted`,
      ms(s.firstResultsMs),
      `${kb(s.transferredBytes)} transferred in ${s.requests} requests (loader, wasm, index chunks, fragments); index on disk ${mb(s.index.bytes)} in ${s.index.files} files; ${s.samples.length} runs`,
    ]),
  ]));
  out.push('');

  out.push('## Build scale (each into a temp dir)');
  out.push('');
  const phaseSec = (s: number | null | undefined) => (s === null || s === undefined ? '–' : sec(s));
  out.push(table(['content', 'articles', 'build (wall)', 'waiting for Vite', 'prerender', 'search index', 'peak RSS (build log)', 'max RSS (time -v)', 'output', 'files'], r.scale.builds.map((b) => [
    b.label,
    b.articles,
    sec(b.wallSeconds),
    phaseSec(b.phases.bundles),
    phaseSec(b.phases.prerender),
    phaseSec(b.phases.search),
    b.peakRssMB === null ? '–' : `${b.peakRssMB} MB`,
    b.timeMaxRssMB === null ? '–' : `${b.timeMaxRssMB} MB`,
    mb(b.outputBytes),
    b.files,
  ])));
  out.push('');
  const phase = (label: string) => r.scale.builds.find((b) => b.label === label)?.phases.prerender ?? null;
  const p1k = phase('1k');
  const p10k = phase('10k');
  const prerenderGrowth = p1k && p10k ? `; prerender phase alone: ${(p10k / p1k).toFixed(2)}×` : '';
  out.push(`Growth 1k → 10k (time10k / time1k): ${r.scale.growth1kTo10k === null ? 'skipped (--quick)' : `**${r.scale.growth1kTo10k.toFixed(2)}×**${prerenderGrowth}`}`);
  out.push('');

  out.push('## Publishing (incremental builds of the same folder)');
  out.push('');
  out.push(table(['content', 'articles', 'full build', 'unchanged rebuild', 'files changed', 'one-story publish', 'files added / changed / removed', 'peak RSS, all processes'], r.scale.publishing.map((p) => [
    p.label,
    p.articles,
    sec(p.fullSeconds),
    sec(p.unchangedSeconds),
    p.unchangedFiles,
    sec(p.publishSeconds),
    `${p.publishFiles.added} / ${p.publishFiles.changed} / ${p.publishFiles.removed}`,
    p.peakRssMB === null ? '–' : `${p.peakRssMB} MB`,
  ])));
  out.push('');

  out.push('## Goals (DESIGN.md §5)');
  out.push('');
  out.push(table(['goal', 'target', 'measured', ''], r.goals.map((g) => [g.goal, g.target, g.measured, mark(g.pass)])));
  out.push('');
  out.push(`Bench run time: ${sec(r.durationSeconds)}.`);
  return out.join('\n');
}
