import type { Block } from '../../model/block';
import type { ConvertContext } from './context';
import { paragraphsOf } from './convert-paragraphs';
import { convertPre } from './convert-code';
import { convertCover } from './convert-cover';
import { convertTerm } from './convert-description-list';
import { convertAccordionItem, convertDetails } from './convert-details';
import { convertEmbeddedPost, convertEmbedFigure } from './convert-embed';
import { convertFigure } from './convert-figure';
import { convertFile } from './convert-file';
import { convertFootnotes } from './convert-footnotes';
import { convertGallery } from './convert-gallery';
import { convertIframe } from './convert-iframe';
import { convertInlineElement, convertInlines } from './convert-inlines';
import { convertList } from './convert-list';
import { mathTex } from './convert-math';
import { convertMedia } from './convert-media';
import { convertPullquote, convertQuote } from './convert-quote';
import { convertScriptEmbed } from './convert-script-embed';
import { convertSocial } from './convert-social';
import { convertTable } from './convert-table';
import { classify, headingLevel, isBlockRole } from './elements';
import { enterElement } from './enter-element';
import { splitFlow, type Flow } from './flow';
import type { HtmlElement, HtmlNode } from './html-node';
import { parseHtml } from './parse-html';
import { recognise, type Construct } from './recognise';
import type { ReadBlocks } from './read-blocks';
import { unwrapToggles } from './toggle-button';

export type { ReadBlocks } from './read-blocks';
export { paragraphsOf } from './convert-paragraphs';

function convertConstruct(construct: Construct, node: HtmlElement, ctx: ConvertContext): Block[] {
  switch (construct.kind) {
    case 'social':
      return convertSocial(node, construct.network, ctx, convertBlocks);
    case 'embed':
      return convertEmbedFigure(node, ctx, convertBlocks);
    case 'embedded-post':
      return convertEmbeddedPost(node, ctx, convertBlocks);
    case 'script-embed':
      return convertScriptEmbed(node, ctx);
    case 'gallery':
      return convertGallery(node, ctx);
    case 'pullquote':
      return convertPullquote(node, ctx, convertBlocks);
    case 'cover':
      return convertCover(node, ctx, convertBlocks);
    case 'file':
      return convertFile(node, ctx);
    case 'footnotes':
      return convertFootnotes(node, ctx);
    case 'accordion-item':
      return convertAccordionItem(node, ctx, convertBlocks);
    case 'caption-box':
      return convertFigure(node, ctx, convertBlocks);
  }
}

/** Inline fallback content at the start of an element ("Your browser cannot play this video"). */
function withoutLeadingInline(nodes: readonly HtmlNode[]): HtmlNode[] {
  const first = nodes.findIndex((n) => n.kind === 'element' && isBlockRole(classify(n.name).role));
  return first < 0 ? [] : nodes.slice(first);
}

/**
 * An <iframe>, <video> or <audio> whose end tag never came holds the rest of the story (the parser put it
 * inside): from its first block-level element on, it is read after the element; the inline fallback
 * before that stays hidden, as a browser hides it. An iframe's content is raw text, parsed again.
 */
function unclosedRest(node: HtmlElement, ctx: ConvertContext): Block[] {
  if (!node.unclosed) return [];
  const inside = node.name === 'iframe' ? parseHtml(node.children.map((c) => (c.kind === 'text' ? c.text : '')).join('')) : node.children;
  return convertBlocks(withoutLeadingInline(inside), ctx);
}

function heading(node: HtmlElement, ctx: ConvertContext): Block[] {
  const level = headingLevel(node.name);
  // An accordion's heading holds a toggle button: its text is the heading's.
  return splitFlow(convertInlines(unwrapToggles(node.children), ctx)).map((segment) =>
    segment.kind === 'block' ? segment.block : { type: 'heading', level, content: segment.inlines },
  );
}

/**
 * Nodes → draft blocks. WordPress constructs are recognised by their classes first (recognise.ts);
 * then each element by its role (elements.ts). Text and inline elements between block elements gather
 * into paragraphs; wrappers (div, section, wp-block-* groups, unknown block elements) are read through.
 * The drafts may still hold empty paragraphs and ragged whitespace: the steps in steps/ tidy them.
 */
export const convertBlocks: ReadBlocks = (nodes: readonly HtmlNode[], ctx: ConvertContext) => {
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
    const construct = role === 'drop' ? undefined : recognise(node);
    if (construct) {
      flush();
      blocks.push(...convertConstruct(construct, node, ctx));
      continue;
    }
    switch (role) {
      case 'drop':
      case 'ignore':
        break;
      case 'paragraph':
        flush();
        blocks.push(...paragraphsOf(convertInlines(node.children, ctx)));
        break;
      case 'heading':
        flush();
        blocks.push(...heading(node, ctx));
        break;
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
      case 'pre':
        flush();
        blocks.push(...convertPre(node, ctx));
        break;
      case 'table':
        flush();
        blocks.push(...convertTable(node, ctx, convertBlocks));
        break;
      case 'separator':
        flush();
        blocks.push({ type: 'separator' });
        break;
      case 'details':
        flush();
        blocks.push(...convertDetails(node, ctx, convertBlocks));
        break;
      case 'term':
        flush();
        blocks.push(...convertTerm(node, ctx));
        break;
      case 'frame':
        flush();
        blocks.push(...convertIframe(node, ctx), ...unclosedRest(node, ctx));
        break;
      case 'media':
        flush();
        blocks.push(...convertMedia(node, ctx), ...unclosedRest(node, ctx));
        break;
      case 'math': {
        // A formula in a line of text stays in it; one on its own (display="block") is a block.
        if (node.attrs.display !== 'block' && pending.some((f) => f.type !== 'text' || f.text.trim() !== '')) {
          pending.push(...convertInlineElement(node, role, ctx));
          break;
        }
        flush();
        const tex = mathTex(node, ctx);
        if (tex !== undefined) blocks.push({ type: 'code', text: tex, language: 'latex' });
        break;
      }
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
        // em, strong, code, link, break and inline wrappers: part of the running paragraph.
        pending.push(...convertInlineElement(node, role, ctx));
    }
  }
  flush();
  return blocks;
};
