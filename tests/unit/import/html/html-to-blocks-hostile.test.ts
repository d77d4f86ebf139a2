// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BlockSchema, BodySchema, type Block } from '../../../../src/model/block';
import type { Inline } from '../../../../src/model/inline';
import { isSafeUrl } from '../../../../src/model/url';
import { htmlToBlocks } from '../../../../src/import/html/html-to-blocks';
import { CLEANUP_STEPS, runSteps } from '../../../../src/import/html/steps';
import { blockImages, blockInlines } from '../../../../src/model/block-walk';
import { blockText } from '../../../../src/model/plain-text';
import { HOSTILE_CASES, MARKER } from '../../../fixtures/wordpress/hostile-corpus';

const BASE = 'https://news.example/2026/02/post/';
const BlocksSchema = z.array(BlockSchema);

/** Every URL in a body: links, image sources, srcset candidates and links, media files, posters, cards, frames, files. */
function urlsOf(blocks: readonly Block[]): string[] {
  const urls: string[] = [];
  const inlines = (content: readonly Inline[]) => {
    for (const node of content) {
      if (node.type === 'link') urls.push(node.href);
      if ('children' in node) inlines(node.children);
    }
  };
  for (const block of blocks) {
    blockInlines(block).forEach(inlines);
    for (const image of blockImages(block)) urls.push(image.src, ...(image.srcset ?? []).map((c) => c.src));
    if (block.type === 'details') urls.push(...urlsOf(block.blocks));
    if (block.type === 'image' && block.link) urls.push(block.link);
    if (block.type === 'embed') urls.push(block.url, ...(block.frame ? [block.frame.src] : []));
    if (block.type === 'social') urls.push(block.url);
    if (block.type === 'file') urls.push(block.href);
    if (block.type === 'audio') urls.push(...block.sources.map((s) => s.src));
    if (block.type === 'video' && block.source.kind === 'file') urls.push(...block.source.sources.map((s) => s.src), ...block.source.tracks.map((t) => t.src));
  }
  return urls;
}

const ALLOWED_URL = /^(https?:\/\/|mailto:)/;

describe('the hostile corpus', () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s: nothing hostile survives, the prose does', (_name, { html, prose }) => {
    const blocks = htmlToBlocks(html, { baseUrl: BASE });
    const json = JSON.stringify(blocks);
    expect(json).not.toContain(MARKER);
    expect(json.toLowerCase()).not.toMatch(/javascript|vbscript|data:|onerror|onclick|onload|"style"|style=|<script/);
    for (const url of urlsOf(blocks)) {
      expect(url).toMatch(ALLOWED_URL);
      expect(isSafeUrl(url)).toBe(true);
    }
    const words = blocks.map(blockText).join(' ');
    for (const expected of prose) expect(words).toContain(expected);
    expect(BlocksSchema.safeParse(blocks).success).toBe(true);
  });

  it('keeps escaped markup as harmless text, never as elements', () => {
    const blocks = htmlToBlocks('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', { baseUrl: BASE });
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] }]);
  });

  it('treats a percent-encoded scheme as a path on the source site (a plain https link)', () => {
    const blocks = htmlToBlocks('<p><a href="%6Aavascript:alert(1)">x</a></p>', { baseUrl: BASE });
    expect(urlsOf(blocks)).toEqual([`${BASE}%6Aavascript:alert(1)`]);
  });

  it('keeps the safe link of the corpus, without its handler', () => {
    const html = HOSTILE_CASES.find((c) => c.name === 'handler on a safe link')!.html;
    expect(htmlToBlocks(html, { baseUrl: BASE })).toEqual([
      { type: 'paragraph', content: [{ type: 'link', href: 'https://ok.example/', children: [{ type: 'text', text: 'Safe link' }] }] },
    ]);
  });
});

// ——— Property-based: any HTML, however broken or hostile, gives schema-valid blocks with safe URLs. ———

const HIDDEN = 'ZZHIDDENZZ';
const TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h6', 'blockquote', 'cite', 'footer', 'ul', 'ol', 'li', 'figure', 'figcaption', 'img', 'em', 'i', 'strong', 'b', 'a', 'br', 'div', 'span', 'section', 'table', 'tr', 'td', 'form', 'pre', 'code', 'hr', 'picture', 'x-custom', 'marquee', 'details', 'summary'];
const NEVER_KEPT = ['script', 'style', 'iframe', 'object', 'svg', 'math', 'template', 'noscript', 'textarea', 'select', 'button', 'video', 'title'];
const HOSTILE_URLS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', '&#106;avascript:alert(1)', '&#x6A;avascript:x', 'java&#9;script:x', 'java\nscript:x',
  ' javascript:x', '\u0001javascript:x', 'data:text/html,x', 'DATA:image/svg+xml,x', 'vbscript:x', '&amp;#106;avascript:x', 'javascript&colon;x',
  'https://ok.example/a', 'http://ok.example/b?c=d&amp;e=f', '/relative/path', '../up', '#frag', '//cdn.example/x.jpg', 'mailto:a@b.example', 'x:y', '', ' ',
];
const ATTRS = ['href', 'src', 'srcset', 'width', 'height', 'alt', 'class', 'onclick', 'onerror', 'style', 'data-src'];

