import type { Inline } from '../../../model/inline';
import { onInlines, type BlockStep } from './step';

/** Rewrites every link's href with `rewrite` (e.g. a link to another imported post → /article/{slug}). */
export function rewriteLinks(rewrite: (href: string) => string): BlockStep {
  const visit = (content: readonly Inline[]): readonly Inline[] => {
    let changed = false;
    const out = content.map((node): Inline => {
      if (!('children' in node)) return node;
      const children = visit(node.children) as Inline[];
      const href = node.type === 'link' ? rewrite(node.href) : undefined;
      if (children === node.children && (node.type !== 'link' || href === node.href)) return node;
      changed = true;
      return node.type === 'link' ? { ...node, href: href!, children } : { ...node, children };
    });
    return changed ? out : content;
  };
  return onInlines(visit, { verbatim: true });
}
