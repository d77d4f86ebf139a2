// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANGES_FILE, diffBuilds, writeChanges } from '../../../../src/pipeline/outputs/changes';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-changes-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

describe("a build's changes", () => {
  it('lists what was added, changed (by bytes, also at the same size) and removed, and leaves the rest out', async () => {
    const before = await tree({ 'index.html': 'home', 'article/a.html': 'AAAA', 'article/b.html': 'B', 'api/v1/x.json': '{}', [CHANGES_FILE]: 'old report' });
    const after = await tree({ 'index.html': 'home', 'article/a.html': 'AAAB', 'article/c.html': 'C', 'api/v1/x.json': '{}' });
    expect(await diffBuilds(before, after)).toEqual({ added: ['article/c.html'], changed: ['article/a.html'], removed: ['article/b.html'] });
  });

  it('a first build adds everything; the same output twice changes nothing', async () => {
    const out = await tree({ 'b.html': 'b', 'a/z.html': 'z' });
    expect(await diffBuilds(path.join(out, 'missing'), out)).toEqual({ added: ['a/z.html', 'b.html'], changed: [], removed: [] });
    const copy = await tree({ 'b.html': 'b', 'a/z.html': 'z' });
    expect(await diffBuilds(out, copy)).toEqual({ added: [], changed: [], removed: [] });
  });

  it('is written into the new build as JSON', async () => {
    const out = await tree({});
    await writeChanges(out, { added: ['a.html'], changed: [], removed: ['b.html'] });
    expect(JSON.parse(await readFile(path.join(out, CHANGES_FILE), 'utf8'))).toEqual({ added: ['a.html'], changed: [], removed: ['b.html'] });
  });
});
