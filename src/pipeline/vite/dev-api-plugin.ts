import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { apiDocuments, compileSite, MEDIA_PREFIX } from '../api/api-documents';
import { ContentError } from '../content/content-error';
import { loadContent } from '../content/load-content';

/**
 * Serves the static JSON API and media from the content directory during `npm run dev`, rebuilt in
 * memory whenever a content file changes, so editors see their edits without running the build.
 */
export function devApi(contentDir: string): Plugin {
  let documents = new Map<string, string>();
  let problem: string | undefined;
  const rebuild = async () => {
    try {
      const site = compileSite(await loadContent(contentDir));
      documents = new Map([...apiDocuments(site)].map((doc) => [doc.path, JSON.stringify(doc.data)]));
      problem = undefined;
    } catch (error) {
      problem = error instanceof ContentError ? error.message : String(error);
      console.error(problem);
    }
  };
  return {
    name: 'dateline-dev-api',
    apply: 'serve',
    async configureServer(server) {
      await rebuild();
      server.watcher.add(contentDir);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(contentDir)) void rebuild();
      });
      const base = server.config.base;
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(base)) return next();
        const rest = decodeURIComponent(url.pathname.slice(base.length));
        if (rest.startsWith('api/v1/')) {
          const body = documents.get(rest.slice('api/v1/'.length));
          res.setHeader('Content-Type', problem ? 'text/plain; charset=utf-8' : 'application/json');
          res.statusCode = problem ? 500 : body ? 200 : 404;
          res.end(problem ?? body ?? JSON.stringify({ error: 'not found' }));
          return;
        }
        if (rest.startsWith(MEDIA_PREFIX)) {
          const file = path.resolve(contentDir, rest.slice(MEDIA_PREFIX.length));
          if (!file.startsWith(path.resolve(contentDir) + path.sep)) return next();
          try {
            const data = await readFile(file);
            if (file.endsWith('.svg')) res.setHeader('Content-Type', 'image/svg+xml');
            res.end(data);
          } catch {
            next();
          }
          return;
        }
        next();
      });
    },
  };
}
