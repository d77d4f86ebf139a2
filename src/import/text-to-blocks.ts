import type { Block } from '../model/block';
import type { Inline } from '../model/inline';
import { CLEANUP_STEPS, runSteps } from './html/steps';

/**
 * Plain text (a feed's content_text) → paragraphs: a blank line separates paragraphs, a single line
 * break stays a line break.
 */
export function textToBlocks(text: string): Block[] {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  const blocks: Block[] = paragraphs.map((paragraph) => {
    const content: Inline[] = [];
    paragraph.split('\n').forEach((line, i) => {
      if (i > 0) content.push({ type: 'break' });
      content.push({ type: 'text', text: line });
    });
    return { type: 'paragraph', content };
  });
  return runSteps(blocks, CLEANUP_STEPS);
}
