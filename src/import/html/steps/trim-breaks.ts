import type { Inline } from '../../../model/inline';
import { onInlines, type BlockStep } from './step';

/** Line breaks at the very start or end of a paragraph, heading or item show nothing: removed. */
export function trimInlineBreaks(content: readonly Inline[]): readonly Inline[] {
  let start = 0;
  let end = content.length;
  while (start < end && content[start]!.type === 'break') start += 1;
  while (end > start && content[end - 1]!.type === 'break') end -= 1;
  return start === 0 && end === content.length ? content : content.slice(start, end);
}

export const trimBreaks: BlockStep = onInlines(trimInlineBreaks);
