import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { readContentFile } from '../../content/content-file';
import { encodeImage, ImageDecodeError, type EncodedImage } from './encode';
import { ImageCache } from './image-cache';
import { optionsKey, type ImageOptions } from './options';
import { variantPaths, variantStem, type ImageVariants } from './variant-files';

export interface ImageJob {
  /** The image's path inside the content folder, e.g. "images/mosul.jpg". */
  src: string;
  /** Where it is first used, for errors: "articles/mosul.json, hero.src". */
  usedBy?: string;
}

export interface ProcessImagesOptions {
  contentDir: string;
  /** The site's output folder: variants are written under `<outDir>/<prefix>`. */
  outDir: string;
  /** Where encoded images are kept between builds. */
  cacheDir: string;
  /** The path the variants are published under, e.g. "media/". */
  prefix: string;
  options: ImageOptions;
}

export interface ImageStats {
  images: number;
  /** Images encoded by this build (the rest came from the cache). */
  encoded: number;
  files: number;
  bytes: number;
}

/** The raster files the pipeline turns into variants (GIF is left as it is: it may be animated). */
export const isRaster = (src: string) => /\.(jpe?g|png|webp)$/i.test(src);

/**
 * Turns each raster image into its responsive variants, written under the output folder, and returns
 * what the renderer needs of each (keyed by `job.src`). A pure function of the source bytes and the
 * options: an unchanged image is read from the cache, not encoded again.
 */
export async function processImages(jobs: readonly ImageJob[], opts: ProcessImagesOptions): Promise<{ variants: Map<string, ImageVariants>; stats: ImageStats }> {
  const cache = new ImageCache(opts.cacheDir);
  const keyOfOptions = optionsKey(opts.options, sharp.versions.sharp ?? 'unknown');
  const variants = new Map<string, ImageVariants>();
  const stats: ImageStats = { images: 0, encoded: 0, files: 0, bytes: 0 };
  const made = new Set<string>();
  // One image at a time: sharp already spreads one encoding over the cores.
  for (const job of jobs) {
    if (variants.has(job.src)) continue;
    const label = path.join(path.relative(process.cwd(), opts.contentDir) || '.', job.src) + (job.usedBy ? ` (used by ${job.usedBy})` : '');
    let bytes: Buffer;
    try {
      bytes = await readContentFile(opts.contentDir, job.src);
    } catch (error) {
      throw new ImageDecodeError(label, error);
    }
    const key = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}-${keyOfOptions}`;
    let image: EncodedImage | undefined = await cache.get(key);
    if (!image) {
      image = await encodeImage(bytes, label, opts.options);
      await cache.put(key, image);
      stats.encoded += 1;
    }
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 10);
    const { files, variants: meta } = variantPaths(image, variantStem(job.src), hash, opts.prefix);
    for (const file of files) {
      const target = path.join(opts.outDir, file.path);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      await writeFile(target, file.data);
      stats.files += 1;
      stats.bytes += file.data.length;
    }
    variants.set(job.src, meta);
    stats.images += 1;
  }
  await cache.prune();
  return { variants, stats };
}
