import type { Block, FootnotesBlock } from '../../model/block';
import type { ConvertContext } from './context';
import { convertInlines } from './convert-inlines';
import { flowInlines } from './flow';
import { noteId } from './footnote-mark';
import { classList, isElement, type HtmlElement, type HtmlNode } from './html-node';
import { nodesToText } from './plain-text';

/** A footnotes list: WordPress's ol.wp-block-footnotes, Markdown's div/section.footnotes around an <ol>. */
export function isFootnotes(element: HtmlElement): boolean {
  const classes = classList(element);
  if (element.name === 'ol') return classes.includes('wp-block-footnotes') || classes.includes('footnotes') || classes.includes('footnotes-list');
  return (element.name === 'div' || element.name === 'section') && classes.includes('footnotes') && element.children.some((c) => isElement(c, 'ol'));
}

/** ↩ ↪ ↑ ⤴ ^ (with or without the emoji/text variation selector). */
const BACK_LINK_TEXT = /^[\s\u21a9\u21aa\u2191\u2934\u2b8c^]*$/;
const VARIATION_SELECTOR = /\ufe0e|\ufe0f/g;

/** The link from a footnote back to its mark ("↩︎", #ID-link, a.footnote-backref): dropped, the reader's page has its own. */
function isBackLink(node: HtmlNode): boolean {
  if (!isElement(node, 'a')) return false;
  const href = node.attrs.href?.trim() ?? '';
  if (!href.startsWith('#')) return false;
  const classes = classList(node);
  return href.endsWith('-link') || classes.some((c) => /backref|reversefootnote|footnote-back/.test(c)) || BACK_LINK_TEXT.test(nodesToText(node.children).replace(VARIATION_SELECTOR, ''));
}

function withoutBackLinks(nodes: readonly HtmlNode[]): HtmlNode[] {
  return nodes.filter((n) => !isBackLink(n)).map((n) => (n.kind === 'element' ? { ...n, children: withoutBackLinks(n.children) } : n));
}

/**
 * A footnotes list → a footnotes block: each item's id (sanitised the way the marks' ids are, see
 * footnote-mark.ts) and text, the back-links dropped. Marks whose item never comes are resolved at the
 * end (steps/resolve-notes.ts); images met in items follow the block.
 */
export function convertFootnotes(element: HtmlElement, ctx: ConvertContext): Block[] {
  const list = element.name === 'ol' ? element : element.children.find((c): c is HtmlElement => isElement(c, 'ol'))!;
  const lifted: Block[] = [];
  const items: FootnotesBlock['items'] = [];
  const seen = new Set<string>();
  list.children.forEach((child, i) => {
    if (!isElement(child, 'li')) return;
    let id = noteId(child.attrs.id ?? '') ?? `note-${i + 1}`;
    if (seen.has(id)) id = `${id}-${i + 1}`.slice(-80);
    seen.add(id);
    const content = flowInlines(convertInlines(withoutBackLinks(child.children), ctx), lifted);
    if (content.length > 0) items.push({ id, content });
  });
  return items.length > 0 ? [{ type: 'footnotes', items }, ...lifted] : lifted;
}
