import type { Block } from '../model/block';
import { blockText } from '../model/plain-text';

/** Words per minute for an attentive reader of news prose; close enough for Persian too. */
const WORDS_PER_MINUTE = 230;

export function countWords(body: readonly Block[]): number {
  let words = 0;
  for (const block of body) {
    // \p{L}\p{N} keeps Persian and other non-Latin words; ZWNJ joins Persian word parts.
    words += blockText(block).match(/[\p{L}\p{N}\u200c'’-]+/gu)?.length ?? 0;
  }
  return words;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
