import type { Block } from './block';
import type { Inline } from './inline';

/** Plain text of inlines, for reading time, search and meta descriptions. */
export function inlineText(content: readonly Inline[]): string {
  let out = '';
  for (const node of content) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'break') out += ' ';
    else out += inlineText(node.children);
  }
  return out;
}

/** The words a reader reads in a body, for reading time and search. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content);
    case 'quote':
      return [...block.blocks.map((b) => inlineText(b.content)), block.cite ?? ''].join(' ');
    case 'list':
      return block.items.map((item: Inline[]) => inlineText(item)).join(' ');
    case 'image':
      return block.caption ?? '';
    case 'embed':
      return block.title;
  }
}
