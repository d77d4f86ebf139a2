import type { Block, ImageBlock } from '../../model/block';
import type { ConvertContext } from './context';
import { keptImageUrl } from './convert-image';
import { classList, type HtmlElement, type HtmlNode } from './html-node';
import { imageSize } from './image-size';
import type { ReadBlocks } from './read-blocks';

/** A cover, or a media-text block's media column: blocks with a background picture. */
export function hasBackground(element: HtmlElement): boolean {
  return classList(element).some((c) => c === 'wp-block-cover' || c === 'wp-block-cover-image' || c === 'wp-block-media-text__media');
}

/** The url(…) of background-image (or the background shorthand) in a style attribute. */
export function backgroundUrl(style: string | undefined): string | undefined {
  const match = /background(?:-image)?\s*:[^;]*?url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/i.exec(style ?? '');
  const url = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return url || undefined;
}

function holdsMedia(nodes: readonly HtmlNode[]): boolean {
  return nodes.some((n) => n.kind === 'element' && (n.name === 'img' || n.name === 'video' || holdsMedia(n.children)));
}

/**
 * A cover (div.wp-block-cover, the older wp-block-cover-image) or a media-text media column → its
 * background picture, then what it holds. The picture is an <img class="wp-block-cover__image-background">
 * or a background video (read as they come), or in older markup a background-image in the style
 * attribute, which becomes an image here (alt "": it is decoration, the words are the cover's text).
 */
export function convertCover(element: HtmlElement, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const inner = readBlocks(element.children, ctx);
  const raw = backgroundUrl(element.attrs.style);
  if (raw === undefined || holdsMedia(element.children)) return inner;
  const src = keptImageUrl(raw, 'background-image', ctx);
  if (src === undefined) return inner;
  const { size } = imageSize(src, undefined, undefined, ctx);
  const image: ImageBlock = { type: 'image', src, alt: '', width: size.width, height: size.height };
  return [image, ...inner];
}
