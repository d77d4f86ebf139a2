// No zod here: the browser checks slugs before they become fetch URLs.
import { MAX_SLUG_LENGTH } from './limits';

/** Lower-case ASCII words joined by single hyphens: safe as a file name and as a URL segment. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug (SLUG, at most MAX_SLUG_LENGTH characters). */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG.test(value);
}

/** A category path: slugs joined by "/", e.g. "region/iraq". */
export function isCategoryPath(value: string): boolean {
  return value.split('/').every(isSlug);
}
