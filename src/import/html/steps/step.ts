import type { Block } from '../../../model/block';
import type { Inline } from '../../../model/inline';

/** One small, pure clean-up pass over a body. */
export type BlockStep = (blocks: readonly Block[]) => Block[];

/**
 * Lifts an Inline[] → Inline[] function to every run of inline content in a body. A function that
 * returns its input unchanged (the same array) leaves the block as it is, so passes that find nothing
 * to do allocate nothing.
 */
export function onInlines(fn: (content: readonly Inline[]) => readonly Inline[]): BlockStep {
  const apply = (content: Inline[]): Inline[] => fn(content) as Inline[];
  return (blocks) =>
    blocks.map((block): Block => {
      switch (block.type) {
        case 'paragraph':
        case 'heading': {
          const content = apply(block.content);
          return content === block.content ? block : { ...block, content };
        }
        case 'list': {
          const items = block.items.map(apply);
          return items.every((item, i) => item === block.items[i]) ? block : { ...block, items };
        }
        case 'quote': {
          const paragraphs = block.blocks.map((p) => {
            const content = apply(p.content);
            return content === p.content ? p : { ...p, content };
          });
          return paragraphs.every((p, i) => p === block.blocks[i]) ? block : { ...block, blocks: paragraphs };
        }
        default:
          return block;
      }
    });
}

/** Runs the steps in order. */
export function runSteps(blocks: readonly Block[], steps: readonly BlockStep[]): Block[] {
  return steps.reduce<Block[]>((current, step) => step(current), [...blocks]);
}

/** Zero-width characters: they show nothing either. */
const ZERO_WIDTH = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

/** Whitespace that shows nothing: spaces, no-break spaces, zero-width characters. */
export function isBlank(text: string): boolean {
  for (const ch of text) if (ch.trim() !== '' && !ZERO_WIDTH.has(ch)) return false;
  return true;
}

/** Whether inline content shows anything besides whitespace. */
export function hasVisibleText(content: readonly Inline[]): boolean {
  return content.some((node) => {
    if (node.type === 'text') return !isBlank(node.text);
    if (node.type === 'break') return false;
    return hasVisibleText(node.children);
  });
}
