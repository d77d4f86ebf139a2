// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest, type Answer } from '../../../../src/pipeline/serve/resolve-request';
import { CACHE, SECURITY_HEADERS } from '../../../../src/pipeline/serve/server-headers';
import { makeTempDir, removeContentDirs } from '../../../fixtures/content';

/** A small build: the files each kind of location serves. */
const FILES = ['index.html', '404.html', 'spa.html', 'article/dam.html', 'api/v1/nav.json', 'assets/app-1a2b.js', 'media/images/dam.svg', 'sw.js', 'workbox-abc123.js', 'manifest.webmanifest', 'feeds/rss.xml'];

let dist: string;
beforeAll(async () => {
  dist = await makeTempDir();
  for (const file of FILES) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), file);
  }
});
afterAll(removeContentDirs);

const served = (answer: Answer) => ('file' in answer ? path.relative(dist, answer.file) : answer.body);

describe('resolveRequest (the rules of deploy/nginx.conf)', () => {
  it.each([
    ['/', 'index.html', CACHE.revalidate],
    ['/article/dam', 'article/dam.html', CACHE.revalidate],
    ['/api/v1/nav.json', 'api/v1/nav.json', CACHE.api],
    ['/assets/app-1a2b.js', 'assets/app-1a2b.js', CACHE.immutable],
    ['/media/images/dam.svg', 'media/images/dam.svg', CACHE.media],
    ['/sw.js', 'sw.js', CACHE.revalidate],
    ['/workbox-abc123.js', 'workbox-abc123.js', CACHE.revalidate],
    ['/search?q=dam', 'spa.html', CACHE.revalidate],
    ['/saved', 'spa.html', CACHE.revalidate],
    ['/feeds/rss.xml', 'feeds/rss.xml', CACHE.revalidate],
    ['//article//dam', 'article/dam.html', CACHE.revalidate],
  ])('%s → %s', async (target, file, cache) => {
    const answer = await resolveRequest(dist, '/', 'GET', target);
    expect(answer.status).toBe(200);
    expect(served(answer)).toBe(file);
    expect(answer.headers).toMatchObject({ ...SECURITY_HEADERS, 'Cache-Control': cache });
  });

  it('gives the manifest its type, and answers HEAD like GET', async () => {
    expect((await resolveRequest(dist, '/', 'HEAD', '/manifest.webmanifest')).headers['Content-Type']).toBe('application/manifest+json');
  });

  it.each(['/article/nope', '/article/dam/', '/assets/', '/assets/missing.js', '/news/article/dam'])('%s is the 404 page, with status 404', async (target) => {
    const answer = await resolveRequest(dist, '/', 'GET', target);
    expect(answer.status).toBe(404);
    expect(served(answer)).toBe('404.html');
    expect(answer.headers['Content-Security-Policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });

  it('a missing API file is a JSON 404 that is never cached', async () => {
    const answer = await resolveRequest(dist, '/', 'GET', '/api/v1/articles/nope.json');
    expect(answer).toMatchObject({ status: 404, body: '{"error":"not found"}', headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  });

  it.each(['/%2Fevil.example/', '/%5Cevil.example/', '/%09/', '/%0a/', '/%E0%A4%A', '/%ZZ', '/..%2f..%2fpackage.json', '/media/%2e%2e/%2e%2e/package.json', '/%00', '/\\evil.example', 'evil.example'])(
    '%s is refused (400) or a 404, never a file outside the build or a redirect',
    async (target) => {
      const answer = await resolveRequest(dist, '/', 'GET', target);
      expect([400, 404]).toContain(answer.status);
      expect(answer.headers.Location).toBeUndefined();
      if ('file' in answer) expect(served(answer)).toBe('404.html');
    },
  );

  it('refuses other methods', async () => {
    expect(await resolveRequest(dist, '/', 'POST', '/')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
  });

  it('under a base path, only paths under it are the site', async () => {
    expect(served(await resolveRequest(dist, '/news/', 'GET', '/news/'))).toBe('index.html');
    expect(served(await resolveRequest(dist, '/news/', 'GET', '/news/article/dam'))).toBe('article/dam.html');
    expect(served(await resolveRequest(dist, '/news/', 'GET', '/news/search'))).toBe('spa.html');
    const outside = await resolveRequest(dist, '/news/', 'GET', '/article/dam');
    expect([outside.status, served(outside)]).toEqual([404, '404.html']);
  });
});
