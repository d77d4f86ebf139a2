import type { Block, LeafBlock } from '../../src/model/block';
import type { Inline } from '../../src/model/inline';
import { blockText } from '../../src/model/plain-text';
import { safeUrl } from '../../src/import/urls';
import type { ImportWarning } from '../../src/import/warnings';
import { ancestors, classes, elements, hasClass, textOf, within, type Element, type Node } from './tree';

/*
 * The rule for "whole". A fixture comes through whole when
 *   (a) at least 99% of its visible words are among the words of the blocks (model blockText, plus the
 *       few fields a reader sees that blockText leaves out: a table's caption, a social card's handle
 *       and date), counted with repetition, compared lower-case without punctuation; and
 *   (b) every structural or media element has its counterpart in the blocks, by count (see KINDS), and
 *       every safe link's URL is somewhere in the blocks (a link, an image's link, a file, a social
 *       card's or an embed's URL). An element whose only address the importer must refuse (data:,
 *       javascript:), or that has none (an <audio> without a source), cannot be kept: it needs a
 *       warning about that instead.
 * Visible words leave out what a browser does not show as text: script, style, iframe and media
 * fallback content, SVG, form fields, MathML annotations, aria-hidden decorations, the file block's
 * "Download" control, footnote numbers (the note mark stands for them), and the networks' own interface
 * lines in social embeds ("View this post on Instagram").
 */

