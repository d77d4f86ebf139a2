import { z } from 'zod';
import { htmlToText } from '../html/plain-text';
import { wpGmtToInstant } from './dates';

/*
 * The parts of the WordPress REST API (wp/v2) the importer reads, as sites of every version and with
 * every plugin write them. Unknown fields are ignored.
 *
 * Required fields (a post's id, title, publication date and content; a term's or user's id and a name
 * or slug; a media item's id and file) are checked, so a wrong type is reported with its path
 * ("title.rendered") and the item is refused.
 *
 * Every other field is lenient: the shapes older versions and plugins write are normalised here, in
 * this one file (text as "<html>", {"rendered"} or {"raw", "rendered"}; numbers written as strings;
 * PHP's [] for an empty object), and a value that still cannot be read is treated as absent — with a
 * `field-ignored` warning (parseItems), never a reason to refuse the site.
 */

const LENIENT = new WeakSet<z.ZodType>();

/** An optional field: missing, null or unreadable all read as absent. */
function lenient<T extends z.ZodType>(schema: T) {
  const field = schema.optional().catch(undefined);
  LENIENT.add(field);
  return field;
}

/** The keys of an object schema that are lenient (an unreadable value there is dropped, not refused). */
export function lenientKeys(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => LENIENT.has(field as z.ZodType))
    .map(([key]) => key);
}

/** A whole number, also when an export or a plugin writes it as a string ("12"). */
const wholeNumber = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value), schema);

const id = wholeNumber(z.number({ error: 'expected a numeric id' }).int().positive());
const count = wholeNumber(z.number().int().nonnegative());

/**
 * WordPress text, in each shape it comes in → {rendered}: a plain string (older versions, some
 * plugins, hand-made dumps), {"rendered": "<html>"} (wp/v2), {"raw", "rendered"} (context=edit), or
 * {"raw"} alone (the raw text is then read as the HTML).
 */
function asRendered(value: unknown): unknown {
  if (typeof value === 'string') return { rendered: value };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const text = value as { rendered?: unknown; raw?: unknown };
    if (typeof text.rendered !== 'string' && typeof text.raw === 'string') return { ...text, rendered: text.raw };
  }
  return value;
}

const SHAPES = '"<html>" or {"rendered": "<html>"}';

/** A WordPress text field ({rendered}, whatever shape it came in); `what` names it in messages. */
const wpText = (what: string) =>
  z.preprocess(
    asRendered,
    z.object(
      {
        rendered: z.string({ error: `expected ${what} as an HTML string` }),
        protected: lenient(z.boolean()),
      },
      { error: (issue) => (issue.input === undefined || issue.input === null ? `${what} is required: expected ${SHAPES}` : `expected ${what} as ${SHAPES}`) },
    ),
  );

/** A WordPress text field read as its string (a term's or user's description). */
const wpString = wpText('the text').transform((text) => text.rendered);

/** A *_gmt date → an instant ("2024-03-05T10:00:00" → "2024-03-05T10:00:00Z"), or an issue naming what it got. */
const gmtInstant = (error: string, what: string) =>
  z.string({ error }).transform((value, ctx) => {
    const instant = wpGmtToInstant(value);
    if (instant) return instant;
    ctx.addIssue({ code: 'custom', message: `expected ${what} in UTC like "2024-03-05T10:00:00", got ${JSON.stringify(value)}` });
    return z.NEVER;
  });

