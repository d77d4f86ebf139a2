import type { Block } from '../../model/block';
import { keepImageFor, type KeepImage } from '../image-hosts';
import { safeUrl } from '../urls';
import type { Warn } from '../warnings';
import type { ConvertContext, ImageLookup } from './context';
import { convertBlocks } from './convert-blocks';
import { parseHtmlTree } from './parse-html';
import { CLEANUP_STEPS, onceEachFootnote, resolveNotes, rewriteLinks, runSteps, type BlockStep } from './steps';

export interface HtmlToBlocksOptions {
  /** The page the HTML came from: relative links and images resolve against it (without it they are dropped). */
  baseUrl?: string;
  /** Sizes of images that carry no width/height attributes. */
  knownImage?: ImageLookup;
  /** Maps a (safe, absolute) link to where it should point in Dateline, e.g. another imported post. */
  rewriteHref?: (href: string) => string;
  /** Which image hosts may be kept; default: no private, link-local or loopback addresses. */
  keepImage?: KeepImage;
  warn?: Warn;
}

const ignore: Warn = () => {};

/**
 * parse → convert (allow-list) → clean-up steps → footnote marks checked against the footnotes kept.
 * The result is a list of typed blocks; it may be empty.
 */
export function htmlToBlocks(html: string, options: HtmlToBlocksOptions = {}): Block[] {
  const warn = options.warn ?? ignore;
  const { nodes, flattened } = parseHtmlTree(html);
  if (flattened) warn('too-deep');
  const ctx: ConvertContext = {
    warn,
    linkUrl: (raw) => safeUrl(raw, 'link', options.baseUrl),
    imageUrl: (raw) => safeUrl(raw, 'image', options.baseUrl),
    keepImage: options.keepImage ?? keepImageFor(),
    knownImage: options.knownImage ?? (() => undefined),
    notes: new Map(),
    embeddedPages: new Set(),
  };
  const steps: BlockStep[] = options.rewriteHref ? [rewriteLinks(options.rewriteHref), ...CLEANUP_STEPS] : [...CLEANUP_STEPS];
  const cleaned = onceEachFootnote(runSteps(convertBlocks(nodes, ctx), steps));
  if (ctx.notes.size === 0) return cleaned;
  // A mark whose footnote was left out (or emptied by the clean-up) would make the body invalid.
  const { blocks, orphans } = resolveNotes(cleaned, ctx.notes);
  for (let i = 0; i < orphans; i += 1) warn('note-without-item');
  return orphans > 0 ? runSteps(blocks, CLEANUP_STEPS) : blocks;
}
