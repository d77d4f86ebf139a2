import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

/*
 * The same content and code give the same bytes: two builds of the demo newsroom, one after the other,
 * are compared file by file (chunk names, sw.js and its precache revisions, the embedded page data, the
 * search index, feeds, sitemap). No browser: a build is the thing under test.
 */
const run = promisify(execFile);

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(dir, path.join(prefix, entry.name)) : [path.join(prefix, entry.name)]))
    .sort();
}

test('building the same content twice gives byte-identical output', async () => {
  test.setTimeout(360_000);
  const work = mkdtempSync(path.join(os.tmpdir(), 'dateline-repro-'));
  try {
    const outs = [path.join(work, 'first'), path.join(work, 'second')];
    for (const out of outs) {
      const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: out, CI: '1' };
      delete env.BUILD_ID; // the build's own id, as a newsroom's build has it
      // --clean: the Vite builds run again too, rather than coming from the bundle cache.
      await run('npx', ['tsx', 'src/pipeline/build.ts', '--clean'], { env, maxBuffer: 64 * 1024 * 1024 });
    }
    const [first, second] = outs.map((out) => listFiles(out));
    expect(second).toEqual(first);
    const differ = first!.filter((file) => !readFileSync(path.join(outs[0]!, file)).equals(readFileSync(path.join(outs[1]!, file))));
    expect(differ, 'files that differ between the two builds').toEqual([]);
    expect(first!.length).toBeGreaterThan(100);
    // Built again into the same folder, it reports that nothing changed (what a deploy would upload).
    const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outs[0]!, CI: '1' };
    delete env.BUILD_ID;
    await run('npx', ['tsx', 'src/pipeline/build.ts'], { env, maxBuffer: 64 * 1024 * 1024 });
    expect(JSON.parse(readFileSync(path.join(outs[0]!, '.changes.json'), 'utf8'))).toEqual({ added: [], changed: [], removed: [] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
