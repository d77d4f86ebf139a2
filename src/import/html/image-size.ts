import type { ConvertContext, KnownImage, Size } from './context';
import type { HtmlElement } from './html-node';
import { positiveInt } from './srcset';

/**
 * The size an image is shown at when nothing says: 1200×800. WordPress's own default crops and most
 * newsroom photographs are 3:2, so the reader's layout reserves about the right space; the real picture
 * then fills the frame the way CSS object-fit would. Counted as "image-size-assumed".
 */
export const DEFAULT_IMAGE_SIZE: Size = { width: 1200, height: 800 };
const DEFAULT_RATIO = DEFAULT_IMAGE_SIZE.height / DEFAULT_IMAGE_SIZE.width;

/** Jetpack's data-orig-size="1024,683". */
function origSize(element: HtmlElement | undefined): Size | undefined {
  const match = /^\s*(\d{1,6})\s*,\s*(\d{1,6})\s*$/.exec(element?.attrs['data-orig-size'] ?? '');
  const width = positiveInt(match?.[1]);
  const height = positiveInt(match?.[2]);
  return width && height ? { width, height } : undefined;
}

/** The size WordPress writes into the names of its resized copies: ".../photo-1024x683.jpg". */
export function sizeFromFileName(src: string): Size | undefined {
  let path: string;
  try {
    path = new URL(src).pathname;
  } catch {
    return undefined;
  }
  const match = /-(\d{1,5})x(\d{1,5})\.(?:jpe?g|png|gif|webp|avif)$/i.exec(path);
  const width = positiveInt(match?.[1]);
  const height = positiveInt(match?.[2]);
  return width && height ? { width, height } : undefined;
}

export interface FoundSize {
  size: Size;
  known?: KnownImage;
}

/**
 * An image's size: its width/height attributes, else the media library's, else data-orig-size, else the
 * size in a WordPress file name, else one given side at the default ratio, else the default size. Each
 * guess is counted. Never undefined: an image is not dropped for want of a size.
 */
export function imageSize(src: string, element: HtmlElement | undefined, mediaId: number | undefined, ctx: ConvertContext): FoundSize {
  const width = positiveInt(element?.attrs.width);
  const height = positiveInt(element?.attrs.height);
  const known = ctx.knownImage(src, mediaId);
  if (width !== undefined && height !== undefined) return { size: { width, height }, known };
  if (known) {
    ctx.warn('image-size-from-media', undefined, src);
    return { size: { width: known.width, height: known.height }, known };
  }
  const guessed = origSize(element) ?? sizeFromFileName(src);
  if (guessed) {
    ctx.warn('image-size-guessed', undefined, src);
    return { size: guessed };
  }
  ctx.warn('image-size-assumed', undefined, src);
  if (width !== undefined) return { size: { width, height: Math.max(1, Math.round(width * DEFAULT_RATIO)) } };
  if (height !== undefined) return { size: { width: Math.max(1, Math.round(height / DEFAULT_RATIO)), height } };
  return { size: { ...DEFAULT_IMAGE_SIZE } };
}

/** A size only when it is known (the media library or a WordPress file name), for a video's poster. */
export function knownSize(src: string, ctx: ConvertContext): Size | undefined {
  const known = ctx.knownImage(src, undefined);
  return known ? { width: known.width, height: known.height } : sizeFromFileName(src);
}
