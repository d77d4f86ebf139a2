/*
 * Orders that do not depend on the machine: strings by UTF-16 code units (what `<` compares), never by
 * locale, so a sort gives the same bytes everywhere; and a binary search over a list sorted that way.
 */

/** For `sort`: strings by code units, as `<` compares them. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The first index of `sorted` (ascending by `<`) whose item is not less than `value`. */
export function lowerBound<T extends string | number>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
