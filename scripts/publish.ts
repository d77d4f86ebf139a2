import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/*
 * `npm run publish -- <source> <where> --out <content-dir> [import options]`: brings the content up to
 * date from its source (a WordPress site: only what changed since the last import, `--since last`),
 * then builds it incrementally into OUT_DIR (default dist). One progress line per phase; the files the
 * build added, changed and removed are in <OUT_DIR>/.changes.json for the upload.
 */

const USAGE = 'Usage: npm run publish -- <wordpress|wordpress-export|feed|jsonfeed> <site-url-or-file> --out <content-dir> [import options]';

function step(name: string, command: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const started = performance.now();
  console.log(`[publish] ${name}…`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...command], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) {
        console.log(`[publish] ${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        resolve();
      } else reject(new Error(`[publish] ${name} failed (${signal ?? `exit code ${code}`}); the published folder is as it was`));
    });
  });
}

async function main(args: string[]): Promise<void> {
  const [source, where] = args;
  const outAt = args.indexOf('--out');
  const contentDir = outAt >= 0 ? args[outAt + 1] : undefined;
  if (!source || !where || !contentDir || source.startsWith('-') || where.startsWith('-')) throw new Error(USAGE);
  const importArgs = [...args];
  // A live WordPress site is synced: only the posts changed since the last import, and the deletions.
  if (source === 'wordpress' && /^https?:\/\//i.test(where) && !args.includes('--since')) importArgs.push('--since', 'last');
  const root = process.cwd();
  await step('import', [path.join(root, 'src/import/cli.ts'), ...importArgs]);
  await step('build', [path.join(root, 'src/pipeline/build.ts')], { CONTENT_DIR: path.resolve(contentDir) });
  const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
  const changes = JSON.parse(await readFile(path.join(outDir, '.changes.json'), 'utf8')) as Record<'added' | 'changed' | 'removed', string[]>;
  console.log(`[publish] ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed: the list is in ${path.relative(root, outDir) || '.'}/.changes.json`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
