import { stat } from 'node:fs/promises';
import path from 'node:path';
import { locationFor } from './locations';
import { requestPath } from './request-target';
import { CACHE, SECURITY_HEADERS } from './server-headers';
import { NOT_FOUND_PAGE } from './site-files';

export type Headers = Record<string, string>;

/** What the server answers: a file of the build (status 200, or 404 for the 404 page), or a small body. */
export type Answer = { status: 200 | 404; file: string; headers: Headers } | { status: 400 | 404 | 405; body: string; headers: Headers };

const isFile = (file: string) => stat(file).then((s) => s.isFile(), () => false);
const withCache = (cache: keyof typeof CACHE, extra: Headers = {}): Headers => ({ ...SECURITY_HEADERS, 'Cache-Control': CACHE[cache], ...extra });
const TEXT = { 'Content-Type': 'text/plain; charset=utf-8' };

/**
 * How a built site answers a request: the rules of deploy/nginx.conf (both follow LOCATIONS), with the
 * same headers. Never a redirect; a hostile or malformed target is a 400, a path outside the base or
 * without a file the 404 page with status 404 (a JSON 404 under api/).
 */
export async function resolveRequest(distDir: string, base: string, method: string, target: string): Promise<Answer> {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, body: 'Method not allowed\n', headers: { ...withCache('revalidate', TEXT), Allow: 'GET, HEAD' } };
  const asked = requestPath(target);
  if ('refused' in asked) return { status: 400, body: `Bad request: ${asked.refused}\n`, headers: withCache('revalidate', TEXT) };
  const notFoundPage: Answer = { status: 404, file: path.join(distDir, NOT_FOUND_PAGE), headers: withCache('revalidate') };
  if (!asked.path.startsWith(base)) return notFoundPage;
  const relative = asked.path.slice(base.length);
  const location = locationFor(relative);
  for (const candidate of location.tryFiles) {
    const file = path.join(distDir, candidate === '$uri' ? relative : candidate === '$uri.html' ? `${relative}.html` : candidate);
    if (await isFile(file)) return { status: 200, file, headers: withCache(location.cache, location.contentType ? { 'Content-Type': location.contentType } : {}) };
  }
  if (location.notFound === 'json') return { status: 404, body: '{"error":"not found"}', headers: { ...SECURITY_HEADERS, 'Cache-Control': 'no-store', 'Content-Type': 'application/json' } };
  return notFoundPage;
}
