import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, SETTINGS_BOOT_SCRIPT } from './server-headers';
import { NOT_FOUND_PAGE, resolveStatic, SPA_SHELL } from './static-routes';

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

/**
 * Emits the untouched app shell as spa.html during the client build, before index.html becomes the
 * prerendered home page, so the service worker can precache it.
 */
export function spaShell(): Plugin {
  return {
    name: 'dateline-spa-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: SPA_SHELL, source: index.source });
    },
  };
}

/**
 * Puts the Content-Security-Policy into the built index.html as a meta tag, so the app runs under it on
 * any host, even one that sends no headers. (frame-ancestors only works as a header: the server configs
 * send it.) Build only: the dev server needs inline scripts for hot reloading.
 */
export function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'dateline-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
  };
}

/** Inlines the reading-settings script into <head> (dev and build); the CSP allows it by its hash. */
export function settingsBootScript(): Plugin {
  return {
    name: 'dateline-settings-boot',
    transformIndexHtml: () => [
      // Exactly the text the policy's hash allows: it must not be reformatted.
      { tag: 'script', children: SETTINGS_BOOT_SCRIPT, injectTo: 'head' },
    ],
  };
}
