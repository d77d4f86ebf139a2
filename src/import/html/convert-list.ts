import type { Block } from '../../model/block';
import type { Inline } from '../../model/inline';
import type { ConvertContext } from './context';
import { convertInline } from './convert-inlines';
import { enterElement } from './enter-element';
import { flowInlines, type Flow } from './flow';
import type { HtmlElement } from './html-node';

/**
 * <ul>/<ol> → a list. Our lists are flat: a nested list's items follow its parent item; images inside
 * items follow the list.
 */
export function convertList(element: HtmlElement, ctx: ConvertContext): Block[] {
  const items: Inline[][] = [];
  const images: Block[] = [];
  collectItems(element, ctx, items, images);
  return [{ type: 'list', ordered: element.name === 'ol', items }, ...images];
}

function collectItems(list: HtmlElement, ctx: ConvertContext, items: Inline[][], images: Block[]): void {
  for (const child of list.children) {
    if (child.kind === 'element' && (child.name === 'li' || child.name === 'ul' || child.name === 'ol')) {
      enterElement(child, ctx);
      if (child.name === 'li') collectItem(child, ctx, items, images);
      else collectItems(child, ctx, items, images);
    } else {
      // Stray content directly inside the list reads as an item of its own.
      items.push(flowInlines(convertInline(child, ctx), images));
    }
  }
}

function collectItem(item: HtmlElement, ctx: ConvertContext, items: Inline[][], images: Block[]): void {
  let flow: Flow[] = [];
  const flush = () => {
    if (flow.length > 0) items.push(flowInlines(flow, images));
    flow = [];
  };
  for (const child of item.children) {
    if (child.kind === 'element' && (child.name === 'ul' || child.name === 'ol')) {
      enterElement(child, ctx);
      flush();
      collectItems(child, ctx, items, images);
    } else flow.push(...convertInline(child, ctx));
  }
  flush();
}
