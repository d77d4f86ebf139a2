import type { ConvertContext } from './context';
import { isElement, type HtmlElement, type HtmlNode } from './html-node';
import { verbatimText } from './plain-text';

const TEX = new Set(['application/x-tex', 'tex', 'latex', 'application/x-latex']);

function findAnnotation(nodes: readonly HtmlNode[]): HtmlElement | undefined {
  for (const node of nodes) {
    if (node.kind !== 'element') continue;
    if (isElement(node, 'annotation') && TEX.has((node.attrs.encoding ?? '').trim().toLowerCase())) return node;
    const inner = findAnnotation(node.children);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * <math> → its TeX source, from the annotation WordPress's math block (and most converters) put beside
 * the MathML. We have no formula block: the TeX reads as code, with a warning. Without TeX the formula
 * is dropped, with a warning.
 */
export function mathTex(element: HtmlElement, ctx: ConvertContext): string | undefined {
  const annotation = findAnnotation(element.children);
  const tex = annotation ? verbatimText(annotation.children).trim() : '';
  if (tex === '') {
    ctx.warn('element-dropped', '<math> without TeX');
    return undefined;
  }
  ctx.warn('math-as-tex');
  return tex;
}
