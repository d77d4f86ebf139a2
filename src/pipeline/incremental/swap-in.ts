import { mkdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CHANGES_FILE, writeChanges, type BuildChanges } from '../outputs/changes';
import { MANIFEST_FILE, writeManifest } from './manifest';
import type { StagedOutputs } from './staged-outputs';

const exists = (p: string) => stat(p).then(() => true, () => false);

/** Removes `dir` and its parents up to `root` while they are empty. */
async function pruneEmpty(root: string, dir: string): Promise<void> {
  while (dir.length > root.length && dir.startsWith(root)) {
    try {
      await rmdir(dir);
    } catch {
      return; // not empty (or gone): stop here
    }
    dir = path.dirname(dir);
  }
}

/**
 * Puts a finished build in place. A full build's staging folder is the whole site: it replaces the
 * output folder in two renames. An incremental one holds only what changed: those files move into the
 * output folder and the removed ones are deleted. The manifest goes first and comes back last, so a
 * build interrupted halfway leaves a folder the next build rebuilds in full rather than trusts.
 */
export async function swapIn(staged: StagedOutputs, outDir: string, changes: BuildChanges): Promise<void> {
  if (!staged.incremental) {
    await writeManifest(staged.stagingDir, staged.next);
    await writeChanges(staged.stagingDir, changes);
    const old = `${outDir}.old-${process.pid}`;
    if (await exists(outDir)) await rename(outDir, old);
    await rename(staged.stagingDir, outDir);
    await rm(old, { recursive: true, force: true });
    return;
  }
  await rm(path.join(outDir, MANIFEST_FILE), { force: true });
  const made = new Set<string>();
  for (const rel of [...changes.added, ...changes.changed]) {
    const target = path.join(outDir, rel);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await rename(path.join(staged.stagingDir, rel), target);
  }
  for (const rel of changes.removed) {
    await rm(path.join(outDir, rel), { force: true });
    await pruneEmpty(outDir, path.dirname(path.join(outDir, rel)));
  }
  await rm(staged.stagingDir, { recursive: true, force: true });
  await writeChanges(outDir, changes);
  await writeManifest(outDir, staged.next);
}

export { CHANGES_FILE };
