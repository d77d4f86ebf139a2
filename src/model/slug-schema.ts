import { z } from 'zod';
import { isCategoryPath, SLUG } from './slug';

export const SlugSchema = z
  .string()
  .regex(SLUG, 'expected a slug: lower-case letters a-z, digits and single hyphens, e.g. "oil-prices-fall"');

export const CategoryPathSchema = z
  .string()
  .refine(isCategoryPath, { message: 'expected a category path of slugs joined by "/", e.g. "region/iraq"' });
