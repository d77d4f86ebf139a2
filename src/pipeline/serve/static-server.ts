import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { resolveRequest, type Answer } from './resolve-request';
import { GZIP } from './server-headers';

/** Whether nginx (deploy/nginx.conf) would gzip a response of this type: HTML always, and GZIP.types. */
function compressible(res: ServerResponse): boolean {
  const type = String(res.getHeader('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'text/html' || (GZIP.types as readonly string[]).includes(type);
}

/** The request's Accept-Encoding as nginx reads it: gzip or nothing (deploy/nginx.conf has no brotli). */
function gzipOnly(req: IncomingMessage): void {
  const accepted = req.headers['accept-encoding'];
  const gzip = (Array.isArray(accepted) ? accepted.join(',') : (accepted ?? '')).split(',').find((part) => /^\s*gzip\s*(;|$)/i.test(part));
  if (gzip) req.headers['accept-encoding'] = gzip.trim();
  else delete req.headers['accept-encoding'];
}

export interface StaticServerOptions {
  /** The build to serve (what `npm run build` wrote). */
  dir: string;
  /** The base path the build was made for, e.g. "/" or "/news/". */
  base: string;
}

/**
 * The production server of `npm start` / `npm run preview`: the routing, status codes, headers and
 * gzip of deploy/nginx.conf (resolve-request.ts), files sent by sirv (content types, ETags, ranges, HEAD).
 * A request it cannot answer is a 400 or a 404, never a crash and never a redirect.
 */
export function createStaticServer({ dir, base }: StaticServerOptions): Server {
  const root = path.resolve(dir);
  const basePath = base.endsWith('/') ? base : `${base}/`;
  // dev: stat each file when asked (a build replaced under a running server is served as it now is).
  const send = sirv(root, { dev: true, etag: true, extensions: [], dotfiles: false });
  // Compressed on the fly as nginx does it, so a page weighs here what it weighs when deployed.
  // (Typed for Express, but it reads and writes only what node:http's request and response have.)
  const gzip = compression({ level: GZIP.level, threshold: GZIP.minLength, filter: (_req, res) => compressible(res) }) as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: (error?: unknown) => void,
  ) => void;

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const found: Answer = await resolveRequest(root, basePath, req.method ?? 'GET', req.url ?? '/');
    res.statusCode = found.status;
    for (const [name, value] of Object.entries(found.headers)) res.setHeader(name, value);
    if ('body' in found) return void res.end(req.method === 'HEAD' ? undefined : found.body);
    if (found.status === 404) {
      const page = await readFile(found.file);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      return void res.end(req.method === 'HEAD' ? undefined : page);
    }
    // sirv sends the file found, by its path within the build.
    req.url = `/${path.relative(root, found.file).split(path.sep).map(encodeURIComponent).join('/')}`;
    send(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  }

  const server = createServer((req, res) => {
    gzipOnly(req);
    const answered = new Promise<void>((resolve, reject) => gzip(req, res, (error?: unknown) => (error ? reject(error) : resolve()))).then(() => answer(req, res));
    answered.catch((error: unknown) => {
      console.error(`[dateline] ${req.method} ${req.url}: ${(error as Error).message}`);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  // A request Node's HTTP parser refuses (a raw control character, an oversized header) is a 400.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  return server;
}