const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'textarea', 'select', 'head', 'title', 'annotation', 'annotation-xml']);
const INLINE = new Set(['a', 'em', 'i', 'strong', 'b', 'span', 'code', 'kbd', 'samp', 'sup', 'sub', 's', 'del', 'strike', 'ins', 'u', 'mark', 'small', 'abbr', 'cite', 'q', 'time', 'var', 'data', 'font', 'big', 'tt', 'bdi', 'bdo', 'dfn', 'label', 'math', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mrow', 'semantics']);
const SOCIAL_BOILERPLATE = [/view this post on instagram/gi, /a post shared by/gi, /view on (threads|mastodon|instagram)/gi, /post by @[\w.@-]+/gi, /\[image or embed\]/gi];

const isFootnoteMark = (e: Element) => e.name === 'sup' && (e.attrs['data-fn'] !== undefined || hasClass(e, 'fn'));
const isSocial = (e: Element) =>
  (e.name === 'blockquote' && classes(e).some((c) => ['twitter-tweet', 'instagram-media', 'tiktok-embed', 'bluesky-embed', 'mastodon-embed', 'text-post-media'].includes(c))) ||
  (e.name === 'div' && (hasClass(e, 'fb-post') || hasClass(e, 'fb-video'))) ||
  (e.name === 'iframe' && hasClass(e, 'mastodon-embed'));

function hiddenElement(e: Element): boolean {
  return HIDDEN.has(e.name) || e.attrs['aria-hidden'] === 'true' || hasClass(e, 'wp-block-file__button') || hasClass(e, 'screen-reader-text') || isFootnoteMark(e);
}

export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

/** The words a reader sees in the input. */
export function visibleWords(root: Element): string[] {
  const parts: string[] = [];
  const visit = (node: Node, social: boolean) => {
    if (node.kind === 'text') {
      let text = node.text;
      if (social) for (const phrase of SOCIAL_BOILERPLATE) text = text.replace(phrase, ' ');
      parts.push(text);
      return;
    }
    if (node.name !== '#root' && hiddenElement(node)) return;
    const block = !INLINE.has(node.name);
    if (block || node.name === 'br') parts.push(' ');
    for (const child of node.children) visit(child, social || isSocial(node));
    if (block) parts.push(' ');
  };
  visit(root, false);
  return words(parts.join(''));
}

function eachBlock(blocks: readonly Block[], visit: (block: Block | LeafBlock) => void): void {
  for (const block of blocks) {
    visit(block);
    if (block.type === 'details') eachBlock(block.blocks, visit);
  }
}

/** The words the blocks show. */
export function blockWords(blocks: readonly Block[]): string[] {
  const parts = blocks.map(blockText);
  eachBlock(blocks, (b) => {
    if (b.type === 'table' && b.caption) parts.push(b.caption);
    if (b.type === 'social') parts.push(b.handle ?? '', b.date ?? '');
  });
  return words(parts.join(' '));
}

/** The share of `expected` words found in `actual`, counted with repetition, and up to five missing ones. */
export function wordCoverage(expected: readonly string[], actual: readonly string[]): { share: number; missing: string[] } {
  if (expected.length === 0) return { share: 1, missing: [] };
  const pool = new Map<string, number>();
  for (const w of actual) pool.set(w, (pool.get(w) ?? 0) + 1);
  const missing: string[] = [];
  let found = 0;
  for (const w of expected) {
    const left = pool.get(w) ?? 0;
    if (left > 0) {
      pool.set(w, left - 1);
      found += 1;
    } else missing.push(w);
  }
  return { share: found / expected.length, missing: missing.slice(0, 5) };
}

// ——— (b) counterparts ———

export interface Counted {
  kind: string;
  /** Input elements that must have a counterpart. */
  expected: number;
  /** Input elements whose address must be refused: each needs a warning instead. */
  refused: number;
  /** Counterparts found in the blocks. */
  found: number;
  /** Warnings about refused addresses of this kind. */
  warned: number;
}

const usable = (raw: string | undefined, base: string) => raw !== undefined && raw.trim() !== '' && safeUrl(raw, 'image', base) !== undefined;
const imgSrc = (e: Element) => {
  const src = e.attrs.src;
  return src && !src.startsWith('data:') ? src : (e.attrs['data-src'] ?? e.attrs['data-lazy-src'] ?? src);
};
const backgroundUrl = (e: Element) => /background-image\s*:\s*url\(\s*['"]?([^'")]+?)['"]?\s*\)/i.exec(e.attrs.style ?? '')?.[1];
const mediaSources = (e: Element) => [e.attrs.src, ...e.children.filter((c): c is Element => c.kind === 'element' && c.name === 'source').map((s) => s.attrs.src)].filter((s): s is string => !!s);
const isGallery = (e: Element) =>
  hasClass(e, 'wp-block-gallery') || (e.name === 'div' && (hasClass(e, 'gallery') || hasClass(e, 'tiled-gallery')));
const isEmoji = (e: Element) => hasClass(e, 'emoji') || hasClass(e, 'wp-smiley');
const hasText = (e: Element) => textOf(e).trim() !== '';

interface Kind {
  kind: string;
  /** Which input elements count, and whether each is usable (else refused). */
  select: (e: Element, base: string) => 'usable' | 'refused' | undefined;
  /** How many counterparts the blocks hold. */
  count: (blocks: readonly Block[]) => number;
  /** Which warnings (kind "unsafe-url", "image-private-address" or "media-dropped", by detail) stand for a refused one. */
  warnedBy: string[];
}

function countBlocks(blocks: readonly Block[], test: (b: Block | LeafBlock) => number): number {
  let n = 0;
  eachBlock(blocks, (b) => {
    n += test(b);
  });
  return n;
}

function countInlines(blocks: readonly Block[], test: (i: Inline) => boolean): number {
  let n = 0;
  const visit = (list: readonly Inline[]) => {
    for (const node of list) {
      if (test(node)) n += 1;
      if ('children' in node) visit(node.children);
    }
  };
  eachBlock(blocks, (b) => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
      case 'preformatted':
        visit(b.content);
        break;
      case 'list':
        b.items.forEach(visit);
        break;
      case 'quote':
      case 'pullquote':
        b.blocks.forEach((p) => visit(p.content));
        break;
      case 'social':
        visit(b.text);
        break;
      case 'table':
        [...b.head, ...b.body, ...b.foot].forEach((row) => row.forEach((cell) => visit(cell.content)));
        break;
      case 'details':
        visit(b.summary);
        break;
      case 'footnotes':
        b.items.forEach((item) => visit(item.content));
        break;
      default:
        break;
    }
  });
  return n;
}

const inHeadingAccordion = (e: Element) => hasClass(e, 'wp-block-accordion-heading') || within(e, (a) => a.name === 'summary' || hasClass(a, 'wp-block-accordion-heading'));
const inFlatteningParent = (e: Element) => within(e, (a) => ['blockquote', 'table', 'li', 'dl'].includes(a.name));

