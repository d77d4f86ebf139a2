// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Warnings, formatWarningSummary } from '../../../src/import/warnings';

describe('warnings', () => {
  it('counts and groups warnings, largest group first, with a few examples', () => {
    const warnings = new Warnings();
    const warn = warnings.scoped('posts-1.json', 'post 1');
    warn('element-dropped', '<script>');
    warn('element-dropped', '<script>');
    warnings.scoped('posts-1.json', 'post 2')('element-dropped', '<script>');
    warn('image-size-assumed', undefined, 'https://x.example/a.png');
    expect(warnings.count).toBe(4);
    const summary = warnings.summary();
    expect(summary.map((g) => [g.kind, g.detail, g.count, g.examples])).toEqual([
      ['element-dropped', '<script>', 3, ['post 1', 'post 2']],
      ['image-size-assumed', undefined, 1, ['post 1']],
    ]);
    expect(formatWarningSummary(summary)).toMatch(/^Warnings \(4\):\n +3 × element removed with its content \(<script>\) — e\.g\. post 1; post 2/);
  });
});

describe('the printed summary', () => {
  it('lists kinds with the most warnings first, and folds a kind\'s many details into one line after the largest few', () => {
    const warnings = new Warnings();
    const warn = warnings.scoped('posts-1.json');
    for (const [host, n] of [['a.example', 5], ['b.example', 4], ['c.example', 3], ['d.example', 2], ['e.example', 1], ['f.example', 1]] as const) {
      for (let i = 0; i < n; i += 1) warn('frame-as-link', host);
    }
    for (let i = 0; i < 7; i += 1) warn('image-size-assumed');
    const lines = formatWarningSummary(warnings.summary()).split('\n');
    expect(lines[0]).toBe('Warnings (23):');
    expect(lines.slice(1).map((l) => l.trim().replace(/ — e\.g\. .*/, ''))).toEqual([
      '5 × frame from a host that is not a known provider: kept as a link to it, never loaded (a.example)',
      '4 × frame from a host that is not a known provider: kept as a link to it, never loaded (b.example)',
      '3 × frame from a host that is not a known provider: kept as a link to it, never loaded (c.example)',
      '2 × frame from a host that is not a known provider: kept as a link to it, never loaded (d.example)',
      '2 × frame from a host that is not a known provider: kept as a link to it, never loaded (2 more, e.g. e.example, f.example)',
      '7 × image without width/height and no known size: kept at the default 3:2 shape',
    ]);
  });
});
