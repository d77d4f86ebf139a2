import type { Block } from '../../../model/block';
import { hasVisibleText, type BlockStep } from './step';

/**
 * Drops what would show nothing: paragraphs and headings of whitespace (an &nbsp;-only paragraph, a
 * heading emptied by a dropped element), empty list items and the lists they leave empty, quotes with
 * no words left.
 */
export const dropEmptyBlocks: BlockStep = (blocks) =>
  blocks.flatMap((block): Block[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return hasVisibleText(block.content) ? [block] : [];
      case 'list': {
        const items = block.items.filter(hasVisibleText);
        return items.length > 0 ? [{ ...block, items }] : [];
      }
      case 'quote': {
        const paragraphs = block.blocks.filter((p) => hasVisibleText(p.content));
        return paragraphs.length > 0 ? [{ ...block, blocks: paragraphs }] : [];
      }
      default:
        return [block];
    }
  });
