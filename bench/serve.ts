import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/*
 * Serves a build like production (`npm run preview`: the app's static server) on a free port,
 * in its own process group so that stopping it ends npx, vite and everything they started.
 */

export type Server = { url: string; port: number; stop: () => Promise<void> };

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });

export async function freePort(from = 4300, to = 4399): Promise<number> {
  for (let port = from; port <= to; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${from}-${to}`);
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Ends every server still running: for the exit and signal handlers of the orchestrator. */
export function stopAllSync(): void {
  for (const child of running) killGroup(child, 'SIGKILL');
}

export async function serve(root: string, outDir: string, port: number): Promise<Server> {
  const child = spawn('npx', ['tsx', 'src/pipeline/serve/serve.ts', '--dir', outDir, '--port', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port) },
  });
  running.add(child);
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      killGroup(child, 'SIGKILL');
      await exited;
    }
    running.delete(child);
  };

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the preview server exited (${child.exitCode}):\n${log}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the preview server did not answer on ${url} within 30 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, port, stop };
}
