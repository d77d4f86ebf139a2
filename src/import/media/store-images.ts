import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { forEachLimit } from '../concurrency';
import type { HttpOptions } from '../http/fetch-with-retry';
import { silentProgress, type Progress } from '../progress';
import type { Warnings } from '../warnings';
import { listImportedImages, readImportedImage } from './cached-images';
import { downloadImage } from './download-image';
import { importedImageKey, importedImagePath } from './imported-path';
import type { LocalImage } from './localise-images';

export interface StoreImagesOptions {
  /** The content folder (absolute): images an earlier import stored there are not downloaded again. */
  out: string;
  /** A scratch folder the new files are written to, for writeContent to link into its staging folder. */
  scratch: string;
  http?: HttpOptions;
  warnings: Warnings;
  progress?: Progress;
  /** Downloads in flight at once (default 4). */
  concurrency?: number;
}

export interface StoredImages {
  /** By image URL: where it is in the content folder, and its size. */
  local: Map<string, LocalImage>;
  /** The new files: path in the content folder → the file in `scratch`. */
  files: Map<string, string>;
  counts: { downloaded: number; reused: number; failed: number };
}

/**
 * Makes each remote image a file of the content folder: reused if an earlier import stored it (the
 * name is the URL's hash), else downloaded, at most `concurrency` at a time. An image that cannot be
 * had keeps its URL, with an `image-not-downloaded` warning; once a host has failed to answer, its
 * other images are not asked for.
 */
export async function storeImages(urls: readonly string[], options: StoreImagesOptions): Promise<StoredImages> {
  const stored: StoredImages = { local: new Map(), files: new Map(), counts: { downloaded: 0, reused: 0, failed: 0 } };
  const earlier = await listImportedImages(options.out);
  const downHosts = new Set<string>();
  const progress = options.progress ?? silentProgress;
  const fail = (url: string, why: string) => {
    options.warnings.add({ kind: 'image-not-downloaded', detail: why, subject: url });
    stored.counts.failed += 1;
  };
  const store = async (url: string) => {
    const earlierFile = earlier.get(importedImageKey(url));
    const reused = earlierFile === undefined ? undefined : await readImportedImage(options.out, earlierFile);
    if (reused) {
      stored.local.set(url, reused);
      stored.counts.reused += 1;
      return;
    }
    const host = new URL(url).host;
    if (downHosts.has(host)) return fail(url, 'unreachable');
    const download = await downloadImage(url, options.http ?? {});
    if (!download.ok) {
      if (download.hostDown) downHosts.add(host);
      return fail(url, download.why);
    }
    const file = importedImagePath(url, download.image.type);
    const scratchFile = path.join(options.scratch, path.basename(file));
    await writeFile(scratchFile, download.bytes);
    stored.files.set(file, scratchFile);
    stored.local.set(url, { path: file, size: download.image.size });
    stored.counts.downloaded += 1;
  };
  progress.start(urls.length);
  try {
    await forEachLimit(urls, options.concurrency ?? 4, async (url) => {
      await store(url);
      progress.increment();
    });
  } finally {
    progress.stop();
  }
  return stored;
}
