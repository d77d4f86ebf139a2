import type { Inline } from '../../../model/inline';
import { onInlines, type BlockStep } from './step';

/** Adjacent text nodes become one, at every depth: [text "a", text "b"] → [text "ab"]. Unchanged input is returned as is. */
export function mergeInlineText(content: readonly Inline[]): readonly Inline[] {
  let out: Inline[] | undefined;
  for (let i = 0; i < content.length; i += 1) {
    const node = content[i]!;
    let merged: Inline = node;
    if ('children' in node) {
      const children = mergeInlineText(node.children);
      if (children !== node.children) merged = { ...node, children: children as Inline[] };
    }
    const previous = out ? out.at(-1) : content[i - 1];
    if (merged.type === 'text' && previous?.type === 'text') {
      out ??= content.slice(0, i);
      out[out.length - 1] = { type: 'text', text: previous.text + merged.text };
    } else if (out) out.push(merged);
    else if (merged !== node) {
      out = content.slice(0, i);
      out.push(merged);
    }
  }
  return out ?? content;
}

export const mergeAdjacentText: BlockStep = onInlines(mergeInlineText, { verbatim: true });
