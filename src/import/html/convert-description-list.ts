import type { Block } from '../../model/block';
import type { ConvertContext } from './context';
import { convertInlines } from './convert-inlines';
import { splitFlow } from './flow';
import type { HtmlElement } from './html-node';

/**
 * We have no description list: a <dl> reads as its content, each <dt> term a paragraph in bold (this),
 * each <dd> description its own paragraphs.
 */
export function convertTerm(term: HtmlElement, ctx: ConvertContext): Block[] {
  return splitFlow(convertInlines(term.children, ctx)).map((segment) =>
    segment.kind === 'block' ? segment.block : { type: 'paragraph', content: [{ type: 'strong', children: segment.inlines }] },
  );
}
