// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../../../src/pipeline/serve/static-server';

/* The preview server compresses as deploy/nginx.conf does: gzip (never brotli), from 512 bytes, HTML and the listed types. */

const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-static-'));
const page = `<!doctype html><html lang="en"><title>Home</title><body>${'<p>A paragraph of the front page.</p>'.repeat(60)}</body></html>`;
const list = JSON.stringify({ items: Array.from({ length: 40 }, (_, i) => ({ slug: `story-${i}`, title: `Story number ${i}` })) });
const png = Buffer.alloc(2048, 7);
const script = `export const stories = ${list};\n`.repeat(4);
let base = '';
const server = createStaticServer({ dir, base: '/' });

beforeAll(async () => {
  writeFileSync(path.join(dir, 'index.html'), page);
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title>');
  mkdirSync(path.join(dir, 'api/v1/latest'), { recursive: true });
  writeFileSync(path.join(dir, 'api/v1/latest/1.json'), list);
  writeFileSync(path.join(dir, 'api/v1/nav.json'), '{"site":{}}');
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'assets/app-1234.js'), script);
  mkdirSync(path.join(dir, 'media'), { recursive: true });
  writeFileSync(path.join(dir, 'media/photo.png'), png);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview server compresses as nginx does', () => {
  it('gzips a page, an API list and a script when the browser accepts it, even when it prefers brotli', async () => {
    for (const [pathname, original] of [['/', page], ['/api/v1/latest/1.json', list], ['/assets/app-1234.js', script]] as const) {
      const res = await get(pathname, { 'Accept-Encoding': 'br, gzip, deflate' });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.body.length).toBeLessThan(Buffer.byteLength(original) / 2);
      expect(gunzipSync(res.body).toString('utf8')).toBe(original);
    }
  });

  it('sends the bytes as they are to a client that does not accept gzip', async () => {
    for (const accept of [undefined, 'br', 'identity']) {
      const res = await get('/', accept ? { 'Accept-Encoding': accept } : {});
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.toString('utf8')).toBe(page);
    }
  });

  it('leaves small files, images and HEAD requests uncompressed', async () => {
    const small = await get('/api/v1/nav.json', { 'Accept-Encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString('utf8')).toBe('{"site":{}}');
    const image = await get('/media/photo.png', { 'Accept-Encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
    const head = await get('/', { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('still answers a revalidation with 304', async () => {
    const first = await get('/api/v1/latest/1.json', { 'Accept-Encoding': 'gzip' });
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get('/api/v1/latest/1.json', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(again.status).toBe(304);
  });
});
