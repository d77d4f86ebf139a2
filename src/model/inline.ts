import { z } from 'zod';
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

export const InlinesSchema = z.array(InlineSchema).min(1, 'expected at least one inline');

