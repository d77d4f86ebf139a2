import { spawn } from 'node:child_process';
import { access, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sampleTreeRss } from './tree-rss';

/*
 * Build scale: wall time, peak RSS, output size and file count of a build, for the demo content and for
 * synthetic archives. Every build goes to its own folder under the bench's temp dir, never to dist/.
 */

export type BuildResult = {
  label: string;
  articles: number;
  wallSeconds: number;
  /** From the build's own log line "peak RSS N MB": the larger of the build process (with its prerender workers) and its Vite child. */
  peakRssMB: number | null;
  /** From /usr/bin/time -v ("Maximum resident set size"), when present: the largest process it waited for. */
  timeMaxRssMB: number | null;
  /** Sampled from /proc every 200 ms: the largest sum of RSS over the build and all its processes at once. */
  treeRssMB: number | null;
  outputBytes: number;
  files: number;
  /** Phase timings the build prints, in seconds. */
  phases: { content: number | null; api: number | null; bundles: number | null; prerender: number | null; search: number | null; total: number | null };
};

const haveTime = access('/usr/bin/time').then(() => true, () => false);

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string; onSpawn?: (pid: number) => void }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      void writeFile(options.logFile, out).catch(() => undefined);
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code}); log: ${options.logFile}\n${out.slice(-3000)}`));
    });
  });
}

export async function dirStats(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        const p = path.join(d, entry.name);
        if (entry.isDirectory()) return walk(p);
        if (entry.isFile()) {
          const { size } = await stat(p);
          bytes += size;
          files += 1;
        }
      }),
    );
  };
  await walk(dir);
  return { bytes, files };
}

const num = (log: string, re: RegExp): number | null => {
  const m = re.exec(log);
  return m ? Number(m[1]) : null;
};

export async function synthetic(root: string, count: number, out: string): Promise<number> {
  const started = performance.now();
  await run('npm', ['run', '--silent', 'synthetic', '--', String(count), '--out', out], { cwd: root, logFile: `${out}.synthetic.log` });
  return (performance.now() - started) / 1000;
}

export async function build(
  root: string,
  options: { label: string; contentDir?: string; outDir: string; env?: NodeJS.ProcessEnv },
): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = { ...options.env, OUT_DIR: options.outDir };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  // What `npm run build` runs (node with tsx's loader: no second process, as the tsx CLI starts).
  const buildCmd = ['node', '--import', 'tsx', 'src/pipeline/build.ts'];
  const [command, ...args] = (await haveTime) ? ['/usr/bin/time', '-v', ...buildCmd] : buildCmd;
  const started = performance.now();
  let sampler: { stop: () => number } | undefined;
  const log = await run(command!, args, { cwd: root, env, logFile: `${options.outDir}.build.log`, onSpawn: (pid) => (sampler = sampleTreeRss(pid)) }).finally(() => sampler?.stop());
  const wallSeconds = (performance.now() - started) / 1000;
  const treeRssMB = sampler?.stop() ?? null;
  const timeKb = num(log, /Maximum resident set size \(kbytes\): (\d+)/);
  const { bytes, files } = await dirStats(options.outDir);
  return {
    label: options.label,
    articles: num(log, /Content: (\d+) articles/) ?? 0,
    wallSeconds,
    peakRssMB: num(log, /peak RSS (\d+) MB/),
    timeMaxRssMB: timeKb === null ? null : Math.round(timeKb / 1024),
    treeRssMB,
    outputBytes: bytes,
    files,
    phases: {
      content: num(log, /Content: .* are valid \(([\d.]+) s\)/),
      api: num(log, /API: .*\(([\d.]+) s\)/),
      bundles: num(log, /Phase bundles: ([\d.]+) s/),
      prerender: num(log, /Prerendered .*\(([\d.]+) s\)/),
      search: num(log, /Search index: .*\(([\d.]+) s\)/),
      total: num(log, /Built .* in ([\d.]+) s/),
    },
  };
}
