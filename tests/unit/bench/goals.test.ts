// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PageLighthouse } from '../../../bench/lighthouse';
import type { SearchResult } from '../../../bench/search';
import type { BuildResult } from '../../../bench/scale';
import { evaluateGoals, renderTable, searchKey, type BenchResults } from '../../../bench/table';

type RunResults = Omit<BenchResults, 'goals' | 'durationSeconds'>;

const page = (lcp: number): PageLighthouse => ({
  url: 'http://localhost:4300/x',
  runs: 1,
  scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
  metrics: { fcp: 500, lcp, tbt: 0, cls: 0, observedLcp: null },
  perRun: [],
  failing: [],
  lcpElement: null,
  lcpPhases: null,
  warnings: [],
});
const search = (word: string, firstResultsMs: number, transferredBytes = 200 * 1024): SearchResult => ({
  word,
  firstResultsMs,
  transferredBytes,
  requests: 10,
  index: { bytes: 1e6, files: 100 },
  samples: [{ firstResultsMs, transferredBytes, requests: 10, results: 10 }],
});
const build = (label: string): BuildResult => ({
  label,
  articles: 0,
  wallSeconds: 10,
  peakRssMB: 500,
  timeMaxRssMB: null,
  treeRssMB: null,
  outputBytes: 0,
  files: 0,
  phases: { content: null, api: null, bundles: null, prerender: null, search: null, total: null },
});

/** A run over the demo and the given archives, each search of each word taking the given time. */
function results({ floorRatio = 1.2, searches = {} as Record<string, number>, archives = ['1k'] } = {}): RunResults {
  return {
    date: '2026-12-02T00:00:00Z',
    quick: !archives.includes('10k'),
    machine: { cpus: 2, cpuModel: 'test', memoryGB: 4, os: 'test', loadAverage1m: { start: 0, end: 0 }, node: 'v20', chromium: 'test', lighthouse: '12' },
    server: { url: 'http://localhost:4300' },
    lighthouse: { runs: 1, pages: { floor: page(1000), article: page(1000 * floorRatio), home: page(900), category: page(900) }, articleToFloorLcp: floorRatio },
    bytes: {
      pages: { article: { url: '/article/x', jsGzip: 100 * 1024, cssGzip: 10 * 1024, jsAtStartGzip: 90 * 1024, files: [] } },
      largestChunk: { file: 'a.js', gzip: 1, raw: 1 },
      jsChunks: 1,
      articleHtml: { file: 'article/x.html', raw: 1, gzip: 1 },
      precache: { entries: 1, bytes: 1, gzip: 1, missing: [] },
    },
    interaction: {
      relatedClick: { rafMs: 30, domMs: 20, afterFrameMs: 35, samples: [] },
      offlineReload: { fcpMs: 150, lcpMs: 150, samples: [] },
      search: {
        demo: search('Mosul', 20),
        ...Object.fromEntries(Object.entries(searches).map(([key, ms]) => [key, search(key.split('"')[1]!, ms)])),
      },
    },
    scale: { builds: archives.map(build), synthesisSeconds: {}, growth1kTo10k: null, publishing: [] },
  };
}

const searchGoals = (r: RunResults) => evaluateGoals(r).filter((g) => g.goal.includes(' search '));
const goal = (r: RunResults, start: string) => {
  const found = evaluateGoals(r).find((g) => g.goal.startsWith(start));
  if (!found) throw new Error(`no goal starting "${start}"`);
  return found;
};

describe('evaluateGoals: article LCP against the floor with the same hero', () => {
  it('passes at 1.3 and fails above', () => {
    expect(goal(results({ floorRatio: 1.25 }), 'article LCP / floor LCP')).toMatchObject({ target: '≤ 1.3', pass: true });
    expect(goal(results({ floorRatio: 1.3 }), 'article LCP / floor LCP').pass).toBe(true);
    expect(goal(results({ floorRatio: 1.4 }), 'article LCP / floor LCP').pass).toBe(false);
  });

  it('says the floor carries the same hero', () => {
    expect(goal(results(), 'article LCP / floor LCP').goal).toMatch(/hero/);
  });
});

describe('evaluateGoals: search by how common a word is', () => {
  const both = (archive: string, ms: number) => ({ [searchKey(archive, 'lighthouse')]: ms, [searchKey(archive, 'reopens')]: ms });

  it('keys a search by archive and word', () => {
    expect(searchKey('10k', 'lighthouse')).toBe('10k "lighthouse"');
  });

  it('has one goal per word at 10k: 120 ms passes, 200 ms fails', () => {
    const pass = searchGoals(results({ archives: ['1k', '10k'], searches: { ...both('1k', 500), ...both('10k', 120) } }));
    expect(pass.map((g) => g.goal)).toEqual([expect.stringMatching(/^10k search "lighthouse"/), expect.stringMatching(/^10k search "reopens"/)]);
    expect(pass.every((g) => g.pass === true && g.target === '≤ 150 ms, ≤ 300.0 KB')).toBe(true);

    const fail = searchGoals(results({ archives: ['1k', '10k'], searches: { ...both('10k', 120), [searchKey('10k', 'reopens')]: 200 } }));
    expect(fail.map((g) => g.pass)).toEqual([true, false]);
  });

  it('holds 100k to 300 ms: 280 ms passes, 320 ms fails', () => {
    const goals = searchGoals(results({ archives: ['1k', '10k', '100k'], searches: { ...both('10k', 100), [searchKey('100k', 'lighthouse')]: 280, [searchKey('100k', 'reopens')]: 320 } }));
    expect(goals.map((g) => [g.goal.split(' ').slice(0, 3).join(' '), g.pass])).toEqual([
      ['10k search "lighthouse"', true],
      ['10k search "reopens"', true],
      ['100k search "lighthouse"', true],
      ['100k search "reopens"', false],
    ]);
    expect(goals[2]!.target).toBe('≤ 300 ms, ≤ 300.0 KB');
  });

  it('fails a search over 300 KB however fast', () => {
    const r = results({ archives: ['1k', '10k'], searches: both('10k', 50) });
    r.interaction.search[searchKey('10k', 'reopens')]!.transferredBytes = 301 * 1024;
    expect(searchGoals(r).map((g) => g.pass)).toEqual([true, false]);
  });

  it('fails a built archive whose search was not measured', () => {
    const goals = searchGoals(results({ archives: ['1k', '10k'], searches: { [searchKey('10k', 'lighthouse')]: 100 } }));
    expect(goals[1]).toMatchObject({ measured: 'not measured', pass: false });
  });

  it('under --quick: no 1k or demo goal, the 10k rows skipped, no 100k rows', () => {
    const goals = searchGoals(results({ archives: ['1k'], searches: both('1k', 900) }));
    expect(goals).toHaveLength(2);
    expect(goals.every((g) => g.goal.startsWith('10k ') && g.pass === null && g.measured === 'skipped (--quick)')).toBe(true);
  });

  it('prints every search, with the archive and how common the word is', () => {
    const partial = results({ archives: ['1k', '10k'], searches: { ...both('1k', 40), ...both('10k', 120) } });
    const table = renderTable({ ...partial, goals: evaluateGoals(partial), durationSeconds: 1 });
    expect(table).toContain('(c) search "Mosul" over demo');
    expect(table).toContain('(c) search "lighthouse" (about 1 story in 100) over 1k');
    expect(table).toContain('(c) search "reopens" (about 1 story in 10) over 10k');
    expect(table).toContain('goal ≤ 1.3');
  });
});
