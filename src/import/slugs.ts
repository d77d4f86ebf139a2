import { MAX_SLUG_LENGTH } from '../model/limits';
import { isSlug } from '../model/slug';
import { capSlug } from './cap-text';
import { percentDecode } from './urls';

/** Letters NFKD does not split into a base letter and a mark. */
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng', ĸ: 'k',
};

function isAsciiAlnum(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
}

/**
 * Any slug or name → a Dateline slug ([a-z0-9] words joined by single hyphens), or undefined when it
 * holds letters outside the Latin alphabet (a percent-encoded Persian WordPress slug, say) or nothing
 * usable. Percent-encoding is decoded, accents are removed (é → e), everything else that is not a
 * letter or digit separates words — so "/" and ".." can never survive into a file name. A slug longer
 * than MAX_SLUG_LENGTH is cut at a hyphen.
 */
export function latinSlug(raw: string): string | undefined {
  const decoded = percentDecode(raw).normalize('NFKD').toLowerCase();
  let out = '';
  let pendingHyphen = false;
  for (const ch of decoded) {
    const folded = FOLDS[ch] ?? ch;
    if (/^\p{M}$/u.test(ch)) continue; // combining accent left by NFKD
    if ([...folded].every(isAsciiAlnum)) {
      if (pendingHyphen && out !== '') out += '-';
      pendingHyphen = false;
      out += folded;
      continue;
    }
    if (/^\p{L}$/u.test(ch)) return undefined; // a letter we cannot write in a-z
    pendingHyphen = true;
  }
  const capped = capSlug(out, MAX_SLUG_LENGTH);
  return capped !== '' && isSlug(capped) ? capped : undefined;
}

export interface SlugChoice {
  slug: string;
  /** True when the result differs from the raw slug (worth a warning). */
  changed: boolean;
}

/** A Dateline slug for an item, falling back to `${prefix}-${id}` when the raw slug cannot be written in a-z. */
export function slugFor(raw: string, prefix: string, id: number | string): SlugChoice {
  const latin = latinSlug(raw);
  const slug = latin ?? `${prefix}-${id}`;
  return { slug, changed: slug !== raw };
}

/**
 * Makes slugs unique, in the given order: a repeated slug gets `-${id}` appended (then -2, -3 … if even
 * that is taken), cutting the slug where it needs to so the result still fits MAX_SLUG_LENGTH. Each suffixed base remembers the next number to try, so many items sharing one slug
 * and one id (a feed repeating an id) take linear time, not a scan from -2 for every item. `reserved`
 * slugs are taken from the start (the articles a --since sync keeps).
 */
export function uniqueSlugs<T>(items: readonly T[], slugOf: (item: T) => string, idOf: (item: T) => number | string, reserved: Iterable<string> = []): Map<T, string> {
  const taken = new Set<string>(reserved);
  const nextNumber = new Map<string, number>();
  const result = new Map<T, string>();
  for (const item of items) {
    let slug = slugOf(item);
    if (taken.has(slug)) {
      const suffix = `-${latinSlug(String(idOf(item))) ?? 'item'}`;
      const base = `${capSlug(slug, MAX_SLUG_LENGTH - suffix.length - 4)}${suffix}`;
      slug = base;
      let n = nextNumber.get(base) ?? 2;
      for (; taken.has(slug); n += 1) slug = `${base}-${n}`;
      nextNumber.set(base, n);
    }
    taken.add(slug);
    result.set(item, slug);
  }
  return result;
}
