import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ApiSource } from './api-from-disk';

/** A route to prerender and the file it goes to, relative to the output folder. */
export interface PrerenderTarget {
  url: string;
  file: string;
}

/** A page a worker wrote: its file, the hash of its bytes and the API documents it read. */
export interface RenderedPage {
  file: string;
  hash: string;
  deps: string[];
}

/** What every worker gets once: the filled-in template and where the server bundle and API files are. */
export interface WorkerSetup {
  template: string;
  serverEntry: string;
  /** Where the pages are written. */
  outDir: string;
  /** Where the API documents are read from. */
  api: ApiSource;
  base: string;
  origin: string;
  siteName: string;
  /** The newsroom's profiles elsewhere (site.json social), for the structured data's sameAs. */
  sameAs: string[];
}

export type WorkerReply = { kind: 'ready' } | { kind: 'done'; bytes: number; pages: RenderedPage[] } | { kind: 'failed'; message: string };

/** Routes per message: a few, so the workers finish together. */
const BATCH = 8;
/** Starting a worker (module loader, server bundle, React) costs about a second: small sites use fewer. */
const MIN_ROUTES_PER_WORKER = 200;

/** Up to this many pages (a publish's), the build renders them itself: starting a worker would cost more. */
export const IN_PROCESS_MAX = 40;

/** Each worker holds its own heap (~150–250 MB at peak), so more cores do not mean more workers past this. */
const MAX_DEFAULT_WORKERS = 4;

/** One worker per core, at most four, unless `PRERENDER_WORKERS` says otherwise. */
export function workerCount(): number {
  const asked = Number(process.env.PRERENDER_WORKERS);
  return Number.isInteger(asked) && asked > 0 ? asked : Math.min(availableParallelism(), MAX_DEFAULT_WORKERS);
}

/**
 * The worker runs from TypeScript source like the rest of the pipeline, so it registers tsx itself
 * before loading its module (a worker does not inherit the parent's module hooks).
 */
function startWorker(setup: WorkerSetup): Worker {
  const entry = new URL(import.meta.url.endsWith('.ts') ? './prerender-worker.ts' : './prerender-worker.js', import.meta.url).href;
  const register = import.meta.url.endsWith('.ts') ? `(await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})).register();` : '';
  // Vite sets NODE_ENV only in its own child process; React's server renderer reads it to pick its production build.
  const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' };
  return new Worker(`(async () => { ${register} await import(${JSON.stringify(entry)}); })();`, { eval: true, workerData: setup, env });
}

/**
 * Renders a few pages in this process, as a worker would (React's production server build, the API
 * read from disk), then gives `fetch` back.
 */
async function renderInProcess(targets: readonly PrerenderTarget[], setup: WorkerSetup): Promise<{ bytes: number; pages: RenderedPage[] }> {
  // As in a worker's environment (startWorker): React's server renderer picks its build by NODE_ENV.
  process.env.NODE_ENV ||= 'production';
  const { pageRenderer, renderBatch } = await import('./page-renderer');
  const renderer = await pageRenderer(setup);
  try {
    let bytes = 0;
    const pages: RenderedPage[] = [];
    for (let i = 0; i < targets.length; i += BATCH) {
      const done = await renderBatch(renderer, targets.slice(i, i + BATCH));
      bytes += done.bytes;
      pages.push(...done.pages);
    }
    return { bytes, pages };
  } finally {
    renderer.close();
  }
}

/** Sends one message and waits for the worker's reply; a crash or an early exit rejects. */
function reply(worker: Worker, message?: unknown): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (value: WorkerReply) => {
      cleanup();
      if (value.kind === 'failed') reject(new Error(`prerender worker: ${value.message}`));
      else resolve(value);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`prerender worker exited early (code ${code})`));
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    if (message !== undefined) worker.postMessage(message);
  });
}

/**
 * Renders every target on `count` workers, each loading the server bundle once and taking the next
 * batch as soon as it is done with one (up to `inProcessMax` targets, in this process instead).
 * Returns the bytes written and each page's hash and inputs.
 */
export async function renderOnWorkers(
  targets: readonly PrerenderTarget[],
  setup: WorkerSetup,
  count = workerCount(),
  inProcessMax = IN_PROCESS_MAX,
): Promise<{ bytes: number; pages: RenderedPage[] }> {
  if (targets.length === 0) return { bytes: 0, pages: [] };
  if (targets.length <= inProcessMax) return renderInProcess(targets, setup);
  const workers = Array.from({ length: Math.max(1, Math.min(count, Math.ceil(targets.length / MIN_ROUTES_PER_WORKER))) }, () => startWorker(setup));
  let next = 0;
  let bytes = 0;
  const pages: RenderedPage[] = [];
  try {
    await Promise.all(
      workers.map(async (worker) => {
        await reply(worker);
        while (next < targets.length) {
          const batch = targets.slice(next, (next += BATCH));
          const done = await reply(worker, batch);
          if (done.kind === 'done') {
            bytes += done.bytes;
            pages.push(...done.pages);
          }
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { bytes, pages };
}
