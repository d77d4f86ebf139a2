import { imageSize } from 'image-size';
import { imageType, type ImageType } from './image-type';

export interface ImageDimensions {
  width: number;
  height: number;
}

export interface InspectedImage {
  type: ImageType;
  /** Undefined for an SVG that states no size (no width/height, no viewBox). */
  size?: ImageDimensions;
}

const positive = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n > 0;

/**
 * Width and height read from the image's own bytes; EXIF orientations 5–8 (turned a quarter) swap them.
 * image-size reads through a DataView on the bytes' ArrayBuffer, past the end of a view into it (a
 * small Buffer shares Node's pool): it is given a copy of its own, so a truncated file fails instead.
 */
function readDimensions(bytes: Uint8Array): ImageDimensions | undefined {
  try {
    const { width, height, orientation } = imageSize(new Uint8Array(bytes));
    const w = Math.round(width);
    const h = Math.round(height);
    if (!positive(w) || !positive(h)) return undefined;
    return orientation !== undefined && orientation >= 5 ? { width: h, height: w } : { width: w, height: h };
  } catch {
    return undefined;
  }
}

/**
 * A file's image type and size, or undefined when it is not an image we keep: not one of the types
 * imageType knows, or a raster image whose size cannot be read (truncated, damaged). An SVG may have no
 * size of its own; the article's is kept then.
 */
export function inspectImage(bytes: Uint8Array): InspectedImage | undefined {
  const type = imageType(bytes);
  if (type === undefined) return undefined;
  const size = readDimensions(bytes);
  if (size === undefined && type !== 'svg') return undefined;
  return size ? { type, size } : { type };
}
