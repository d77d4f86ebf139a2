import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ImportedContent } from '../content-bundle';
import type { HttpOptions } from '../http/fetch-with-retry';
import type { Progress } from '../progress';
import type { Warnings } from '../warnings';
import { checkWrite, writeContent, type WriteReport } from '../write-content';
import { localiseImages, remoteImageUrls } from './localise-images';
import { storeImages, type StoredImages } from './store-images';

/** A downloaded icon can be the logo when it is a PNG or an SVG (what the icon generator reads). */
function logoOf(file: string | undefined): string | undefined {
  return file && /\.(png|svg)$/i.test(file) ? file : undefined;
}

export interface MediaOptions {
  /** Keep every image hotlinked (--remote-media): nothing is downloaded. */
  remote?: boolean;
  http?: HttpOptions;
  warnings: Warnings;
  progress?: Progress;
}

export interface WriteWithMediaResult {
  report: WriteReport;
  images: StoredImages['counts'];
}

/**
 * writeContent, with the articles' remote images made files of the content folder first: checked
 * before anything is downloaded (an import that would fail downloads nothing), downloaded into a
 * scratch folder beside --out, then written with the articles through writeContent's staging, so a
 * failed import still leaves --out exactly as it was. The scratch folder is always removed.
 */
export async function writeWithMedia(imported: ImportedContent, outDir: string, options: MediaOptions): Promise<WriteWithMediaResult> {
  const icon = options.remote ? undefined : imported.siteIcon;
  const urls = options.remote ? [] : [...new Set([...remoteImageUrls(imported.bundle.articles), ...(icon ? [icon] : [])])];
  if (urls.length === 0) return { report: await writeContent(imported, outDir), images: { downloaded: 0, reused: 0, failed: 0 } };
  await checkWrite(imported, outDir);
  const out = path.resolve(outDir);
  await mkdir(path.dirname(out), { recursive: true });
  const scratch = await mkdtemp(path.join(path.dirname(out), `.${path.basename(out)}.import-media-`));
  try {
    const stored = await storeImages(urls, { out, scratch, http: options.http, warnings: options.warnings, progress: options.progress });
    const logo = icon ? logoOf(stored.local.get(icon)?.path) : undefined;
    const site = logo ? { ...imported.bundle.site, logo } : imported.bundle.site;
    const localised = { ...imported, bundle: { ...imported.bundle, site, articles: localiseImages(imported.bundle.articles, stored.local, imported.sizeAssumed) } };
    return { report: await writeContent(localised, outDir, stored.files), images: stored.counts };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
