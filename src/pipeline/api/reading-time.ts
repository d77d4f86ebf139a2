import type { Block } from '../../model/block';
import { blockText } from '../../model/plain-text';

/** Words per minute for an attentive reader of news prose; close enough for Persian too. */
const WORDS_PER_MINUTE = 230;

/** A word starts with a letter or digit; marks (\p{M}: shadda, accents) and ZWNJ stay inside it. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200c'’-]*/gu;

export function countWords(body: readonly Block[]): number {
  let words = 0;
  for (const block of body) {
    const text = blockText(block);
    // test() steps through the matches without building an array of them (this runs on every story).
    WORD.lastIndex = 0;
    while (WORD.test(text)) words++;
  }
  return words;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
