import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { apiDocuments, MEDIA_PREFIX, type CompiledSite } from './api-documents';

const CONCURRENCY = 64;

export interface WriteStats {
  files: number;
  bytes: number;
}

/** Writes the static JSON API under `<outDir>/api/v1/` and copies local images under `<outDir>/media/`. */
export async function writeSite(site: CompiledSite, outDir: string): Promise<WriteStats> {
  const stats: WriteStats = { files: 0, bytes: 0 };
  const made = new Set<string>();
  const ensureDir = async (dir: string) => {
    if (made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    made.add(dir);
  };
  const write = async (file: string, text: string) => {
    await ensureDir(path.dirname(file));
    await writeFile(file, text);
    stats.files += 1;
    stats.bytes += Buffer.byteLength(text);
  };

  let inFlight: Promise<void>[] = [];
  for (const doc of apiDocuments(site)) {
    inFlight.push(write(path.join(outDir, 'api', 'v1', doc.path), JSON.stringify(doc.data)));
    if (inFlight.length >= CONCURRENCY) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  }
  await Promise.all(inFlight);

  await Promise.all(
    site.content.localImages.map(async (src) => {
      const target = path.join(outDir, MEDIA_PREFIX, src);
      await ensureDir(path.dirname(target));
      await copyFile(path.join(site.content.dir, src), target);
      stats.files += 1;
    }),
  );
  return stats;
}
