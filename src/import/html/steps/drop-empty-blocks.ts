import type { Block, LeafBlock, ParagraphBlock } from '../../../model/block';
import type { Inline } from '../../../model/inline';
import { hasVisibleText, type BlockStep } from './step';

const visibleParagraphs = (blocks: readonly ParagraphBlock[]) => blocks.filter((p) => hasVisibleText(p.content));
const cellsShow = (rows: readonly { content: Inline[] }[][]) => rows.some((row) => row.some((cell) => hasVisibleText(cell.content)));

function dropEmpty(block: Block): Block[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'preformatted':
      return hasVisibleText(block.content) ? [block] : [];
    case 'list': {
      const items = block.items.filter(hasVisibleText);
      return items.length > 0 ? [{ ...block, items }] : [];
    }
    case 'quote':
    case 'pullquote': {
      const paragraphs = visibleParagraphs(block.blocks);
      return paragraphs.length > 0 ? [{ ...block, blocks: paragraphs }] : [];
    }
    case 'table':
      return block.caption || cellsShow(block.head) || cellsShow(block.body) || cellsShow(block.foot) ? [block] : [];
    case 'footnotes': {
      const items = block.items.filter((item) => hasVisibleText(item.content));
      return items.length > 0 ? [{ ...block, items }] : [];
    }
    case 'details': {
      const blocks = block.blocks.flatMap((child) => dropEmpty(child) as LeafBlock[]);
      if (!hasVisibleText(block.summary)) return blocks;
      if (blocks.length === 0) return [{ type: 'paragraph', content: block.summary }];
      return [{ ...block, blocks }];
    }
    default:
      return [block];
  }
}

/**
 * Drops what would show nothing: paragraphs, headings and preformatted text of whitespace (an
 * &nbsp;-only paragraph, a heading emptied by a dropped element), empty list items and the lists they
 * leave empty, quotes with no words left, tables of empty cells, empty footnotes. A disclosure left
 * without blocks becomes its summary; one without a summary, its blocks.
 */
export const dropEmptyBlocks: BlockStep = (blocks) => blocks.flatMap(dropEmpty);
