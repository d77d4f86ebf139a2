import type { Block } from '../model/block';
import { blockText } from '../model/plain-text';
import { collapsePlainText } from './html/plain-text';

/** Read-more markers WordPress and themes put at the end of an automatic excerpt. */
const MORE_MARKERS = [' […]', ' [...]', '[…]', '[...]', ' …', ' Continue reading', ' Read more'];

/** An excerpt's text without the trailing "[…]" of WordPress's automatic excerpts. */
export function cleanExcerpt(text: string): string {
  let out = collapsePlainText(text);
  for (let changed = true; changed; ) {
    changed = false;
    for (const marker of MORE_MARKERS) {
      if (out.endsWith(marker)) {
        out = out.slice(0, -marker.length).trimEnd();
        changed = true;
      }
    }
  }
  return out;
}

/** At most `maxWords` words of text, with "…" when cut. */
export function firstWords(text: string, maxWords: number): string {
  const words = collapsePlainText(text).split(' ').filter(Boolean);
  return words.length <= maxWords ? words.join(' ') : `${words.slice(0, maxWords).join(' ')}…`;
}

/** A standfirst from the body: the first paragraph's opening words. */
export function standfirstFromBody(body: readonly Block[], maxWords = 40): string {
  const first = body.find((b) => b.type === 'paragraph' && collapsePlainText(blockText(b)) !== '');
  return first ? firstWords(blockText(first), maxWords) : '';
}
