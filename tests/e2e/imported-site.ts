import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/*
 * A newsroom's site from scratch, as its people would make it: `npm run import` into a content folder,
 * the real build, and the preview server on its own port. Shared by the importer end-to-end specs.
 */

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

export interface ImportedSite {
  origin: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the preview server exited with ${server.exitCode}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Imports `args` (`['wordpress', 'tests/fixtures/…']`), builds and serves the result on `port`. */
export async function importedSite(args: readonly string[], port: number): Promise<ImportedSite> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'dateline-import-e2e-'));
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  await run('npx', ['tsx', 'src/import/cli.ts', ...args, '--out', content, '--quiet'], { cwd: root });
  await run('npx', ['tsx', 'src/pipeline/build.ts'], { cwd: root, env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, CI: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const server = spawn('npx', ['tsx', 'src/pipeline/serve/serve.ts', '--dir', dist, '--port', String(port)], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content },
    stdio: 'ignore',
    detached: true, // its own process group, so stop() ends npx and the server together
  });
  const origin = `http://localhost:${port}`;
  const stop = async () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    await rm(work, { recursive: true, force: true });
  };
  try {
    await waitFor(`${origin}/`, server, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}
