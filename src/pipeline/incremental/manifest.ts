import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * What a build left in its output folder, so the next build can reuse it: a hash of every file, and for
 * each prerendered page the key it was rendered under and the API documents it read. Lives in the
 * output folder (a folder without it is built from scratch), never served (dotfiles are not).
 */
export const MANIFEST_FILE = '.build-manifest.json';
const VERSION = 2;

/** A prerendered page: the key it was rendered under and the API documents it read. */
export interface PageEntry {
  key: string;
  deps: string[];
}
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPage = (value: unknown) => isRecord(value) && typeof value.key === 'string' && Array.isArray(value.deps) && value.deps.every((dep) => typeof dep === 'string');
/**
 * The records of every file and page of a large archive hold hundreds of thousands of entries: they are
 * checked by a plain loop, as a zod record of that size costs a second of every build.
 */
const StringRecord = z.custom<Record<string, string>>((value) => isRecord(value) && Object.values(value).every((v) => typeof v === 'string'), 'expected an object of strings');
const PageRecord = z.custom<Record<string, PageEntry>>((value) => isRecord(value) && Object.values(value).every(isPage), 'expected an object of pages');
const ManifestSchema = z.object({
  version: z.literal(VERSION),
  /** The app's bundles: the code, its config and lockfile, and what the bundles learn from the content. */
  appKey: z.string(),
  /** Every file of the build but the two reports, by its path ("/" separated) → content hash. */
  files: StringRecord,
  pages: PageRecord,
  /** Other groups of outputs made together (a search shard), by name → the hash of their inputs. */
  groups: z.record(z.string(), z.string()),
  /** The files made from a known set of inputs (API documents), by path → the hash of those inputs. */
  keys: StringRecord,
});
export type BuildManifest = z.infer<typeof ManifestSchema>;

export function emptyManifest(appKey: string): BuildManifest {
  return { version: VERSION, appKey, files: {}, pages: {}, groups: {}, keys: {} };
}

/**
 * The previous build's manifest, or null (with the reason) when there is none to trust: no folder, no
 * manifest, an older format or a damaged file all mean a full build, never a wrong one.
 */
export async function readManifest(outDir: string): Promise<{ manifest: BuildManifest | null; reason?: string }> {
  const file = path.join(outDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { manifest: null, reason: `no ${MANIFEST_FILE} in ${outDir}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { manifest: null, reason: `${file} is not JSON (${(error as Error).message})` };
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) return { manifest: null, reason: `${file} is from another version or damaged (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message})` };
  return { manifest: parsed.data };
}

/** Sorted keys (UTF-16 code units: the default sort, with no comparator to call), so the same build writes the same manifest. */
function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key]!;
  return sorted;
}

export async function writeManifest(outDir: string, manifest: BuildManifest): Promise<void> {
  const stable: BuildManifest = { ...manifest, files: sortedRecord(manifest.files), pages: sortedRecord(manifest.pages), groups: sortedRecord(manifest.groups), keys: sortedRecord(manifest.keys) };
  await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(stable)}\n`);
}
