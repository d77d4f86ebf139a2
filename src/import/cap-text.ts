import type { Warn } from './warnings';

const ELLIPSIS = '…';

/** Whether cutting `text` at `index` would split a surrogate pair (an emoji, say) in two. */
function splitsPair(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  return before >= 0xd800 && before <= 0xdbff;
}

/**
 * `text` cut to at most `max` characters (UTF-16 code units, as the schemas count), at the last word
 * boundary that keeps at least half of it, else mid-word; "…" marks the cut. Text that fits is returned
 * as it is.
 */
export function capAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  const space = text.lastIndexOf(' ', room);
  let cut = space >= room / 2 ? space : room;
  if (splitsPair(text, cut)) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/**
 * Formatting characters that can make a headline or a name read differently from what it is: bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and invisible separators (zero
 * width space, word joiner, byte order mark). The joiners Persian and emoji need (ZWNJ U+200C, ZWJ
 * U+200D) and the direction marks (LRM, RLM, ALM) stay.
 */
const DECEPTIVE = /[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/g;

/** `text` without DECEPTIVE characters. */
export function withoutDeceptiveCharacters(text: string): string {
  return text.replace(DECEPTIVE, '');
}

/**
 * A title, standfirst or name as Dateline keeps it: deceptive formatting characters removed, then cut
 * to `max` (capAtWord), each reported as a warning naming the field ("title", "author name", …).
 */
export function capText(raw: string, max: number, warn: Warn | undefined, field: string): string {
  const text = withoutDeceptiveCharacters(raw);
  if (text !== raw) warn?.('invisible-characters', field, `${raw.length - text.length} removed`);
  const capped = capAtWord(text, max);
  if (capped !== text) warn?.('text-truncated', field, `${text.length} → ${capped.length} characters`);
  return capped;
}

/** A slug cut to at most `max` characters at its last hyphen that fits (mid-word if there is none). */
export function capSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const hyphen = slug.lastIndexOf('-', max);
  return (hyphen > 0 ? slug.slice(0, hyphen) : slug.slice(0, max)).replace(/-+$/, '');
}
