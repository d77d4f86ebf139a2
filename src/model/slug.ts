// No zod here: the browser checks slugs before they become fetch URLs.

/** Lower-case ASCII words joined by single hyphens: safe as a file name and as a URL segment. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** A category path: slugs joined by "/", e.g. "region/iraq". */
export function isCategoryPath(value: string): boolean {
  return value.split('/').every(isSlug);
}
