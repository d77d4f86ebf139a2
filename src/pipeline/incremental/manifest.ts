import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { byCodeUnits } from '../../model/order';

/**
 * What a build left in its output folder, so the next build can reuse it: a hash of every file, and for
 * each prerendered page the key it was rendered under and the API documents it read. Lives in the
 * output folder (a folder without it is built from scratch), never served (dotfiles are not).
 */
export const MANIFEST_FILE = '.build-manifest.json';
const VERSION = 2;

const PageSchema = z.object({ key: z.string(), deps: z.array(z.string()) });
const ManifestSchema = z.object({
  version: z.literal(VERSION),
  /** The app's bundles: the code, its config and lockfile, and what the bundles learn from the content. */
  appKey: z.string(),
  /** Every file of the build but the two reports, by its path ("/" separated) → content hash. */
  files: z.record(z.string(), z.string()),
  pages: z.record(z.string(), PageSchema),
  /** Other groups of outputs made together (a search shard), by name → the hash of their inputs. */
  groups: z.record(z.string(), z.string()),
  /** The files made from a known set of inputs (API documents), by path → the hash of those inputs. */
  keys: z.record(z.string(), z.string()),
});
export type BuildManifest = z.infer<typeof ManifestSchema>;
export type PageEntry = z.infer<typeof PageSchema>;

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

/** Sorted keys, so the same build writes the same manifest. */
function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnits(a, b)));
}

export async function writeManifest(outDir: string, manifest: BuildManifest): Promise<void> {
  const stable: BuildManifest = { ...manifest, files: sortedRecord(manifest.files), pages: sortedRecord(manifest.pages), groups: sortedRecord(manifest.groups), keys: sortedRecord(manifest.keys) };
  await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(stable)}\n`);
}
