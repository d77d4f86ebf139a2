import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { requestPath } from '../serve/request-target';

/** Answers a malformed or hostile request target with 400, as `npm start` does, before Vite sees it. */
export function refuseBadTargets(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const asked = requestPath(req.url ?? '/');
  if (!('refused' in asked)) return next();
  res.statusCode = 400;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`Bad request: ${asked.refused}\n`);
}

/** `npm run dev` shares the production server's URL handling (a bad target must not take it down). */
export function urlGuard(): Plugin {
  return {
    name: 'dateline-url-guard',
    configureServer(server) {
      server.middlewares.use(refuseBadTargets);
    },
  };
}
