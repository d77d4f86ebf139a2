import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

/*
 * Running the real content pipeline from a test: a build of a content folder into an output folder,
 * as CI builds (CI=1, no BUILD_ID, so the output depends on the content only), and the report of
 * what it changed.
 */
const run = promisify(execFile);

/** Builds `contentDir` into `outDir` (`--clean` for a full build); resolves to what the build printed. */
export async function build(contentDir: string, outDir: string, ...args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, CI: '1' };
  delete env.BUILD_ID;
  const { stdout } = await run('npx', ['tsx', 'src/pipeline/build.ts', ...args], { env, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export interface BuildChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/** The files the last build into `dir` added, changed and removed (its `.changes.json`). */
export const changesOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, '.changes.json'), 'utf8')) as BuildChanges;

/** A port nobody is listening on now (the system's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, 'localhost', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Served {
  /** Where the build answers, e.g. http://localhost:40123 */
  url: string;
  /** Stops the server (and waits until it has). */
  stop(): Promise<void>;
}

/**
 * Serves `dir` with the project's own static server (`npm run preview`), in a process of its own;
 * resolves once it answers `/` with a 200. Files are read when asked, so a build into `dir` is served
 * as it now is.
 */
export async function serveBuild(dir: string, timeoutMs = 60_000): Promise<Served> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  // A process group of its own, so that stopping it stops tsx's node too.
  const child = spawn('npx', ['tsx', 'src/pipeline/serve/serve.ts', '--port', String(port), '--dir', dir], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return; // already gone
    }
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the static server exited (${child.exitCode}) before answering:\n${output}`);
    const status = await fetch(`${url}/`).then((response) => response.status, () => 0);
    if (status === 200) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the static server did not answer ${url}/ with 200 within ${timeoutMs} ms (last: ${status}):\n${output}`);
    }
    // Poll again once the server has had a moment to start (or has exited).
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
}
