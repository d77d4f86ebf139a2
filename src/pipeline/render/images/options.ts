import { createHash } from 'node:crypto';

/** The formats a raster image is delivered in: the two modern ones and a fallback every browser reads. */
export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';

/** How the build encodes raster images. Every field is part of the cache key: change one and each image is encoded again. */
export interface ImageOptions {
  /** The widths offered, smallest first; none wider than the original. */
  widths: readonly number[];
  avif: { quality: number; effort: number };
  webp: { quality: number; effort: number };
  jpeg: { quality: number };
  png: { compressionLevel: number };
  /** The width of the blurred preview inlined as a data: URI. */
  placeholderWidth: number;
}

export const DEFAULT_IMAGE_OPTIONS: ImageOptions = {
  widths: [320, 640, 960, 1280, 1920],
  avif: { quality: 45, effort: 2 },
  webp: { quality: 72, effort: 4 },
  jpeg: { quality: 76 },
  png: { compressionLevel: 9 },
  placeholderWidth: 16,
};

/** Bumped when the encoding code changes in a way the options do not show. */
const ENCODER_VERSION = 1;

/** What a cached encoding depends on besides the source bytes: the options, the encoder and sharp's version. */
export function optionsKey(options: ImageOptions, sharpVersion: string): string {
  return createHash('sha256').update(JSON.stringify({ options, ENCODER_VERSION, sharpVersion })).digest('hex').slice(0, 16);
}
