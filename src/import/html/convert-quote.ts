import type { Block, ParagraphBlock, PullquoteBlock, QuoteBlock } from '../../model/block';
import type { ConvertContext } from './context';
import type { ReadBlocks } from './read-blocks';
import type { HtmlElement, HtmlNode } from './html-node';
import { nodesToText } from './plain-text';

/** Dashes and spaces that introduce an attribution ("— Name"). */
const ATTRIBUTION_LEAD = /^[\s\u00a0\u2014\u2013\u2015-]+/;

/**
 * Takes the attribution out of a quote's content: every <cite> and <footer> (but not those of a nested
 * quote), returned as text, the rest of the tree without them.
 */
export function takeAttribution(nodes: readonly HtmlNode[]): { rest: HtmlNode[]; cites: string[] } {
  const cites: string[] = [];
  const strip = (list: readonly HtmlNode[]): HtmlNode[] =>
    list.flatMap((node): HtmlNode[] => {
      if (node.kind === 'text' || node.name === 'blockquote') return [node];
      if (node.name === 'cite' || node.name === 'footer') {
        const text = nodesToText(node.children).replace(ATTRIBUTION_LEAD, '');
        if (text) cites.push(text);
        return [];
      }
      const element: HtmlElement = { ...node, children: strip(node.children) };
      return [element];
    });
  return { rest: strip(nodes), cites };
}

function isOnlyPunctuation(block: ParagraphBlock): boolean {
  const text = block.content.map((i) => (i.type === 'text' ? i.text : 'x')).join('');
  return text.replace(ATTRIBUTION_LEAD, '') === '';
}

/**
 * <blockquote> → a quote of paragraphs (our quotes hold paragraphs only): headings and list items become
 * paragraphs, a nested quote is flattened into this one, images and embeds follow the quote.
 */
export function convertQuote(element: HtmlElement, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const { rest, cites } = takeAttribution(element.children);
  const paragraphs: ParagraphBlock[] = [];
  const after: Block[] = [];
  const take = (block: Block) => {
    switch (block.type) {
      case 'paragraph':
        if (!isOnlyPunctuation(block)) paragraphs.push(block);
        break;
      case 'heading':
        paragraphs.push({ type: 'paragraph', content: block.content });
        break;
      case 'list':
        for (const item of block.items) paragraphs.push({ type: 'paragraph', content: item });
        break;
      case 'quote':
        block.blocks.forEach(take);
        if (block.cite) cites.push(block.cite);
        break;
      default:
        after.push(block);
    }
  };
  readBlocks(rest, ctx).forEach(take);
  const quote: QuoteBlock = { type: 'quote', blocks: paragraphs };
  if (cites.length > 0) quote.cite = cites.join(', ');
  return [quote, ...after];
}

/**
 * WordPress's pull quote (figure.wp-block-pullquote around a blockquote; blockquote.wp-block-pullquote in
 * older posts) → a pullquote: its paragraphs and citation, read as a quote's.
 */
export function convertPullquote(element: HtmlElement, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const inner = element.name === 'blockquote' ? element : element.children.find((c): c is HtmlElement => c.kind === 'element' && c.name === 'blockquote');
  const [quote, ...after] = convertQuote(inner ?? element, ctx, readBlocks);
  if (quote?.type !== 'quote') return [...(quote ? [quote] : []), ...after];
  const pullquote: PullquoteBlock = { type: 'pullquote', blocks: quote.blocks, ...(quote.cite ? { cite: quote.cite } : {}) };
  return [pullquote, ...after];
}
