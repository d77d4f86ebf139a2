import type { Inline } from '../../../model/inline';
import { hasVisibleText, onInlines, type BlockStep } from './step';

/**
 * Removes empty text nodes, and emphasis, strong and links that show nothing (a link around a space, an
 * <em> left empty by a dropped element): their whitespace stays as plain text, their markup goes.
 */
export function dropEmptyInlineNodes(content: readonly Inline[]): readonly Inline[] {
  let out: Inline[] | undefined;
  for (let i = 0; i < content.length; i += 1) {
    const node = content[i]!;
    const kept = keep(node);
    if (!out && kept.length === 1 && kept[0] === node) continue;
    out ??= content.slice(0, i);
    out.push(...kept);
  }
  return out ?? content;
}

function keep(node: Inline): Inline[] {
  if (node.type === 'text') return node.text === '' ? [] : [node];
  if (!('children' in node)) return [node];
  const children = dropEmptyInlineNodes(node.children) as Inline[];
  if (children.length === 0) return [];
  const showsSomething = hasVisibleText(children) || (node.type !== 'link' && children.some((c) => c.type === 'break'));
  if (!showsSomething) return children.filter((c) => c.type === 'text');
  return [children === node.children ? node : { ...node, children }];
}

export const dropEmptyInlines: BlockStep = onInlines(dropEmptyInlineNodes, { verbatim: true });
