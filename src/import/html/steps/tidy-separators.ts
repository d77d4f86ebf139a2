import type { Block, LeafBlock } from '../../../model/block';
import type { BlockStep } from './step';

function tidy<B extends Block | LeafBlock>(blocks: readonly B[]): B[] {
  const out: B[] = [];
  for (const block of blocks) {
    let next = block;
    if (block.type === 'details') {
      const inner = tidy(block.blocks);
      // A disclosure of nothing but separators shows its summary alone.
      next = (inner.length > 0 ? { ...block, blocks: inner } : { type: 'paragraph', content: block.summary }) as B;
    }
    if (next.type === 'separator' && (out.length === 0 || out.at(-1)!.type === 'separator')) continue;
    out.push(next);
  }
  while (out.at(-1)?.type === 'separator') out.pop();
  return out;
}

/** A separator separates: none at the very start or end, never two in a row (also inside a disclosure). */
export const tidySeparators: BlockStep = (blocks) => tidy(blocks);