export const WpPostSchema = z.object({
  id,
  /** The publication time, as an instant. */
  date_gmt: gmtInstant('expected date_gmt, the publication time in UTC, e.g. "2024-03-05T10:00:00"', 'the publication time'),
  /** The modification time, as an instant; missing in older dumps. */
  modified_gmt: lenient(gmtInstant('expected modified_gmt as a date', 'the modification time')),
  /** Missing or empty: the slug is made from the title. */
  slug: lenient(z.string()),
  status: lenient(z.string()),
  link: lenient(z.string()),
  guid: lenient(wpText('the guid')),
  title: wpText('a title').superRefine((title, ctx) => {
    if (htmlToText(title.rendered) === '') ctx.addIssue({ code: 'custom', path: ['rendered'], message: `a title is required: expected a headline, got ${JSON.stringify(title.rendered)}` });
  }),
  content: wpText('the content'),
  excerpt: lenient(wpText('the excerpt')),
  /** 0 or missing: no author (the import says "Unknown author"). */
  author: lenient(count),
  /** 0 or missing: no featured image. */
  featured_media: lenient(count),
  sticky: lenient(z.boolean()),
  categories: lenient(z.array(id)),
  tags: lenient(z.array(id)),
  /** Set by multilingual plugins (Polylang), e.g. "fa". */
  lang: lenient(z.string()),
  /** With ?_embed; any part may be missing, and entries may be WordPress error objects (read in embedded.ts). */
  _embedded: lenient(
    z.object({
      author: lenient(z.array(z.unknown())),
      'wp:featuredmedia': lenient(z.array(z.unknown())),
      'wp:term': lenient(z.array(z.unknown())),
    }),
  ),
});
export type WpPost = z.infer<typeof WpPostSchema>;

const nameOrSlug = { message: 'expected a name or a slug (a string)', path: ['name'] };

export const WpTermSchema = z
  .object({
    id,
    name: lenient(z.string()),
    slug: lenient(z.string()),
    parent: lenient(count),
    description: lenient(wpString),
    link: lenient(z.string()),
    taxonomy: lenient(z.string()),
  })
  .refine((term) => Boolean(term.name || term.slug), nameOrSlug);
export type WpTerm = z.infer<typeof WpTermSchema>;

export const WpUserSchema = z
  .object({
    id,
    name: lenient(z.string()),
    /** Missing for some plugins' users: the name is used instead. */
    slug: lenient(z.string()),
    description: lenient(wpString),
    link: lenient(z.string()),
  })
  .refine((user) => Boolean(user.name || user.slug), nameOrSlug);
export type WpUser = z.infer<typeof WpUserSchema>;

const dimension = wholeNumber(z.number().int().positive());

const WpSizeSchema = z.object({ source_url: z.string(), width: dimension, height: dimension });
export type WpSize = z.infer<typeof WpSizeSchema>;

export const WpMediaSchema = z.object({
  id,
  source_url: z.string({ error: 'expected source_url, the URL of the file' }),
  /** The attachment's own page, for telling links to it from links to a post of the same slug. */
  slug: lenient(z.string()),
  link: lenient(z.string()),
  alt_text: lenient(z.string()),
  caption: lenient(wpText('the caption')),
  media_type: lenient(z.string()),
  /** PHP writes [] for a file without details (read as absent); sizes are checked one by one in mediaSizes. */
  media_details: lenient(
    z.object({
      width: lenient(dimension),
      height: lenient(dimension),
      sizes: lenient(z.record(z.string(), z.unknown())),
    }),
  ),
});
export type WpMedia = z.infer<typeof WpMediaSchema>;

/** Image sizes of a media item, full size first; entries that are not well-formed (no width, say) are skipped. */
export function mediaSizes(media: WpMedia): WpSize[] {
  const details = media.media_details;
  if (!details) return [];
  const sizes: WpSize[] = [];
  if (details.width && details.height) sizes.push({ source_url: media.source_url, width: details.width, height: details.height });
  for (const name of Object.keys(details.sizes ?? {}).sort()) {
    const parsed = WpSizeSchema.safeParse(details.sizes?.[name]);
    if (parsed.success) sizes.push(parsed.data);
  }
  return sizes;
}

/**
 * What a link may point at, read from any item (a page, which is not imported; a post that is skipped):
 * its id and addresses, so that a link to it is not taken for another's.
 */
export const WpRefSchema = z.object({ id, slug: lenient(z.string()), link: lenient(z.string()), guid: lenient(wpText('the guid')) });

/** GET /wp-json/: the site's name and description. */
export const WpIndexSchema = z.object({
  name: lenient(z.string()),
  description: lenient(z.string()),
  url: lenient(z.string()),
  home: lenient(z.string()),
  namespaces: lenient(z.array(z.string())),
  /** The site icon (Settings → General → Site Icon), a square PNG usually 512 px: the imported site's logo. */
  site_icon_url: lenient(z.string()),
  /** Not part of WordPress: a hand-written site.json may give the language. */
  lang: lenient(z.string()),
  language: lenient(z.string()),
});
export type WpIndex = z.infer<typeof WpIndexSchema>;
