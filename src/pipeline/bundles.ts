import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { PhaseLog } from './phase-log';

/** Where the two Vite builds go: the client app into the output folder, the server bundle beside it. */
export interface BundleDirs {
  root: string;
  clientDir: string;
  serverDir: string;
}

/**
 * The client build (into `clientDir`, which may already hold API files: it is not emptied) and the
 * server bundle the prerender imports.
 */
export async function buildBundles({ root, clientDir, serverDir }: BundleDirs, phases = new PhaseLog()): Promise<void> {
  const logLevel = process.env.CI ? 'warn' : 'info';
  await phases.time('client', () => viteBuild({ root, configLoader: 'runner', logLevel, build: { outDir: clientDir, emptyOutDir: false } }));
  // The server bundle needs no service worker or icons.
  process.env.DATELINE_SERVER_BUILD = '1';
  try {
    await phases.time('ssr', () => viteBuild({ root, configLoader: 'runner', logLevel: 'warn', build: { ssr: 'src/app/server-entry.tsx', outDir: serverDir, emptyOutDir: true, sourcemap: false } }));
  } finally {
    delete process.env.DATELINE_SERVER_BUILD;
  }
}

export interface RunningBundles {
  /** Resolves with the child's peak RSS in MB once both builds are written. */
  done: Promise<number | null>;
  /** Stops the builds early (the build failed elsewhere). */
  stop(): void;
}

/**
 * Runs `buildBundles` in a child process, so the build can load content and write the API meanwhile,
 * and so the bundler's memory is given back when it exits instead of staying in the build's heap.
 */
export function buildBundlesInChild(dirs: BundleDirs): RunningBundles {
  const cli = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './bundles-cli.ts' : './bundles-cli.js', import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, cli, JSON.stringify(dirs)], { cwd: dirs.root, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  let peakRssMB: number | null = null;
  child.on('message', (message: { peakRssMB?: number }) => (peakRssMB = message.peakRssMB ?? peakRssMB));
  const done = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve(peakRssMB) : reject(new Error(`the Vite builds failed (${signal ?? `exit code ${code}`})`))));
  });
  // A failure is reported when the build awaits `done`; until then it must not count as unhandled.
  done.catch(() => undefined);
  return { done, stop: () => void child.kill() };
}
