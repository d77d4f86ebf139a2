import type { Block, Image, SocialBlock } from '../../model/block';
import type { Inline } from '../../model/inline';
import type { SocialNetwork } from '../../model/providers';
import type { ConvertContext } from './context';
import { convertInlines } from './convert-inlines';
import { convertQuote } from './convert-quote';
import { flowInlines } from './flow';
import { classList, isElement, type HtmlElement, type HtmlNode } from './html-node';
import { collapsePlainText, nodesToText } from './plain-text';
import type { ReadBlocks } from './read-blocks';
import { blueskyPostUrl, cleanPermalink, isBoilerplate, parseAttribution, tidySocialText, type Attribution } from './social-text';

const BLOCKQUOTE_NETWORKS: Readonly<Record<string, SocialNetwork>> = {
  'twitter-tweet': 'x',
  'instagram-media': 'instagram',
  'tiktok-embed': 'tiktok',
  'bluesky-embed': 'bluesky',
  'mastodon-embed': 'mastodon',
  'text-post-media': 'threads',
  'fb-xfbml-parse-ignore': 'facebook',
};

/** The network of a social post's embed markup: the providers' oEmbed blockquotes and Facebook's div.fb-post. */
export function socialNetworkOf(element: HtmlElement): SocialNetwork | undefined {
  const classes = classList(element);
  if (element.name === 'blockquote') return classes.map((c) => BLOCKQUOTE_NETWORKS[c]).find((n) => n !== undefined);
  if (element.name === 'div' && (classes.includes('fb-post') || classes.includes('fb-video'))) return 'facebook';
  return undefined;
}

function descendants(nodes: readonly HtmlNode[]): HtmlElement[] {
  return nodes.flatMap((node) => (node.kind === 'element' ? [node, ...descendants(node.children)] : []));
}

const elementChildren = (element: HtmlElement) => element.children.filter((c): c is HtmlElement => c.kind === 'element');
const hrefs = (element: HtmlElement) => descendants(element.children).filter((e) => e.name === 'a' && e.attrs.href?.trim());

