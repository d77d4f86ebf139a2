import type { Block } from '../../../model/block';
import { mapBlockInlines } from '../../../model/block-walk';
import type { Inline } from '../../../model/inline';

/** The ids of every footnote the body holds. */
function footnoteIds(blocks: readonly Block[]): Set<string> {
  return new Set(blocks.flatMap((b) => (b.type === 'footnotes' ? b.items.map((item) => item.id) : [])));
}

/**
 * A footnote given twice (a post that repeats its footnotes list, WordPress's block pasted again) is
 * kept once, where it first appears: our model refuses a repeated id. A list left empty goes.
 */
export function onceEachFootnote(blocks: readonly Block[]): Block[] {
  const seen = new Set<string>();
  return blocks.flatMap((block): Block[] => {
    if (block.type !== 'footnotes') return [block];
    const items = block.items.filter((item) => !seen.has(item.id) && seen.add(item.id));
    if (items.length === block.items.length) return [block];
    return items.length > 0 ? [{ ...block, items }] : [];
  });
}

/**
 * Footnote marks whose footnote is not in the body (the list was left out, or emptied) → the number they
 * showed, as a superscript: our model refuses a mark without its note. `labels` holds each mark's number;
 * returns the body and how many marks were resolved so.
 */
export function resolveNotes(given: readonly Block[], labels: ReadonlyMap<string, string>): { blocks: Block[]; orphans: number } {
  const blocks = onceEachFootnote(given);
  const ids = footnoteIds(blocks);
  let orphans = 0;
  const visit = (content: readonly Inline[]): Inline[] => {
    let changed = false;
    const out = content.map((node): Inline => {
      if (node.type === 'note' && !ids.has(node.id)) {
        changed = true;
        orphans += 1;
        return { type: 'sup', children: [{ type: 'text', text: labels.get(node.id) ?? '*' }] };
      }
      if (!('children' in node)) return node;
      const children = visit(node.children);
      if (children === node.children) return node;
      changed = true;
      return { ...node, children };
    });
    return changed ? out : (content as Inline[]);
  };
  const out = blocks.map((block) => mapBlockInlines(block, (content) => visit(content)));
  return { blocks: out, orphans };
}
