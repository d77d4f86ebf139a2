import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BuildFacts } from '../vite/build-facts';

/** Where the two Vite builds go: the client app into the output folder, the server bundle beside it. */
export interface BundleDirs {
  root: string;
  clientDir: string;
  serverDir: string;
}

export interface RunningBundles {
  /** Resolves with the child's peak RSS in MB once both builds are written. */
  done: Promise<number | null>;
  /** Stops the builds early (the build failed elsewhere). */
  stop(): void;
  /** Tells the builds what the content says (they wait for it before writing index.html). */
  send(facts: BuildFacts): void;
}

/**
 * Runs the Vite builds (bundles-child.ts) in a child process, so the build can load content and write
 * the API meanwhile, and so neither Vite nor the bundler's memory stays in the build process.
 */
export function buildBundlesInChild(dirs: BundleDirs): RunningBundles {
  const child = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './bundles-child.ts' : './bundles-child.js', import.meta.url));
  const builder = spawn(process.execPath, [...process.execArgv, child, JSON.stringify(dirs)], { cwd: dirs.root, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  let peakRssMB: number | null = null;
  builder.on('message', (message: { peakRssMB?: number }) => (peakRssMB = message.peakRssMB ?? peakRssMB));
  const done = new Promise<number | null>((resolve, reject) => {
    builder.once('error', reject);
    builder.once('exit', (code, signal) => (code === 0 ? resolve(peakRssMB) : reject(new Error(`the Vite builds failed (${signal ?? `exit code ${code}`})`))));
  });
  // A failure is reported when the build awaits `done`; until then it must not count as unhandled.
  done.catch(() => undefined);
  return { done, stop: () => void builder.kill(), send: (facts) => void (builder.connected && builder.send({ facts })) };
}