const KINDS: Kind[] = [
  {
    kind: 'img → image',
    select: (e, base) => {
      if (e.name === 'img' && !isEmoji(e) && !within(e, isSocial)) return usable(imgSrc(e), base) ? 'usable' : 'refused';
      const bg = backgroundUrl(e);
      if (bg && !elements(e).some((c) => c.name === 'img')) return usable(bg, base) ? 'usable' : 'refused';
      return undefined;
    },
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'image' ? 1 : b.type === 'gallery' ? b.images.length : b.type === 'social' ? b.media.length : 0)),
    warnedBy: ['img src', 'background-image'],
  },
  {
    kind: 'iframe/embed → video or embed',
    select: (e, base) => {
      if (e.name === 'iframe' && !isSocial(e)) return usable(e.attrs.src, base) ? 'usable' : 'refused';
      if (e.name === 'figure' && hasClass(e, 'wp-block-embed') && !elements(e).some((c) => c.name === 'iframe' || isSocial(c))) return 'usable';
      return undefined;
    },
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'embed' || (b.type === 'video' && b.source.kind === 'provider') ? 1 : 0)),
    warnedBy: ['iframe src'],
  },
  {
    kind: 'video → video',
    select: (e, base) => (e.name === 'video' ? (mediaSources(e).some((s) => usable(s, base)) ? 'usable' : 'refused') : undefined),
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'video' && b.source.kind === 'file' ? 1 : 0)),
    warnedBy: ['video src', 'video'],
  },
  {
    kind: 'audio → audio',
    select: (e, base) => (e.name === 'audio' ? (mediaSources(e).some((s) => usable(s, base)) ? 'usable' : 'refused') : undefined),
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'audio' ? 1 : 0)),
    warnedBy: ['audio src', 'audio'],
  },
  {
    kind: 'table → table',
    select: (e) => (e.name === 'table' && !within(e, (a) => a.name === 'table') ? 'usable' : undefined),
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'table' ? 1 : 0)),
    warnedBy: [],
  },
  {
    kind: 'pre → code or preformatted',
    select: (e) => (e.name === 'pre' && hasText(e) ? 'usable' : undefined),
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'code' || b.type === 'preformatted' ? 1 : 0)),
    warnedBy: [],
  },
  {
    kind: 'hN → heading',
    select: (e) => (/^h[1-6]$/.test(e.name) && hasText(e) && !inHeadingAccordion(e) && !inFlatteningParent(e) ? 'usable' : undefined),
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'heading' ? 1 : 0)),
    warnedBy: [],
  },
  {
    kind: 'social embed → social',
    select: (e) => (isSocial(e) && !within(e, isSocial) ? 'usable' : undefined),
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'social' ? 1 : 0)),
    warnedBy: [],
  },
  {
    kind: 'ul/ol → list',
    select: (e) =>
      (e.name === 'ul' || e.name === 'ol') &&
      e.children.some((c) => c.kind === 'element' && c.name === 'li') &&
      !inFlatteningParent(e) &&
      !isGallery(e) &&
      !classes(e).some((c) => ['blocks-gallery-grid', 'wp-block-social-links', 'wp-block-footnotes'].includes(c))
        ? 'usable'
        : undefined,
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'list' ? 1 : 0)),
    warnedBy: [],
  },
  {
    kind: 'details → details',
    select: (e) => ((e.name === 'details' || hasClass(e, 'wp-block-accordion-item')) && !within(e, (a) => a.name === 'details' || hasClass(a, 'wp-block-accordion-item')) ? 'usable' : undefined),
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'details' ? 1 : 0)),
    warnedBy: [],
  },
  {
    kind: 'gallery → gallery',
    select: (e, base) => {
      if (!isGallery(e) || within(e, isGallery)) return undefined;
      return elements(e).some((c) => c.name === 'img' && usable(imgSrc(c), base)) ? 'usable' : undefined;
    },
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'gallery' ? 1 : 0)),
    warnedBy: [],
  },
  {
    kind: 'blockquote → quote or pullquote',
    select: (e) => (e.name === 'blockquote' && !isSocial(e) && !hasClass(e, 'wp-embedded-content') && !within(e, (a) => a.name === 'blockquote' || hasClass(a, 'wp-block-pullquote') || isSocial(a)) && hasText(e) ? 'usable' : undefined),
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'quote' || b.type === 'pullquote' ? 1 : 0)),
    warnedBy: [],
  },
  {
    kind: 'file block → file',
    select: (e) => (hasClass(e, 'wp-block-file') && elements(e).some((c) => c.name === 'a' && c.attrs.href) ? 'usable' : undefined),
    count: (blocks) => countBlocks(blocks, (b) => (b.type === 'file' ? 1 : 0)),
    warnedBy: [],
  },
  {
    kind: 'footnote mark → note',
    select: (e) => (e.name === 'sup' && e.attrs['data-fn'] !== undefined ? 'usable' : undefined),
    count: (blocks) => countInlines(blocks, (i) => i.type === 'note'),
    warnedBy: [],
  },
  {
    kind: 'code/kbd/samp → inline code',
    select: (e) => (['code', 'kbd', 'samp'].includes(e.name) && hasText(e) && !within(e, (a) => a.name === 'pre' || a.name === 'code') ? 'usable' : undefined),
    count: (blocks) => countInlines(blocks, (i) => i.type === 'code'),
    warnedBy: [],
  },
  {
    kind: 'sup → sup',
    select: (e) => (e.name === 'sup' && hasText(e) && !isFootnoteMark(e) && !within(e, (a) => a.name === 'sup') ? 'usable' : undefined),
    count: (blocks) => countInlines(blocks, (i) => i.type === 'sup'),
    warnedBy: [],
  },
  {
    kind: 'sub → sub',
    select: (e) => (e.name === 'sub' && hasText(e) && !within(e, (a) => a.name === 'sub') ? 'usable' : undefined),
    count: (blocks) => countInlines(blocks, (i) => i.type === 'sub'),
    warnedBy: [],
  },
  {
    kind: 's/del/strike → strike',
    select: (e) => (['s', 'del', 'strike'].includes(e.name) && hasText(e) && !within(e, (a) => ['s', 'del', 'strike'].includes(a.name)) ? 'usable' : undefined),
    count: (blocks) => countInlines(blocks, (i) => i.type === 'strike'),
    warnedBy: [],
  },
];

