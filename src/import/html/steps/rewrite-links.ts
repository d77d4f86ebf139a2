import type { Block, LeafBlock } from '../../../model/block';
import type { Inline } from '../../../model/inline';
import { onInlines, type BlockStep } from './step';

/** The links a block holds outside its text: an image's link, a file, a link card (not a frame's page). */
function rewriteBlockLinks<B extends Block | LeafBlock>(block: B, rewrite: (href: string) => string): B {
  switch (block.type) {
    case 'image':
      return block.link === undefined ? block : { ...block, link: rewrite(block.link) };
    case 'file':
      return { ...block, href: rewrite(block.href) };
    case 'embed':
      return block.frame ? block : { ...block, url: rewrite(block.url) };
    case 'details':
      return { ...block, blocks: block.blocks.map((child) => rewriteBlockLinks(child, rewrite)) };
    default:
      return block;
  }
}

/**
 * Rewrites every link's href with `rewrite` (e.g. a link to another imported post → /article/{slug}):
 * in the text, however deep, and an image's link, a file's address and a link card's.
 */
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
  const inText = onInlines(visit, { verbatim: true });
  return (blocks) => inText(blocks).map((block) => rewriteBlockLinks(block, rewrite));
}