const attrValue = fc.oneof(
  fc.constantFrom(...HOSTILE_URLS),
  fc.constantFrom('100', '0', '-5', '12.5', '1e3', '640w', 'wp-image-7', 'a.jpg 100w, javascript:x 200w, b.jpg 300w'),
  fc.string({ maxLength: 12 }),
);
const attribute = fc.tuple(fc.constantFrom(...ATTRS), attrValue).map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);
const textNode = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => s.replace(/[<&]/g, ' ')),
  fc.constantFrom('&nbsp;', '&amp;', '&lt;', '&#8212;', '&#x1F600;', ' ', '\n', 'Word', '&bogus;', '&#0;', '&#xD800;'),
  fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => s.replace(/[<&]/g, ' ')),
);

const html: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textNode,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), tie('nodes'), fc.boolean()).map(
      ([tag, attrs, inner, close]) => `<${tag}${attrs.join('')}>${inner}${close ? `</${tag}>` : ''}`,
    ),
    fc.tuple(fc.constantFrom(...NEVER_KEPT), tie('nodes')).map(([tag, inner]) => `<${tag}>${HIDDEN}${inner.replaceAll(`</${tag}`, '')}</${tag}>`),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((parts) => parts.join('')),
})).nodes;

/** Random HTML, sometimes cut off mid-tag, sometimes with stray closing tags. */
const messyHtml = fc.oneof(
  html,
  fc.tuple(html, fc.nat()).map(([h, cut]) => h.slice(0, cut % (h.length + 1))),
  fc.tuple(html, fc.constantFrom('</p>', '</li>', '</blockquote>', '</a>', '<p', '<a href="', '</', '<!--')).map(([h, junk]) => junk + h + junk),
);

function check(blocks: Block[], { hiddenTextGone }: { hiddenTextGone: boolean }): void {
  const parsed = BlocksSchema.safeParse(blocks);
  if (!parsed.success) throw new Error(`not schema-valid: ${parsed.error.message}\n${JSON.stringify(blocks)}`);
  if (blocks.length > 0 && !BodySchema.safeParse(blocks).success) throw new Error('a non-empty result must be a valid body');
  for (const url of urlsOf(blocks)) {
    if (!isSafeUrl(url) || !ALLOWED_URL.test(url)) throw new Error(`unsafe URL survived: ${url}`);
  }
  // Only for well-formed input: junk such as "</" before "<script>" makes a browser read the marker as
  // plain text too (the tag is swallowed by a bogus comment), so it is not hidden content there.
  if (hiddenTextGone && JSON.stringify(blocks).includes(HIDDEN)) throw new Error('text of a never-kept element survived');
}

describe('properties of htmlToBlocks', () => {
  it('any generated HTML gives schema-valid blocks whose URLs are all http(s) or mailto, without never-kept text', () => {
    fc.assert(
      fc.property(html, (input) => check(htmlToBlocks(input, { baseUrl: BASE }), { hiddenTextGone: true })),
      { numRuns: 600 },
    );
  });

  it('so does broken HTML: cut off mid-tag, stray end tags, unterminated comments', () => {
    fc.assert(
      fc.property(messyHtml, (input) => check(htmlToBlocks(input, { baseUrl: BASE }), { hiddenTextGone: false })),
      { numRuns: 400 },
    );
  });

  it('without a base URL, relative URLs are dropped too (nothing may point into Dateline by accident)', () => {
    fc.assert(
      fc.property(messyHtml, (input) => check(htmlToBlocks(input), { hiddenTextGone: false })),
      { numRuns: 300 },
    );
  });

  it('any string at all (full Unicode, lone surrogates) is handled without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => check(htmlToBlocks(input, { baseUrl: BASE }), { hiddenTextGone: false })),
      { numRuns: 400 },
    );
  });

  it('the clean-up steps are a fixed point on their own output', () => {
    fc.assert(
      fc.property(messyHtml, (input) => {
        const blocks = htmlToBlocks(input, { baseUrl: BASE });
        expect(runSteps(blocks, CLEANUP_STEPS)).toEqual(blocks);
      }),
      { numRuns: 300 },
    );
  });
});
