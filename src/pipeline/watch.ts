import { watch } from 'node:fs';

/** Changes closer together than this are one edit (an editor's save, an import writing many files). */
const SETTLE_MS = 300;

/**
 * Builds once, then again whenever something in `dir` changes, one build at a time: changes that come
 * while a build runs start one more build when it ends. A failed build is reported and the watch goes
 * on (the published folder is left as it was). Runs until the process is stopped.
 */
export async function watchContent(dir: string, build: (first: boolean) => Promise<void>, failed: (error: unknown) => void): Promise<void> {
  let running = false;
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async (first: boolean) => {
    running = true;
    pending = false;
    await build(first).catch(failed);
    running = false;
    if (pending) schedule();
    else console.log(`Watching ${dir} for changes (Ctrl-C to stop)`);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) pending = true;
      else void run(false);
    }, SETTLE_MS);
  };
  watch(dir, { recursive: true }, () => {
    if (running) pending = true;
    else schedule();
  });
  await run(true);
}
