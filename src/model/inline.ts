import { z } from 'zod';
import { tooDeepInline } from './inline-depth';
import { MAX_INLINE_DEPTH } from './limits';
import { isSafeUrl } from './url';

export const SafeUrlSchema = z
  .string()
  .min(1)
  .refine(isSafeUrl, { message: 'expected an http(s), mailto or site-relative URL' });

/** Inline elements that only change how their children read: emphasis, importance, marks. */
export type InlineWrapper = 'em' | 'strong' | 'sup' | 'sub' | 'strike';
export const INLINE_WRAPPERS: readonly InlineWrapper[] = ['em', 'strong', 'sup', 'sub', 'strike'];

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: InlineWrapper; children: Inline[] }
  /** Code in running text: shown in a monospace face, its spaces kept. */
  | { type: 'code'; text: string }
  /** A footnote mark: `id` names an item of the article's footnotes block; the mark shows its number. */
  | { type: 'note'; id: string }
  | { type: 'break' };

/** A footnote's id: letters, digits, "-" and "_" (it becomes part of an element id). */
export const NoteIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,80}$/, 'expected a footnote id of letters, digits, "-" or "_" (at most 80)');

export const InlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('link'), href: SafeUrlSchema, children: z.array(InlineSchema).min(1) }),
    z.object({ type: z.literal('em'), children: z.array(InlineSchema).min(1) }),
    z.object({ type: z.literal('strong'), children: z.array(InlineSchema).min(1) }),
    z.object({ type: z.literal('sup'), children: z.array(InlineSchema).min(1) }),
    z.object({ type: z.literal('sub'), children: z.array(InlineSchema).min(1) }),
    z.object({ type: z.literal('strike'), children: z.array(InlineSchema).min(1) }),
    z.object({ type: z.literal('code'), text: z.string().min(1) }),
    z.object({ type: z.literal('note'), id: NoteIdSchema }),
    z.object({ type: z.literal('break') }),
  ]),
);

function depthChecked<T extends z.ZodType>(schema: T) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      const deep = tooDeepInline(value);
      if (deep) {
        ctx.addIssue({
          code: 'custom',
          path: [deep.index],
          message: `inline content nests too deep (em, strong and links inside each other at most ${MAX_INLINE_DEPTH} levels)`,
        });
      }
    })
    .pipe(schema);
}

/**
 * Inline content: the nesting depth is measured first, without recursion, so that a chain of `em`
 * thousands deep is one problem at its field rather than a stack overflow in the recursive schema.
 */
export const InlinesSchema = depthChecked(z.array(InlineSchema).min(1, 'expected at least one inline'));

/** Inline content that may be empty: a table cell. */
export const MaybeEmptyInlinesSchema = depthChecked(z.array(InlineSchema));
