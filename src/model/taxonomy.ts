import { z } from 'zod';
import { CategoryPathSchema, SlugSchema } from './slug-schema';
import { isSitePath } from './url';

export const CategoryRefSchema = z.object({ path: CategoryPathSchema, name: z.string().min(1) });
export type CategoryRef = z.infer<typeof CategoryRefSchema>;

export const CategorySchema = CategoryRefSchema.extend({
  description: z.string().optional(),
});
export type Category = z.infer<typeof CategorySchema>;

/** A category with its children, as the navigation shows it. */
export type CategoryNode = Category & { children: CategoryNode[] };
export const CategoryNodeSchema: z.ZodType<CategoryNode> = z.lazy(() =>
  CategorySchema.extend({ children: z.array(CategoryNodeSchema) }),
);

export const AuthorRefSchema = z.object({ slug: SlugSchema, name: z.string().min(1) });
export type AuthorRef = z.infer<typeof AuthorRefSchema>;

export const AuthorSchema = AuthorRefSchema.extend({
  role: z.string().optional(),
  bio: z.string().optional(),
});
export type Author = z.infer<typeof AuthorSchema>;

export const TagSchema = z.object({ slug: SlugSchema, name: z.string().min(1) });
export type Tag = z.infer<typeof TagSchema>;

/** One step of a breadcrumb trail: a name and a route path inside the app, e.g. "/category/region". */
export const CrumbSchema = z.object({
  name: z.string().min(1),
  path: z.string().refine(isSitePath, { message: 'expected a path inside the site, e.g. "/category/region" (one leading "/", no backslashes)' }),
});
export type Crumb = z.infer<typeof CrumbSchema>;

