import autocannon from 'autocannon';
import { expect, test } from '@playwright/test';

/*
 * A small, bounded load check of the build behind nginx with the shipped config: a few thousand
 * requests over loopback across pages, API documents and assets, with no errors and no non-2xx answers.
 */
test('nginx serves pages, API and assets under load without errors', async ({ baseURL, request }) => {
  const html = await (await request.get('article/mosul-old-city-rebuild')).text();
  const asset = /src="([^"]*\/assets\/[^"]+\.js)"/.exec(html)![1]!;
  const base = new URL(baseURL!);
  const paths = ['', 'article/mosul-old-city-rebuild', 'category/region/iraq', 'api/v1/articles/mosul-old-city-rebuild.json', 'api/v1/latest/1.json', 'feeds/rss.xml'].map((p) => base.pathname + p);
  const result = await autocannon({
    url: base.origin,
    connections: 8,
    amount: 3000,
    duration: 20,
    requests: [...paths, asset].map((path) => ({ method: 'GET' as const, path, headers: { 'accept-encoding': 'gzip' } })),
  });
  console.log(`${result.requests.total} requests, ${result.requests.average} req/s, latency p99 ${result.latency.p99} ms`);
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx).toBe(0);
  expect(result.requests.total).toBeGreaterThanOrEqual(3000);
});
