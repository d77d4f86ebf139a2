import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BuildChanges } from '../outputs/changes';
import { contentHash } from './content-hash';
import { emptyManifest, type BuildManifest, type PageEntry } from './manifest';
import { byCodeUnits, lowerBound } from '../../model/order';


/** Every file under `dir`, relative to `root` with "/" separators. */
export async function listFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const nested = await Promise.all(entries.map((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(root, rel) : Promise.resolve(entry.isFile() ? [rel] : []);
  }));
  return nested.flat();
}

/**
 * The outputs of one build, gathered in a staging folder. A full build stages every file; an
 * incremental one stages only what differs from the published folder (the previous manifest says what
 * that holds), and records what it reuses. Either way the new manifest lists every file with its hash,
 * and the changes are the difference of the two manifests.
 */
export class StagedOutputs {
  readonly next: BuildManifest;
  private readonly made = new Set<string>();
  private sortedPublished: string[] | undefined;

  constructor(
    readonly stagingDir: string,
    appKey: string,
    /** The published build's manifest: what an incremental build may reuse; null for a full build. */
    private readonly reusable: BuildManifest | null,
    /** The published build's manifest for the report, even when a full build reuses nothing. */
    private readonly published: BuildManifest | null = reusable,
  ) {
    this.next = emptyManifest(appKey);
  }

  get incremental(): boolean {
    return this.reusable !== null;
  }

  /** The published build's entry for a page, when this build may reuse it. */
  previousPage(file: string): PageEntry | undefined {
    return this.reusable?.pages[file];
  }

  previousGroup(name: string): string | undefined {
    return this.reusable?.groups[name];
  }

  hashOf(rel: string): string | undefined {
    return this.next.files[rel];
  }

  private ensureDir(dir: string): void {
    if (this.made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }

  /** A file made in memory: staged unless the published folder already has these bytes. */
  put(rel: string, data: string | Uint8Array, key?: string): void {
    const hash = contentHash(data);
    this.next.files[rel] = hash;
    if (key !== undefined) this.next.keys[rel] = key;
    if (this.reusable?.files[rel] === hash) return;
    const file = path.join(this.stagingDir, rel);
    this.ensureDir(path.dirname(file));
    writeFileSync(file, data);
  }

  /** A file already written into the staging folder whose hash is known (a prerendered page). */
  record(rel: string, hash: string): void {
    this.next.files[rel] = hash;
  }

  /** A page written (or reused) under `entry`. */
  page(file: string, entry: PageEntry): void {
    this.next.pages[file] = entry;
  }

  group(name: string, key: string): void {
    this.next.groups[name] = key;
  }

  /** Reuses a published file as it is. */
  keep(rel: string): void {
    const hash = this.reusable?.files[rel];
    if (hash === undefined) throw new Error(`incremental build: ${rel} is not in the published build to be kept`);
    this.next.files[rel] = hash;
  }

  /**
   * Reuses a published file made from inputs with the same key, and says so; false when it must be
   * made (a full build, a new file, other inputs).
   */
  keepKeyed(rel: string, key: string): boolean {
    const hash = this.reusable?.files[rel];
    if (hash === undefined || this.reusable!.keys[rel] !== key) return false;
    this.next.files[rel] = hash;
    this.next.keys[rel] = key;
    return true;
  }

  /** Reuses every published file under `prefix` (a folder, "/"-terminated). */
  keepUnder(prefix: string): void {
    const files = this.reusable?.files;
    if (!files) return;
    // The published paths in order, once: each call is then a binary search, not a pass over them all.
    const sorted = (this.sortedPublished ??= Object.keys(files).sort(byCodeUnits));
    for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) this.next.files[sorted[i]!] = files[sorted[i]!]!;
  }

  /**
   * The files another tool wrote into a folder of its own (feeds, sitemap, the search index), taken as
   * outputs under `under`: each staged unless the published folder already has it.
   */
  async putFolder(dir: string, under = '', include: (rel: string) => boolean = () => true): Promise<number> {
    const rels = (await listFiles(dir)).filter(include);
    for (let i = 0; i < rels.length; i += 64) {
      const batch = rels.slice(i, i + 64);
      const data = await Promise.all(batch.map((rel) => readFile(path.join(dir, rel))));
      batch.forEach((rel, j) => this.put(`${under}${rel}`, data[j]!));
    }
    return rels.length;
  }

  /** What this build adds, changes and removes relative to the published one. */
  changes(): BuildChanges {
    const before = this.published?.files ?? {};
    const after = this.next.files;
    const added: string[] = [];
    const changed: string[] = [];
    for (const [rel, hash] of Object.entries(after)) {
      const old = before[rel];
      if (old === undefined) added.push(rel);
      else if (old !== hash) changed.push(rel);
    }
    const removed = Object.keys(before).filter((rel) => !(rel in after));
    return { added: added.sort(byCodeUnits), changed: changed.sort(byCodeUnits), removed: removed.sort(byCodeUnits) };
  }
}
