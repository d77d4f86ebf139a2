import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type * as ServerEntry from '../../app/server-entry';
import { contentHash } from '../incremental/content-hash';
import { serveApiFromDisk, trackApiReads } from './api-from-disk';
import { fillTemplate } from './page-template';
import type { PrerenderTarget, RenderedPage, WorkerReply, WorkerSetup } from './prerender-pool';

/*
 * One prerender worker: loads the server bundle once, then renders the batches of routes the pool sends
 * it, writes each page into the output folder and answers with the bytes written.
 */

const setup = workerData as WorkerSetup;
const port = parentPort!;
const server = (await import(/* @vite-ignore */ pathToFileURL(setup.serverEntry).href)) as typeof ServerEntry;
const siteInfo = { name: setup.siteName, origin: setup.origin, base: setup.base, sameAs: setup.sameAs };
serveApiFromDisk(setup.api, setup.base);

async function renderTo({ url, file }: PrerenderTarget): Promise<RenderedPage & { bytes: number }> {
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
}

port.on('message', (batch: PrerenderTarget[]) => {
  Promise.all(batch.map(renderTo)).then(
    (pages) => port.postMessage({ kind: 'done', bytes: pages.reduce((sum, page) => sum + page.bytes, 0), pages: pages.map(({ file, hash, deps }) => ({ file, hash, deps })) } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
  );
});
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
