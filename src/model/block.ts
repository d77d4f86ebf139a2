import { z } from 'zod';
import { noteMarks } from './block-walk';
import { imageSrcProblem } from './image-src';
import { InlinesSchema, MaybeEmptyInlinesSchema, NoteIdSchema, SafeUrlSchema } from './inline';
import { EMBED_PROVIDER_IDS, isProviderFrame, SOCIAL_NETWORK_IDS, VIDEO_ID, VIDEO_PROVIDER_IDS } from './providers';
import { isSafeUrl } from './url';

/** An image's address: an http(s) URL, or a path to an image file inside the content folder. */
const ImageSrcSchema = SafeUrlSchema.superRefine((src, ctx) => {
  // An unsafe URL has had its one problem from SafeUrlSchema already.
  const problem = isSafeUrl(src) ? imageSrcProblem(src) : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A media file's address (a video, a sound, a captions track, a download): an http(s) URL. */
const MediaFileSchema = z.string().regex(/^https?:\/\/[^\s\\]+$/i, 'expected an http(s) URL of the file').refine(isSafeUrl, 'expected an http(s) URL of the file');

/** A plain-text field shown to readers (a caption, a title); never empty. */
const TextSchema = z.string().trim().min(1);

const SrcsetCandidateSchema = z.object({ src: ImageSrcSchema, width: z.number().int().positive() });

export const ImageSchema = z.object({
  src: ImageSrcSchema,
  alt: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  caption: z.string().optional(),
  credit: z.string().optional(),
  srcset: z.array(SrcsetCandidateSchema).optional(),
  /** The same picture in formats newer than the src's (AVIF, WebP), for <picture>; filled by the build for raster files. */
  sources: z.array(z.object({ type: z.enum(['image/avif', 'image/webp']), srcset: z.array(SrcsetCandidateSchema).min(1) })).optional(),
  /** A blurred preview of a few hundred bytes, shown until the picture arrives; filled by the build. */
  placeholder: z
    .string()
    .max(4000)
    .regex(/^data:image\/(?:webp|png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'expected a small data:image/webp, png or jpeg URI in base64')
    .optional(),
});
export type Image = z.infer<typeof ImageSchema>;

const ParagraphSchema = z.object({ type: z.literal('paragraph'), content: InlinesSchema });
const HeadingSchema = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
  content: InlinesSchema,
});
const ListSchema = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(InlinesSchema).min(1, 'a list needs at least one item'),
});
/** An image; `link` makes the picture a link (to its full size, or wherever the newsroom pointed it). */
const ImageBlockSchema = ImageSchema.extend({ type: z.literal('image'), link: SafeUrlSchema.optional() });
const GallerySchema = z.object({
  type: z.literal('gallery'),
  images: z.array(ImageSchema).min(1, 'a gallery needs at least one image'),
  caption: TextSchema.optional(),
});
const SizeSchema = z.object({ width: z.number().int().positive(), height: z.number().int().positive() });

/** A video at a provider (played in its privacy mode once the reader asks), or files of our own. */
const VideoSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('provider'),
    provider: z.enum(VIDEO_PROVIDER_IDS),
    id: z.string().regex(VIDEO_ID, 'expected the provider\'s video id (letters, digits, "-", "_")'),
    /** Where to start, in seconds. */
    start: z.number().int().nonnegative().optional(),
  }),
  z.object({
    kind: z.literal('file'),
    sources: z.array(z.object({ src: MediaFileSchema, type: z.string().regex(/^video\/[\w.+-]+$/).optional() })).min(1),
    tracks: z
      .array(
        z.object({
          src: MediaFileSchema,
          kind: z.enum(['captions', 'subtitles', 'descriptions']),
          srclang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/),
          label: TextSchema,
        }),
      )
      .default([]),
  }),
]);
const VideoSchema = z.object({
  type: z.literal('video'),
  title: TextSchema,
  source: VideoSourceSchema,
  /** The frame's shape; 16:9 when unknown. */
  aspect: SizeSchema.optional(),
  /** A still of our own (never the provider's: fetching theirs would tell them who reads). */
  poster: ImageSchema.optional(),
  caption: TextSchema.optional(),
});
const AudioSchema = z.object({
  type: z.literal('audio'),
  title: TextSchema,
  sources: z.array(z.object({ src: MediaFileSchema, type: z.string().regex(/^audio\/[\w.+-]+$/).optional() })).min(1),
  caption: TextSchema.optional(),
});

/** A post on a social network, drawn as a static card from the text its embed markup carries. */
const SocialSchema = z.object({
  type: z.literal('social'),
  network: z.enum(SOCIAL_NETWORK_IDS),
  url: SafeUrlSchema,
  author: TextSchema.optional(),
  /** "@handle" or "@handle@instance". */
  handle: TextSchema.optional(),
  text: MaybeEmptyInlinesSchema,
  /** The date as the post's embed states it ("November 20, 2026"). */
  date: TextSchema.optional(),
  media: z.array(ImageSchema).default([]),
});

/**
 * Another third party's content. With `frame` (a provider's chart, map or player) the reader may load
 * it in place; without, it is a link to the original (`provider` is then just a name).
 */
