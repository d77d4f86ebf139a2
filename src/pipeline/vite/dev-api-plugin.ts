import path from 'node:path';
import type { Plugin } from 'vite';
import { apiDocuments, compileSite, MEDIA_PREFIX } from '../api/api-documents';
import { ContentError } from '../content/content-error';
import { readContentFile } from '../content/content-file';
import { loadContent } from '../content/load-content';

/**
 * Serves the static JSON API and media from the content directory during `npm run dev`, rebuilt in
 * memory whenever a content file changes, so editors see their edits without running the build. Like the
 * build it serves only what the content checks let through: the media are the local images of the last
 * valid content, read without following links, and the watcher does not follow links out of the folder.
 */
export function devApi(contentDir: string): Plugin {
  let documents = new Map<string, string>();
  let media = new Set<string>();
  let problem: string | undefined;
  const root = path.resolve(contentDir);
  const rebuild = async () => {
    try {
      const site = compileSite(await loadContent(contentDir));
      documents = new Map([...apiDocuments(site)].map((doc) => [doc.path, JSON.stringify(doc.data())]));
      media = new Set(site.content.localImages.map((src) => src.replace(/^\.\//, '')));
      problem = undefined;
    } catch (error) {
      problem = error instanceof ContentError ? error.message : String(error);
      console.error(problem);
    }
  };
  return {
    name: 'dateline-dev-api',
    apply: 'serve',
    config: () => ({ server: { watch: { followSymlinks: false } } }),
    async configureServer(server) {
      await rebuild();
      server.watcher.add(contentDir);
      server.watcher.on('all', (_event, file) => {
        if (file === root || file.startsWith(root + path.sep)) void rebuild();
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
          const src = rest.slice(MEDIA_PREFIX.length);
          if (!media.has(src)) return next();
          try {
            const data = await readContentFile(contentDir, src);
            if (src.endsWith('.svg')) res.setHeader('Content-Type', 'image/svg+xml');
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
