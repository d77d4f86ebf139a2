import { expect } from 'vitest';
import { BodySchema, type Block } from '../../../../src/model/block';
import type { Inline } from '../../../../src/model/inline';
import { htmlToBlocks, type HtmlToBlocksOptions } from '../../../../src/import/html/html-to-blocks';
import type { ImportWarning } from '../../../../src/import/warnings';

export const BASE = 'https://news.example/2026/03/a-story/';

/** htmlToBlocks with the warnings it gave; a non-empty result must be a valid body. */
export function convert(html: string, options: HtmlToBlocksOptions = {}): { blocks: Block[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const blocks = htmlToBlocks(html, { baseUrl: BASE, ...options, warn: (kind, detail, subject) => warnings.push({ kind, detail, subject }) });
  if (blocks.length > 0) {
    const parsed = BodySchema.safeParse(blocks);
    expect(parsed.success, parsed.success ? '' : `${parsed.error.message}\n${JSON.stringify(blocks)}`).toBe(true);
  }
  return { blocks, warnings };
}

export const blocksOf = (html: string, options?: HtmlToBlocksOptions) => convert(html, options).blocks;

/** The warnings as "kind detail" strings. */
export const kinds = (warnings: readonly ImportWarning[]) => warnings.map((w) => (w.detail ? `${w.kind} ${w.detail}` : w.kind));

export const text = (t: string): Inline => ({ type: 'text', text: t });
export const para = (...content: Inline[]): Block => ({ type: 'paragraph', content });
export const link = (href: string, ...children: Inline[]): Inline => ({ type: 'link', href, children });
