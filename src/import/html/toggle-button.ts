import { classList, type HtmlElement, type HtmlNode } from './html-node';

/**
 * A disclosure toggle, the ARIA accordion pattern: a <button> with aria-expanded, or one an accordion
 * names as its toggle (WordPress's wp-block-accordion-heading__toggle). Other buttons are form controls
 * and are dropped with their text.
 */
function isToggle(element: HtmlElement): boolean {
  return element.name === 'button' && (element.attrs['aria-expanded'] !== undefined || classList(element).some((c) => /accordion|toggle/.test(c)));
}

/** A heading's content with its toggle buttons replaced by their text, less their aria-hidden icons ("+"). */
export function unwrapToggles(nodes: readonly HtmlNode[]): HtmlNode[] {
  return nodes.flatMap((node): HtmlNode[] => {
    if (node.kind !== 'element') return [node];
    if (isToggle(node)) return unwrapToggles(node.children.filter((c) => c.kind === 'text' || c.attrs['aria-hidden'] !== 'true'));
    return [{ ...node, children: unwrapToggles(node.children) }];
  });
}
