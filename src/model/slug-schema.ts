import { z } from 'zod';
import { MAX_SLUG_LENGTH } from './limits';
import { isCategoryPath, SLUG } from './slug';

export const SlugSchema = z
  .string()
  .max(MAX_SLUG_LENGTH, `a slug is at most ${MAX_SLUG_LENGTH} characters`)
  .regex(SLUG, 'expected a slug: lower-case letters a-z, digits and single hyphens, e.g. "oil-prices-fall"');

export const CategoryPathSchema = z
  .string()
  .refine(isCategoryPath, { message: `expected a category path of slugs (each at most ${MAX_SLUG_LENGTH} characters) joined by "/", e.g. "region/iraq"` });
