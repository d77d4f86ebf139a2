import { z } from 'zod';
import { BodySchema, ImageSchema } from './block';
import { SlugSchema } from './slug-schema';
import { AuthorRefSchema, CategoryRefSchema, TagSchema } from './taxonomy';

export const DirSchema = z.enum(['ltr', 'rtl']);
export type { Dir } from './direction';

/** BCP 47 language tag, e.g. "en", "fa", "en-GB". */
export const LangSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "en" or "fa"');

export const InstantSchema = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time with a time zone, e.g. "2026-11-20T08:30:00Z"' });

/** What a list shows of an article: enough to draw a card and seed the article page at once. */
export const ArticleSummarySchema = z.object({
  slug: SlugSchema,
  title: z.string().min(1),
  standfirst: z.string(),
  lang: LangSchema,
  dir: DirSchema,
  category: CategoryRefSchema,
  author: AuthorRefSchema,
  publishedAt: InstantSchema,
  updatedAt: InstantSchema.optional(),
  readingMinutes: z.number().int().positive(),
  image: ImageSchema.optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ArticleSchema = ArticleSummarySchema.extend({
  tags: z.array(TagSchema),
  mustRead: z.boolean(),
  wordCount: z.number().int().nonnegative(),
  body: BodySchema,
});
export type Article = z.infer<typeof ArticleSchema>;

