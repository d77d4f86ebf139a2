import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { byCodeUnits } from '../../model/order';

/** What a build changed in the published folder, by path relative to it (sorted, "/" separated). */
export interface BuildChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/** The report's own name: a file of the build, left out of its own lists. */
export const CHANGES_FILE = '.changes.json';

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const nested = await Promise.all(
    entries.map((entry) => {
      const file = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(root, file) : Promise.resolve(entry.isFile() && file !== CHANGES_FILE ? [file] : []);
    }),
  );
  return nested.flat();
}

async function same(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a), stat(b)]);
  if (sa.size !== sb.size) return false;
  const [ba, bb] = await Promise.all([readFile(a), readFile(b)]);
  return ba.equals(bb);
}

/**
 * The files `next` adds, changes and removes relative to `previous` (a folder that may not exist: then
 * everything is added), compared by their bytes: what rsync, `aws s3 sync` or a CDN purge needs to take.
 */
export async function diffBuilds(previous: string, next: string): Promise<BuildChanges> {
  const [before, after] = await Promise.all([listFiles(previous), listFiles(next)]);
  const old = new Set(before);
  const added: string[] = [];
  const kept: string[] = [];
  for (const file of after) (old.has(file) ? kept : added).push(file);
  const changed: string[] = [];
  // A bounded number of files compared at once: an archive's build has hundreds of thousands.
  for (let i = 0; i < kept.length; i += 64) {
    const batch = kept.slice(i, i + 64);
    const results = await Promise.all(batch.map((file) => same(path.join(previous, file), path.join(next, file))));
    batch.forEach((file, j) => {
      if (!results[j]) changed.push(file);
    });
  }
  const now = new Set(after);
  const removed = before.filter((file) => !now.has(file));
  const sorted = (list: string[]) => list.sort(byCodeUnits);
  return { added: sorted(added), changed: sorted(changed), removed: sorted(removed) };
}

/** Writes the report into the new build's folder. */
export async function writeChanges(next: string, changes: BuildChanges): Promise<void> {
  await writeFile(path.join(next, CHANGES_FILE), `${JSON.stringify(changes, null, 1)}\n`);
}
