import { z } from 'zod';
import { imageSrcProblem } from './image-src';
import { InlinesSchema, SafeUrlSchema } from './inline';
import { isSafeUrl } from './url';

/** An image's address: an http(s) URL, or a path to an image file inside the content folder. */
const ImageSrcSchema = SafeUrlSchema.superRefine((src, ctx) => {
  // An unsafe URL has had its one problem from SafeUrlSchema already.
  const problem = isSafeUrl(src) ? imageSrcProblem(src) : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const ImageSchema = z.object({
  src: ImageSrcSchema,
  alt: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  caption: z.string().optional(),
  credit: z.string().optional(),
  srcset: z.array(z.object({ src: ImageSrcSchema, width: z.number().int().positive() })).optional(),
});
export type Image = z.infer<typeof ImageSchema>;

const ParagraphSchema = z.object({ type: z.literal('paragraph'), content: InlinesSchema });
const HeadingSchema = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3)]),
  content: InlinesSchema,
});
const ListSchema = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(InlinesSchema).min(1, 'a list needs at least one item'),
});
const ImageBlockSchema = ImageSchema.extend({ type: z.literal('image') });
const EmbedSchema = z.object({
  type: z.literal('embed'),
  provider: z.string().min(1),
  url: SafeUrlSchema,
  title: z.string().min(1),
});
/** Quotes hold paragraphs only: no nesting of quotes inside quotes. */
const QuoteSchema = z.object({
  type: z.literal('quote'),
  blocks: z.array(ParagraphSchema).min(1),
  cite: z.string().optional(),
});

export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphSchema,
  HeadingSchema,
  QuoteSchema,
  ListSchema,
  ImageBlockSchema,
  EmbedSchema,
]);
export type Block = z.infer<typeof BlockSchema>;
export type BlockType = Block['type'];
export type ParagraphBlock = z.infer<typeof ParagraphSchema>;
export type HeadingBlock = z.infer<typeof HeadingSchema>;
export type QuoteBlock = z.infer<typeof QuoteSchema>;
export type ListBlock = z.infer<typeof ListSchema>;
export type ImageBlock = z.infer<typeof ImageBlockSchema>;
export type EmbedBlock = z.infer<typeof EmbedSchema>;

export const BodySchema = z.array(BlockSchema).min(1, 'an article body needs at least one block');

