import type { ConvertContext } from './context';
import { convertImage, emojiText } from './convert-image';
import { isBlockRole, type ElementRole } from './elements';
import { enterElement } from './enter-element';
import type { Flow } from './flow';
import type { HtmlElement, HtmlNode } from './html-node';

const SPACE: Flow = { type: 'text', text: ' ' };

/** A link's href: undefined keeps only its text (no href, a bare #fragment, or a refused URL). */
function linkHref(element: HtmlElement, ctx: ConvertContext): string | undefined {
  const raw = element.attrs.href?.trim();
  if (raw === undefined || raw === '' || raw.startsWith('#')) return undefined;
  const href = ctx.linkUrl(raw);
  if (href === undefined) ctx.warn('unsafe-url', 'a href', raw.slice(0, 80));
  return href;
}

/** Inline content of nodes: text, em/strong, links, breaks and (still inline) images. */
export function convertInlines(nodes: readonly HtmlNode[], ctx: ConvertContext, inLink = false): Flow[] {
  return nodes.flatMap((node) => convertInline(node, ctx, inLink));
}

export function convertInline(node: HtmlNode, ctx: ConvertContext, inLink = false): Flow[] {
  if (node.kind === 'text') return [{ type: 'text', text: node.text }];
  return convertInlineElement(node, enterElement(node, ctx), ctx, inLink);
}

/** An element already classified (and warned about) by enterElement, read as inline content. */
export function convertInlineElement(element: HtmlElement, role: ElementRole, ctx: ConvertContext, inLink = false): Flow[] {
  switch (role) {
    case 'drop':
    case 'ignore':
      return [];
    case 'break':
      return [{ type: 'break' }];
    case 'em':
    case 'strong':
      return [{ type: role, children: convertInlines(element.children, ctx, inLink) }];
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
      return image ? [{ type: 'image', image }] : [];
    }
    default: {
      // Block-level elements met inside inline content keep their text, separated from its neighbours.
      const children = convertInlines(element.children, ctx, inLink);
      return isBlockRole(role) ? [SPACE, ...children, SPACE] : children;
    }
  }
}
