import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inspectImage } from './image-dimensions';
import { IMPORTED_IMAGES_DIR, keyOfImportedFile } from './imported-path';
import type { LocalImage } from './localise-images';

/** The images earlier imports stored in `out` (images/imported/), by key: relative paths. */
export async function listImportedImages(out: string): Promise<Map<string, string>> {
  const names = await readdir(path.join(out, IMPORTED_IMAGES_DIR)).catch(() => [] as string[]);
  const byKey = new Map<string, string>();
  for (const name of names.sort()) {
    const key = keyOfImportedFile(name);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, `${IMPORTED_IMAGES_DIR}/${name}`);
  }
  return byKey;
}

/** An image an earlier import stored, read back for its size; undefined if it is gone or is not an image. */
export async function readImportedImage(out: string, rel: string): Promise<LocalImage | undefined> {
  const bytes = await readFile(path.join(out, rel)).catch(() => undefined);
  const image = bytes && inspectImage(bytes);
  return image ? { path: rel, size: image.size } : undefined;
}
