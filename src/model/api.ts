import { z } from 'zod';
import { ArticleSchema, ArticleSummarySchema } from './article';
import { AuthorSchema, CategoryNodeSchema, CategorySchema, CrumbSchema, TagSchema } from './taxonomy';


export const ArticleResponseSchema = z.object({
  article: ArticleSchema,
  breadcrumb: z.array(CrumbSchema),
  related: z.array(ArticleSummarySchema),
});
export type ArticleResponse = z.infer<typeof ArticleResponseSchema>;

const pageFields = {
  items: z.array(ArticleSummarySchema),
  page: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
};

export const LatestPageSchema = z.object(pageFields);
export type LatestPage = z.infer<typeof LatestPageSchema>;

export const CategoryPageSchema = z.object({
  ...pageFields,
  category: CategorySchema,
  breadcrumb: z.array(CrumbSchema),
  subcategories: z.array(CategorySchema),
});
export type CategoryPage = z.infer<typeof CategoryPageSchema>;

export const AuthorPageSchema = z.object({ ...pageFields, author: AuthorSchema });
export type AuthorPage = z.infer<typeof AuthorPageSchema>;

export const TagPageSchema = z.object({ ...pageFields, tag: TagSchema });
export type TagPage = z.infer<typeof TagPageSchema>;

/**
 * An older page of a list as written (`…/archive-{n}.json`, numbered from the oldest): the list's own
 * fields and its stories, without the page count and total, which would change it on every publish.
 * The client shows it as page `pageCount − n + 1` of the head's count.
 */
const NOT_IN_ARCHIVE = { page: true, pageCount: true, total: true } as const;
const archiveNumber = { archive: z.number().int().positive() };
export const LatestArchiveSchema = LatestPageSchema.omit(NOT_IN_ARCHIVE).extend(archiveNumber);
export const CategoryArchiveSchema = CategoryPageSchema.omit(NOT_IN_ARCHIVE).extend(archiveNumber);
export const AuthorArchiveSchema = AuthorPageSchema.omit(NOT_IN_ARCHIVE).extend(archiveNumber);
export const TagArchiveSchema = TagPageSchema.omit(NOT_IN_ARCHIVE).extend(archiveNumber);

export const MustReadSchema = z.object({ items: z.array(ArticleSummarySchema) });
export type MustRead = z.infer<typeof MustReadSchema>;

export const HomeSchema = z.object({
  top: z.array(ArticleSummarySchema),
  sections: z.array(z.object({ category: CategorySchema, items: z.array(ArticleSummarySchema) })),
  mustRead: z.array(ArticleSummarySchema),
  latest: z.array(ArticleSummarySchema),
});
export type Home = z.infer<typeof HomeSchema>;

export const NavSchema = z.object({
  site: z.object({
    name: z.string(),
    description: z.string(),
    lang: z.string(),
    origin: z.string().optional(),
    footer: z.string().optional(),
    copyright: z.string().optional(),
    social: z.array(z.object({ name: z.string(), url: z.string() })).optional(),
  }),
  categories: z.array(CategoryNodeSchema),
});
export type Nav = z.infer<typeof NavSchema>;

