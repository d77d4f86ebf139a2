import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ServerEntry from '../../app/server-entry';
import { contentHash } from '../incremental/content-hash';
import { serveApiFromDisk, trackApiReads } from './api-from-disk';
import { fillTemplate } from './page-template';
import type { PrerenderTarget, RenderedPage, WorkerSetup } from './prerender-pool';

export interface PageRenderer {
  /** Renders one route, writes its page into the output folder, and says what it wrote and read. */
  render(target: PrerenderTarget): Promise<RenderedPage & { bytes: number }>;
  /** Gives `fetch` back. */
  close(): void;
}

/** Renders routes side by side: the bytes written and each page's hash and inputs (a worker's reply). */
export async function renderBatch(renderer: PageRenderer, targets: readonly PrerenderTarget[]): Promise<{ bytes: number; pages: RenderedPage[] }> {
  const rendered = await Promise.all(targets.map((target) => renderer.render(target)));
  return { bytes: rendered.reduce((sum, page) => sum + page.bytes, 0), pages: rendered.map(({ file, hash, deps }) => ({ file, hash, deps })) };
}

/**
 * Loads the server bundle and points `fetch` at this build's API files: what a prerender worker does
 * once, and what the build itself does for a publish's handful of pages (no worker to start).
 */
export async function pageRenderer(setup: WorkerSetup): Promise<PageRenderer> {
  const server = (await import(/* @vite-ignore */ pathToFileURL(setup.serverEntry).href)) as typeof ServerEntry;
  const siteInfo = { name: setup.siteName, origin: setup.origin, base: setup.base, sameAs: setup.sameAs };
  const restoreFetch = serveApiFromDisk(setup.api, setup.base);
  return {
    async render({ url, file }) {
      const { result: page, deps } = await trackApiReads(() => server.renderPage(url));
      if (!page.head) throw new Error(`${url}: the page declared no head (title, description)`);
      const html = fillTemplate(setup.template, {
        html: page.html,
        headHtml: server.serializeHead(page.head, siteInfo),
        lang: page.head.lang,
        dir: page.head.dir,
        stateJson: server.scriptJson(page.state),
      });
      // Synchronous: a page-cache write of ~60 KB costs less than the promise and thread-pool round trips.
      const data = Buffer.from(html);
      writeFileSync(path.join(setup.outDir, file), data);
      return { file, hash: contentHash(data), deps, bytes: data.length };
    },
    close: restoreFetch,
  };
}
