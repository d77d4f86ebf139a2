import { z } from 'zod';
import { tooDeepInline } from './inline-depth';
import { MAX_INLINE_DEPTH } from './limits';
import { isSafeUrl } from './url';

export const SafeUrlSchema = z
  .string()
  .min(1)
  .refine(isSafeUrl, { message: 'expected an http(s), mailto or site-relative URL' });

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'break' };

export const InlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('link'), href: SafeUrlSchema, children: z.array(InlineSchema).min(1) }),
    z.object({ type: z.literal('em'), children: z.array(InlineSchema).min(1) }),
    z.object({ type: z.literal('strong'), children: z.array(InlineSchema).min(1) }),
    z.object({ type: z.literal('break') }),
  ]),
);

/**
 * Inline content: the nesting depth is measured first, without recursion, so that a chain of `em`
 * thousands deep is one problem at its field rather than a stack overflow in the recursive schema.
 */
export const InlinesSchema = z
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
  .pipe(z.array(InlineSchema).min(1, 'expected at least one inline'));

