import type { Block } from '../../model/block';
import type { ConvertContext, Size } from './context';
import type { ReadBlocks } from './read-blocks';
import { classList, type HtmlElement, type HtmlNode } from './html-node';
import { nodesToText } from './plain-text';

/** Blocks that carry a caption of their own. */
const CAPTIONED = new Set<Block['type']>(['image', 'gallery', 'video', 'audio', 'table']);

/** WordPress's wp-embed-aspect-16-9 class → 16:9. */
export function aspectFromClass(element: HtmlElement): Size | undefined {
  for (const name of classList(element)) {
    const match = /^wp-embed-aspect-(\d{1,3})-(\d{1,3})$/.exec(name);
    if (match && Number(match[1]) > 0 && Number(match[2]) > 0) return { width: Number(match[1]), height: Number(match[2]) };
  }
  return undefined;
}

/** A figure's caption element: <figcaption>, or the classic [caption]'s p.wp-caption-text. */
const isCaption = (node: HtmlNode): node is HtmlElement =>
  node.kind === 'element' && (node.name === 'figcaption' || classList(node).includes('wp-caption-text'));

function withCaption(block: Block, caption: string): Block | undefined {
  switch (block.type) {
    case 'image':
    case 'gallery':
    case 'video':
    case 'audio':
    case 'table':
      return block.caption ? undefined : { ...block, caption };
    default:
      return undefined;
  }
}

/** Whether a block already shows the caption's words (a video or frame titled from it). */
const showsCaption = (block: Block, caption: string) => (block.type === 'embed' || block.type === 'video') && block.title === caption;

/**
 * <figure> (and the classic [caption] box, div.wp-caption) → its content (an image, a video, a table…)
 * with the caption as that block's caption when it holds exactly one block that takes one; otherwise
 * the caption follows as a paragraph, unless a frame or video is already titled with it. The content
 * reads the caption (a title for a video without one) and the shape (wp-embed-aspect-16-9) from ctx.figure.
 */
export function convertFigure(element: HtmlElement, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const captions = element.children.filter(isCaption);
  const rest = element.children.filter((node) => !isCaption(node));
  const caption = nodesToText(captions.flatMap((c) => c.children));
  const aspect = aspectFromClass(element);
  const blocks = readBlocks(rest, { ...ctx, figure: { ...(caption ? { caption } : {}), ...(aspect ? { aspect } : {}) } });
  if (caption === '') return blocks;
  const takers = blocks.filter((b) => CAPTIONED.has(b.type));
  const only = takers.length === 1 ? takers[0]! : undefined;
  const captioned = only ? withCaption(only, caption) : undefined;
  if (only && captioned) return blocks.map((b) => (b === only ? captioned : b));
  if (blocks.some((b) => showsCaption(b, caption))) return blocks;
  return [...blocks, { type: 'paragraph', content: [{ type: 'text', text: caption }] }];
}
