import type { Block } from '../../model/block';
import type { ConvertContext } from './context';
import type { ReadBlocks } from './convert-blocks';
import { isElement, type HtmlElement } from './html-node';
import { nodesToText } from './plain-text';

/**
 * <figure> → its content (an image, a pull quote, a table's text…) with the <figcaption> as the image's
 * caption when the figure holds exactly one image; otherwise the caption follows as a paragraph.
 */
export function convertFigure(element: HtmlElement, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const captions = element.children.filter((node): node is HtmlElement => isElement(node, 'figcaption'));
  const rest = element.children.filter((node) => !isElement(node, 'figcaption'));
  const blocks = readBlocks(rest, ctx);
  const caption = nodesToText(captions.flatMap((c) => c.children));
  if (caption === '') return blocks;
  const images = blocks.filter((b) => b.type === 'image');
  const only = images.length === 1 ? images[0] : undefined;
  if (only && !only.caption) return blocks.map((b) => (b === only ? { ...only, caption } : b));
  return [...blocks, { type: 'paragraph', content: [{ type: 'text', text: caption }] }];
}
