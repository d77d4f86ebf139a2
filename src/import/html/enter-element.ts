import type { ConvertContext } from './context';
import { classify, type ElementRole } from './elements';
import type { HtmlElement } from './html-node';

/**
 * Classifies an element on the way in, and records what the allow-list takes away: the element itself
 * (dropped or unwrapped) and any event-handler attributes. Attributes are never copied, so style and
 * on* attributes cannot reach the output; the warning only makes their removal visible.
 */
export function enterElement(element: HtmlElement, ctx: ConvertContext): ElementRole {
  const { role, loud } = classify(element.name);
  if (loud) ctx.warn(role === 'drop' ? 'element-dropped' : 'element-unwrapped', `<${element.name}>`);
  if (role !== 'drop') {
    for (const name of Object.keys(element.attrs)) if (name.startsWith('on')) ctx.warn('handler-dropped', name);
  }
  return role;
}
