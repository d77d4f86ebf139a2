import type { Block } from '../../model/block';
import type { ConvertContext } from './context';
import { convertIframe } from './convert-iframe';
import { convertImage, emojiText } from './convert-image';
import { mathTex } from './convert-math';
import { convertMedia } from './convert-media';
import { isBlockRole, type ElementRole } from './elements';
import { enterElement } from './enter-element';
import type { Flow } from './flow';
import { footnoteMark } from './footnote-mark';
import type { HtmlElement, HtmlNode } from './html-node';
import { inlineCode } from './inline-code';

const SPACE: Flow = { type: 'text', text: ' ' };

/** A link's href: undefined keeps only its text (no href, a bare #fragment, or a refused URL). */
function linkHref(element: HtmlElement, ctx: ConvertContext): string | undefined {
  const raw = element.attrs.href?.trim();
  if (raw === undefined || raw === '' || raw.startsWith('#')) return undefined;
  const href = ctx.linkUrl(raw);
  if (href === undefined) ctx.warn('unsafe-url', 'a href', raw.slice(0, 80));
  return href;
}

/** Inline content of nodes: text, emphasis, links, code, breaks, and (still inline) images and media. */
export function convertInlines(nodes: readonly HtmlNode[], ctx: ConvertContext, inLink = false): Flow[] {
  return nodes.flatMap((node) => convertInline(node, ctx, inLink));
}

export function convertInline(node: HtmlNode, ctx: ConvertContext, inLink = false): Flow[] {
  if (node.kind === 'text') return [{ type: 'text', text: node.text }];
  return convertInlineElement(node, enterElement(node, ctx), ctx, inLink);
}

const lifted = (blocks: readonly Block[]): Flow[] => blocks.map((block) => ({ type: 'block', block }));

/** An element already classified (and warned about) by enterElement, read as inline content. */
export function convertInlineElement(element: HtmlElement, role: ElementRole, ctx: ConvertContext, inLink = false): Flow[] {
  switch (role) {
    case 'drop':
    case 'ignore':
      return [];
    case 'break':
      return [{ type: 'break' }];
    case 'sup': {
      const mark = footnoteMark(element, ctx);
      if (mark) return [mark];
      return [{ type: role, children: convertInlines(element.children, ctx, inLink) }];
    }
    case 'em':
    case 'strong':
    case 'sub':
    case 'strike':
      return [{ type: role, children: convertInlines(element.children, ctx, inLink) }];
    case 'code':
      return inlineCode(element, ctx);
    case 'link': {
      // A link inside a link is not a link: keep its text only.
      const href = inLink ? undefined : linkHref(element, ctx);
      const children = convertInlines(element.children, ctx, inLink || href !== undefined);
      return href === undefined ? children : [{ type: 'link', href, children }];
    }
    case 'image': {
      const emoji = emojiText(element);
      if (emoji !== undefined) return [{ type: 'text', text: emoji }];
      const image = convertImage(element, ctx);
      return image ? [{ type: 'block', block: image }] : [];
    }
    // Embedded content met in text (an iframe in a paragraph, as the classic editor leaves it) is
    // lifted out between the text before and after it.
    case 'frame':
      return lifted(convertIframe(element, ctx));
    case 'media':
      return lifted(convertMedia(element, ctx));
    case 'math': {
      const tex = mathTex(element, ctx);
      return tex === undefined ? [] : [{ type: 'code', text: tex }];
    }
    case 'separator':
      return [{ type: 'block', block: { type: 'separator' } }];
    case 'table':
      // A table inside a cell, a list item or a line of text: our tables hold text only.
      ctx.warn('table-as-text');
      return [SPACE, ...convertInlines(element.children, ctx, inLink), SPACE];
    default: {
      // Block-level elements met inside inline content keep their text, separated from its neighbours.
      const children = convertInlines(element.children, ctx, inLink);
      return isBlockRole(role) ? [SPACE, ...children, SPACE] : children;
    }
  }
}
