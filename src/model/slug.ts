import { z } from 'zod';

/** Lower-case ASCII words joined by single hyphens: safe as a file name and as a URL segment. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z
  .string()
  .regex(SLUG, 'expected a slug: lower-case letters a-z, digits and single hyphens, e.g. "oil-prices-fall"');

/** A category path: slugs joined by "/", e.g. "region/iraq". */
export const CategoryPathSchema = z
  .string()
  .refine((path) => path.split('/').every((part) => SLUG.test(part)), {
    message: 'expected a category path of slugs joined by "/", e.g. "region/iraq"',
  });

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

export function isCategoryPath(value: string): boolean {
  return value.split('/').every((part) => SLUG.test(part));
}
