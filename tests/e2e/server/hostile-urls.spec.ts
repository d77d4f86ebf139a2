import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';

/*
 * Malformed and hostile request targets against both servers of a build: real nginx with the shipped
 * config, and `npm run preview` (the app's own static server, on the app project's port). Each is a 400
 * or a 404, never a redirect (off the site or anywhere), never a crash: the server still answers after.
 */
const HOSTILE = [
  '%2Fevil.example/',
  '%5Cevil.example/',
  '%09/evil.example/',
  '%0a/',
  '%0d%0aSet-Cookie:%20stolen=1',
  '%E0%A4%A',
  '%ZZ',
  '/evil.example/',
  '\\evil.example/',
  '..%2f..%2fpackage.json',
  '%2e%2e/%2e%2e/etc/passwd',
  'media/..%2F..%2Fpackage.json',
  'api/v1/..%2f..%2f..%2f..%2f..%2fetc/passwd',
  '%00',
  'article/%ff',
  'article/x%00.html',
  '.env',
  'assets/',
  'a'.repeat(2000),
];

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

/** A GET with the target exactly as written (no client-side normalisation). */
function get(origin: string, target: string): Promise<Reply> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: target, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('hostile request targets get a 400 or a 404, never a redirect, and the server stays up', async ({ baseURL }, testInfo) => {
  const base = new URL(baseURL!);
  const servers = [{ name: 'nginx', origin: base.origin, prefix: base.pathname }];
  // The app's own server serves the root build; check it once, beside nginx at the root.
  if (testInfo.project.name === 'nginx') servers.push({ name: 'npm run preview', origin: `http://localhost:${Number(process.env.E2E_PORT ?? 4180)}`, prefix: '/' });
  for (const server of servers) {
    for (const hostile of HOSTILE) {
      const target = server.prefix + hostile;
      const reply = await get(server.origin, target);
      expect([400, 404], `${server.name} ${target}: status`).toContain(reply.status);
      expect(reply.headers.location, `${server.name} ${target}: a redirect`).toBeUndefined();
      expect(reply.headers['set-cookie'], `${server.name} ${target}: a cookie`).toBeUndefined();
    }
    expect((await get(server.origin, server.prefix)).status, `${server.name} still answers`).toBe(200);
  }
});
