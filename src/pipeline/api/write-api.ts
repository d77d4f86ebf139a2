import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
    ensureDir(path.dirname(target));
    copyFileSync(path.join(site.content.dir, src), target);
    stats.files += 1;
  }
  return stats;
}
