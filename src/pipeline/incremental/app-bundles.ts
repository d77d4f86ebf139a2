import { readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildFacts } from '../vite/build-facts';
import { buildBundlesInChild, type RunningBundles } from '../render/bundles';

/** The Vite builds of one version of the app: the client files and the server bundle the prerender loads. */
export interface AppBundles {
  clientDir: string;
  serverEntry: string;
  /** Peak RSS of the Vite child in MB; null when the bundles came from the cache. */
  rssMB: number | null;
}

/** Beside the client files: the facts they were built for (never published). */
export const APP_FACTS = 'facts.json';
/** Cached versions kept: the current one and a couple to switch back to (a branch, a revert). */
const KEEP = 3;

const exists = (p: string) => stat(p).then(() => true, () => false);

/**
 * The app's bundles, built once per version of the code and reused while it is unchanged: they are
 * kept in `<root>/.dateline/app/<code key>/` with the facts they were built for. Without a cached copy
 * the Vite builds start at once, in a child process, while the build reads the content; with one, the
 * build waits for the content's facts and rebuilds only if they differ (a story framing a new host).
 */
export class AppBundleCache {
  private readonly dir: string;
  private running: { bundles: RunningBundles; tmp: string } | null = null;

  constructor(private readonly root: string, private readonly code: string, private readonly reuse: boolean) {
    this.dir = path.join(root, '.dateline', 'app');
  }

  private entry(): string {
    return path.join(this.dir, this.code);
  }

  /** Starts the Vite builds now when no cached copy can serve (the facts follow with `resolve`). */
  async start(): Promise<void> {
    if (this.reuse && (await exists(path.join(this.entry(), APP_FACTS)))) return;
    this.launch();
  }

  private launch(): void {
    const tmp = `${this.entry()}.tmp-${process.pid}`;
    const bundles = buildBundlesInChild({ root: this.root, clientDir: path.join(tmp, 'client'), serverDir: path.join(tmp, 'server') });
    this.running = { bundles, tmp };
  }

  /** The bundles for these facts: the cached ones, or the ones being built (started now if need be). */
  async resolve(facts: BuildFacts): Promise<AppBundles> {
    if (!this.running) {
      const cached = await readFile(path.join(this.entry(), APP_FACTS), 'utf8').catch(() => null);
      if (this.reuse && cached === JSON.stringify(facts)) return this.bundlesAt(this.entry(), null);
      this.launch();
    }
    const { bundles, tmp } = this.running!;
    bundles.send(facts);
    const rssMB = await bundles.done;
    this.running = null;
    await writeFile(path.join(tmp, APP_FACTS), JSON.stringify(facts));
    await rm(this.entry(), { recursive: true, force: true });
    await rename(tmp, this.entry());
    await this.prune();
    return this.bundlesAt(this.entry(), rssMB);
  }

  private bundlesAt(dir: string, rssMB: number | null): AppBundles {
    return { clientDir: path.join(dir, 'client'), serverEntry: path.join(dir, 'server', 'server-entry.js'), rssMB };
  }

  /** Stops a running Vite build (the build failed elsewhere) and removes its half-made copy. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const { bundles, tmp } = this.running;
    this.running = null;
    bundles.stop();
    await bundles.done.catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
  }

  /** Keeps the newest few cached versions. */
  private async prune(): Promise<void> {
    const names = (await readdir(this.dir)).filter((name) => !name.includes('.tmp-'));
    const dated = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(path.join(this.dir, name))).mtimeMs })));
    dated.sort((a, b) => b.mtime - a.mtime);
    await Promise.all(dated.slice(KEEP).map(({ name }) => rm(path.join(this.dir, name), { recursive: true, force: true })));
  }
}
