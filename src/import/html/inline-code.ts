import type { ConvertContext } from './context';
import type { Flow } from './flow';
import type { HtmlElement } from './html-node';
import { verbatimText } from './plain-text';

const SPACE: Flow = { type: 'text', text: ' ' };

/**
 * <code>, <kbd>, <samp> in text → inline code. Inside <pre> its text is kept exactly; in running text
 * whitespace runs become one space, as a browser shows them, and spaces at its ends move outside it
 * (they separate words; code never starts or ends with one).
 */
export function inlineCode(element: HtmlElement, ctx: ConvertContext): Flow[] {
  const raw = verbatimText(element.children);
  if (ctx.verbatim) return raw === '' ? [] : [{ type: 'code', text: raw }];
  const text = raw.replace(/[ \t\n\r\f]+/g, ' ');
  const core = text.trim();
  if (core === '') return text === '' ? [] : [SPACE];
  return [...(text.startsWith(' ') ? [SPACE] : []), { type: 'code', text: core }, ...(text.endsWith(' ') ? [SPACE] : [])];
}
