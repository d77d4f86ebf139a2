import type { Block } from '../../../model/block';
import { mapBlockInlines, type InlineEdit } from '../../../model/block-walk';
import type { Inline } from '../../../model/inline';

/** One small, pure clean-up pass over a body. */
export type BlockStep = (blocks: readonly Block[]) => Block[];

/**
 * Lifts an Inline[] → Inline[] function to every run of inline content in a body (model/block-walk
 * knows where they are). Verbatim runs (preformatted text) are left alone unless `verbatim` is set: their
 * spaces and line breaks are the author's. A function that returns its input unchanged (the same
 * array) leaves the block as it is, so passes that find nothing to do allocate nothing.
 */
export function onInlines(fn: (content: readonly Inline[]) => readonly Inline[], options: { verbatim?: boolean } = {}): BlockStep {
  const edit: InlineEdit = (content, kind) => (kind === 'verbatim' && !options.verbatim ? content : (fn(content) as Inline[]));
  return (blocks) => blocks.map((block) => mapBlockInlines(block, edit));
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
    if (node.type === 'code' || node.type === 'note') return true;
    return hasVisibleText(node.children);
  });
}
