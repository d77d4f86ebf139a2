import { z } from 'zod';
import { BodySchema, ImageSchema } from './block';
import { InstantSchema, LangSchema, DirSchema } from './article';
import { accentProblem, HEX_COLOUR } from './contrast';
import { imageSrcProblem } from './image-src';
import { MAX_NAME_LENGTH, MAX_STANDFIRST_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { CategoryPathSchema, SlugSchema } from './slug-schema';

const ColourSchema = z.string().regex(HEX_COLOUR, 'expected a colour as "#rrggbb", e.g. "#8a1c1c"');

/** The name of an author, a category or a tag. */
const NameSchema = z.string().min(1).max(MAX_NAME_LENGTH, `a name is at most ${MAX_NAME_LENGTH} characters`);

/**
 * The shapes a newsroom writes in its content directory (see README "Content format"). They differ from
 * the API shapes: references are by slug/path and derived fields (reading time, direction, summaries)
 * are left to the pipeline.
 */
export const SiteSourceSchema = z.object({
  name: z.string().min(1),
  description: z.string().min(1),
  lang: LangSchema.default('en'),
  /** Absolute origin used for canonical URLs and feeds, e.g. "https://news.example.org". */
  origin: z.url({ protocol: /^https?$/ }).optional(),
  /** The name an installed app goes by under its icon (12 characters or so), e.g. "Dateline". Default: the name. */
  shortName: z.string().trim().min(1).max(30, 'a short name is at most 30 characters').optional(),
  /** A line at the foot of every page, e.g. who publishes the site. */
  footer: z.string().trim().min(1).max(300, 'the footer line is at most 300 characters').optional(),
  /** Who holds the copyright of the site's stories ("© Harbour Media Ltd" in the footer and the feeds). Default: the name. */
  copyright: z.string().trim().min(1).max(120, 'the copyright holder is at most 120 characters').optional(),
  /** The newsroom's profiles elsewhere, linked from the footer and named in the pages' structured data. */
  social: z
    .array(z.object({ name: z.string().trim().min(1).max(40), url: z.url({ protocol: /^https$/, error: 'expected an https address of the profile' }) }))
    .max(12, 'at most 12 profiles')
    .optional(),
  /**
   * The newsroom's logo, a square SVG or PNG in the content folder ("images/logo.svg"): every app icon,
   * the maskable icon, the favicons and the Apple touch icon are made from it. Default: Dateline's mark.
   */
  logo: z
    .string()
    .refine((src) => imageSrcProblem(src) === undefined && /\.(svg|png)$/i.test(src), 'expected the path of an .svg or .png file inside the content folder, e.g. "images/logo.svg"')
    .optional(),
  /** The newsroom's colours; each accent is checked for WCAG AA contrast on the themes it is used on. */
  colors: z
    .object({
      /** Kickers, section names, rules: on the light and sepia themes. */
      accent: ColourSchema.optional(),
      /** The accent on the dark theme (default: Dateline's). */
      accentDark: ColourSchema.optional(),
      /** The browser's and the installed app's bar (default: the light theme's background). */
      theme: ColourSchema.optional(),
    })
    .superRefine((colors, ctx) => {
      const light = colors.accent && accentProblem(colors.accent, ['light', 'sepia']);
      if (light) ctx.addIssue({ code: 'custom', path: ['accent'], message: light });
      const dark = colors.accentDark && accentProblem(colors.accentDark, ['dark']);
      if (dark) ctx.addIssue({ code: 'custom', path: ['accentDark'], message: dark });
    })
    .optional(),
});
export type SiteSource = z.infer<typeof SiteSourceSchema>;

export const CategorySourceSchema = z.object({
  path: CategoryPathSchema,
  name: NameSchema,
  description: z.string().optional(),
});
export const CategoriesSourceSchema = z.array(CategorySourceSchema);

export const AuthorSourceSchema = z.object({
  slug: SlugSchema,
  name: NameSchema,
  role: z.string().optional(),
  bio: z.string().optional(),
});
export const AuthorsSourceSchema = z.array(AuthorSourceSchema);

export const TagSourceSchema = z.object({ slug: SlugSchema, name: NameSchema });
export const TagsSourceSchema = z.array(TagSourceSchema);

export const ArticleSourceSchema = z.object({
  slug: SlugSchema,
  title: z.string().trim().min(1, 'a headline is required').max(MAX_TITLE_LENGTH, `a headline is at most ${MAX_TITLE_LENGTH} characters`),
  standfirst: z
    .string()
    .trim()
    .min(1, 'a standfirst (one-sentence summary) is required')
    .max(MAX_STANDFIRST_LENGTH, `a standfirst is at most ${MAX_STANDFIRST_LENGTH} characters`),
  lang: LangSchema.default('en'),
  dir: DirSchema.optional(),
  category: CategoryPathSchema,
  author: SlugSchema,
  tags: z.array(SlugSchema).default([]),
  publishedAt: InstantSchema,
  updatedAt: InstantSchema.optional(),
  mustRead: z.boolean().default(false),
  hero: ImageSchema.optional(),
  body: BodySchema,
});
export type ArticleSource = z.infer<typeof ArticleSourceSchema>;
export type CategorySource = z.infer<typeof CategorySourceSchema>;
export type AuthorSource = z.infer<typeof AuthorSourceSchema>;
export type TagSource = z.infer<typeof TagSourceSchema>;
