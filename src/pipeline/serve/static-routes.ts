import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * How a built site answers a path — the same rules as deploy/nginx.conf, for `npm start`/`npm run
 * preview`: a file, or its prerendered `.html`; the SPA shell only for routes that exist without a file;
 * everything else the 404 page with status 404. Under `api/` a missing file is a plain 404.
 */
export type Resolution = { kind: 'file'; file: string } | { kind: 'shell' } | { kind: 'not-found'; api: boolean } | { kind: 'redirect'; location: string };

/** The unmodified app shell, for routes that have no prerendered file. */
export const SPA_SHELL = 'spa.html';
export const NOT_FOUND_PAGE = '404.html';

/** Routes the app renders in the browser only (no prerendered file): search results, saved articles. */
export const SHELL_ROUTES = ['/search', '/saved'];

const isFile = (file: string) => stat(file).then((s) => s.isFile(), () => false);

export async function resolveStatic(distDir: string, base: string, urlPath: string): Promise<Resolution> {
  const rootBase = base.replace(/\/$/, '');
  if (!urlPath.startsWith(rootBase + '/')) return { kind: 'not-found', api: false };
  let route = urlPath.slice(rootBase.length) || '/';
  try {
    route = decodeURIComponent(route);
  } catch {
    return { kind: 'not-found', api: false };
  }
  if (route.includes('\0') || route.split('/').includes('..')) return { kind: 'not-found', api: false };
  if (route.startsWith('/api/')) {
    const file = path.join(distDir, route);
    return (await isFile(file)) ? { kind: 'file', file } : { kind: 'not-found', api: true };
  }
  if (route.length > 1 && route.endsWith('/')) return { kind: 'redirect', location: rootBase + route.replace(/\/+$/, '') };
  if (route === '/') return { kind: 'file', file: path.join(distDir, 'index.html') };
  const file = path.join(distDir, route);
  if (await isFile(file)) return { kind: 'file', file };
  if (await isFile(`${file}.html`)) return { kind: 'file', file: `${file}.html` };
  if (SHELL_ROUTES.includes(route)) return { kind: 'shell' };
  return { kind: 'not-found', api: false };
}
