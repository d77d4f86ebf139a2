import { parentPort, workerData } from 'node:worker_threads';
import { pageRenderer } from './page-renderer';
import type { PrerenderTarget, WorkerReply, WorkerSetup } from './prerender-pool';

/*
 * One prerender worker: loads the server bundle once, then renders the batches of routes the pool sends
 * it, writes each page into the output folder and answers with the bytes written.
 */

const port = parentPort!;
const renderer = await pageRenderer(workerData as WorkerSetup);

port.on('message', (batch: PrerenderTarget[]) => {
  Promise.all(batch.map((target) => renderer.render(target))).then(
    (pages) => port.postMessage({ kind: 'done', bytes: pages.reduce((sum, page) => sum + page.bytes, 0), pages: pages.map(({ file, hash, deps }) => ({ file, hash, deps })) } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
  );
});
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
