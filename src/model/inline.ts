import { z } from 'zod';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * URLs a reader can follow: http(s), mailto, or a reference relative to the site. Any other scheme
 * (javascript:, data:, vbscript:, …) is refused. Control characters and whitespace inside the URL are
 * refused outright because browsers strip them before reading the scheme ("java\tscript:").
 */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '') return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(trimmed)) return false;
  const scheme = SCHEME.exec(trimmed)?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

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

/** Plain text of inlines, for reading time, search and meta descriptions. */
export function inlineText(content: readonly Inline[]): string {
  let out = '';
  for (const node of content) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'break') out += ' ';
    else out += inlineText(node.children);
  }
  return out;
}
