import type { Block, FileBlock } from '../../model/block';
import type { ConvertContext } from './context';
import { fileName } from './convert-media';
import { classList, type HtmlElement, type HtmlNode } from './html-node';
import { nodesToText } from './plain-text';

function links(nodes: readonly HtmlNode[]): HtmlElement[] {
  return nodes.flatMap((n) => (n.kind !== 'element' ? [] : n.name === 'a' && n.attrs.href?.trim() ? [n] : links(n.children)));
}

/**
 * WordPress's file block (div.wp-block-file: a link named after the file, a "Download" button, maybe a
 * PDF preview <object>) → a file: the link's address and text (else the file's name). The button and the
 * preview stand for the same file and are not kept.
 */
export function convertFile(element: HtmlElement, ctx: ConvertContext): Block[] {
  const all = links(element.children);
  const named = all.find((a) => !classList(a).includes('wp-block-file__button'));
  const link = named ?? all[0];
  if (!link) return [];
  const raw = link.attrs.href!.trim();
  const href = ctx.linkUrl(raw);
  const text = named ? nodesToText(named.children) : '';
  if (href === undefined) {
    ctx.warn('unsafe-url', 'a href', raw.slice(0, 80));
    return text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : [];
  }
  const title = text || (/^https?:/i.test(href) ? fileName(href) : undefined) || nodesToText(link.children) || href;
  const file: FileBlock = { type: 'file', href, title };
  return [file];
}
