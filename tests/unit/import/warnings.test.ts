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
