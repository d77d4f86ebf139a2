// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backoffMs, retryAfterMs } from '../../../../src/import/http/fetch-with-retry';

describe('backoffMs and retryAfterMs', () => {
  it('backs off exponentially up to a cap and honours Retry-After', () => {
    expect([0, 1, 2, 3].map((a) => backoffMs(a, 100, 500))).toEqual([100, 200, 400, 500]);
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
