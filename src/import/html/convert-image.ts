import type { ImageBlock } from '../../model/block';
import type { ConvertContext } from './context';
import { classList, type HtmlElement } from './html-node';
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

/**
 * <img> → an image block. Width and height come from the attributes, else from the media library (with
 * a warning); an image whose size stays unknown is dropped (our schema needs both), with a warning.
 */
export function convertImage(element: HtmlElement, ctx: ConvertContext): ImageBlock | undefined {
  const raw = sourceOf(element.attrs);
  if (raw === undefined) {
    ctx.warn('image-dropped', 'no src');
    return undefined;
  }
  const src = ctx.imageUrl(raw);
  if (src === undefined) {
    ctx.warn('unsafe-url', 'img src', raw.slice(0, 80));
    return undefined;
  }
  if (!ctx.keepImage(src)) {
    ctx.warn('image-private-address', 'img src', src);
    return undefined;
  }
  const known = ctx.knownImage(src, wordpressImageId(element));
  const width = positiveInt(element.attrs.width);
  const height = positiveInt(element.attrs.height);
  let size: { width: number; height: number };
  if (width !== undefined && height !== undefined) size = { width, height };
  else if (known) {
    size = { width: known.width, height: known.height };
    ctx.warn('image-size-from-media', undefined, src);
  } else {
    ctx.warn('image-dropped-no-size', undefined, src);
    return undefined;
  }
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
