import type { Block } from '../../model/block';
import type { ConvertContext } from './context';
import { convertFigure } from './convert-figure';
import { convertInlineElement, convertInlines } from './convert-inlines';
import { convertList } from './convert-list';
import { convertQuote } from './convert-quote';
import { headingLevel } from './elements';
import { enterElement } from './enter-element';
import { splitFlow, type Flow } from './flow';
import type { HtmlNode } from './html-node';

export type ReadBlocks = (nodes: readonly HtmlNode[], ctx: ConvertContext) => Block[];

/** A run of inline content → paragraphs, with any images in it lifted out between them. */
export function paragraphsOf(flow: readonly Flow[]): Block[] {
  return splitFlow(flow).map((segment) =>
    segment.kind === 'image' ? segment.image : { type: 'paragraph', content: segment.inlines },
  );
}

/**
 * Nodes → draft blocks. Text and inline elements between block elements gather into paragraphs;
 * wrappers (div, section, wp-block-* groups, unknown block elements) are read through. The drafts may
 * still hold empty paragraphs and ragged whitespace: the steps in steps/ tidy them.
 */
export const convertBlocks: ReadBlocks = (nodes, ctx) => {
  const blocks: Block[] = [];
  let pending: Flow[] = [];
  const flush = () => {
    if (pending.length > 0) blocks.push(...paragraphsOf(pending));
    pending = [];
  };
  for (const node of nodes) {
    if (node.kind === 'text') {
      pending.push({ type: 'text', text: node.text });
      continue;
    }
    const role = enterElement(node, ctx);
    switch (role) {
      case 'drop':
      case 'ignore':
        break;
      case 'paragraph':
        flush();
        blocks.push(...paragraphsOf(convertInlines(node.children, ctx)));
        break;
      case 'heading': {
        flush();
        const level = headingLevel(node.name);
        for (const segment of splitFlow(convertInlines(node.children, ctx))) {
          blocks.push(segment.kind === 'image' ? segment.image : { type: 'heading', level, content: segment.inlines });
        }
        break;
      }
      case 'quote':
        flush();
        blocks.push(...convertQuote(node, ctx, convertBlocks));
        break;
      case 'list':
        flush();
        blocks.push(...convertList(node, ctx));
        break;
      case 'figure':
        flush();
        blocks.push(...convertFigure(node, ctx, convertBlocks));
        break;
      case 'image':
        // An image among text (an emoji, an inline picture) joins the running paragraph; images are
        // lifted out of paragraphs when they are flushed.
        pending.push(...convertInlineElement(node, role, ctx));
        break;
      case 'list-item':
      case 'caption':
      case 'container':
        flush();
        blocks.push(...convertBlocks(node.children, ctx));
        break;
      default:
        // em, strong, link, break and inline wrappers: part of the running paragraph.
        pending.push(...convertInlineElement(node, role, ctx));
    }
  }
  flush();
  return blocks;
};
