import { collapseWhitespace } from './collapse-whitespace';
import { dropEmptyBlocks } from './drop-empty-blocks';
import { dropEmptyInlines } from './drop-empty-inlines';
import { mergeAdjacentText } from './merge-adjacent-text';
import type { BlockStep } from './step';
import { tidySeparators } from './tidy-separators';
import { trimBreaks } from './trim-breaks';

export { collapseWhitespace, dropEmptyBlocks, dropEmptyInlines, mergeAdjacentText, tidySeparators, trimBreaks };
export { onceEachFootnote, resolveNotes } from './resolve-notes';
export { rewriteLinks } from './rewrite-links';
export { onInlines, runSteps, type BlockStep } from './step';

/** The clean-up after conversion, in order. Each step is pure and can be tested on its own. */
export const CLEANUP_STEPS: readonly BlockStep[] = [
  mergeAdjacentText,
  collapseWhitespace,
  dropEmptyInlines,
  trimBreaks,
  mergeAdjacentText,
  collapseWhitespace,
  dropEmptyBlocks,
  tidySeparators,
];