const EmbedSchema = z
  .object({
    type: z.literal('embed'),
    provider: z.string().min(1),
    url: SafeUrlSchema,
    title: z.string().min(1),
    frame: z.object({ provider: z.enum(EMBED_PROVIDER_IDS), src: z.string(), aspect: SizeSchema.optional(), height: z.number().int().positive().max(4000).optional() }).optional(),
  })
  .superRefine((embed, ctx) => {
    if (embed.frame && !isProviderFrame(embed.frame.provider, embed.frame.src)) {
      ctx.addIssue({ code: 'custom', path: ['frame', 'src'], message: `expected an https address on one of ${embed.frame.provider}'s frame hosts` });
    }
  });

const CellSchema = z.object({
  content: MaybeEmptyInlinesSchema,
  /** A header cell: for its column (in the head) or its row (first in a body row). */
  header: z.boolean().optional(),
  colspan: z.number().int().min(2).max(100).optional(),
  rowspan: z.number().int().min(2).max(1000).optional(),
  align: z.enum(['start', 'center', 'end']).optional(),
});
export type TableCell = z.infer<typeof CellSchema>;
const RowsSchema = z.array(z.array(CellSchema).min(1, 'a table row needs at least one cell'));
const TableSchema = z
  .object({ type: z.literal('table'), caption: TextSchema.optional(), head: RowsSchema.default([]), body: RowsSchema, foot: RowsSchema.default([]) })
  .refine((t) => t.head.length + t.body.length > 0, 'a table needs at least one row');

const CodeSchema = z.object({
  type: z.literal('code'),
  /** The code, every space, tab and line break kept. */
  text: z.string().min(1),
  /** The language it is written in, e.g. "python". */
  language: z.string().regex(/^[\w+#.-]{1,40}$/).optional(),
});
/** Text whose line breaks and spaces are the author's: a poem, a verse, a transcript. */
const PreformattedSchema = z.object({ type: z.literal('preformatted'), verse: z.boolean().optional(), content: InlinesSchema });
/** Quotes hold paragraphs only: no nesting of quotes inside quotes. */
const QuoteSchema = z.object({
  type: z.literal('quote'),
  blocks: z.array(ParagraphSchema).min(1),
  cite: z.string().optional(),
});
/** A line from the story set large beside it. */
const PullquoteSchema = z.object({ type: z.literal('pullquote'), blocks: z.array(ParagraphSchema).min(1), cite: TextSchema.optional() });
const SeparatorSchema = z.object({ type: z.literal('separator') });
const FileSchema = z.object({
  type: z.literal('file'),
  href: SafeUrlSchema,
  title: TextSchema,
  /** Size in bytes, when known. */
  bytes: z.number().int().positive().optional(),
});
const FootnotesSchema = z.object({
  type: z.literal('footnotes'),
  items: z.array(z.object({ id: NoteIdSchema, content: InlinesSchema })).min(1),
});

/** Every block that may also sit inside a `details` block. */
const LEAF_BLOCKS = [
  ParagraphSchema,
  HeadingSchema,
  QuoteSchema,
  PullquoteSchema,
  ListSchema,
  ImageBlockSchema,
  GallerySchema,
  VideoSchema,
  AudioSchema,
  SocialSchema,
  EmbedSchema,
  TableSchema,
  CodeSchema,
  PreformattedSchema,
  SeparatorSchema,
  FileSchema,
] as const;
export const LeafBlockSchema = z.discriminatedUnion('type', LEAF_BLOCKS);
export type LeafBlock = z.infer<typeof LeafBlockSchema>;

/** A disclosure (an accordion panel, "Read the full statement"): a summary, and blocks shown on request. */
const DetailsSchema = z.object({ type: z.literal('details'), summary: InlinesSchema, blocks: z.array(LeafBlockSchema).min(1) });

export const BlockSchema = z.discriminatedUnion('type', [...LEAF_BLOCKS, DetailsSchema, FootnotesSchema]);
export type Block = z.infer<typeof BlockSchema>;
export type BlockType = Block['type'];
export type ParagraphBlock = z.infer<typeof ParagraphSchema>;
export type HeadingBlock = z.infer<typeof HeadingSchema>;
export type QuoteBlock = z.infer<typeof QuoteSchema>;
export type PullquoteBlock = z.infer<typeof PullquoteSchema>;
export type ListBlock = z.infer<typeof ListSchema>;
export type ImageBlock = z.infer<typeof ImageBlockSchema>;
export type GalleryBlock = z.infer<typeof GallerySchema>;
export type VideoBlock = z.infer<typeof VideoSchema>;
export type AudioBlock = z.infer<typeof AudioSchema>;
export type SocialBlock = z.infer<typeof SocialSchema>;
export type EmbedBlock = z.infer<typeof EmbedSchema>;
export type TableBlock = z.infer<typeof TableSchema>;
export type CodeBlock = z.infer<typeof CodeSchema>;
export type PreformattedBlock = z.infer<typeof PreformattedSchema>;
export type FileBlock = z.infer<typeof FileSchema>;
export type DetailsBlock = z.infer<typeof DetailsSchema>;
export type FootnotesBlock = z.infer<typeof FootnotesSchema>;

export const BodySchema = z
  .array(BlockSchema)
  .min(1, 'an article body needs at least one block')
  .superRefine((body, ctx) => {
    const notes = new Set<string>();
    body.forEach((block, i) => {
      if (block.type !== 'footnotes') return;
      block.items.forEach((item, j) => {
        if (notes.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'items', j, 'id'], message: `footnote "${item.id}" is given twice` });
        notes.add(item.id);
      });
    });
    for (const [i, id] of noteMarks(body)) {
      if (!notes.has(id)) ctx.addIssue({ code: 'custom', path: [i], message: `footnote mark "${id}" has no item in the body's footnotes` });
    }
  });
