import type { ImageBlock } from '../../model/block';
import type { ConvertContext } from './context';
import { classList, type HtmlElement } from './html-node';
import { imageSize } from './image-size';
import { collapsePlainText } from './plain-text';
import { parseSrcset, positiveInt } from './srcset';

const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-orig-file'];

/** The real source of an <img>, looking past lazy-loading placeholders (src="data:…" plus data-src). */
function sourceOf(attrs: Readonly<Record<string, string>>): string | undefined {
  const src = attrs.src?.trim();
  if (src && !src.toLowerCase().startsWith('data:')) return src;
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const lazy = attrs[name]?.trim();
    if (lazy) return lazy;
  }
  return src || undefined;
}

/**
 * WordPress swaps emoji for small images (class "emoji" or "wp-smiley") whose alt text is the emoji
 * itself: that text, or undefined for any other image.
 */
export function emojiText(element: HtmlElement): string | undefined {
  const alt = element.attrs.alt;
  return alt && classList(element).some((c) => c === 'emoji' || c === 'wp-smiley') ? alt : undefined;
}

/** The attachment id WordPress writes into an image's class: "wp-image-123" → 123. */
export function wordpressImageId(element: HtmlElement): number | undefined {
  for (const name of classList(element)) {
    if (name.startsWith('wp-image-')) return positiveInt(name.slice('wp-image-'.length));
  }
  return undefined;
}

/** An image address → a safe URL on a host we may keep, or undefined (with a warning naming `what`). */
export function keptImageUrl(raw: string, what: string, ctx: ConvertContext): string | undefined {
  const src = ctx.imageUrl(raw);
  if (src === undefined) {
    ctx.warn('unsafe-url', what, raw.slice(0, 80));
    return undefined;
  }
  if (!ctx.keepImage(src)) {
    ctx.warn('image-private-address', what, src);
    return undefined;
  }
  return src;
}

/**
 * <img> → an image block. Its size comes from the attributes, else the media library, else what the
 * markup or file name says, else a stated default (image-size.ts): an image is never dropped for want
 * of a size, only for want of a usable address.
 */
export function convertImage(element: HtmlElement, ctx: ConvertContext): ImageBlock | undefined {
  const raw = sourceOf(element.attrs);
  if (raw === undefined) {
    ctx.warn('image-dropped', 'no src');
    return undefined;
  }
  const src = keptImageUrl(raw, 'img src', ctx);
  if (src === undefined) return undefined;
  const { size, known } = imageSize(src, element, wordpressImageId(element), ctx);
  const candidateUrl = (raw: string) => {
    const url = ctx.imageUrl(raw);
    return url !== undefined && ctx.keepImage(url) ? url : undefined;
  };
  const fromAttribute = element.attrs.srcset ? parseSrcset(element.attrs.srcset, candidateUrl) : [];
  const srcset = fromAttribute.length > 0 ? fromAttribute : (known?.srcset ?? []);
  return {
    type: 'image',
    src,
    alt: collapsePlainText(element.attrs.alt ?? ''),
    width: size.width,
    height: size.height,
    ...(srcset.length > 1 ? { srcset } : {}),
  };
}
