import sharp, { type Metadata } from 'sharp';
import type { ImageOptions, VariantFormat } from './options';
import { variantWidths } from './widths';

export interface EncodedVariant {
  format: VariantFormat;
  width: number;
  height: number;
  data: Buffer;
}

export interface EncodedImage {
  /** The original's size as shown (after its EXIF orientation). */
  width: number;
  height: number;
  /** Whether any pixel is see-through: then the fallback is PNG, not JPEG, and there is no placeholder behind it. */
  alpha: boolean;
  /** A blurred preview of a few hundred bytes as a data: URI; absent for see-through images. */
  placeholder?: string;
  /** Smallest first within each format: AVIF, WebP, then the fallback. */
  variants: EncodedVariant[];
}

/** A file the build could not read as an image: names the file, and what the decoder said. */
export class ImageDecodeError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`${file}: cannot be read as a JPEG, PNG or WebP image (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = 'ImageDecodeError';
  }
}

/** Sources are read strictly: a truncated or corrupt file stops the build rather than publishing a broken picture. */
const input = (bytes: Buffer) => sharp(bytes, { failOn: 'warning' }).autoOrient();

function encoder(bytes: Buffer, format: VariantFormat, width: number, options: ImageOptions) {
  const resized = input(bytes).resize({ width, withoutEnlargement: true });
  switch (format) {
    case 'avif':
      return resized.avif({ quality: options.avif.quality, effort: options.avif.effort });
    case 'webp':
      return resized.webp({ quality: options.webp.quality, effort: options.webp.effort });
    case 'jpeg':
      return resized.jpeg({ quality: options.jpeg.quality, mozjpeg: true });
    case 'png':
      return resized.png({ compressionLevel: options.png.compressionLevel, palette: false });
  }
}

async function isSeeThrough(bytes: Buffer, hasAlpha: boolean): Promise<boolean> {
  if (!hasAlpha) return false;
  const stats = await input(bytes).stats();
  return !stats.isOpaque;
}

/**
 * Every variant of one raster image, encoded with fixed options (so the same bytes give the same
 * files, build after build). `file` names the image in errors.
 */
export async function encodeImage(bytes: Buffer, file: string, options: ImageOptions): Promise<EncodedImage> {
  let metadata: Metadata;
  let alpha: boolean;
  try {
    metadata = await input(bytes).metadata();
    if (!metadata.width || !metadata.height) throw new Error('no width or height');
    alpha = await isSeeThrough(bytes, metadata.hasAlpha);
  } catch (error) {
    throw new ImageDecodeError(file, error);
  }
  const turned = (metadata.orientation ?? 1) >= 5;
  const width = turned ? metadata.height : metadata.width;
  const height = turned ? metadata.width : metadata.height;
  const formats: VariantFormat[] = ['avif', 'webp', alpha ? 'png' : 'jpeg'];
  const variants: EncodedVariant[] = [];
  try {
    for (const format of formats) {
      for (const w of variantWidths(width, options.widths)) {
        const { data, info } = await encoder(bytes, format, w, options).toBuffer({ resolveWithObject: true });
        variants.push({ format, width: info.width, height: info.height, data });
      }
    }
    const placeholder = alpha
      ? undefined
      : `data:image/webp;base64,${(await input(bytes).resize({ width: options.placeholderWidth }).webp({ quality: 40 }).toBuffer()).toString('base64')}`;
    return { width, height, alpha, ...(placeholder ? { placeholder } : {}), variants };
  } catch (error) {
    throw new ImageDecodeError(file, error);
  }
}
