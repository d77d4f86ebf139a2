import type { Block, DetailsBlock, LeafBlock } from '../../model/block';
import type { Inline } from '../../model/inline';
import type { ConvertContext } from './context';
import { convertInlines } from './convert-inlines';
import { flowInlines } from './flow';
import { classList, isElement, type HtmlElement, type HtmlNode } from './html-node';
import type { ReadBlocks } from './read-blocks';
import { unwrapToggles } from './toggle-button';

/** A details block holds leaf blocks: a nested disclosure opens up (its summary in bold, then its blocks); footnotes move after it. */
function leaves(blocks: readonly Block[], after: Block[]): LeafBlock[] {
  return blocks.flatMap((block): LeafBlock[] => {
    if (block.type === 'details') return [{ type: 'paragraph', content: [{ type: 'strong', children: block.summary }] }, ...block.blocks];
    if (block.type === 'footnotes') {
      after.push(block);
      return [];
    }
    return [block];
  });
}

function disclosure(summaryNodes: readonly HtmlNode[], bodyNodes: readonly HtmlNode[], ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const lifted: Block[] = [];
  const summary: Inline[] = flowInlines(convertInlines(unwrapToggles(summaryNodes), ctx), lifted);
  const after: Block[] = [];
  const blocks = leaves([...lifted, ...readBlocks(bodyNodes, ctx)], after);
  if (summary.length === 0) return [...blocks, ...after];
  if (blocks.length === 0) return [{ type: 'paragraph', content: summary }, ...after];
  const details: DetailsBlock = { type: 'details', summary, blocks };
  return [details, ...after];
}

/**
 * <details> (wp-block-details) → a details block: the <summary> as its summary, the rest as its blocks.
 * Without a summary its blocks are simply read; without blocks the summary is a paragraph.
 */
export function convertDetails(element: HtmlElement, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const summary = element.children.find((c): c is HtmlElement => isElement(c, 'summary'));
  return disclosure(summary?.children ?? [], element.children.filter((c) => c !== summary), ctx, readBlocks);
}

export const isAccordionItem = (element: HtmlElement) => classList(element).includes('wp-block-accordion-item');

/**
 * WordPress's accordion item (div.wp-block-accordion-item: an h3.wp-block-accordion-heading holding a
 * toggle button, and a div.wp-block-accordion-panel) → a details block, the heading's text its summary.
 */
export function convertAccordionItem(element: HtmlElement, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const heading = element.children.find((c): c is HtmlElement => c.kind === 'element' && classList(c).includes('wp-block-accordion-heading'));
  if (!heading) return readBlocks(element.children, ctx);
  return disclosure(heading.children, element.children.filter((c) => c !== heading), ctx, readBlocks);
}