/** Where the post is, as its network's embed markup says. */
function permalinkOf(element: HtmlElement, network: SocialNetwork): string | undefined {
  const links = hrefs(element).map((a) => a.attrs.href!.trim());
  const last = (re: RegExp) => links.filter((h) => re.test(h)).at(-1);
  switch (network) {
    case 'x':
      return last(/\/status(es)?\/\d+/) ?? links.at(-1);
    case 'instagram':
      return element.attrs['data-instgrm-permalink'] ?? last(/instagram\.com\/(p|reel|tv)\//);
    case 'tiktok':
      return element.attrs.cite ?? last(/\/video\/\d+/);
    case 'bluesky':
      return last(/bsky\.app\/profile\/[^/]+\/post\//) ?? blueskyPostUrl(element.attrs['data-bluesky-uri']);
    case 'mastodon':
      return element.attrs['data-embed-url']?.replace(/\/embed\/?$/, '') ?? links[0];
    case 'threads':
      return element.attrs['data-text-post-permalink'] ?? links[0];
    case 'facebook': {
      const inner = descendants(element.children).find((e) => e.name === 'blockquote' && e.attrs.cite);
      return element.attrs['data-href'] ?? element.attrs.cite ?? inner?.attrs.cite ?? last(/\/(posts|videos|permalink|photos)[/.]/);
    }
  }
}

interface Parts {
  paragraphs: HtmlNode[][];
  attribution: Attribution;
  date?: string;
}

/** X, Bluesky and Facebook: the post's paragraphs, then "— Name (@handle) <a>date</a>" (Facebook: "Posted by <a>Name</a> on <a>date</a>"). */
function paragraphsThenByline(quote: HtmlElement): Parts {
  const children = quote.children;
  const lastP = children.findLastIndex((c) => isElement(c, 'p'));
  const after = children.slice(lastP + 1);
  const dateIndex = after.findLastIndex((c) => isElement(c, 'a'));
  const date = dateIndex >= 0 ? nodesToText([after[dateIndex]!]) : undefined;
  const byline = nodesToText(dateIndex >= 0 ? after.slice(0, dateIndex) : after);
  // Each <p> is a paragraph; anything else before the last one (loose text, a <br>) reads as one too.
  const paragraphs: HtmlNode[][] = [];
  let loose: HtmlNode[] = [];
  for (const child of children.slice(0, lastP + 1)) {
    if (!isElement(child, 'p')) {
      loose.push(child);
      continue;
    }
    if (loose.some((n) => n.kind === 'element' || n.text.trim() !== '')) paragraphs.push(loose);
    loose = [];
    paragraphs.push([...child.children]);
  }
  // A byline starts with a dash or names a handle; other words after the paragraphs are the post's.
  if (!/^[\u2014\u2013\u2015-]|\(@[^()\s]+\)|^posted by\b/i.test(byline)) {
    if (byline) paragraphs.push(dateIndex >= 0 ? after.slice(0, dateIndex) : after);
    return { paragraphs, attribution: {}, ...(date ? { date } : {}) };
  }
  return { paragraphs, attribution: parseAttribution(byline), ...(date ? { date } : {}) };
}

/** Instagram: boilerplate around the caption; "A post shared by Name (@handle) on <time>date</time>". */
function instagramParts(quote: HtmlElement): Parts {
  const parts: Parts = { paragraphs: [], attribution: {} };
  for (const p of descendants(quote.children).filter((e) => e.name === 'p')) {
    const text = nodesToText(p.children);
    if (/^a post shared by\b/i.test(text)) {
      const time = descendants(p.children).find((e) => e.name === 'time');
      const withoutTime = time ? nodesToText(p.children.filter((c) => c !== time)) : text;
      parts.attribution = parseAttribution(withoutTime);
      const date = time ? nodesToText(time.children) : '';
      if (date) parts.date = date;
    } else if (text && !isBoilerplate(text)) parts.paragraphs.push([...p.children]);
  }
  return parts;
}

/** TikTok: a section with the author's @link, the caption, hashtags and the sound's link. */
function tiktokParts(quote: HtmlElement): Parts {
  const section = elementChildren(quote).find((e) => e.name === 'section') ?? quote;
  const profile = section.children.find((c): c is HtmlElement => isElement(c, 'a') && nodesToText(c.children).startsWith('@'));
  const handle = profile ? nodesToText(profile.children) : undefined;
  return { paragraphs: [section.children.filter((c) => c !== profile)], attribution: handle ? { handle } : {} };
}

/** Threads and Mastodon: only "Post by @user" and a "View on …" line. */
function handleOnlyParts(quote: HtmlElement): Parts {
  const line = descendants(quote.children)
    .map((e) => nodesToText(e.children))
    .find((t) => /^post by @[\w.@-]+$/i.test(t));
  const handle = line?.replace(/^post by\s+/i, '');
  return { paragraphs: [], attribution: handle ? { handle } : {} };
}

function partsOf(element: HtmlElement, network: SocialNetwork): Parts {
  switch (network) {
    case 'x':
    case 'bluesky':
      return paragraphsThenByline(element);
    case 'facebook':
      return paragraphsThenByline(descendants(element.children).find((e) => e.name === 'blockquote') ?? element);
    case 'instagram':
      return instagramParts(element);
    case 'tiktok':
      return tiktokParts(element);
    case 'threads':
    case 'mastodon':
      return handleOnlyParts(element);
  }
}

const PARAGRAPH_BREAK: Inline[] = [{ type: 'break' }, { type: 'break' }];

/**
 * A social post's embed markup (tweet, Instagram, TikTok, Bluesky, Mastodon, Threads, Facebook) → a card:
 * the post's text (its links kept, up to a few), author and handle from the byline, the date as the
 * embed states it, the permalink without tracking parameters. The network's script never runs here, nor
 * is it kept. Without a permalink the markup reads as a quote (counted).
 */
export function convertSocial(element: HtmlElement, network: SocialNetwork, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const raw = permalinkOf(element, network);
  const url = raw ? ctx.linkUrl(cleanPermalink(raw.trim())) : undefined;
  if (!url || !/^https?:/i.test(url)) {
    ctx.warn('social-without-url', network);
    return element.name === 'blockquote' ? convertQuote(element, ctx, readBlocks) : readBlocks(element.children, ctx);
  }
  const parts = partsOf(element, network);
  const lifted: Block[] = [];
  const content: Inline[] = [];
  for (const paragraph of parts.paragraphs) {
    const inlines = flowInlines(convertInlines(paragraph, ctx), lifted);
    if (inlines.length === 0) continue;
    if (content.length > 0) content.push(...PARAGRAPH_BREAK);
    content.push(...inlines);
  }
  const { text, capped } = tidySocialText(content, url);
  if (capped) ctx.warn('social-links-capped', network);
  const media: Image[] = [];
  const after: Block[] = [];
  for (const block of lifted) {
    if (block.type === 'image') {
      const { type: _type, link: _link, ...image } = block;
      media.push(image);
    } else after.push(block);
  }
  const author = collapsePlainText(parts.attribution.author ?? '');
  const handle = collapsePlainText(parts.attribution.handle ?? '');
  const date = collapsePlainText(parts.date ?? '');
  const card: SocialBlock = {
    type: 'social',
    network,
    url,
    ...(author ? { author } : {}),
    ...(handle ? { handle: handle.startsWith('@') ? handle : `@${handle}` } : {}),
    text,
    ...(date ? { date } : {}),
    media,
  };
  return [card, ...after];
}
