import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { NOT_FOUND_PAGE, resolveStatic, SPA_SHELL } from '../serve/static-routes';

/** Makes `vite preview` answer like the shipped server configs (prerendered pages, real 404s). */
export function staticRoutes(): Plugin {
  return {
    name: 'dateline-static-routes',
    configurePreviewServer(server) {
      const distDir = path.resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use(async (req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const url = new URL(req.url ?? '/', 'http://localhost');
        const found = await resolveStatic(distDir, base, url.pathname);
        const html = (file: string, status: number) =>
          readFile(path.join(distDir, file)).then((body) => {
            res.statusCode = status;
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(req.method === 'HEAD' ? undefined : body);
          });
        switch (found.kind) {
          case 'file':
            req.url = `${base}${path.relative(distDir, found.file).split(path.sep).join('/')}${url.search}`;
            return next();
          case 'shell':
            return html(SPA_SHELL, 200);
          case 'redirect':
            res.statusCode = 301;
            res.setHeader('Location', found.location + url.search);
            return res.end();
          case 'not-found':
            if (found.api) {
              res.statusCode = 404;
              res.setHeader('Content-Type', 'application/json');
              return res.end(JSON.stringify({ error: 'not found', path: url.pathname }));
            }
            return html(NOT_FOUND_PAGE, 404);
        }
      });
    },
  };
}
