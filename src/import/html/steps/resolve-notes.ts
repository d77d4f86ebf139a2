import type { Block } from '../../../model/block';
import { mapBlockInlines } from '../../../model/block-walk';
import type { Inline } from '../../../model/inline';

/** The ids of every footnote the body holds. */
function footnoteIds(blocks: readonly Block[]): Set<string> {
  return new Set(blocks.flatMap((b) => (b.type === 'footnotes' ? b.items.map((item) => item.id) : [])));
}

/**
 * Footnote marks whose footnote is not in the body (the list was left out, or emptied) → the number they
 * showed, as a superscript: our model refuses a mark without its note. `labels` holds each mark's number;
 * returns the body and how many marks were resolved so.
 */
export function resolveNotes(blocks: readonly Block[], labels: ReadonlyMap<string, string>): { blocks: Block[]; orphans: number } {
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