/** Each hr between content (words or media), a run of them counting once: the separators expected. */
function expectedSeparators(root: Element): number {
  let seenContent = false;
  let pending = false;
  let n = 0;
  const visit = (node: Node) => {
    if (node.kind === 'text') {
      if (node.text.trim() !== '' && !ancestors(node).some(hiddenElement)) {
        if (pending) n += 1;
        pending = false;
        seenContent = true;
      }
      return;
    }
    if (node.name === 'hr') {
      if (seenContent) pending = true;
      return;
    }
    if (['img', 'iframe', 'video', 'audio'].includes(node.name)) {
      if (pending) n += 1;
      pending = false;
      seenContent = true;
    }
    if (node.name === '#root' || !hiddenElement(node)) node.children.forEach(visit);
  };
  visit(root);
  return n;
}

export function countCounterparts(root: Element, blocks: readonly Block[], warnings: readonly ImportWarning[], base: string): Counted[] {
  const all = elements(root);
  const refusedWarnings = warnings.filter((w) => w.kind === 'unsafe-url' || w.kind === 'image-private-address' || w.kind === 'media-dropped');
  const counted = KINDS.map((k): Counted => {
    let expected = 0;
    let refused = 0;
    for (const e of all) {
      const verdict = k.select(e, base);
      if (verdict === 'usable') expected += 1;
      if (verdict === 'refused') refused += 1;
    }
    const warned = refusedWarnings.filter((w) => w.detail !== undefined && k.warnedBy.includes(w.detail)).length;
    return { kind: k.kind, expected, refused, found: k.count(blocks), warned };
  });
  counted.push({ kind: 'hr → separator', expected: expectedSeparators(root), refused: 0, found: countBlocks(blocks, (b) => (b.type === 'separator' ? 1 : 0)), warned: 0 });
  return counted.filter((c) => c.expected + c.refused > 0);
}

/** Every URL the blocks keep, for the link rule. */
function blockUrls(blocks: readonly Block[]): Set<string> {
  const urls = new Set<string>();
  eachBlock(blocks, (b) => {
    if (b.type === 'image' && b.link) urls.add(b.link);
    if (b.type === 'file') urls.add(b.href);
    if (b.type === 'social') urls.add(b.url);
    if (b.type === 'embed') urls.add(b.url);
  });
  countInlines(blocks, (i) => {
    if (i.type === 'link') urls.add(i.href);
    return false;
  });
  return urls;
}

/**
 * Safe links the blocks lose. Not expected: in-page #links (footnote back-links), links inside social
 * embeds (the card keeps the permalink) and media fallback content, a gallery image's link to its
 * own file or attachment page (the model's gallery images have no link), and a link showing nothing
 * but images whose addresses were refused (the image's warning stands for it).
 */
export function lostLinks(root: Element, blocks: readonly Block[], base: string): string[] {
  const kept = blockUrls(blocks);
  const lost: string[] = [];
  for (const e of elements(root)) {
    if (e.name !== 'a' || !e.attrs.href || e.attrs.href.trim().startsWith('#')) continue;
    if (within(e, (a) => isSocial(a) || a.name === 'video' || a.name === 'audio')) continue;
    if (within(e, isGallery) && elements(e).some((c) => c.name === 'img')) continue;
    const images = elements(e).filter((c) => c.name === 'img');
    if (!hasText(e) && images.length > 0 && images.every((img) => !usable(imgSrc(img), base))) continue;
    const url = safeUrl(e.attrs.href, 'link', base);
    if (url !== undefined && !kept.has(url)) lost.push(url);
  }
  return lost;
}

export function refusedLinks(root: Element, base: string): number {
  return elements(root).filter((e) => e.name === 'a' && e.attrs.href && !e.attrs.href.trim().startsWith('#') && safeUrl(e.attrs.href, 'link', base) === undefined).length;
}
