import { z } from 'zod';

/* JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), with the 1.0 `author` still understood. */

const AuthorSchema = z.object({
  name: z.string().optional(),
  url: z.string().optional(),
  avatar: z.string().optional(),
});
export type FeedAuthor = z.infer<typeof AuthorSchema>;

export const FeedItemSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()], { error: 'expected a unique id (a string)' }).transform(String),
    url: z.string().optional(),
    external_url: z.string().optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    image: z.string().optional(),
    banner_image: z.string().optional(),
    date_published: z.string().optional(),
    date_modified: z.string().optional(),
    authors: z.array(AuthorSchema).optional(),
    author: AuthorSchema.optional(),
    tags: z.array(z.string()).optional(),
    language: z.string().optional(),
  })
  .refine((item) => item.content_html !== undefined || item.content_text !== undefined, {
    message: 'expected content_html or content_text (a JSON Feed item needs one of them)',
    path: ['content_html'],
  });
export type FeedItem = z.infer<typeof FeedItemSchema>;

export const FeedSchema = z.object({
  version: z
    .string({ error: 'expected "version": "https://jsonfeed.org/version/1.1" (is this a JSON Feed?)' })
    .refine((v) => v.startsWith('https://jsonfeed.org/version/1'), 'expected "https://jsonfeed.org/version/1.1" (or 1)'),
  title: z.string({ error: 'expected the feed title as a string' }),
  home_page_url: z.string().optional(),
  feed_url: z.string().optional(),
  description: z.string().optional(),
  language: z.string().optional(),
  authors: z.array(AuthorSchema).optional(),
  author: AuthorSchema.optional(),
  items: z.array(z.unknown(), { error: 'expected "items": an array of items' }),
});
export type Feed = z.infer<typeof FeedSchema>;
