import type { Block } from '../../model/block';
import { blockText } from '../../model/plain-text';

/** Words per minute for an attentive reader of news prose; close enough for Persian too. */
const WORDS_PER_MINUTE = 230;

export function countWords(body: readonly Block[]): number {
  let words = 0;
  for (const block of body) {
    // A word starts with a letter or digit; marks (\p{M}: shadda, accents) and ZWNJ stay inside it.
    words += blockText(block).match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200c'’-]*/gu)?.length ?? 0;
  }
  return words;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
