import { imageSrcProblem } from '../../model/image-src';
import { readContentFileSync } from '../content/content-file';
import type { StagedOutputs } from '../incremental/staged-outputs';
import { apiDocuments, MEDIA_PREFIX, type CompiledSite } from './api-documents';

export interface WriteStats {
  files: number;
  bytes: number;
}

/**
 * Makes the static JSON API (`api/v1/…`) and the copies of local images (`media/…`) as outputs of the
 * build: each is staged only when its bytes differ from the published copy. A document whose key (the
 * hash of its inputs) is the published one's is kept without being made; the others are made, hashed
 * and dropped, so memory does not grow with the archive. Synchronous writes: for thousands of
 * small files they cost less than promise round trips, and nothing else runs on this thread meanwhile.
 */
export async function writeApi(site: CompiledSite, staged: StagedOutputs): Promise<WriteStats> {
  const stats: WriteStats = { files: 0, bytes: 0 };
  for (const doc of apiDocuments(site)) {
    const rel = `api/v1/${doc.path}`;
    stats.files += 1;
    if (doc.key !== undefined && staged.keepKeyed(rel, doc.key)) continue;
    const data = Buffer.from(JSON.stringify(doc.data()));
    staged.put(rel, data, doc.key);
    stats.bytes += data.length;
  }
  for (const src of site.content.localImages) {
    staged.put(`${MEDIA_PREFIX}${src}`, readLocalImage(site.content.dir, src));
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
