import { z } from 'zod';

/*
 * The parts of the WordPress REST API (wp/v2) the importer reads. Unknown fields are ignored; the
 * fields we need are checked, so a wrong type is reported with its path ("title.rendered").
 */

const id = z.number({ error: 'expected a numeric id' }).int().positive();
const rendered = (what: string) =>
  z.object(
    { rendered: z.string({ error: (issue) => (issue.input === undefined ? `${what} is required: expected {"rendered": "<html>"}` : `expected ${what} as an HTML string`) }) },
    { error: (issue) => (issue.input === undefined ? `${what} is required: expected {"rendered": "<html>"}` : `expected ${what} as {"rendered": "<html>"}`) },
  );

/** "2024-03-05T10:00:00": WordPress's *_gmt fields are UTC without a zone designator. */
export const WP_GMT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

export const WpPostSchema = z.object({
  id,
  date_gmt: z.string({ error: 'expected date_gmt, the publication time in UTC, e.g. "2024-03-05T10:00:00"' }),
  modified_gmt: z.string().nullish(),
  slug: z.string({ error: 'expected the post slug as a string' }),
  status: z.string().optional(),
  link: z.string({ error: "expected link, the post's URL on the WordPress site" }),
  guid: z.object({ rendered: z.string() }).optional(),
  title: rendered('a title'),
  content: rendered('the content').extend({ protected: z.boolean().optional() }),
  excerpt: rendered('the excerpt').extend({ protected: z.boolean().optional() }).optional(),
  author: z.number({ error: 'expected the author as a user id' }).int().nonnegative(),
  featured_media: z.number().int().nonnegative().optional(),
  sticky: z.boolean().optional(),
  categories: z.array(id).optional(),
  tags: z.array(id).optional(),
  /** Set by multilingual plugins (Polylang), e.g. "fa". */
  lang: z.string().optional(),
  _embedded: z
    .object({
      author: z.array(z.unknown()).optional(),
      'wp:featuredmedia': z.array(z.unknown()).optional(),
      'wp:term': z.array(z.array(z.unknown())).optional(),
    })
    .optional(),
});
export type WpPost = z.infer<typeof WpPostSchema>;

export const WpTermSchema = z.object({
  id,
  name: z.string({ error: 'expected the name as a string' }),
  slug: z.string({ error: 'expected the slug as a string' }),
  parent: z.number().int().nonnegative().optional(),
  description: z.string().optional(),
  link: z.string().optional(),
  taxonomy: z.string().optional(),
});
export type WpTerm = z.infer<typeof WpTermSchema>;

export const WpUserSchema = z.object({
  id,
  name: z.string({ error: 'expected the name as a string' }),
  slug: z.string({ error: 'expected the slug as a string' }),
  description: z.string().optional(),
  link: z.string().optional(),
});
export type WpUser = z.infer<typeof WpUserSchema>;

const WpSizeSchema = z.object({
  source_url: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type WpSize = z.infer<typeof WpSizeSchema>;

/** media_details: PHP writes an empty array ([]) instead of an empty object for files without details. */
const WpMediaDetailsSchema = z.union([
  z.object({
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
    sizes: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
  }),
  z.array(z.unknown()),
]);

export const WpMediaSchema = z.object({
  id,
  source_url: z.string({ error: 'expected source_url, the URL of the file' }),
  alt_text: z.string().optional(),
  caption: z.object({ rendered: z.string() }).optional(),
  media_type: z.string().optional(),
  media_details: WpMediaDetailsSchema.optional(),
});
export type WpMedia = z.infer<typeof WpMediaSchema>;

/** Image sizes of a media item, full size first; entries that are not well-formed are skipped. */
export function mediaSizes(media: WpMedia): WpSize[] {
  const details = media.media_details;
  if (!details || Array.isArray(details)) return [];
  const sizes: WpSize[] = [];
  if (details.width && details.height) sizes.push({ source_url: media.source_url, width: details.width, height: details.height });
  if (details.sizes && !Array.isArray(details.sizes)) {
    for (const name of Object.keys(details.sizes).sort()) {
      const parsed = WpSizeSchema.safeParse(details.sizes[name]);
      if (parsed.success) sizes.push(parsed.data);
    }
  }
  return sizes;
}

/** GET /wp-json/: the site's name and description. */
export const WpIndexSchema = z.object({
  name: z.string().optional(),
  description: z.string().optional(),
  url: z.string().optional(),
  home: z.string().optional(),
  namespaces: z.array(z.string()).optional(),
  /** Not part of WordPress: a hand-written site.json may give the language. */
  lang: z.string().optional(),
  language: z.string().optional(),
});
export type WpIndex = z.infer<typeof WpIndexSchema>;
