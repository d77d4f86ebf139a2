// @vitest-environment node
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { refuseBadTargets } from '../../../../src/pipeline/vite/url-guard-plugin';

function run(url: string) {
  const res = { statusCode: 200, setHeader: vi.fn(), end: vi.fn() };
  const next = vi.fn();
  refuseBadTargets({ url } as IncomingMessage, res as unknown as ServerResponse, next);
  return { res, next };
}

describe('the dev server URL guard', () => {
  it.each(['/%E0%A4%A', '/%0a/', '/%5Cevil.example/', '/..%2f..%2fetc/passwd'])('answers %s with 400 before Vite sees it', (url) => {
    const { res, next } = run(url);
    expect(res.statusCode).toBe(400);
    expect(next).not.toHaveBeenCalled();
  });

  it.each(['/', '/article/dam?x=1', '/@vite/client', '/src/main.tsx'])('passes %s on', (url) => {
    expect(run(url).next).toHaveBeenCalled();
  });
});
