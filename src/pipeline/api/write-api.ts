import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { imageSrcProblem } from '../../model/image-src';
import { readContentFileSync } from '../content/content-file';
import { apiDocuments, MEDIA_PREFIX, type CompiledSite } from './api-documents';

export interface WriteStats {
  files: number;
  bytes: number;
}

/**
 * Writes the static JSON API under `<outDir>/api/v1/` and copies local images under `<outDir>/media/`.
 * Each document is written as soon as it is generated and then dropped, so memory does not grow with
 * the archive. Synchronous writes: for thousands of small files they cost less than promise round trips,
 * and nothing else runs on this thread meanwhile (the Vite builds run in a child process).
 */
export async function writeApi(site: CompiledSite, outDir: string): Promise<WriteStats> {
  const stats: WriteStats = { files: 0, bytes: 0 };
  const made = new Set<string>();
  const ensureDir = (dir: string) => {
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };

  for (const doc of apiDocuments(site)) {
    const file = path.join(outDir, 'api', 'v1', doc.path);
    const data = Buffer.from(JSON.stringify(doc.data));
    ensureDir(path.dirname(file));
    writeFileSync(file, data);
    stats.files += 1;
    stats.bytes += data.length;
  }

  for (const src of site.content.localImages) {
    const target = path.join(outDir, MEDIA_PREFIX, src);
    const data = readLocalImage(site.content.dir, src);
    ensureDir(path.dirname(target));
    writeFileSync(target, data);
    stats.files += 1;
  }
  return stats;
}

/**
 * A local image's bytes, checked again at the moment of copying (the content was validated earlier, and
 * a folder can change): an image file type, a path inside the folder, a real file reached without
 * following a link. Anything else stops the build rather than being published.
 */
function readLocalImage(contentDir: string, src: string): Buffer {
  const problem = imageSrcProblem(src);
  if (problem) throw new Error(`Refusing to copy "${src}" to media: ${problem}`);
  return readContentFileSync(contentDir, src);
}
