/**
 * What the Vite build learns from the content while it runs: the build loads the content in its own
 * process and sends these facts to the Vite child (see render/bundles.ts), which waits for them only
 * when it writes index.html. A Vite build outside the pipeline (no facts coming) uses `fallback`.
 */
export interface BuildFacts {
  /** The hosts the site's stories frame content from (see model/frame-hosts). */
  frameHosts: string[];
}

const KEY = Symbol.for('dateline.build-facts');
type WithFacts = typeof globalThis & { [KEY]?: Promise<BuildFacts> };

/** In the Vite child: the facts arrive as one IPC message from the build. */
export function expectBuildFacts(): void {
  (globalThis as WithFacts)[KEY] = new Promise((resolve) => {
    const listen = (message: { facts?: BuildFacts }) => {
      if (!message.facts) return;
      process.off('message', listen);
      resolve(message.facts);
    };
    process.on('message', listen);
  });
}

/** The facts, once sent; `fallback` when no pipeline build is running this Vite build. */
export function buildFacts(fallback: BuildFacts): Promise<BuildFacts> {
  return (globalThis as WithFacts)[KEY] ?? Promise.resolve(fallback);
}
