import { parentPort, workerData } from 'node:worker_threads';
import { pageRenderer, renderBatch } from './page-renderer';
import type { PrerenderTarget, WorkerReply, WorkerSetup } from './prerender-pool';

/*
 * One prerender worker: loads the server bundle once, then renders the batches of routes the pool sends
 * it, writes each page into the output folder and answers with the bytes written.
 */

const port = parentPort!;
const renderer = await pageRenderer(workerData as WorkerSetup);

port.on('message', (batch: PrerenderTarget[]) => {
  renderBatch(renderer, batch).then(
    ({ bytes, pages }) => port.postMessage({ kind: 'done', bytes, pages } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
  );
});
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
